# Returning several values builds one tuple; callers index or unpack it.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Tuple


def quot_rem(a: int, b: int) -> Tuple[int, int]:
    return a // b, a % b
# CHECK-LABEL: graph @quot_rem(%a : int, %b : int) -> Tuple[int, int]:
# CHECK: [[Q:%[a-z0-9_.]+]] : int = aten::floordiv(%a, %b)
# CHECK: [[R:%[a-z0-9_.]+]] : int = aten::remainder(%a, %b)
# CHECK: [[T:%[a-z0-9_.]+]] : Tuple[int, int] = prim::TupleConstruct([[Q]], [[R]])
# CHECK: return ([[T]])


def min_max_mean(l: List[float]) -> Tuple[float, float, float]:
    lo = l[0]
    hi = l[0]
    total = 0.0
    for v in l:
        lo = min(lo, v)
        hi = max(hi, v)
        total += v
    return lo, hi, total / len(l)
# CHECK-LABEL: graph @min_max_mean(%l : List[float]) -> Tuple[float, float, float]:
# CHECK: prim::Loop(
# CHECK: prim::min(
# CHECK: prim::max(
# CHECK: [[T:%[a-z0-9_.]+]] : Tuple[float, float, float] = prim::TupleConstruct(
# CHECK: return ([[T]])


def range_width(l: List[float]) -> float:
    stats = min_max_mean(l)
    return stats[1] - stats[0]
# CHECK-LABEL: graph @range_width(%l : List[float]) -> float:
# CHECK: [[S:%[a-z0-9_.]+]] : Tuple[float, float, float] = prim::CallFunction[name="min_max_mean"](%l)
# CHECK: [[HI:%[a-z0-9_.]+]] : float = prim::TupleIndex([[S]],
# CHECK: [[LO:%[a-z0-9_.]+]] : float = prim::TupleIndex([[S]],
# CHECK: [[D:%[a-z0-9_.]+]] : float = aten::sub([[HI]], [[LO]])
# CHECK: return ([[D]])
