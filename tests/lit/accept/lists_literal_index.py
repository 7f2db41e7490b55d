# List displays build prim::ListConstruct (nested lists too); indexing is aten::__getitem__.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def small_primes() -> List[int]:
    return [2, 3, 5, 7]
# CHECK-LABEL: graph @small_primes() -> List[int]:
# CHECK: [[A:%[a-z0-9_.]+]] : int = prim::Constant[value=2]()
# CHECK: [[B:%[a-z0-9_.]+]] : int = prim::Constant[value=3]()
# CHECK: [[C:%[a-z0-9_.]+]] : int = prim::Constant[value=5]()
# CHECK: [[D:%[a-z0-9_.]+]] : int = prim::Constant[value=7]()
# CHECK: [[L:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct([[A]], [[B]], [[C]], [[D]])
# CHECK: return ([[L]])


def third(l: List[int]) -> int:
    return l[2]
# CHECK-LABEL: graph @third(%l : List[int]) -> int:
# CHECK: [[I:%[a-z0-9_.]+]] : int = prim::Constant[value=2]()
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::__getitem__(%l, [[I]])
# CHECK: return ([[V]])


def last_name(names: List[str]) -> str:
    return names[-1]
# CHECK-LABEL: graph @last_name(%names : List[str]) -> str:
# CHECK: [[V:%[a-z0-9_.]+]] : str = aten::__getitem__(%names,
# CHECK: return ([[V]])


def identity_2x2() -> List[List[float]]:
    return [[1.0, 0.0], [0.0, 1.0]]
# CHECK-LABEL: graph @identity_2x2() -> List[List[float]]:
# CHECK: [[R0:%[a-z0-9_.]+]] : List[float] = prim::ListConstruct(
# CHECK: [[R1:%[a-z0-9_.]+]] : List[float] = prim::ListConstruct(
# CHECK: [[M:%[a-z0-9_.]+]] : List[List[float]] = prim::ListConstruct([[R0]], [[R1]])
# CHECK: return ([[M]])


def cell(grid: List[List[int]], r: int, c: int) -> int:
    return grid[r][c]
# CHECK-LABEL: graph @cell(%grid : List[List[int]], %r : int, %c : int) -> int:
# CHECK: [[ROW:%[a-z0-9_.]+]] : List[int] = aten::__getitem__(%grid, %r)
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::__getitem__([[ROW]], %c)
# CHECK: return ([[V]])


def no_scores() -> List[float]:
    return []
# CHECK-LABEL: graph @no_scores() -> List[float]:
# CHECK: [[E:%[a-z0-9_.]+]] : List[float] = prim::ListConstruct()
# CHECK: return ([[E]])
