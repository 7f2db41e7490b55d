# tests/python/test_properties.py - Property tests: scripted functions against the same functions under CPython.
#
# FUNCTIONS below is one real module (written to a temporary directory and imported, so tsc.script
# reads it from its file like any user module). Each function runs under CPython and, compiled with
# tsc.script, under tsc, on inputs drawn by hypothesis (Debian's python3-hypothesis); the outcomes
# must agree: repr() of the result (so floats compare exactly, nan and -0.0 included), or the
# exception's type and message (e.script_message on the tsc side). Where tsc differs on purpose
# (docs/language.md, docs/runtime.md: 64-bit int, `int ** negative`, no complex numbers) the
# expectation is derived from CPython's outcome by `documented`, and only there.
import copy
import importlib.util
import math
import os
import sys
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

import tsc

# Hypothesis caches Unicode tables under .hypothesis/ in the working directory: keep the source
# tree clean (and no example database: database=None below).
set_hypothesis_home_dir(os.path.join(tempfile.gettempdir(), "tsc-hypothesis"))

FUNCTIONS = '''\
import math
from typing import Dict, List, Tuple


# --- int ------------------------------------------------------------------------------------------

def i_add(a: int, b: int) -> int:
    return a + b


def i_sub(a: int, b: int) -> int:
    return a - b


def i_mul(a: int, b: int) -> int:
    return a * b


def i_floordiv(a: int, b: int) -> int:
    return a // b


def i_mod(a: int, b: int) -> int:
    return a % b


def i_divmod(a: int, b: int) -> Tuple[int, int]:
    return divmod(a, b)


def i_truediv(a: int, b: int) -> float:
    return a / b


def i_pow(a: int, b: int) -> int:
    return a ** b


def i_neg(a: int) -> int:
    return -a


def i_abs(a: int) -> int:
    return abs(a)


def i_compare(a: int, b: int) -> Tuple[bool, bool, bool, bool, bool, bool]:
    return a < b, a <= b, a == b, a != b, a > b, a >= b


def i_chain(a: int, b: int, c: int) -> bool:
    return a < b <= c


def i_bits(a: int, b: int) -> Tuple[int, int, int, int]:
    return a & b, a | b, a ^ b, ~a


def i_lshift(a: int, n: int) -> int:
    return a << n


def i_rshift(a: int, n: int) -> int:
    return a >> n


def i_minmax(a: int, b: int, c: int) -> Tuple[int, int]:
    return min(a, b, c), max(a, b, c)


def i_min_list(xs: List[int]) -> int:
    return min(xs)


def i_max_list(xs: List[int]) -> int:
    return max(xs)


def i_sum(xs: List[int]) -> int:
    return sum(xs)


def i_str_roundtrip(a: int) -> Tuple[str, int, str, str, str]:
    s = str(a)
    return s, int(s), hex(a), oct(a), bin(a)


def i_int_of_str(s: str) -> int:
    return int(s)


def i_bool_arith(p: bool, q: bool, a: int) -> int:
    return p + q * a - (p and q)


# --- float ----------------------------------------------------------------------------------------

def f_add(a: float, b: float) -> float:
    return a + b


def f_sub(a: float, b: float) -> float:
    return a - b


def f_mul(a: float, b: float) -> float:
    return a * b


def f_truediv(a: float, b: float) -> float:
    return a / b


def f_floordiv(a: float, b: float) -> float:
    return a // b


def f_mod(a: float, b: float) -> float:
    return a % b


def f_pow(a: float, b: float) -> float:
    return a ** b


def f_compare(a: float, b: float) -> Tuple[bool, bool, bool, bool, bool, bool]:
    return a < b, a <= b, a == b, a != b, a > b, a >= b


def f_minmax(a: float, b: float) -> Tuple[float, float]:
    return min(a, b), max(a, b)


def f_mixed(a: int, b: float) -> Tuple[float, float, float, bool]:
    return a + b, a * b, b - a, a < b


def f_abs_neg(a: float) -> Tuple[float, float]:
    return abs(a), -a


def f_sqrt(x: float) -> float:
    return math.sqrt(x)


def f_exp(x: float) -> float:
    return math.exp(x)


def f_log(x: float) -> float:
    return math.log(x)


def f_log10(x: float) -> float:
    return math.log10(x)


def f_trig(x: float) -> Tuple[float, float, float]:
    return math.sin(x), math.cos(x), math.atan(x)


def f_tan(x: float) -> float:
    return math.tan(x)


def f_atan2_copysign(y: float, x: float) -> Tuple[float, float]:
    return math.atan2(y, x), math.copysign(x, y)


def f_hypot(x: float, y: float) -> float:
    return math.hypot(x, y)


def f_fmod(x: float, y: float) -> float:
    return math.fmod(x, y)


def f_floor(x: float) -> int:
    return math.floor(x)


def f_ceil(x: float) -> int:
    return math.ceil(x)


def f_trunc(x: float) -> int:
    return math.trunc(x)


def f_int(x: float) -> int:
    return int(x)


def f_round(x: float) -> int:
    return round(x)


def f_round_digits(x: float, n: int) -> float:
    return round(x, n)


def f_classify(x: float) -> Tuple[bool, bool, bool]:
    return math.isnan(x), math.isinf(x), math.isfinite(x)


def f_str(x: float) -> Tuple[str, str, str]:
    return str(x), f"{x}", f"<{x!r}>"


def f_of_str(s: str) -> float:
    return float(s)


def f_sum(xs: List[float]) -> float:
    return sum(xs)


# --- str ------------------------------------------------------------------------------------------

def s_split(s: str) -> List[str]:
    return s.split()


def s_split_sep(s: str, sep: str, n: int) -> List[str]:
    return s.split(sep, n)


def s_split_max(s: str, n: int) -> List[str]:
    return s.split(None, n)


def s_splitlines(s: str) -> List[str]:
    return s.splitlines()


def s_strip(s: str) -> Tuple[str, str, str]:
    return s.strip(), s.lstrip(), s.rstrip()


def s_strip_chars(s: str, chars: str) -> Tuple[str, str, str]:
    return s.strip(chars), s.lstrip(chars), s.rstrip(chars)


def s_join(sep: str, xs: List[str]) -> str:
    return sep.join(xs)


def s_replace(s: str, old: str, new: str) -> str:
    return s.replace(old, new)


def s_replace_count(s: str, old: str, new: str, n: int) -> str:
    return s.replace(old, new, n)


def s_search(s: str, sub: str) -> Tuple[int, int, int, bool, bool, bool]:
    return s.find(sub), s.rfind(sub), s.count(sub), s.startswith(sub), s.endswith(sub), sub in s


def s_index(s: str, sub: str) -> Tuple[int, int]:
    return s.index(sub), s.rindex(sub)


def s_case(s: str) -> Tuple[str, str, str, str, str]:
    return s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase()


def s_predicates(s: str) -> Tuple[bool, bool, bool, bool, bool, bool]:
    return s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.islower(), s.isupper()


def s_slice(s: str, a: int, b: int, step: int) -> Tuple[str, str, str, str, str]:
    return s[a:b:step], s[a:], s[:b], s[::step], s[a:b]


def s_char(s: str, i: int) -> str:
    return s[i]


def s_pad(s: str, width: int, fill: str) -> Tuple[str, str, str, str]:
    return s.ljust(width, fill), s.rjust(width, fill), s.center(width, fill), s.zfill(width)


def s_partition(s: str, sep: str) -> Tuple[Tuple[str, str, str], Tuple[str, str, str]]:
    return s.partition(sep), s.rpartition(sep)


def s_repeat(s: str, n: int) -> str:
    return s * n


def s_compare(a: str, b: str) -> Tuple[bool, bool, bool, bool, str, str]:
    return a < b, a <= b, a == b, a + b > b, min(a, b), max(a, b)


def s_format(a: int, x: float, s: str, flag: bool) -> str:
    return f"{a}|{x}|{s}|{s!r}|{flag}|{[a, a]}|{({s: x})}" + str(a) + str(x) + str(flag)


def s_repr_roundtrip(s: str) -> Tuple[str, int, str]:
    return repr(s), len(s), str([s])


def s_ord_chr(s: str) -> List[int]:
    out: List[int] = []
    for c in s:
        out.append(ord(c))
        out.append(ord(chr(ord(c))))
    return out


# --- list -----------------------------------------------------------------------------------------

def l_program(xs: List[int], ops: List[Tuple[int, int, int]]) -> Tuple[List[int], List[int]]:
    out: List[int] = []
    for op, a, b in ops:
        if op == 0:
            xs.append(a)
        elif op == 1:
            out.append(xs.pop())
        elif op == 2:
            out.append(xs.pop(a))
        elif op == 3:
            xs.insert(a, b)
        elif op == 4:
            xs.remove(a)
        elif op == 5:
            out.append(xs.index(a))
        elif op == 6:
            out.append(xs.count(a))
        elif op == 7:
            xs.sort()
        elif op == 8:
            xs.sort(reverse=True)
        elif op == 9:
            xs.reverse()
        elif op == 10:
            xs = xs[a:b]
        elif op == 11:
            xs = xs[a::b]
        elif op == 12:
            xs.extend(xs[a:b])
        elif op == 13:
            del xs[a]
        elif op == 14:
            xs[a] = b
        elif op == 15:
            out.append(len(xs))
        elif op == 16:
            xs = xs + [a] * b
        elif op == 17:
            out.append(1 if a in xs else 0)
        elif op == 18:
            xs.clear()
        elif op == 19:
            out.append(min(xs))
        elif op == 20:
            out.append(max(xs))
        elif op == 21:
            ys = xs.copy()
            ys.append(a)
            out.append(len(ys) - len(xs))
        elif op == 22:
            out.append(xs[a])
        else:
            out.extend(sorted(xs, reverse=True))
    return xs, out


def l_sort_floats(xs: List[float]) -> Tuple[List[float], List[float]]:
    ys = sorted(xs)
    xs.sort(reverse=True)
    return ys, xs


def l_slice(xs: List[int], a: int, b: int, step: int) -> Tuple[List[int], List[int], List[int], List[int]]:
    return xs[a:b:step], xs[a:], xs[:b:step], xs[::step]


def l_compare(a: List[int], b: List[int]) -> Tuple[bool, bool, List[int], List[int]]:
    return a == b, a != b, a + b, b * 2


def l_str(xs: List[float], names: List[str]) -> str:
    return str(xs) + str(names) + f"{xs}"


# --- dict -----------------------------------------------------------------------------------------

def d_program(d: Dict[str, int], ops: List[Tuple[int, str, int]]) -> Tuple[Dict[str, int], List[int]]:
    out: List[int] = []
    for op, k, v in ops:
        if op == 0:
            d[k] = v
        elif op == 1:
            out.append(d.get(k, v))
        elif op == 2:
            out.append(d.setdefault(k, v))
        elif op == 3:
            out.append(d.pop(k))
        elif op == 4:
            out.append(d.pop(k, v))
        elif op == 5:
            for key in d.keys():
                out.append(len(key))
        elif op == 6:
            out.extend(d.values())
        elif op == 7:
            for key, value in d.items():
                out.append(len(key) * value)
        elif op == 8:
            d.update({k: v, k + k: v + 1})
        elif op == 9:
            out.append(1 if k in d else 0)
        elif op == 10:
            del d[k]
        elif op == 11:
            out.append(d[k])
        elif op == 12:
            e = d.copy()
            e[k] = v
            out.append(len(e) - len(d))
        elif op == 13:
            d.clear()
        elif op == 14:
            out.append(len(d))
        else:
            d[k] += v
    return d, out


def d_int_keys(d: Dict[int, float], ks: List[int]) -> Tuple[Dict[int, float], List[float], str]:
    out: List[float] = []
    for k in ks:
        if k in d:
            out.append(d.pop(k))
        else:
            d[k] = k / 2
    return d, out, str(d)
'''

