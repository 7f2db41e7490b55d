# tests/diff/corpus/exceptions.py - Run-time errors with Python's exception names and messages, raised and asserted.
import math
from typing import Dict, List


def list_index(xs: List[int], i: int) -> int:
    return xs[i]


def nested_index(xss: List[List[int]], i: int, j: int) -> int:
    return xss[i][j]


def str_index(s: str, i: int) -> str:
    return s[i]


def dict_key(d: Dict[str, int], k: str) -> int:
    return d[k]


def dict_int_key(d: Dict[int, int], k: int) -> int:
    return d[k]


def int_floordiv(a: int, b: int) -> int:
    return a // b


def int_mod(a: int, b: int) -> int:
    return a % b


def int_truediv(a: int, b: int) -> float:
    return a / b


def float_floordiv(a: float, b: float) -> float:
    return a // b


def float_mod(a: float, b: float) -> float:
    return a % b


def float_truediv(a: float, b: float) -> float:
    return a / b


def mixed_truediv(a: float, b: int) -> float:
    return a / b


def divmod_zero(a: int, b: int) -> int:
    q, r = divmod(a, b)
    return q + r


def int_parse(s: str) -> int:
    return int(s)


def float_parse(s: str) -> float:
    return float(s)


def assert_positive(n: int) -> int:
    assert n > 0, f"expected a positive number, got {n}"
    return n


def assert_plain(n: int) -> int:
    assert n != 0
    return 100 // n


def raise_value(msg: str) -> int:
    raise ValueError(msg)


def raise_runtime(n: int) -> int:
    if n > 2:
        raise RuntimeError(f"n too large: {n}")
    return n


def raise_exception(msg: str) -> int:
    raise Exception(msg)


def raise_index(n: int) -> int:
    if n < 0:
        raise IndexError("negative")
    return n


def raise_key(k: str) -> int:
    raise KeyError(k)


def raise_type(n: int) -> int:
    if n == 0:
        raise TypeError("zero is not allowed")
    return n


def raise_no_message(n: int) -> int:
    if n == 1:
        raise ValueError
    if n == 2:
        raise RuntimeError()
    return n


def raise_from_loop(xs: List[int]) -> int:
    total = 0
    for x in xs:
        if x < 0:
            raise ValueError(f"negative value {x} after total {total}")
        total += x
    return total


def raise_after_print(n: int) -> int:
    print("start", n)
    for i in range(n):
        print("step", i)
    raise RuntimeError("stopped")


def raise_in_callee(n: int) -> int:
    return helper_raises(n) + 1


def helper_raises(n: int) -> int:
    if n % 2 == 1:
        raise ValueError(f"odd: {n}")
    return n


def math_sqrt(x: float) -> float:
    return math.sqrt(x)


def math_log(x: float) -> float:
    return math.log(x)


def math_acos(x: float) -> float:
    return math.acos(x)


def math_factorial(n: int) -> int:
    return math.factorial(n)


def math_pow(x: float, y: float) -> float:
    return math.pow(x, y)


def pop_empty(n: int) -> int:
    xs: List[int] = []
    for i in range(n):
        xs.append(i)
    return xs.pop()


def remove_missing(xs: List[str], v: str) -> List[str]:
    xs.remove(v)
    return xs


def index_missing(xs: List[float], v: float) -> int:
    return xs.index(v)


def str_index_missing(s: str, sub: str) -> int:
    return s.index(sub)


def chr_range(n: int) -> str:
    return chr(n)


def ord_len(s: str) -> int:
    return ord(s)


def negative_shift(n: int) -> int:
    return 1 << n


def zero_pow_negative(x: float) -> float:
    return x ** -1.0


def range_zero_step(n: int) -> int:
    total = 0
    for i in range(0, 10, n):
        total += i
    return total


def set_item_out_of_range(i: int) -> List[int]:
    xs = [1, 2, 3]
    xs[i] = 0
    return xs


def del_missing(k: str) -> Dict[str, int]:
    d = {"a": 1}
    del d[k]
    return d


def unpack_wrong(xs: List[int]) -> int:
    a, b = xs
    return a - b


def int_of_float_str(s: str) -> int:
    return int(float(s))


def round_nan(k: int) -> int:
    if k == 0:
        return round(math.nan)
    if k == 1:
        return round(math.inf)
    return int(-math.inf)


def floor_special(k: int) -> int:
    x = math.nan if k == 0 else (math.inf if k == 1 else -math.inf)
    return math.floor(x)


def ceil_special(k: int) -> int:
    x = math.nan if k == 0 else math.inf
    return math.ceil(x)
