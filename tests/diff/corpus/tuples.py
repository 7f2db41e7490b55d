# tests/diff/corpus/tuples.py - Tuples: construction, constant indexing, unpacking, slicing, comparison, multiple returns.
from typing import List, Tuple


def swap(a: int, b: str) -> Tuple[str, int]:
    return b, a


def first_last(t: Tuple[int, int, int]) -> Tuple[int, int]:
    return t[0], t[-1]


def unpack(t: Tuple[int, float, str]) -> str:
    a, b, c = t
    return f"{c}:{a + b}"


def nested_unpack(t: Tuple[Tuple[int, int], str]) -> str:
    (a, b), s = t
    return s * (a + b)


def tuple_slice(t: Tuple[int, int, int, int]) -> Tuple[Tuple[int, int], Tuple[int, int, int], Tuple[int, int]]:
    return t[1:3], t[:3], t[::2]


def tuple_equal(a: Tuple[int, str], b: Tuple[int, str]) -> Tuple[bool, bool]:
    return a == b, a != b


def tuple_contains(t: Tuple[int, int, int], v: int) -> bool:
    return v in t


def tuple_len(t: Tuple[str, str, str]) -> int:
    return len(t)


def min_max_pair(xs: List[int]) -> Tuple[int, int]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def divide_with_remainder(a: int, b: int) -> Tuple[int, int, float]:
    q, r = divmod(a, b)
    return q, r, a / b


def list_of_pairs(n: int) -> List[Tuple[int, str]]:
    out: List[Tuple[int, str]] = []
    for i in range(n):
        out.append((i, str(i) * i))
    return out


def sum_pairs(ps: List[Tuple[int, int]]) -> List[int]:
    return [a + b for a, b in ps]


def loop_over_tuple(x: int) -> List[str]:
    out: List[str] = []
    for item in (1, "two", 3.0, True):
        out.append(str(item) + str(x))
    return out


def swap_in_place(a: int, b: int) -> Tuple[int, int]:
    a, b = b, a
    return a, b


def rotate_three(a: int, b: int, c: int) -> Tuple[int, int, int]:
    a, b, c = b, c, a
    return a, b, c


def fib_pair(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def list_unpack(xs: List[int]) -> int:
    a, b, c = xs
    return a * 100 + b * 10 + c


def empty_tuple(n: int) -> Tuple[Tuple[()], int]:
    return (), n


def single_tuple(s: str) -> Tuple[str]:
    return (s,)


def tuple_concat(a: Tuple[int, int], b: Tuple[str]) -> Tuple[int, int, str]:
    return a + b


def tuple_in_dict(k: int) -> Tuple[str, float]:
    table = {1: ("one", 1.0), 2: ("two", 2.0)}
    return table[k]


def tuple_of_lists(n: int) -> Tuple[List[int], List[str]]:
    nums: List[int] = []
    names: List[str] = []
    for i in range(n):
        nums.append(i)
        names.append(chr(ord("a") + i))
    return nums, names


def mutate_list_in_tuple(n: int) -> Tuple[List[int], int]:
    t = ([1, 2], n)
    t[0].append(n)
    return t
