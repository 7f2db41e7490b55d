# A return inside a while loop: the loop condition becomes 'not returned and cond', and the result is selected after it.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def index_of(l: List[str], target: str) -> int:
    i = 0
    while i < len(l):
        if l[i] == target:
            return i
        i += 1
    return -1
# CHECK-LABEL: graph @index_of(%l : List[str], %target : str) -> int:
# CHECK-DAG: [[MAX:%[a-z0-9_.]+]] : int = prim::Constant[value=9223372036854775807]()
# CHECK-DAG: {{%[a-z0-9_.]+}} : int = prim::Uninitialized()
# CHECK: prim::Loop([[MAX]],
# CHECK: aten::__getitem__(%l,
# CHECK: aten::eq(
# CHECK: aten::add(
# CHECK: aten::len(%l)
# CHECK: return (


def isqrt(n: int) -> int:
    r = 0
    while True:
        if (r + 1) * (r + 1) > n:
            return r
        r += 1
# CHECK-LABEL: graph @isqrt(%n : int) -> int:
# CHECK: {{%[a-z0-9_.]+}} : int = prim::Uninitialized()
# CHECK: prim::Loop(
# CHECK: aten::gt(
# CHECK: return (
