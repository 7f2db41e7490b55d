# tests/python/test_backends.py - tsc.script and tsc.load on each backend: auto, interp, jit (docs/jit.md).
import os
import subprocess
import sys
import textwrap

import pytest

import tsc

SOURCE = """
import math
from typing import List


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def norm(xs: List[float]) -> float:
    s = 0.0
    for x in xs:
        s += x * x
    return math.sqrt(s)


def pick(xs: List[int], i: int) -> int:
    return xs[i]


def floor_mod(a: int, b: int) -> int:
    return a % b


def shout(s: str) -> str:
    return s.upper() + "!"
"""


@pytest.fixture
def m(make_module):
    return make_module(SOURCE)


@pytest.mark.parametrize("backend", ["auto", "interp", "jit"])
def test_numeric_functions_agree_with_cpython_on_every_backend(m, backend):
    fib = tsc.script(m.fib, backend=backend)
    norm = tsc.script(m.norm, backend=backend)
    pick = tsc.script(m.pick, backend=backend)
    floor_mod = tsc.script(m.floor_mod, backend=backend)
    assert fib(20) == m.fib(20) == 6765
    assert norm([3.0, 4.0]) == m.norm([3.0, 4.0]) == 5.0
    assert pick([1, 2, 3], -1) == 3
    assert [floor_mod(a, b) for a, b in [(7, 3), (-7, 3), (7, -3)]] == [1, 2, -2]


@pytest.mark.parametrize("backend", ["auto", "interp", "jit"])
def test_exceptions_are_the_same_on_every_backend(m, backend):
    pick = tsc.script(m.pick, backend=backend)
    with pytest.raises(IndexError) as info:
        pick([1, 2, 3], 5)
    assert info.value.script_message == "list index out of range"
    frames = info.value.script_traceback
    assert [(f[0], f[2]) for f in frames] == [(m.__file__, "pick")]
    assert frames[0][3].strip() == "return xs[i]"
    floor_mod = tsc.script(m.floor_mod, backend=backend)
    with pytest.raises(ZeroDivisionError) as info:
        floor_mod(1, 0)
    assert info.value.script_message == "integer modulo by zero"  # CPython 3.11's words for 1 % 0


def test_jit_refuses_what_it_cannot_compile_and_says_why(m):
    with pytest.raises(tsc.CompileError) as info:
        tsc.script(m.shout, backend="jit")
    assert info.value.message == "function 'shout': str values are not compiled natively"
    assert info.value.filename == m.__file__
    # auto falls back to the interpreter for the same function.
    assert tsc.script(m.shout, backend="auto")("hi") == "HI!"


def test_unknown_backend_is_a_value_error(m):
    with pytest.raises(ValueError, match="unknown tsc backend 'gpu'; choose one of 'auto', 'interp', 'jit'"):
        tsc.script(m.fib, backend="gpu")


def test_load_takes_a_backend(m, tmp_path):
    path = tmp_path / "fib.pt"
    tsc.script(m.fib).save(str(path))
    for backend in ("auto", "interp", "jit"):
        assert tsc.load(path, backend=backend)(15) == 610
    with pytest.raises(ValueError):
        tsc.load(path, backend="fast")


def run_with_env(tmp_path, backend_env, body):
    script = tmp_path / "envcheck.py"
    script.write_text(textwrap.dedent(body))
    # The package under test, wherever the subprocess runs from.
    package_root = os.path.dirname(os.path.dirname(os.path.abspath(tsc.__file__)))
    env = dict(os.environ, TSC_BACKEND=backend_env, PYTHONPATH=package_root)
    return subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, cwd=tmp_path)


def test_tsc_backend_environment_variable_chooses_the_default(tmp_path):
    body = """
        import tsc

        def name(s: str) -> str:
            return s.upper()

        try:
            tsc.script(name)
            print("compiled")
        except tsc.CompileError as e:
            print("refused:", e.message)
    """
    assert run_with_env(tmp_path, "jit", body).stdout == "refused: function 'name': str values are not compiled natively\n"
    assert run_with_env(tmp_path, "interp", body).stdout == "compiled\n"
    bad = run_with_env(tmp_path, "turbo", body)
    assert "unknown tsc backend in TSC_BACKEND 'turbo'" in bad.stderr


@pytest.mark.parametrize("backend", ["auto", "interp", "jit"])
def test_a_bool_for_an_int_parameter_comes_back_as_python_returns_it(make_module, backend):
    m = make_module("""
        def identity(x: int) -> int:
            return x
    """)
    f = tsc.script(m.identity, backend=backend)
    assert f(True) is True  # as CPython: the argument itself is returned
    assert f(7) == 7
