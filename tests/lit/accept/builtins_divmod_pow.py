# divmod(a, b) gives a (quotient, remainder) tuple; pow(a, b) is aten::pow like '**'.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Tuple


def split_minutes(total: int) -> Tuple[int, int]:
    return divmod(total, 60)
# CHECK-LABEL: graph @split_minutes(%total : int) -> Tuple[int, int]:
# CHECK: [[S:%[a-z0-9_.]+]] : int = prim::Constant[value=60]()
# CHECK: aten::divmod(%total, [[S]])
# CHECK: return (


def clock(total: int) -> str:
    h, m = divmod(total, 60)
    return f"{h}:{m}"
# CHECK-LABEL: graph @clock(%total : int) -> str:
# CHECK: aten::divmod(%total,
# CHECK: aten::format(


def cube(x: int) -> int:
    return pow(x, 3)
# CHECK-LABEL: graph @cube(%x : int) -> int:
# CHECK: [[T:%[a-z0-9_.]+]] : int = prim::Constant[value=3]()
# CHECK: [[P:%[a-z0-9_.]+]] : int = aten::pow(%x, [[T]])
# CHECK: return ([[P]])


def fpow(x: float, y: float) -> float:
    return pow(x, y)
# CHECK-LABEL: graph @fpow(%x : float, %y : float) -> float:
# CHECK: [[P:%[a-z0-9_.]+]] : float = aten::pow(%x, %y)
# CHECK: return ([[P]])
