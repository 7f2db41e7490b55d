# Slicing a tuple with constant bounds is prim::TupleSlice with normalized begin/end attributes.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Tuple


def rest(t: Tuple[int, str, float, bool]) -> Tuple[str, float, bool]:
    return t[1:]
# CHECK-LABEL: graph @rest(%t : Tuple[int, str, float, bool]) -> Tuple[str, float, bool]:
# CHECK: [[S:%[a-z0-9_.]+]] : Tuple[str, float, bool] = prim::TupleSlice[begin=1, end=4](%t)
# CHECK: return ([[S]])


def first_two(t: Tuple[int, str, float, bool]) -> Tuple[int, str]:
    return t[:2]
# CHECK-LABEL: graph @first_two(%t : Tuple[int, str, float, bool]) -> Tuple[int, str]:
# CHECK: [[S:%[a-z0-9_.]+]] : Tuple[int, str] = prim::TupleSlice[begin=0, end=2](%t)
# CHECK: return ([[S]])


def last_two(t: Tuple[int, str, float, bool]) -> Tuple[float, bool]:
    return t[-2:]
# CHECK-LABEL: graph @last_two(%t : Tuple[int, str, float, bool]) -> Tuple[float, bool]:
# CHECK: [[S:%[a-z0-9_.]+]] : Tuple[float, bool] = prim::TupleSlice[begin=2, end=4](%t)
# CHECK: return ([[S]])


def middle(t: Tuple[int, int, int, int, int]) -> Tuple[int, int, int]:
    return t[1:4]
# CHECK-LABEL: graph @middle(%t : Tuple[int, int, int, int, int]) -> Tuple[int, int, int]:
# CHECK: prim::TupleSlice[begin=1, end=4](%t)
