# Descriptive statistics over lists of floats: mean, variance, median, mode, percentiles and a summary tuple.
# RUN: %tsc %s --emit=ir | FileCheck %s
import math
from typing import Dict, List, Tuple


def mean(xs: List[float]) -> float:
    if len(xs) == 0:
        raise ValueError("mean of empty list")
    return sum(xs) / len(xs)


def variance(xs: List[float], sample: bool = True) -> float:
    m = mean(xs)
    ss = 0.0
    for x in xs:
        ss += (x - m) ** 2
    n = len(xs) - 1 if sample else len(xs)
    return ss / n


def median(xs: List[float]) -> float:
    s = sorted(xs)
    mid = len(s) // 2
    if len(s) % 2 == 1:
        return s[mid]
    return (s[mid - 1] + s[mid]) / 2.0


def mode(xs: List[int]) -> int:
    counts: Dict[int, int] = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    best = xs[0]
    for k, c in counts.items():
        if c > counts[best] or (c == counts[best] and k < best):
            best = k
    return best


def percentile(xs: List[float], p: float) -> float:
    assert 0.0 <= p <= 100.0, "percentile out of range"
    s = sorted(xs)
    rank = p / 100.0 * (len(s) - 1)
    lo = math.floor(rank)
    hi = math.ceil(rank)
    return s[lo] + (s[hi] - s[lo]) * (rank - lo)


def summary(xs: List[float]) -> Tuple[float, float, float, float]:
    sd = math.sqrt(variance(xs))
    return mean(xs), sd, median(xs), percentile(xs, 90.0)
# CHECK-LABEL: graph @mean(%xs : List[float]) -> float:
# CHECK: prim::RaiseException[exc="ValueError"](
# CHECK: aten::sum(%xs
# CHECK: aten::div(

# CHECK-LABEL: graph @variance(%xs : List[float], %sample : bool = True) -> float:
# CHECK: [[M:%[a-z0-9_.]+]] : float = prim::CallFunction[name="mean"](%xs)
# CHECK: prim::Loop(
# CHECK: aten::sub({{%[a-z0-9_.]+}}, [[M]])
# CHECK: aten::pow(
# CHECK: [[N:%[a-z0-9_.]+]] : int = prim::If(%sample)
# CHECK: aten::Float([[N]])

# CHECK-LABEL: graph @median(%xs : List[float]) -> float:
# CHECK: [[S:%[a-z0-9_.]+]] : List[float] = aten::sorted(%xs
# CHECK: aten::floordiv(

# CHECK-LABEL: graph @mode(%xs : List[int]) -> int:
# CHECK: aten::get(
# CHECK: aten::items(

# CHECK-LABEL: graph @percentile(%xs : List[float], %p : float) -> float:
# CHECK: prim::RaiseException[exc="AssertionError"](
# CHECK: [[LO:%[a-z0-9_.]+]] : int = aten::floor(
# CHECK: [[HI:%[a-z0-9_.]+]] : int = aten::ceil(

# CHECK-LABEL: graph @summary(%xs : List[float]) -> Tuple[float, float, float, float]:
# CHECK-DAG: [[T:%[a-z0-9_.]+]] : bool = prim::Constant[value=True]()
# CHECK: [[V:%[a-z0-9_.]+]] : float = prim::CallFunction[name="variance"](%xs, [[T]])
# CHECK: aten::sqrt([[V]])
# CHECK: prim::CallFunction[name="mean"](%xs)
# CHECK: prim::CallFunction[name="median"](%xs)
# CHECK: prim::CallFunction[name="percentile"](%xs,
# CHECK: : Tuple[float, float, float, float] = prim::TupleConstruct(
