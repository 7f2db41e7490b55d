# tests/python/test_exceptions.py - Script exceptions as Python's built-in types, with the script traceback.
import pytest

import tsc

SOURCE = '''
from typing import Dict, List
import tsc


def inner(x: int) -> int:
    if x == 1:
        raise ValueError("bad value " + str(x))
    if x == 2:
        raise RuntimeError("broken")
    if x == 3:
        raise Exception("generic")
    if x == 4:
        assert x < 0, "x must be negative"
    if x == 5:
        raise NotImplementedError("later")
    return 10 // (x - 6)


@tsc.script
def outer(x: int) -> int:
    y = inner(x)
    return y


@tsc.script
def index(xs: List[int], i: int) -> int:
    return xs[i]


@tsc.script
def lookup(d: Dict[str, int], k: str) -> int:
    return d[k]


@tsc.script
def to_int(s: str) -> int:
    return int(s)


@tsc.script
def recurse(n: int) -> int:
    return recurse(n + 1)
'''


@pytest.fixture
def m(make_module):
    return make_module(SOURCE)


def line_of(module, text):
    return open(module.__file__).read().split("\n").index(text) + 1


# (call, the exception CPython raises for the same Python code, its message)
def cases(m):
    return [
        (lambda f: f.outer(1), ValueError, "bad value 1"),
        (lambda f: f.outer(2), RuntimeError, "broken"),
        (lambda f: f.outer(4), AssertionError, "x must be negative"),
        (lambda f: f.outer(5), NotImplementedError, "later"),
        (lambda f: f.outer(6), ZeroDivisionError, "integer division or modulo by zero"),
        (lambda f: f.index([1, 2], 5), IndexError, "list index out of range"),
        (lambda f: f.lookup({"a": 1}, "b"), KeyError, "'b'"),
        (lambda f: f.to_int("x1"), ValueError, "invalid literal for int() with base 10: 'x1'"),
    ]


def test_each_exception_is_the_builtin_type_with_pythons_message(m):
    for call, kind, message in cases(m):
        with pytest.raises(kind) as py_error:
            call(type("Py", (), {n: staticmethod(getattr(m, n).__wrapped__)
                                 for n in ("outer", "index", "lookup", "to_int")}))
        assert str(py_error.value) == message
        with pytest.raises(kind) as info:
            call(m)
        e = info.value
        assert type(e).__name__ == kind.__name__
        assert e.script_message == message
        assert e.script_type == kind.__name__
        assert str(e).endswith(f"{kind.__name__}: {message}")


def test_exception_raises_runtime_error(m):
    # The runtime's rule (docs/runtime.md): `raise Exception(msg)` surfaces as RuntimeError.
    with pytest.raises(RuntimeError) as info:
        m.outer(3)
    assert info.value.script_message == "generic"


def test_traceback_frames_point_at_the_users_file(m):
    with pytest.raises(ValueError) as info:
        m.outer(1)
    frames = info.value.script_traceback
    assert [(f[0], f[1], f[2], f[3]) for f in frames] == [
        (m.__file__, line_of(m, "    y = inner(x)"), "outer", "y = inner(x)"),
        (m.__file__, line_of(m, '        raise ValueError("bad value " + str(x))'), "inner",
         'raise ValueError("bad value " + str(x))'),
    ]
    text = str(info.value)
    assert text == (
        "Traceback (most recent call last):\n"
        f'  File "{m.__file__}", line {frames[0][1]}, in outer\n'
        "    y = inner(x)\n"
        f'  File "{m.__file__}", line {frames[1][1]}, in inner\n'
        '    raise ValueError("bad value " + str(x))\n'
        "ValueError: bad value 1")


def test_key_error_str_is_readable_and_still_a_key_error(m):
    with pytest.raises(KeyError) as info:
        m.lookup({}, "missing")
    assert isinstance(info.value, KeyError)
    assert str(info.value).endswith("KeyError: 'missing'")
    assert "\\n" not in str(info.value)


def test_deep_recursion_is_a_recursion_error(m):
    with pytest.raises(RecursionError) as info:
        m.recurse(0)
    assert info.value.script_message == "maximum recursion depth exceeded"
    assert "[Previous line repeated" in str(info.value)


def test_exceptions_leave_the_function_usable(m):
    for _ in range(3):
        with pytest.raises(ZeroDivisionError):
            m.outer(6)
    assert m.outer(7) == 10
