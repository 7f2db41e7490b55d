# tests/diff/corpus/builtin_funcs.py - Builtins: len, range, min/max, sum, sorted, reversed, enumerate, zip, conversions.
from typing import Any, Dict, List, Optional, Tuple


def lengths(s: str, xs: List[int], d: Dict[str, int], t: Tuple[int, int]) -> List[int]:
    return [len(s), len(xs), len(d), len(t)]


def range_list(a: int, b: int, step: int) -> List[int]:
    out: List[int] = []
    for i in range(a, b, step):
        out.append(i)
    return out


def range_two(a: int, b: int) -> List[int]:
    return [i for i in range(a, b)]


def min_max_args(a: int, b: int, c: int) -> Tuple[int, int]:
    return min(a, b, c), max(a, b, c)


def min_max_two(a: float, b: int) -> Tuple[float, float]:
    return min(a, b), max(a, b)


def min_max_list(xs: List[str]) -> Tuple[str, str]:
    return min(xs), max(xs)


def sum_ints(xs: List[int]) -> int:
    return sum(xs)


def sum_bools(xs: List[bool]) -> int:
    return sum(xs)


def sorted_strs(xs: List[str]) -> Tuple[List[str], List[str]]:
    return sorted(xs), sorted(xs, reverse=True)


def sorted_floats(xs: List[float]) -> List[float]:
    return sorted(xs)


def sorted_keeps_input(xs: List[int]) -> Tuple[List[int], List[int]]:
    ys = sorted(xs)
    return xs, ys


def reversed_list(xs: List[int]) -> List[int]:
    return list(reversed(xs))


def enumerate_pairs(xs: List[str]) -> List[Tuple[int, str]]:
    return [(i, x) for i, x in enumerate(xs)]


def enumerate_from(xs: List[float], start: int) -> List[str]:
    return [f"{i}={x}" for i, x in enumerate(xs, start)]


def zip_pairs(a: List[int], b: List[str]) -> List[Tuple[int, str]]:
    return [(x, y) for x, y in zip(a, b)]


def zip_three(a: List[int], b: List[int], c: List[int]) -> List[int]:
    return [x + y + z for x, y, z in zip(a, b, c)]


def isinstance_checks(x: int, y: float, s: str) -> Tuple[bool, bool, bool, bool]:
    return isinstance(x, int), isinstance(y, float), isinstance(s, str), isinstance(x, float)


def isinstance_any(x: Any) -> str:
    if isinstance(x, int):
        return "int"
    if isinstance(x, str):
        return "str"
    if isinstance(x, float):
        return "float"
    return "other"


def isinstance_optional(x: Optional[int]) -> bool:
    return isinstance(x, int)


def int_conversions(s: str, x: float, b: bool) -> Tuple[int, int, int]:
    return int(s), int(x), int(b)


def float_conversions(s: str, n: int, b: bool) -> Tuple[float, float, float]:
    return float(s), float(n), float(b)


def bool_conversions(n: int, x: float, s: str) -> Tuple[bool, bool, bool]:
    return bool(n), bool(x), bool(s)


def str_conversions(n: int, x: float, b: bool) -> Tuple[str, str, str]:
    return str(n), str(x), str(b)


def str_of_containers(xs: List[float], d: Dict[str, bool]) -> Tuple[str, str]:
    return str(xs), str(d)


def chr_ord(n: int, c: str) -> Tuple[str, int]:
    return chr(n), ord(c)


def hex_oct_bin(n: int) -> Tuple[str, str, str]:
    return hex(n), oct(n), bin(n)


def abs_values(a: int, b: float) -> Tuple[int, float]:
    return abs(a), abs(b)


def round_values(x: float) -> Tuple[int, float, float]:
    return round(x), round(x, 1), round(x, 3)


def divmod_values(a: int, b: int) -> Tuple[int, int]:
    return divmod(a, b)


def pow_values(a: int, b: int, x: float) -> Tuple[int, float]:
    return pow(a, b), pow(x, 2)


def any_all_values(xs: List[bool]) -> Tuple[bool, bool]:
    return any(xs), all(xs)


def list_of_list(xs: List[int]) -> List[int]:
    ys = list(xs)
    ys.append(0)
    return ys


def print_builtin(xs: List[int]) -> None:
    print(len(xs), min(xs), max(xs), sum(xs), sorted(xs))
    print(list(reversed(xs)), [i for i, _ in enumerate(xs)])


def str_int_round_trip(n: int) -> bool:
    return int(str(n)) == n


def float_str_round_trip(x: float) -> bool:
    return float(str(x)) == x


def max_of_floats_and_ints(a: int, b: float, c: int) -> float:
    return max(a, b, c)


def min_of_list_of_floats(xs: List[float]) -> float:
    return min(xs)
