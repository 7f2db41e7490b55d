# sum() over a list (optionally with a start value) and sorted() (with reverse=) return new values.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def total(l: List[int]) -> int:
    return sum(l)
# CHECK-LABEL: graph @total(%l : List[int]) -> int:
# CHECK: [[S:%[a-z0-9_.]+]] : int = aten::sum(%l
# CHECK: return ([[S]])


def total_from(l: List[float], start: float) -> float:
    return sum(l, start)
# CHECK-LABEL: graph @total_from(%l : List[float], %start : float) -> float:
# CHECK: [[S:%[a-z0-9_.]+]] : float = aten::sum(%l, %start)
# CHECK: return ([[S]])


def ranked(scores: List[float]) -> List[float]:
    return sorted(scores, reverse=True)
# CHECK-LABEL: graph @ranked(%scores : List[float]) -> List[float]:
# CHECK: [[T:%[a-z0-9_.]+]] : bool = prim::Constant[value=True]()
# CHECK: [[S:%[a-z0-9_.]+]] : List[float] = aten::sorted(%scores, [[T]])
# CHECK: return ([[S]])


def alphabetical(names: List[str]) -> List[str]:
    return sorted(names)
# CHECK-LABEL: graph @alphabetical(%names : List[str]) -> List[str]:
# CHECK: [[S:%[a-z0-9_.]+]] : List[str] = aten::sorted(%names
# CHECK: return ([[S]])


def sum_of_squares(l: List[int]) -> int:
    return sum([v * v for v in l])
# CHECK-LABEL: graph @sum_of_squares(%l : List[int]) -> int:
# CHECK: [[SQ:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK: prim::Loop(
# CHECK: aten::append([[SQ]],
# CHECK: [[S:%[a-z0-9_.]+]] : int = aten::sum([[SQ]]
# CHECK: return ([[S]])
