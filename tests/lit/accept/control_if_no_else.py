# An if without else still merges: the implicit else block yields the value from before the if.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def clamp_low(x: int, lo: int) -> int:
    if x < lo:
        x = lo
    return x
# CHECK-LABEL: graph @clamp_low(%x : int, %lo : int) -> int:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::lt(%x, %lo)
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::If([[C]])
# CHECK-NEXT: block0():
# CHECK-NEXT: -> (%lo)
# CHECK-NEXT: block1():
# CHECK-NEXT: -> (%x)
# CHECK: return ([[R]])


def maybe_append(l: List[int], v: int) -> int:
    if v > 0:
        l.append(v)
    return len(l)
# CHECK-LABEL: graph @maybe_append(%l : List[int], %v : int) -> int:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::gt(%v,
# CHECK: prim::If([[C]])
# CHECK-NEXT: block0():
# CHECK-NEXT: aten::append(%l, %v)
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%l)
# CHECK: return ([[N]])
