# A for loop over a tuple is unrolled at compile time: the body is repeated per element, with no prim::Loop.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Tuple


def total_len(t: Tuple[str, str, str]) -> int:
    n = 0
    for s in t:
        n += len(s)
    return n
# CHECK-LABEL: graph @total_len(%t : Tuple[str, str, str]) -> int:
# CHECK-NOT: prim::Loop
# CHECK: [[L1:%[a-z0-9_.]+]] : int = aten::len(
# CHECK: [[N1:%[a-z0-9_.]+]] : int = aten::add({{%[a-z0-9_.]+}}, [[L1]])
# CHECK: [[L2:%[a-z0-9_.]+]] : int = aten::len(
# CHECK: [[N2:%[a-z0-9_.]+]] : int = aten::add([[N1]], [[L2]])
# CHECK: [[L3:%[a-z0-9_.]+]] : int = aten::len(
# CHECK: [[N3:%[a-z0-9_.]+]] : int = aten::add([[N2]], [[L3]])
# CHECK-NOT: prim::Loop
# CHECK: return ([[N3]])


def describe_all(a: int, b: float, c: bool) -> List[str]:
    out: List[str] = []
    for v in (a, b, c):
        out.append(str(v))
    return out
# CHECK-LABEL: graph @describe_all(%a : int, %b : float, %c : bool) -> List[str]:
# CHECK-NOT: prim::Loop
# CHECK: {{%[a-z0-9_.]+}} : str = aten::str(
# CHECK: aten::append(
# CHECK: {{%[a-z0-9_.]+}} : str = aten::str(
# CHECK: aten::append(
# CHECK: {{%[a-z0-9_.]+}} : str = aten::str(
# CHECK: aten::append(
# CHECK-NOT: prim::Loop
# CHECK: return (


def first_positive(t: Tuple[int, int, int]) -> int:
    for v in t:
        if v > 0:
            return v
    return 0
# CHECK-LABEL: graph @first_positive(%t : Tuple[int, int, int]) -> int:
# CHECK-NOT: prim::Loop
# CHECK: aten::gt(
# CHECK: aten::gt(
# CHECK: aten::gt(
# CHECK-NOT: prim::Loop
# CHECK: return (
