# list.index and list.count search a list for a value and return ints.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def position(names: List[str], s: str) -> int:
    return names.index(s)
# CHECK-LABEL: graph @position(%names : List[str], %s : str) -> int:
# CHECK: [[I:%[a-z0-9_.]+]] : int = aten::index(%names, %s
# CHECK: return ([[I]])


def occurrences(l: List[int], v: int) -> int:
    return l.count(v)
# CHECK-LABEL: graph @occurrences(%l : List[int], %v : int) -> int:
# CHECK: [[C:%[a-z0-9_.]+]] : int = aten::count(%l, %v)
# CHECK: return ([[C]])


def majority(l: List[int]) -> int:
    best = l[0]
    for v in l:
        if l.count(v) > l.count(best):
            best = v
    return best
# CHECK-LABEL: graph @majority(%l : List[int]) -> int:
# CHECK: prim::Loop(
# CHECK: aten::count(%l,
# CHECK: aten::count(%l,
