# tests/python/test_script.py - Calling scripted functions: arguments, defaults, conversions, errors, .graph/.code/.schema.
import pytest

import tsc

SOURCE = '''
from typing import Dict, List, Optional, Tuple
import tsc


@tsc.script
def scale(x: int, y: float = 1.5) -> float:
    return x * y


@tsc.script
def describe(name: str, count: int = 1, *, sep: str = "-", upper: bool = False) -> str:
    s = sep.join([name] * count)
    if upper:
        return s.upper()
    return s


@tsc.script
def total(xs: List[int]) -> int:
    t = 0
    for x in xs:
        t += x
    return t


@tsc.script
def nested(d: Dict[str, List[Tuple[int, float]]]) -> Dict[str, float]:
    out: Dict[str, float] = {}
    for k, pairs in d.items():
        s = 0.0
        for i, f in pairs:
            s += i * f
        out[k] = s
    return out


@tsc.script
def first_or(xs: List[Optional[int]], default: int) -> int:
    for x in xs:
        if x is not None:
            return x
    return default


@tsc.script
def maybe(x: Optional[int] = None) -> Optional[str]:
    if x is None:
        return None
    return str(x)


@tsc.script
def echo_types(b: bool, i: int, f: float, s: str) -> Tuple[bool, int, float, str]:
    return (b, i, f, s)


@tsc.script
def mutate(xs: List[int]) -> List[int]:
    xs.append(4)
    return xs


@tsc.script
def matrix(n: int) -> List[List[int]]:
    return [[i * j for j in range(n)] for i in range(n)]


@tsc.script
def identity(x: int) -> int:
    return x
'''


@pytest.fixture
def m(make_module):
    return make_module(SOURCE)


def test_positional_keyword_and_default_arguments(m):
    assert m.scale(2) == 3.0
    assert m.scale(2, 4.0) == 8.0
    assert m.scale(2, y=0.5) == 1.0
    assert m.scale(y=2.0, x=3) == 6.0
    assert m.describe("ab") == "ab"
    assert m.describe("ab", 3, sep="+") == "ab+ab+ab"
    assert m.describe("ab", count=2, upper=True) == "AB-AB"


def test_results_match_python(m):
    cases = [
        (m.scale, (7,), {}),
        (m.scale, (-3, 0.25), {}),
        (m.describe, ("x", 4), {"sep": ", "}),
        (m.total, ([5, -2, 11],), {}),
        (m.nested, ({"a": [(1, 0.5), (2, 2.0)], "b": []},), {}),
        (m.first_or, ([None, None, 7, 8], -1), {}),
        (m.first_or, ([None], -1), {}),
        (m.maybe, (), {}),
        (m.maybe, (12,), {}),
        (m.matrix, (3,), {}),
    ]
    for fn, args, kwargs in cases:
        expected = fn.__wrapped__(*args, **kwargs)
        got = fn(*args, **kwargs)
        assert got == expected and type(got) is type(expected), (fn.name, args)


def test_scalar_conversions_in_and_out(m):
    assert m.echo_types(True, 3, 2.5, "héllo ✓") == (True, 3, 2.5, "héllo ✓")
    b, i, f, s = m.echo_types(False, -(2**63), 1, "")
    assert (b, i, f, s) == (False, -(2**63), 1.0, "")
    assert type(f) is float  # an int passed for a float parameter becomes a float
    assert m.identity(True) is True  # bool is an int, as in Python
    assert m.identity(2**63 - 1) == 2**63 - 1


def test_containers_are_copied_in_and_new_objects_come_out(m):
    xs = [1, 2, 3]
    out = m.mutate(xs)
    assert out == [1, 2, 3, 4]
    assert xs == [1, 2, 3]
    assert out is not xs
    rows = m.matrix(2)
    assert rows == [[0, 0], [0, 1]] and isinstance(rows, list) and isinstance(rows[0], list)
    assert m.nested({"k": [(2, 1.5)]}) == {"k": 3.0}


def test_missing_and_unexpected_arguments_raise_pythons_type_errors(m):
    def message(call):
        with pytest.raises(TypeError) as info:
            call()
        return str(info.value)

    assert message(lambda: m.scale()) == "scale() missing 1 required positional argument: 'x'"
    assert message(lambda: m.scale(1, 2.0, 3)) == "scale() takes from 1 to 2 positional arguments but 3 were given"
    assert message(lambda: m.scale(1, z=2)) == "scale() got an unexpected keyword argument 'z'"
    assert message(lambda: m.scale(1, x=2)) == "scale() got multiple values for argument 'x'"
    assert message(lambda: m.identity(1, 2)) == "identity() takes 1 positional argument but 2 were given"
    assert message(lambda: m.describe("a", 1, "+")) == \
        "describe() takes from 1 to 2 positional arguments but 3 were given"


