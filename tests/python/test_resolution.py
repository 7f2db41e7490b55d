# tests/python/test_resolution.py - Free names of scripted code: compiled, captured, imported, or a CompileError.
import pytest

import tsc


def test_called_functions_are_compiled_recursively_once(make_module):
    mod = make_module('''
        def leaf(x: int) -> int:
            return x + 1

        def middle(x: int) -> int:
            return leaf(x) * leaf(x + 1)

        def root(x: int) -> int:
            return middle(x) + leaf(x)
    ''')
    root = tsc.script(mod.root)
    assert root(3) == mod.root(3)
    assert root.program_ir.count("graph @leaf(") == 1
    assert root.program_ir.count("graph @middle(") == 1


def test_recursive_functions(make_module):
    mod = make_module('''
        def fib(n: int) -> int:
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)

        def is_even(n: int) -> bool:
            if n == 0:
                return True
            return is_odd(n - 1)

        def is_odd(n: int) -> bool:
            if n == 0:
                return False
            return is_even(n - 1)
    ''')
    assert tsc.script(mod.fib)(15) == 610
    assert tsc.script(mod.is_even)(10) is True
    assert tsc.script(mod.is_odd)(10) is False


def test_constants_are_captured_by_value(make_module):
    mod = make_module('''
        SCALE = 3
        RATE = 0.5
        NAME = "tsc"
        ON = True
        NOTHING = None
        SHAPE = (2, (3.5, "x"))
        BIG = float("inf")
        NEG = -7

        def f(x: int) -> float:
            return x * SCALE * RATE + SHAPE[0] + SHAPE[1][0] + NEG

        def g() -> str:
            if ON and NOTHING is None:
                return NAME + SHAPE[1][1]
            return ""

        def h() -> float:
            return BIG
    ''')
    f = tsc.script(mod.f)
    assert f(4) == mod.f(4)
    mod.SCALE = 100  # captured at scripting time, as TorchScript does
    assert f(4) == 4 * 3 * 0.5 + 2 + 3.5 - 7
    assert tsc.script(mod.g)() == "tscx"
    assert tsc.script(mod.h)() == float("inf")


def test_math_and_typing_under_aliases(make_module):
    mod = make_module('''
        import math as m
        import typing as t
        from typing import List as L, Optional
        from math import sqrt as root2, pi

        def f(xs: L[float], y: t.Dict[str, int], z: Optional[int] = None) -> float:
            s = 0.0
            for x in xs:
                s += m.floor(x) + root2(x)
            return s + len(y) + pi
    ''')
    f = tsc.script(mod.f)
    assert f([4.0, 9.0], {"a": 1}) == pytest.approx(mod.f([4.0, 9.0], {"a": 1}))


def test_classes_used_by_a_function_are_compiled(make_module):
    mod = make_module('''
        from typing import List

        class Acc:
            def __init__(self, start: int):
                self.total = start

            def add(self, x: int) -> None:
                self.total += x

        def run(xs: List[int]) -> int:
            a = Acc(10)
            for x in xs:
                a.add(x)
            return a.total
    ''')
    assert tsc.script(mod.run)([1, 2, 3]) == 16


def test_closure_variables_resolve(make_module):
    mod = make_module('''
        def make(k: int):
            def helper(x: int) -> int:
                return x * 2

            def scaled(x: int) -> int:
                return helper(x) + k
            return scaled
    ''')
    assert tsc.script(mod.make(5))(4) == 13


def check_error(error, module, line_text, name, message):
    """The error points at `name` on the (last) line of the module's file that contains `line_text`."""
    lines = open(module.__file__).read().split("\n")
    line = max(i for i, text in enumerate(lines) if line_text in text) + 1
    col = lines[line - 1].index(name) + 1
    assert error.message == message
    assert (error.filename, error.lineno, error.col) == (module.__file__, line, col)
    text = str(error).split("\n")
    assert text[0] == f"{module.__file__}:{line}:{col}: error: {message}"
    assert text[1] == lines[line - 1]
    assert text[2] == " " * (col - 1) + "^" + "~" * (len(name) - 1)


