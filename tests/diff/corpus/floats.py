# tests/diff/corpus/floats.py - Float repr and printing: shortest round-trip digits, exponents, signed zero, inf and nan.
import math
from typing import List, Tuple


def tricky(k: int) -> float:
    if k == 0:
        return 0.1 + 0.2
    if k == 1:
        return 1e16
    if k == 2:
        return 1e-5
    if k == 3:
        return -0.0
    if k == 4:
        return math.inf
    if k == 5:
        return math.nan
    if k == 6:
        return 1 / 3
    if k == 7:
        return 1e22
    if k == 8:
        return 123456789012345678.0
    if k == 9:
        return 2.5e-7
    if k == 10:
        return 1e15
    if k == 11:
        return 0.1 * 3
    if k == 12:
        return 100.0
    if k == 13:
        return 1.5e300 * 1e10
    if k == 14:
        return -math.inf
    if k == 15:
        return 5e-324
    if k == 16:
        return 1.7976931348623157e308
    if k == 17:
        return 0.0001
    if k == 18:
        return 2.0 ** 53
    return 9999999999999998.0


def print_floats() -> None:
    print(0.1 + 0.2, 1e16, 1e-5, -0.0, math.inf, -math.inf, math.nan)
    print(1 / 3, 2 / 3, 10 / 4, 1e100, 1.0, -1.0, 0.5)
    print([0.1, 1e-05, 1e16, 3.0])


def float_list(n: int) -> List[float]:
    out: List[float] = []
    x = 1.0
    for _ in range(n):
        out.append(x)
        x = x / 10.0
    return out


def scale_up(n: int) -> List[float]:
    out: List[float] = []
    x = 1.5
    for _ in range(n):
        out.append(x)
        x = x * 1000.0
    return out


def float_str(x: float) -> str:
    return str(x)


def float_fstring(x: float) -> str:
    return f"value={x}; neg={-x}; half={x / 2}"


def nan_compare() -> Tuple[bool, bool, bool, bool, bool]:
    nan = math.nan
    return nan == nan, nan != nan, nan < 1.0, nan > 1.0, nan >= nan


def inf_arith(k: int) -> float:
    inf = math.inf
    if k == 0:
        return inf + 1.0
    if k == 1:
        return inf - inf
    if k == 2:
        return inf * 0.0
    if k == 3:
        return -inf * -2.0
    if k == 4:
        return 1.0 / inf
    if k == 5:
        return -1.0 / inf
    return inf / inf


def inf_mod(a: float) -> Tuple[float, float]:
    return a % math.inf, a // math.inf


def signed_zero(a: float) -> Tuple[float, float, float, bool]:
    z = a * 0.0
    return z, -z, z + 0.0, z == 0.0


def float_eq_int(a: float) -> Tuple[bool, bool]:
    return a == 1, a == 1.0


def accumulate(n: int) -> float:
    total = 0.0
    for _ in range(n):
        total += 0.1
    return total


def harmonic(n: int) -> float:
    total = 0.0
    for i in range(1, n + 1):
        total += 1.0 / i
    return total


def float_min_max(a: float, b: float) -> Tuple[float, float]:
    return min(a, b), max(a, b)


def is_integer_valued(x: float) -> bool:
    return x == float(int(x))


def float_to_int_round_trip(x: float) -> Tuple[int, float, int]:
    return int(x), float(int(x)), round(x)


def sqrt_newton(x: float) -> float:
    guess = x / 2.0
    for _ in range(30):
        guess = (guess + x / guess) / 2.0
    return guess


def large_exponents(k: int) -> float:
    if k == 0:
        return 1e308 * 10.0
    if k == 1:
        return 1e-308 / 1e10
    if k == 2:
        return 1e-320 * 1e-10
    return 2.0 ** 1023 * 1.999
