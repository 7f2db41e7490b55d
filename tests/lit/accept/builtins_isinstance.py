# isinstance() is a bool constant when the static type decides it, else prim::isinstance on the value.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Any, List, Optional


def static_checks(x: int, s: str, l: List[int]) -> bool:
    a = isinstance(x, int)
    b = isinstance(s, int)
    c = isinstance(l, list)
    return a and c and not b
# CHECK-LABEL: graph @static_checks(%x : int, %s : str, %l : List[int]) -> bool:
# CHECK-NOT: prim::isinstance
# CHECK: : bool = prim::Constant[value=True]()
# CHECK: : bool = prim::Constant[value=False]()
# CHECK: : bool = prim::Constant[value=True]()
# CHECK-NOT: prim::isinstance
# CHECK: return (


def kind(x: Any) -> str:
    if isinstance(x, int):
        return "int"
    if isinstance(x, str):
        return "str"
    return "other"
# CHECK-LABEL: graph @kind(%x : Any) -> str:
# CHECK: [[I:%[a-z0-9_.]+]] : bool = prim::isinstance[type=int](%x)
# CHECK: prim::If([[I]])
# CHECK: [[S:%[a-z0-9_.]+]] : bool = prim::isinstance[type=str](%x)
# CHECK: return (


def opt_is_int(o: Optional[int]) -> bool:
    return isinstance(o, int)
# CHECK-LABEL: graph @opt_is_int(%o : Optional[int]) -> bool:
# CHECK: [[R:%[a-z0-9_.]+]] : bool = prim::isinstance[type=int](%o)
# CHECK: return ([[R]])