UNSUPPORTED = [
    ("import numpy as np", "np.zeros(3)", "np",
     "name 'np' refers to module 'numpy', which tsc cannot compile; only math, torch and typing are understood"),
    ("CFG = {'a': 1}", "CFG['a']", "CFG",
     "name 'CFG' is a dict; only int, float, bool, str, None and tuples of them are captured as constants"),
    ("ITEMS = [1, 2]", "ITEMS[0]", "ITEMS",
     "name 'ITEMS' is a list; only int, float, bool, str, None and tuples of them are captured as constants"),
    ("PAIR = (1, [2])", "PAIR[0]", "PAIR",
     "name 'PAIR' is a tuple holding a list; only int, float, bool, str, None and tuples of them are captured "
     "as constants"),
    ("HUGE = 2 ** 70", "HUGE", "HUGE",
     "name 'HUGE' is the int 1180591620717411303424, which does not fit in 64 bits; only int, float, bool, str, "
     "None and tuples of them are captured as constants"),
    ("NAN = float('nan')", "NAN", "NAN",
     "name 'NAN' is nan, which has no literal; only int, float, bool, str, None and tuples of them are captured "
     "as constants"),
    ("sq = lambda v: v * v", "sq(x)", "sq", "name 'sq' is a lambda; tsc compiles only functions defined with 'def'"),
    ("import os\nexec('def join(a: str) -> str: return a')", "join('a')", "join",
     "name 'join' refers to function 'tsc_test_user_code_NN.join', whose source tsc cannot get (could not get "
     "source code)"),
    ("def helper(a: str) -> str:\n    return a\nj = helper", "j('a')", "j",
     "name 'j' refers to function 'helper'; tsc compiles a function under its own name, so call it as 'helper'"),
    ("from math import sqrt\nimport builtins\nsqrt2 = builtins.abs", "sqrt2(x)", "sqrt2",
     "name 'sqrt2' refers to the built-in function 'builtins.abs', which tsc cannot compile"),
    ("from typing import Callable", "Callable", "Callable",
     "name 'Callable' refers to 'typing.Callable', which tsc does not support; only List, Dict, Tuple, Optional, "
     "Any and Union from typing are understood"),
    ("from array import array", "array('i')", "array",
     "name 'array' refers to class 'array.array', which has no Python source that tsc could compile"),
    ("class Opaque:\n    pass\nOBJ = Opaque()", "OBJ", "OBJ",
     "name 'OBJ' is an 'Opaque' object, which tsc cannot compile; only functions and classes defined with 'def' "
     "and 'class' are compiled"),
]


@pytest.mark.parametrize("prelude, use, needle, message", UNSUPPORTED, ids=[u[2] for u in UNSUPPORTED])
def test_unsupported_globals_are_compile_errors_naming_the_variable(make_module, prelude, use, needle, message):
    source = prelude + "\n\n\ndef f(x: int) -> int:\n    y = x\n    return " + use + "\n"
    mod = make_module(source)
    message = message.replace("tsc_test_user_code_NN", mod.__name__)
    if needle == "OBJ":
        # an object that is callable would read differently; this one is not callable
        message = "name 'OBJ' is an 'Opaque' object; only int, float, bool, str, None and tuples of them are " \
                  "captured as constants"
    with pytest.raises(tsc.CompileError) as info:
        tsc.script(mod.f)
    check_error(info.value, mod, "return " + use, needle, message)


def test_error_in_a_dependency_points_into_the_dependency(make_module):
    mod = make_module('''
        import numpy

        def helper(x: int) -> int:
            return numpy.abs(x)

        def f(x: int) -> int:
            return helper(x)
    ''')
    with pytest.raises(tsc.CompileError) as info:
        tsc.script(mod.f)
    check_error(info.value, mod, "numpy.abs", "numpy", info.value.message)
    assert info.value.message.startswith("name 'numpy' refers to module 'numpy'")


def test_one_name_for_two_things_is_an_error(make_module):
    other = make_module('''
        def helper(x: int) -> int:
            return x - 1

        def g(x: int) -> int:
            return helper(x)
    ''', name="other")
    mod = make_module(f'''
        import sys
        g = sys.modules[{other.__name__!r}].g

        def helper(x: int) -> int:
            return x + 1

        def f(x: int) -> int:
            return helper(g(x))
    ''', name="main_mod")
    with pytest.raises(tsc.CompileError) as info:
        tsc.script(mod.f)
    assert "name 'helper' refers to function" in info.value.message
    assert "where a name means one thing" in info.value.message


def test_unknown_names_are_reported_by_the_compiler_at_their_use(make_module):
    mod = make_module('''
        def f(x: int) -> int:
            return x + undefined_thing
    ''')
    with pytest.raises(tsc.CompileError) as info:
        tsc.script(mod.f)
    assert info.value.filename == mod.__file__
    assert info.value.lineno == 3
    assert "undefined_thing" in info.value.message


def test_decorated_dependencies_and_classes_resolve_to_their_source(make_module):
    mod = make_module('''
        import tsc

        @tsc.script
        class Box:
            def __init__(self, v: int):
                self.v = v

        @tsc.script
        def unbox(b: Box) -> int:
            return b.v

        @tsc.script
        def twice(x: int) -> int:
            return unbox(Box(x)) * 2
    ''')
    assert mod.twice(21) == 42
    assert mod.unbox(mod.Box(5)) == 5
