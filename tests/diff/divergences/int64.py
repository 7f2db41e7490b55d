# tests/diff/divergences/int64.py - Where tsc's 64-bit int differs from Python's unbounded int (docs/language.md).
import math
from typing import List

INT64_MAX = 9223372036854775807


def add(a: int, b: int) -> int:
    return a + b


def sub(a: int, b: int) -> int:
    return a - b


def mul(a: int, b: int) -> int:
    return a * b


def negate_min() -> int:
    x = -INT64_MAX - 1
    return -x


def abs_min() -> int:
    x = -INT64_MAX - 1
    return abs(x)


def floordiv_min(d: int) -> int:
    x = -INT64_MAX - 1
    return x // d


def power(a: int, b: int) -> int:
    return a ** b


def shift_left(a: int, n: int) -> int:
    return a << n


def factorial(n: int) -> int:
    return math.factorial(n)


def sum_list(xs: List[int]) -> int:
    return sum(xs)


def aug_add_loop(n: int) -> int:
    x = INT64_MAX - n
    for _ in range(2 * n):
        x += 1
    return x


def int_of_float(x: float) -> int:
    return int(x)


def round_big(x: float) -> int:
    return round(x)


def floor_big(x: float) -> int:
    return math.floor(x)


def parse_int(s: str) -> int:
    return int(s)


def fib_overflow(n: int) -> int:
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, a + b
    return a
