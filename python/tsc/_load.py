"""tsc._load - tsc.load: an archive's functions and classes as attributes."""
import os

from . import _C, _script


class ScriptModule:
    """A loaded archive. Each top-level function is an attribute holding a
    ScriptFunction and each class one holding a ScriptClass
    (``m.forward(x)``, ``m.Point(1, 2)``). Calling the module itself calls its
    entry function: the first top-level function in the archive (what
    ScriptFunction.save wrote: the saved function comes first)."""

    def __init__(self, program):
        self._program = program
        self._functions = [n for n in program.functions if "." not in n]
        self._classes = list(program.classes)
        for name in self._functions:
            setattr(self, name, program.function(name))
        for name in self._classes:
            setattr(self, name, program.script_class(name))

    # Methods only (no properties): an archive's own names shadow them.
    def function_names(self):
        """The names of the top-level functions, in the archive's order."""
        return list(self._functions)

    def class_names(self):
        """The names of the classes."""
        return list(self._classes)

    def __call__(self, *args, **kwargs):
        if not self._functions:
            raise TypeError(f"archive '{self._program.origin}' has no function to call")
        return self._program.function(self._functions[0])(*args, **kwargs)

    def save(self, path):
        """Writes the program again as a .pt archive."""
        self._program.save(os.fspath(path))

    def __repr__(self):
        return f"<tsc.ScriptModule '{self._program.origin}': functions {self._functions}, classes {self._classes}>"


def load(path, *, backend=None):
    """Loads a .pt archive written by ``tsc FILE.py -o FILE.pt``, ScriptFunction.save,
    ScriptClass.save or a scripted module's save (which loads as a RecursiveScriptModule), to run on `backend` ("auto", "interp" or "jit", as for
    tsc.script; default $TSC_BACKEND, else "auto"). Raises tsc.LoadError (a
    RuntimeError) naming the archive and the problem when it is missing, not an
    archive, or damaged."""
    backend = _script.default_backend() if backend is None else backend
    _script._check_backend(backend)
    program = _C.load(os.fspath(path), backend)
    root = getattr(program, "root", None)
    if root is not None:
        from ._module import RecursiveScriptModule
        return RecursiveScriptModule(root)
    return ScriptModule(program)
