# tests/diff/corpus/fstrings.py - f-strings and print: how floats, bools, None, containers and !r/!s render.
from typing import Dict, List, Optional, Tuple


def fmt_scalars(i: int, x: float, b: bool, s: str) -> str:
    return f"i={i} x={x} b={b} s={s}"


def fmt_repr(s: str) -> str:
    return f"{s!r} and {s!s} and {s}"


def fmt_none(x: Optional[int]) -> str:
    return f"value: {x}"


def fmt_list(xs: List[int]) -> str:
    return f"list={xs} len={len(xs)}"


def fmt_str_list(xs: List[str]) -> str:
    return f"{xs}"


def fmt_float_list(xs: List[float]) -> str:
    return f"{xs}!"


def fmt_dict(d: Dict[str, int]) -> str:
    return f"d={d}"


def fmt_tuple(t: Tuple[int, str, float]) -> str:
    return f"t={t}"


def fmt_nested(xs: List[List[int]]) -> str:
    return f"{xs} {xs[0]} {len(xs)}"


def fmt_expr(a: int, b: int) -> str:
    return f"{a} + {b} = {a + b}; {a} / {b} = {a / b}; max={max(a, b)}"


def fmt_braces(n: int) -> str:
    return f"{{literal}} {n} {{{n}}}"


def fmt_conditional(n: int) -> str:
    return f"{n} is {'even' if n % 2 == 0 else 'odd'}"


def fmt_method(s: str) -> str:
    return f"[{s.upper()}|{s.strip()}|{s[::-1]}]"


def fmt_bool_ops(a: bool, b: bool) -> str:
    return f"{a and b} {a or b} {not a}"


def fmt_optional_str(s: Optional[str]) -> str:
    return f"<{s}> <{s!r}>"


def print_basic(n: int) -> None:
    print(n, n * 1.5, n > 0, None, "s")
    print("a", "b", sep="")
    print("x", end="")
    print("y", end="|")
    print()
    print("p", "q", "r", sep=", ", end=".\n")


def print_containers() -> None:
    xs: List[int] = [1, 2, 3]
    d: Dict[str, float] = {"a": 1.0, "b": -0.5}
    empty: Dict[int, int] = {}
    print(xs, d, empty)
    print((1, "a"), (2.5,), [[1], [2, 3]])
    print([True, False], [None, None])
    nums: List[Optional[int]] = [1, None]
    print(nums)


def print_returns(n: int) -> int:
    for i in range(n):
        print(i, i * i)
    return n


def print_str_repr() -> None:
    s = "it's"
    print(s, [s], (s,), {s: s})
    print(str(s), f"{s!r}")


def str_of_values(n: int) -> List[str]:
    return [str(n), str(n * 0.5), str(n > 1), str(None), str([n]), str((n, "x"))]


def fmt_repr_values(x: float, xs: List[str], d: Dict[str, float]) -> str:
    return f"{x!r} {xs!r} {d!r} {x!s} {xs!s}"
