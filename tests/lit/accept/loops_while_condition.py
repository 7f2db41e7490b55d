# A compound while condition (and/or, calls) is evaluated before the loop and again at the end of each iteration.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def skip_spaces(s: str, i: int) -> int:
    while i < len(s) and s[i] == " ":
        i += 1
    return i
# CHECK-LABEL: graph @skip_spaces(%s : str, %i : int) -> int:
# CHECK: aten::lt(%i,
# CHECK: [[C0:%[a-z0-9_.]+]] : bool = prim::If(
# CHECK: aten::__getitem__(%s, %i)
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::Loop({{%[a-z0-9_.]+}}, [[C0]], %i)
# CHECK-NEXT: block0({{%[a-z0-9_.]+}} : int, [[IB:%[a-z0-9_.]+]] : int):
# CHECK: [[I1:%[a-z0-9_.]+]] : int = aten::add([[IB]],
# CHECK: aten::lt([[I1]],
# CHECK: [[C1:%[a-z0-9_.]+]] : bool = prim::If(
# CHECK: aten::__getitem__(%s, [[I1]])
# CHECK: -> ([[C1]], [[I1]])
# CHECK: return ([[R]])


def pop_until(stack: List[int], target: int) -> int:
    popped = 0
    while len(stack) > 0 and stack[-1] != target:
        stack.pop()
        popped += 1
    return popped
# CHECK-LABEL: graph @pop_until(%stack : List[int], %target : int) -> int:
# CHECK: aten::len(%stack)
# CHECK: prim::Loop(
# CHECK: aten::pop(%stack
# CHECK: aten::len(%stack)
