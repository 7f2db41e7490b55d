"""tsc: compile Python functions and classes written in the TorchScript language.

    import tsc

    @tsc.script
    def f(x: int, y: float = 1.0) -> float:
        return x * y

    f(3)                     # runs the compiled code
    print(f.graph)           # its IR
    f.save("f.pt")           # an archive that tsc::load (C++) and tsc.load run
    g = tsc.load("f.pt"); g(3)

See docs/python.md for the whole API: conversions, name resolution, exceptions, threads.
"""
from . import _C
from ._C import ScriptClass, ScriptFunction, ScriptObject
from ._C import Tensor, as_tensor, dtype, from_dlpack, from_numpy, tensor
from ._C import bfloat16, bool, float16, float32, float64, int8, int16, int32, int64, uint8
from ._C import double, float, half, int, long, short  # dtype aliases, as torch.float (not in __all__)
from ._errors import CompileError, LoadError
from ._load import ScriptModule, load
from ._module import RecursiveScriptModule
from ._script import BACKENDS, script

__version__ = _C.__version__


def export(fn):
    """Marks a method to compile besides forward when tsc.script compiles a module (the methods
    of a scripted class are all compiled anyway)."""
    fn._tsc_modifier = "export"
    return fn


def ignore(fn):
    """Marks a method that the compiler skips: it stays plain Python, and compiled code that
    calls it is a CompileError."""
    fn._tsc_modifier = "ignore"
    return fn


__all__ = [
    "BACKENDS",
    "CompileError",
    "LoadError",
    "ScriptClass",
    "ScriptFunction",
    "RecursiveScriptModule",
    "ScriptModule",
    "ScriptObject",
    "Tensor",
    "as_tensor",
    "dtype",
    "from_dlpack",
    "from_numpy",
    "tensor",
    "export",
    "ignore",
    "load",
    "script",
    "__version__",
]
