# A return from inside two nested loops exits both: each loop carries the return flag and value.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Tuple


def find_pair(l: List[int], target: int) -> Tuple[int, int]:
    for i in range(len(l)):
        for j in range(i + 1, len(l)):
            if l[i] + l[j] == target:
                return i, j
    return -1, -1
# CHECK-LABEL: graph @find_pair(%l : List[int], %target : int) -> Tuple[int, int]:
# CHECK: {{%[a-z0-9_.]+}} : Tuple[int, int] = prim::Uninitialized()
# CHECK: prim::Loop(
# CHECK: prim::Loop(
# CHECK: aten::eq(
# CHECK: prim::TupleConstruct(
# CHECK: aten::__not__(
# CHECK: aten::__not__(
# CHECK: return (
