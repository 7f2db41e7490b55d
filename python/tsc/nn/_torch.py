"""tsc.nn._torch - the names `torch` and `F` that tsc.nn's compiled code is written against.

The forward methods and functions of tsc.nn are written in the language tsc compiles, against
`torch.*` and `F.*` (torch.nn.functional) as every TorchScript module is. The compiler resolves
those names by the module's name only (docs/python.md, "Name resolution"), so torch need not be
installed: without it, `torch` and `F` are empty module objects named "torch" and
"torch.nn.functional", with `torch.Tensor` standing for tsc.Tensor so that annotations such as
`Optional[torch.Tensor]` evaluate when Python defines the functions. Eager calls then fail (there
are no functions in these modules); scripted ones run.
"""
import types

from .. import _C

try:
    import torch
    import torch.nn.functional as F
    HAVE_TORCH = True
except ImportError:
    torch = types.ModuleType("torch")
    torch.Tensor = _C.Tensor
    F = types.ModuleType("torch.nn.functional")
    HAVE_TORCH = False

__all__ = ["torch", "F", "HAVE_TORCH"]