INT64_MIN = -2 ** 63
INT64_MAX = 2 ** 63 - 1
OVERFLOW = ("raise", "OverflowError", "integer overflow")


@pytest.fixture(scope="module")
def functions(tmp_path_factory):
    """The FUNCTIONS module imported from its file, and a cache of its scripted functions."""
    path = tmp_path_factory.mktemp("properties") / "property_functions.py"
    path.write_text(FUNCTIONS)
    spec = importlib.util.spec_from_file_location("tsc_property_functions", str(path))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module, {}


def outcome(fn, args, scripted):
    """("ok", repr(result)) or ("raise", exception name, message) of FN on a deep copy of ARGS."""
    try:
        result = fn(*copy.deepcopy(args))
    except Exception as e:  # the program's own exception is part of its behaviour
        message = e.script_message if scripted else str(e)
        return ("raise", type(e).__name__, message)
    return ("ok", result)


def fits(value):
    """Whether every int in VALUE (nested in tuples, lists, dicts) is a 64-bit int."""
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return INT64_MIN <= value <= INT64_MAX
    if isinstance(value, (list, tuple)):
        return all(fits(v) for v in value)
    if isinstance(value, dict):
        return all(fits(k) and fits(v) for k, v in value.items())
    return True


def documented(name, args, expected):
    """CPython's outcome EXPECTED turned into tsc's documented one for NAME(ARGS)."""
    if name == "i_pow" and args[1] < 0:
        # int ** int is an int: a negative exponent is an error (docs/language.md, `int`).
        if args[0] == 0:
            return ("raise", "ZeroDivisionError", "0.0 cannot be raised to a negative power")
        return ("raise", "ValueError", "negative exponent in integer power")
    if name == "i_sum":
        total = 0
        for x in args[0]:  # an intermediate result that leaves 64 bits counts
            total += x
            if not fits(total):
                return OVERFLOW
    if name == "f_pow" and args[0] < 0 and math.isfinite(args[0]) and math.isfinite(args[1]) \
            and args[1] != int(args[1]):
        # A negative float to a fractional power: CPython gives a complex number (or raises
        # OverflowError "complex exponentiation"); tsc has no complex numbers (docs/runtime.md).
        return ("raise", "ValueError", "math domain error")
    if name == "f_sum" and args[0] == []:
        # sum() of an empty List[float] is 0.0 (CPython: the int 0), tests/diff/divergences/static_types.
        return ("ok", 0.0)
    if expected[0] == "ok" and not fits(expected[1]):
        return OVERFLOW
    return expected