def test_python_gives_the_same_arity_messages(m):
    # The messages above are CPython's own.
    for scripted, args, kwargs in [(m.scale, (), {}), (m.scale, (1, 2.0, 3), {}), (m.scale, (1,), {"z": 2}),
                                   (m.identity, (1, 2), {})]:
        with pytest.raises(TypeError) as py_error:
            scripted.__wrapped__(*args, **kwargs)
        with pytest.raises(TypeError) as tsc_error:
            scripted(*args, **kwargs)
        assert str(tsc_error.value) == str(py_error.value)


def test_wrong_argument_types_name_the_parameter(m):
    with pytest.raises(TypeError, match=r"^scale\(\): argument 'x' must be int, not str$"):
        m.scale("3")
    with pytest.raises(TypeError, match=r"^scale\(\): argument 'x' must be int, not float$"):
        m.scale(3.0)
    with pytest.raises(TypeError, match=r"^scale\(\): argument 'y' must be float, not NoneType$"):
        m.scale(3, y=None)
    with pytest.raises(TypeError, match=r"^echo_types\(\): argument 'b' must be bool, not int$"):
        m.echo_types(1, 1, 1.0, "s")
    with pytest.raises(TypeError, match=r"^total\(\): argument 'xs' must be List\[int\], not tuple$"):
        m.total((1, 2))
    with pytest.raises(TypeError, match=r"^total\(\): argument 'xs' must be List\[int\], but xs\[2\] is str$"):
        m.total([1, 2, "3"])
    with pytest.raises(TypeError, match=r"but d\['a'\]\[0\]\[1\] is str$"):
        m.nested({"a": [(1, "x")]})
    with pytest.raises(TypeError, match=r"but the key 3 is int$"):
        m.nested({3: []})
    with pytest.raises(TypeError, match=r"must be Dict\[str, List\[Tuple\[int, float\]\]\], but d\['a'\]\[0\] is a tuple of 3 items$"):
        m.nested({"a": [(1, 2.0, 3)]})


def test_out_of_range_ints_raise_overflow_error(m):
    with pytest.raises(OverflowError, match=r"^identity\(\): argument 'x' does not fit in a 64-bit int$"):
        m.identity(2**63)
    with pytest.raises(OverflowError):
        m.identity(-(2**63) - 1)
    with pytest.raises(OverflowError, match=r"xs\[1\] does not fit in a 64-bit int$"):
        m.total([1, 2**64])


def test_schema_code_graph_and_name(m):
    assert m.scale.schema == "scale(int x, float y=1.5) -> float"
    assert m.describe.schema == "describe(str name, int count=1, *, str sep='-', bool upper=False) -> str"
    assert m.maybe.schema == "maybe(Optional[int] x=None) -> Optional[str]"
    assert m.scale.name == "scale"
    assert m.scale.__name__ == "scale"
    assert m.scale.code == "def scale(x: int, y: float = 1.5) -> float:\n    return x * y\n"
    graph = m.scale.graph
    assert graph.startswith("graph @scale(%x : int, %y : float = 1.5) -> float:")
    assert "aten::mul" in graph
    assert callable(m.scale)
    assert m.scale.__wrapped__(2) == 3.0


def test_decorator_with_backend_and_unknown_backend(make_module):
    mod = make_module('''
        import tsc

        @tsc.script(backend="interp")
        def f(x: int) -> int:
            return x + 1

        def g(x: int) -> int:
            return x * 2
    ''')
    assert mod.f(1) == 2
    assert tsc.script(mod.g, backend="auto")(4) == 8
    with pytest.raises(ValueError, match=r"unknown tsc backend 'fast'; choose one of 'auto', 'interp'"):
        tsc.script(mod.g, backend="fast")


def test_scripting_twice_returns_the_cached_function(make_module):
    mod = make_module('''
        def g(x: int) -> int:
            return x * 2
    ''')
    assert tsc.script(mod.g) is tsc.script(mod.g)
    assert tsc.script(tsc.script(mod.g)) is tsc.script(mod.g)


def test_nested_function_keeps_its_columns(make_module):
    mod = make_module('''
        def outer():
            def inner(x: int) -> int:
                return x * 3
            return inner
    ''')
    inner = tsc.script(mod.outer())
    assert inner(5) == 15
    assert inner.code == "    def inner(x: int) -> int:\n        return x * 3\n"


def test_script_rejects_what_it_cannot_compile():
    with pytest.raises(TypeError, match="takes a function or a class, not 'int'"):
        tsc.script(3)
    with pytest.raises(tsc.CompileError, match="cannot get the source code"):
        tsc.script(eval("lambda x: x"))


def test_print_goes_to_sys_stdout(make_module, capsys):
    mod = make_module('''
        import tsc

        @tsc.script
        def shout(n: int) -> int:
            for i in range(n):
                print("line", i)
            print("no newline", end="")
            return n
    ''')
    assert mod.shout(2) == 2
    assert capsys.readouterr().out == "line 0\nline 1\nno newline"
