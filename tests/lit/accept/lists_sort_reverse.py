# list.sort (reverse keyword materialized), list.reverse and list.copy.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def sorted_desc(l: List[int]) -> List[int]:
    c = l.copy()
    c.sort(reverse=True)
    return c
# CHECK-LABEL: graph @sorted_desc(%l : List[int]) -> List[int]:
# CHECK: [[C:%[a-z0-9_.]+]] : List[int] = aten::copy(%l)
# CHECK: [[T:%[a-z0-9_.]+]] : bool = prim::Constant[value=True]()
# CHECK: aten::sort([[C]], [[T]])
# CHECK: return ([[C]])


def ascending(words: List[str]) -> None:
    words.sort()
# CHECK-LABEL: graph @ascending(%words : List[str]) -> NoneType:
# CHECK: [[F:%[a-z0-9_.]+]] : bool = prim::Constant[value=False]()
# CHECK: aten::sort(%words, [[F]])


def flip(l: List[float]) -> None:
    l.reverse()
# CHECK-LABEL: graph @flip(%l : List[float]) -> NoneType:
# CHECK: aten::reverse(%l)


def median(values: List[float]) -> float:
    s = values.copy()
    s.sort()
    n = len(s)
    if n % 2 == 1:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2.0
# CHECK-LABEL: graph @median(%values : List[float]) -> float:
# CHECK: [[S:%[a-z0-9_.]+]] : List[float] = aten::copy(%values)
# CHECK: aten::sort([[S]],
# CHECK: aten::len([[S]])