def compare(functions, name, args):
    module, cache = functions
    fn = getattr(module, name)
    if name not in cache:
        cache[name] = tsc.script(fn)
    expected = documented(name, args, outcome(fn, args, scripted=False))
    got = outcome(cache[name], args, scripted=True)
    if expected[0] == "ok":
        expected = ("ok", repr(expected[1]))
    if got[0] == "ok":
        got = ("ok", repr(got[1]))
    assert got == expected, f"{name}{args!r}: CPython {expected}, tsc {got}"


# --- strategies -----------------------------------------------------------------------------------

INT_EDGES = [0, 1, -1, 2, -2, 7, -7, 63, 64, 2 ** 31, -2 ** 31, 2 ** 32, 2 ** 62, -2 ** 62,
             INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1, 3037000499, 3037000500]
ints = st.one_of(st.integers(-1000, 1000), st.integers(INT64_MIN, INT64_MAX), st.sampled_from(INT_EDGES))
small = st.integers(-20, 20)
shifts = st.integers(-2, 70)
FLOAT_EDGES = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 1e16, 1e-5, 1e308, -1e308, 5e-324,
               1.7976931348623157e308, math.inf, -math.inf, math.nan, math.pi, 1e22, 9007199254740993.0]
floats = st.one_of(st.floats(), st.floats(-1e6, 1e6), st.sampled_from(FLOAT_EDGES))
# Text: a focused alphabet (separators, whitespace of every kind, case pairs that change length or
# depend on context: 'ß', 'İ', final sigma), and any text at all.
ALPHABET = list("ab AB,.-_01 \t\n\r\x0b\x0c\x1c\u00a0\u2028\u3000éÉßİıΣσςǅ٣½")
texts = st.one_of(st.text(st.sampled_from(ALPHABET), max_size=12), st.text(max_size=8))
subs = st.one_of(st.text(st.sampled_from(list("ab ,")), max_size=3), st.text(max_size=2))
fills = st.one_of(st.sampled_from([" ", "*", "é", "0"]), st.text(min_size=0, max_size=2))
int_strings = st.one_of(ints.map(str), st.text(st.sampled_from(list("0123456789 _+-x\t٣")), max_size=6),
                        st.sampled_from(["1_000", "+5", "-0", " 42\n", "0x10", "99999999999999999999", "", "٣"]))
