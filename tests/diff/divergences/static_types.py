# tests/diff/divergences/static_types.py - Where static typing makes tsc's result differ from CPython's (docs/language.md).
from typing import Dict, List


def max_mixed(a: int, b: float, c: int) -> float:
    return max(a, b, c)


def min_mixed(a: float, b: int) -> float:
    return min(a, b)


def mean(xs: List[float]) -> float:
    return sum(xs) / len(xs)


def total(xs: List[float]) -> float:
    return sum(xs)


def int_pow(a: int, b: int) -> int:
    return a ** b


def drop_negative(d: Dict[str, int]) -> Dict[str, int]:
    for k in d.keys():
        if d[k] < 0:
            d.pop(k)
    return d
