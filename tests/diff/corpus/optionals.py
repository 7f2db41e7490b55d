# tests/diff/corpus/optionals.py - Optional values: refinement by is None checks, defaults, Optional results and containers.
from typing import Dict, List, Optional, Tuple


def or_zero(x: Optional[int]) -> int:
    if x is None:
        return 0
    return x


def describe(x: Optional[float]) -> str:
    if x is not None:
        return f"value {x}"
    return "nothing"


def find_index(xs: List[str], target: str) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


def safe_div(a: int, b: int) -> Optional[float]:
    if b == 0:
        return None
    return a / b


def with_default(x: int, scale: Optional[int] = None) -> int:
    if scale is None:
        scale = 10
    return x * scale


def first_some(a: Optional[str], b: Optional[str]) -> str:
    if a is not None:
        return a
    if b is not None:
        return b
    return "none"


def and_refine(x: Optional[int], limit: int) -> bool:
    return x is not None and x > limit


def or_refine(x: Optional[int]) -> int:
    if x is None or x < 0:
        return -1
    return x * 2


def assert_refine(x: Optional[int]) -> int:
    assert x is not None, "x must be set"
    return x + 1


def ternary_optional(flag: bool) -> Optional[int]:
    return 5 if flag else None


def optional_list(xs: List[Optional[int]]) -> Tuple[int, int]:
    total = 0
    missing = 0
    for x in xs:
        if x is None:
            missing += 1
        else:
            total += x
    return total, missing


def dict_get_chain(d: Dict[str, int], keys: List[str]) -> List[Optional[int]]:
    return [d.get(k) for k in keys]


def while_optional(n: int) -> List[int]:
    cur: Optional[int] = n
    out: List[int] = []
    while cur is not None:
        out.append(cur)
        if cur <= 1:
            cur = None
        else:
            cur = cur // 2
    return out


def merge_optional(flag: bool, v: int) -> str:
    x: Optional[int] = None
    if flag:
        x = v
    return str(x)


def optional_str_len(s: Optional[str]) -> int:
    if not s:
        return 0
    return len(s)


def is_none_checks(x: Optional[int]) -> Tuple[bool, bool]:
    return x is None, x is not None


def optional_return_value(xs: List[int]) -> Optional[int]:
    best: Optional[int] = None
    for x in xs:
        if best is None or x > best:
            best = x
    return best


def optional_equality(a: Optional[int], b: Optional[int]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == b


def unwrap_or_raise(x: Optional[str]) -> str:
    if x is None:
        raise ValueError("no value")
    return x.upper()