float_strings = st.one_of(floats.map(repr), st.sampled_from(
    ["1e5", "inf", "-Infinity", "nan", "-nan", " 2.5 ", "1_0.5", "1__0", "abc", ".5", "5.", "1e400",
     "-0", "", "0x10", "٣.٥"]))

list_ops = st.lists(st.tuples(st.integers(0, 23), st.integers(-6, 6), st.integers(-6, 6)), max_size=12)
keys = st.sampled_from(["", "a", "b", "ab", "key", "é"])
dict_ops = st.lists(st.tuples(st.integers(0, 15), keys, st.integers(-9, 9)), max_size=12)

SPECS = {
    "i_add": (ints, ints), "i_sub": (ints, ints), "i_mul": (ints, ints),
    "i_floordiv": (ints, ints), "i_mod": (ints, ints), "i_divmod": (ints, ints), "i_truediv": (ints, ints),
    "i_pow": (st.one_of(small, ints), st.integers(-3, 70)),
    "i_neg": (ints,), "i_abs": (ints,), "i_compare": (ints, ints), "i_chain": (small, small, small),
    "i_bits": (ints, ints), "i_lshift": (ints, shifts), "i_rshift": (ints, st.integers(-2, 100)),
    "i_minmax": (ints, ints, ints), "i_min_list": (st.lists(ints, max_size=5),),
    "i_max_list": (st.lists(ints, max_size=5),), "i_sum": (st.lists(ints, max_size=5),),
    "i_str_roundtrip": (ints,), "i_int_of_str": (int_strings,),
    "i_bool_arith": (st.booleans(), st.booleans(), st.integers(-2 ** 62, 2 ** 62)),
    "f_add": (floats, floats), "f_sub": (floats, floats), "f_mul": (floats, floats),
    "f_truediv": (floats, floats), "f_floordiv": (floats, floats), "f_mod": (floats, floats),
    "f_pow": (floats, floats), "f_compare": (floats, floats), "f_minmax": (floats, floats),
    "f_mixed": (ints, floats), "f_abs_neg": (floats,),
    "f_sqrt": (floats,), "f_exp": (floats,), "f_log": (floats,), "f_log10": (floats,), "f_trig": (floats,),
    "f_tan": (floats,), "f_atan2_copysign": (floats, floats), "f_hypot": (floats, floats), "f_fmod": (floats, floats),
    "f_floor": (floats,), "f_ceil": (floats,), "f_trunc": (floats,), "f_int": (floats,),
    "f_round": (floats,), "f_round_digits": (floats, st.integers(-400, 400)), "f_classify": (floats,),
    "f_str": (floats,), "f_of_str": (float_strings,), "f_sum": (st.lists(floats, max_size=6),),
    "s_split": (texts,), "s_split_sep": (texts, subs, st.integers(-2, 4)), "s_split_max": (texts, st.integers(-2, 4)),
    "s_splitlines": (texts,), "s_strip": (texts,), "s_strip_chars": (texts, subs),
    "s_join": (subs, st.lists(texts, max_size=4)), "s_replace": (texts, subs, subs),
    "s_replace_count": (texts, subs, subs, st.integers(-2, 3)), "s_search": (texts, subs),
    "s_index": (texts, subs), "s_case": (texts,), "s_predicates": (texts,),
    "s_slice": (texts, st.integers(-15, 15), st.integers(-15, 15), st.integers(-4, 4)),
    "s_char": (texts, st.integers(-14, 14)), "s_pad": (texts, st.integers(-2, 16), fills),
    "s_partition": (texts, subs), "s_repeat": (texts, st.integers(-2, 4)), "s_compare": (texts, texts),
    "s_format": (ints, floats, texts, st.booleans()), "s_repr_roundtrip": (texts,), "s_ord_chr": (texts,),
    "l_program": (st.lists(st.integers(-6, 6), max_size=8), list_ops),
    "l_sort_floats": (st.one_of(st.lists(floats, max_size=40), st.lists(st.floats(allow_nan=False), max_size=200)),),
    "l_slice": (st.lists(small, max_size=10), st.integers(-12, 12), st.integers(-12, 12), st.integers(-4, 4)),
    "l_compare": (st.lists(small, max_size=4), st.lists(small, max_size=4)),
    "l_str": (st.lists(floats, max_size=4), st.lists(texts, max_size=3)),
    "d_program": (st.dictionaries(keys, st.integers(-9, 9), max_size=4), dict_ops),
    "d_int_keys": (st.dictionaries(st.integers(-3, 3), floats, max_size=4), st.lists(st.integers(-3, 3), max_size=8)),
}

# The programs of list and dict operations get more examples than single operators.
EXAMPLES = {"l_program": 1000, "d_program": 1000, "l_sort_floats": 300}

# Known tsc bugs: a property test of each would fail only now and then, so each is pinned by one
# input that shows it, as a strict xfail (an XPASS once fixed: then delete the entry).
KNOWN_BUGS: dict = {}


def test_every_function_has_a_strategy(functions):
    module, _ = functions
    defined = {name for name, value in vars(module).items()
               if callable(value) and getattr(value, "__module__", None) == module.__name__}
    assert defined == set(SPECS)


@pytest.mark.parametrize("name", sorted(set(SPECS) - set(KNOWN_BUGS)))
def test_matches_cpython(functions, name):
    @settings(max_examples=EXAMPLES.get(name, 150), deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(st.tuples(*SPECS[name]))
    def check(args):
        compare(functions, name, args)

    check()


if KNOWN_BUGS:
    @pytest.mark.parametrize("name", [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=why))
                                      for name, (_, why) in sorted(KNOWN_BUGS.items())])
    def test_known_bug(functions, name):
        compare(functions, name, KNOWN_BUGS[name][0])
