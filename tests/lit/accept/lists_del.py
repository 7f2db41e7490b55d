# 'del l[i]' (one or several targets, evaluated left to right) lowers to aten::Delete.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def drop_first(l: List[int]) -> List[int]:
    del l[0]
    return l
# CHECK-LABEL: graph @drop_first(%l : List[int]) -> List[int]:
# CHECK: [[Z:%[a-z0-9_.]+]] : int = prim::Constant[value=0]()
# CHECK: aten::Delete(%l, [[Z]])
# CHECK: return (%l)


def remove_two(l: List[str], i: int, j: int) -> None:
    del l[i], l[j]
# CHECK-LABEL: graph @remove_two(%l : List[str], %i : int, %j : int) -> NoneType:
# CHECK: aten::Delete(%l, %i)
# CHECK-NEXT: aten::Delete(%l, %j)


def remove_negatives(l: List[int]) -> None:
    i = len(l) - 1
    while i >= 0:
        if l[i] < 0:
            del l[i]
        i -= 1
# CHECK-LABEL: graph @remove_negatives(%l : List[int]) -> NoneType:
# CHECK: prim::Loop(
# CHECK: aten::Delete(%l,
