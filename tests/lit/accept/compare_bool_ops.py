# 'and' / 'or' short-circuit: the right operand is evaluated only inside a prim::If branch.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def both_positive(a: int, b: int) -> bool:
    return a > 0 and b > 0
# CHECK-LABEL: graph @both_positive(%a : int, %b : int) -> bool:
# CHECK: [[A:%[a-z0-9_.]+]] : bool = aten::gt(%a,
# CHECK: [[R:%[a-z0-9_.]+]] : bool = prim::If([[A]])
# CHECK-NEXT: block0():
# CHECK: [[B:%[a-z0-9_.]+]] : bool = aten::gt(%b,
# CHECK-NEXT: -> ([[B]])
# CHECK-NEXT: block1():
# CHECK: -> ({{%[a-z0-9_.]+}})
# CHECK: return ([[R]])


def either_empty(a: str, b: str) -> bool:
    return a == "" or b == ""
# CHECK-LABEL: graph @either_empty(%a : str, %b : str) -> bool:
# CHECK: [[A:%[a-z0-9_.]+]] : bool = aten::eq(%a,
# CHECK: [[R:%[a-z0-9_.]+]] : bool = prim::If([[A]])
# CHECK-NEXT: block0():
# CHECK-NOT: aten::eq
# CHECK: block1():
# CHECK: [[B:%[a-z0-9_.]+]] : bool = aten::eq(%b,
# CHECK-NEXT: -> ([[B]])
# CHECK: return ([[R]])


def safe_first_positive(l: List[int]) -> bool:
    return len(l) > 0 and l[0] > 0
# CHECK-LABEL: graph @safe_first_positive(%l : List[int]) -> bool:
# CHECK: aten::len(%l)
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::gt(
# CHECK: prim::If([[C]])
# CHECK-NEXT: block0():
# CHECK: aten::__getitem__(%l,
# CHECK: block1():
# CHECK-NOT: aten::__getitem__
# CHECK: return (


def all_three(p: bool, q: bool, r: bool) -> bool:
    return p and q and r
# CHECK-LABEL: graph @all_three(%p : bool, %q : bool, %r : bool) -> bool:
# CHECK: prim::If(%p)
# CHECK: prim::If(
# CHECK: return (
