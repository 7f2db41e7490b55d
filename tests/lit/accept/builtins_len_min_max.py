# len() on str/list/dict is aten::len; min()/max() of two values or of a list are prim::min / prim::max.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List


def spread(l: List[int]) -> int:
    return max(l) - min(l)
# CHECK-LABEL: graph @spread(%l : List[int]) -> int:
# CHECK: [[HI:%[a-z0-9_.]+]] : int = prim::max(%l)
# CHECK: [[LO:%[a-z0-9_.]+]] : int = prim::min(%l)
# CHECK: [[D:%[a-z0-9_.]+]] : int = aten::sub([[HI]], [[LO]])
# CHECK: return ([[D]])


def clamp(x: int, lo: int, hi: int) -> int:
    return max(lo, min(x, hi))
# CHECK-LABEL: graph @clamp(%x : int, %lo : int, %hi : int) -> int:
# CHECK: [[M:%[a-z0-9_.]+]] : int = prim::min(%x, %hi)
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::max(%lo, [[M]])
# CHECK: return ([[R]])


def total_size(s: str, l: List[float], d: Dict[str, int]) -> int:
    return len(s) + len(l) + len(d)
# CHECK-LABEL: graph @total_size(%s : str, %l : List[float], %d : Dict[str, int]) -> int:
# CHECK: [[A:%[a-z0-9_.]+]] : int = aten::len(%s)
# CHECK: [[B:%[a-z0-9_.]+]] : int = aten::len(%l)
# CHECK: [[AB:%[a-z0-9_.]+]] : int = aten::add([[A]], [[B]])
# CHECK: [[C:%[a-z0-9_.]+]] : int = aten::len(%d)
# CHECK: aten::add([[AB]], [[C]])


def lowest_float(a: float, b: float) -> float:
    return min(a, b)
# CHECK-LABEL: graph @lowest_float(%a : float, %b : float) -> float:
# CHECK: [[M:%[a-z0-9_.]+]] : float = prim::min(%a, %b)
# CHECK: return ([[M]])


def longest_word(words: List[str]) -> str:
    return max(words)
# CHECK-LABEL: graph @longest_word(%words : List[str]) -> str:
# CHECK: [[M:%[a-z0-9_.]+]] : str = prim::max(%words)
# CHECK: return ([[M]])
