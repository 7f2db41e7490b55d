# assert without a message raises AssertionError with an empty message string.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def positive(x: int) -> int:
    assert x > 0
    return x
# CHECK-LABEL: graph @positive(%x : int) -> int:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::gt(%x,
# CHECK: prim::If([[C]])
# CHECK: block1():
# CHECK-NEXT: [[E:%[a-z0-9_.]+]] : str = prim::Constant[value=""]()
# CHECK-NEXT: prim::RaiseException[exc="AssertionError"]([[E]])
# CHECK: return (%x)


def nonempty_mean(l: List[float]) -> float:
    assert len(l) > 0
    assert l[0] == l[0]
    return sum(l) / len(l)
# CHECK-LABEL: graph @nonempty_mean(%l : List[float]) -> float:
# CHECK: prim::RaiseException[exc="AssertionError"](
# CHECK: prim::RaiseException[exc="AssertionError"](
# CHECK: aten::div(
