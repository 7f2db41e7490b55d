# tests/diff/corpus/comprehensions.py - List and dict comprehensions with filters, nesting and generator arguments.
from typing import Dict, List, Tuple


def squares(n: int) -> List[int]:
    return [i * i for i in range(n)]


def evens(xs: List[int]) -> List[int]:
    return [x for x in xs if x % 2 == 0]


def two_filters(xs: List[int]) -> List[int]:
    return [x for x in xs if x > 0 if x % 3 != 0]


def nested_for(n: int) -> List[Tuple[int, int]]:
    return [(i, j) for i in range(n) for j in range(i)]


def nested_filter(words: List[str]) -> List[str]:
    return [c for w in words if len(w) > 1 for c in w if c != "a"]


def matrix_transpose(m: List[List[int]]) -> List[List[int]]:
    if len(m) == 0:
        return []
    return [[row[j] for row in m] for j in range(len(m[0]))]


def word_lengths(words: List[str]) -> Dict[str, int]:
    return {w: len(w) for w in words}


def dict_filter(d: Dict[str, int]) -> Dict[str, int]:
    return {k: v * 10 for k, v in d.items() if v > 0}


def dict_from_range(n: int) -> Dict[int, str]:
    return {i: str(i) * 2 for i in range(n) if i != 2}


def upper_strings(xs: List[str]) -> List[str]:
    return [x.upper() for x in xs if x]


def gen_sum(n: int) -> int:
    return sum(i * i for i in range(n))


def gen_sum_filtered(xs: List[float]) -> float:
    return sum([x for x in xs if x > 0.0]) + 0.0


def comp_scope(x: int) -> Tuple[int, List[int]]:
    ys = [x * 2 for x in range(3)]
    return x, ys


def enumerate_comp(xs: List[str]) -> List[str]:
    return [f"{i}:{x}" for i, x in enumerate(xs)]


def zip_comp(a: List[int], b: List[int]) -> List[int]:
    return [x * y for x, y in zip(a, b)]


def str_comp(s: str) -> List[int]:
    return [ord(c) - ord("0") for c in s if c.isdigit()]


def flatten_comp(xss: List[List[int]]) -> List[int]:
    return [x for xs in xss for x in xs]


def any_all(xs: List[int]) -> Tuple[bool, bool]:
    return any([x > 3 for x in xs]), all([x > 0 for x in xs])


def comp_with_call(xs: List[int]) -> List[str]:
    return [classify(x) for x in xs]


def classify(x: int) -> str:
    return "pos" if x > 0 else ("zero" if x == 0 else "neg")


def pairs_sum_to(xs: List[int], t: int) -> List[Tuple[int, int]]:
    return [(a, b) for a in xs for b in xs if a < b and a + b == t]


def dict_comp_invert(d: Dict[str, int]) -> Dict[int, str]:
    return {v: k for k, v in d.items()}


def comp_over_dict_keys(d: Dict[str, float]) -> List[str]:
    return [k for k in d if d[k] >= 1.0]


def reversed_comp(xs: List[int]) -> List[int]:
    return [x for x in reversed(xs) if x != 0]


def list_of_reversed(xs: List[str]) -> List[str]:
    return list(reversed(xs))


def comp_conditional_value(xs: List[int]) -> List[int]:
    return [x if x >= 0 else -x for x in xs]
