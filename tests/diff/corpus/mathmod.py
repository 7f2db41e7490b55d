# tests/diff/corpus/mathmod.py - The math module: functions, constants, int promotion, special values and domain errors.
import math
from typing import List, Tuple


def constants() -> Tuple[float, float, float, float, float]:
    return math.pi, math.e, math.inf, math.nan, math.tau


def sqrt(x: float) -> float:
    return math.sqrt(x)


def sqrt_int(n: int) -> float:
    return math.sqrt(n)


def exp(x: float) -> float:
    return math.exp(x)


def log(x: float) -> float:
    return math.log(x)


def log_base(x: float, base: float) -> float:
    return math.log(x, base)


def log2_log10(x: float) -> Tuple[float, float]:
    return math.log2(x), math.log10(x)


def log1p(x: float) -> float:
    return math.log1p(x)


def trig(x: float) -> Tuple[float, float, float]:
    return math.sin(x), math.cos(x), math.tan(x)


def inverse_trig(x: float) -> Tuple[float, float, float]:
    return math.asin(x), math.acos(x), math.atan(x)


def atan2(y: float, x: float) -> float:
    return math.atan2(y, x)


def hyperbolic(x: float) -> Tuple[float, float, float]:
    return math.sinh(x), math.cosh(x), math.tanh(x)


def floor_ceil(x: float) -> Tuple[int, int, int]:
    return math.floor(x), math.ceil(x), math.trunc(x)


def floor_int(n: int) -> Tuple[int, int]:
    return math.floor(n), math.ceil(n)


def fabs(x: float) -> float:
    return math.fabs(x)


def fabs_int(n: int) -> float:
    return math.fabs(n)


def mpow(x: float, y: float) -> float:
    return math.pow(x, y)


def isnan_isinf(x: float) -> Tuple[bool, bool, bool]:
    return math.isnan(x), math.isinf(x), math.isfinite(x)


def special_checks(k: int) -> Tuple[bool, bool, bool]:
    x = math.inf if k == 0 else (math.nan if k == 1 else -math.inf)
    return math.isnan(x), math.isinf(x), math.isfinite(x)


def gcd(a: int, b: int) -> int:
    return math.gcd(a, b)


def factorial(n: int) -> int:
    return math.factorial(n)


def hypot(x: float, y: float) -> float:
    return math.hypot(x, y)


def copysign(x: float, y: float) -> float:
    return math.copysign(x, y)


def fmod(x: float, y: float) -> float:
    return math.fmod(x, y)


def degrees_radians(x: float) -> Tuple[float, float]:
    return math.degrees(x), math.radians(x)


def exp_log_round_trip(x: float) -> float:
    return math.log(math.exp(x))


def circle_area(r: float) -> float:
    return math.pi * r ** 2


def distance(a: List[float], b: List[float]) -> float:
    total = 0.0
    for i in range(len(a)):
        d = a[i] - b[i]
        total += d * d
    return math.sqrt(total)


def quadratic_roots(a: float, b: float, c: float) -> List[float]:
    disc = b * b - 4.0 * a * c
    if disc < 0.0:
        return []
    if disc == 0.0:
        return [-b / (2.0 * a)]
    r = math.sqrt(disc)
    return [(-b - r) / (2.0 * a), (-b + r) / (2.0 * a)]


def lcm(a: int, b: int) -> int:
    return a // math.gcd(a, b) * b


def binomial(n: int, k: int) -> int:
    return math.factorial(n) // (math.factorial(k) * math.factorial(n - k))


def nan_propagation(x: float) -> Tuple[float, float, bool]:
    nan = math.nan
    return x + nan, max(x, 1.0), math.isnan(x * 0.0)


def inf_functions(k: int) -> float:
    inf = math.inf
    if k == 0:
        return math.exp(inf)
    if k == 1:
        return math.exp(-inf)
    if k == 2:
        return math.atan(inf)
    if k == 3:
        return math.tanh(-inf)
    if k == 4:
        return math.sqrt(inf)
    return math.log(inf)


def exp_overflow(x: float) -> float:
    return math.exp(x)
