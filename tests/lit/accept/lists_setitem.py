# Assigning to a list element (plain and augmented) lowers to aten::_set_item on the same list value.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def add_to_all(counts: List[int], k: int) -> None:
    for i in range(len(counts)):
        counts[i] = counts[i] + k
# CHECK-LABEL: graph @add_to_all(%counts : List[int], %k : int) -> NoneType:
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%counts)
# CHECK: prim::Loop([[N]],
# CHECK: block0([[I:%[a-z0-9_.]+]] : int):
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::__getitem__(%counts, [[I]])
# CHECK: [[S:%[a-z0-9_.]+]] : int = aten::add([[V]], %k)
# CHECK: aten::_set_item(%counts, [[I]], [[S]])


def tally(votes: List[int], n: int) -> List[int]:
    result = [0] * n
    for v in votes:
        result[v] += 1
    return result
# CHECK-LABEL: graph @tally(%votes : List[int], %n : int) -> List[int]:
# CHECK: [[Z:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct(
# CHECK: [[R:%[a-z0-9_.]+]] : List[int] = aten::mul([[Z]], %n)
# CHECK: prim::Loop(
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::__getitem__(%votes,
# CHECK: [[OLD:%[a-z0-9_.]+]] : int = aten::__getitem__([[R]], [[V]])
# CHECK: [[NEW:%[a-z0-9_.]+]] : int = aten::add([[OLD]],
# CHECK: aten::_set_item([[R]], [[V]], [[NEW]])
# CHECK: return ([[R]])


def set_corner(grid: List[List[str]], mark: str) -> None:
    grid[0][0] = mark
# CHECK-LABEL: graph @set_corner(%grid : List[List[str]], %mark : str) -> NoneType:
# CHECK: [[ROW:%[a-z0-9_.]+]] : List[str] = aten::__getitem__(%grid,
# CHECK: aten::_set_item([[ROW]], {{%[a-z0-9_.]+}}, %mark)
