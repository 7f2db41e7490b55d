# A variable first defined in both branches of an if is defined after it, with the merged type.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Optional


def describe(n: int) -> str:
    if n % 2 == 0:
        parity = "even"
        half = n // 2
    else:
        parity = "odd"
        half = (n - 1) // 2
    return parity + " " + str(half)
# CHECK-LABEL: graph @describe(%n : int) -> str:
# CHECK: {{(%[a-z0-9_.]+ : str, %[a-z0-9_.]+ : int|%[a-z0-9_.]+ : int, %[a-z0-9_.]+ : str)}} = prim::If(
# CHECK: aten::floordiv(%n,
# CHECK: block1():
# CHECK: aten::sub(%n,
# CHECK: aten::floordiv(
# CHECK: aten::str(
# CHECK: return (


def first_or_none(l: List[int]) -> Optional[int]:
    if len(l) > 0:
        found = l[0]
    else:
        found = None
    return found
# CHECK-LABEL: graph @first_or_none(%l : List[int]) -> Optional[int]:
# CHECK: [[F:%[a-z0-9_.]+]] : Optional[int] = prim::If(
# CHECK: aten::__getitem__(%l,
# CHECK: block1():
# CHECK: : NoneType = prim::Constant()
# CHECK: return ([[F]])
