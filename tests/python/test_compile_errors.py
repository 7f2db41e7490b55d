# tests/python/test_compile_errors.py - Compile errors through tsc.script: exact message, location in the user's file.
#
# Each case is a real module written to tmp_path and imported with importlib, so that inspect
# finds its file. The module starts with PRELUDE (imports, constants, helpers: the scripted
# function sits well down the file, so a wrong line offset is caught), then the case's body.
# The offending line of the body ends with the marker comment `#^`; AT is the text on that line
# where the error must point (its first occurrence gives the expected column).
#
# For every case the test asserts: tsc.script raises tsc.CompileError; .message is the exact
# expected message; .lineno/.col point at AT in the user's file; .filename is the module's path;
# str(e) starts with "file:line:col: error: message", then that line of the file, then a caret
# under the column, and holds no other error (a follow-on error of the same mistake is a bug).
# For cases the `tsc` command can compile as a whole file (all but the free-name resolution
# cases), str(e) must also equal what `python -m tsc FILE` prints.
#
# Syntax errors that CPython itself rejects (bad indentation, unclosed brackets, invalid
# characters) never reach tsc.script: importing the module fails first. tests/lit/syntax covers
# them through the `tsc` command; here the "syntax" cases are Python syntax outside the language.
import importlib.util
import os
import subprocess
import sys
import textwrap

import pytest

import tsc

PRELUDE = '''\
# A module written by test_compile_errors.py; the scripted code is further down.
import math
from typing import Dict, List, Optional, Tuple

SCALE = 3
NAMES = ("a", "b")


def helper(x: int) -> int:
    return x * SCALE


def pair(a: int, b: int) -> int:
    return a + b


class Point:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

'''

MARK = "#^"
CONSTANT_KINDS = "only int, float, bool, str, None and tuples of them are captured as constants"


def case(ident, body, target, message, at, cli=True):
    """A case: BODY follows PRELUDE; TARGET is the name scripted; `cli=False` marks cases the
    whole-file `tsc` command cannot reproduce (free names that only tsc.script resolves)."""
    return pytest.param(textwrap.dedent(body), target, message, at, cli, id=ident)


CASES = [
    # --- assignments and returns ------------------------------------------------------------------
    case("assign_mismatch", """
        def f(x: int) -> int:
            y = 1
            y = "one"  #^
            return y
        """, "f", "cannot assign 'str' to 'y' of type 'int'", '"one"'),
    case("annotated_local_mismatch", """
        def f(x: int) -> int:
            n: int = "3"  #^
            return n
        """, "f", "cannot assign 'str' to 'n' of type 'int'", '"3"'),
    case("assign_list_element_type", """
        def f(x: int) -> List[str]:
            names: List[str] = ["a"]
            names = [x, x]  #^
            return names
        """, "f", "cannot assign 'List[int]' to 'names' of type 'List[str]'", "[x, x]"),
    case("return_type", """
        def f(x: int) -> int:
            if x > 0:
                return "positive"  #^
            return x
        """, "f", "return type 'int' of 'f' does not match returned 'str'", '"positive"'),
    case("missing_return", """
        def f(x: int) -> int:  #^
            if x > 0:
                return 1
        """, "f", "'f' must return a value of type 'int' on every path", "f(x"),
    case("recursive_needs_annotation", """
        def fib(n: int):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)  #^
        """, "fib", "recursive function 'fib' needs a return type annotation", "fib(n - 1)"),
    # --- operators --------------------------------------------------------------------------------
    case("add_int_str", """
        def f(x: int) -> int:
            return x + "1"  #^
        """, "f", "unsupported operand types for +: 'int' and 'str'", "x +"),
    case("sub_lists", """
        def f(a: List[int], b: List[int]) -> List[int]:
            return a - b  #^
        """, "f", "unsupported operand types for -: 'List[int]' and 'List[int]'", "a - b"),
    case("mul_str_float", """
        def f(s: str, k: float) -> str:
            return s * k  #^
        """, "f", "unsupported operand types for *: 'str' and 'float'", "s * k"),
    case("truediv_str", """
        def f(s: str) -> float:
            return s / 2  #^
        """, "f", "unsupported operand types for /: 'str' and 'int'", "s / 2"),
    case("floordiv_list", """
        def f(xs: List[int]) -> int:
            return xs // 2  #^
        """, "f", "unsupported operand types for //: 'List[int]' and 'int'", "xs //"),
    case("pow_str", """
        def f(s: str) -> int:
            return 2 ** s  #^
        """, "f", "unsupported operand types for **: 'int' and 'str'", "2 **"),
    case("mod_str_format", """
        def f(x: int) -> str:
            return "x=%d" % x  #^
        """, "f", "unsupported operand types for %: 'str' and 'int'", '"x=%d"'),
    case("unary_minus_str", """
        def f(s: str) -> str:
            return -s  #^
        """, "f", "bad operand type for unary -: 'str'", "-s"),
    case("invert_float", """
        def f(x: float) -> float:
            return ~x  #^
        """, "f", "bad operand type for unary ~: 'float'", "~x"),
    case("augassign_str_str", """
        def f(s: str) -> str:
            s *= "ab"  #^
            return s
        """, "f", "unsupported operand types for *=: 'str' and 'str'", "s *="),
    case("bitand_float", """
        def f(x: int, y: float) -> int:
            return x & y  #^
        """, "f", "unsupported operand types for &: 'int' and 'float'", "x & y"),
    case("shift_float", """
        def f(x: int, y: float) -> int:
            return x << y  #^
        """, "f", "unsupported operand types for <<: 'int' and 'float'", "x << y"),
    case("compare_int_str", """
        def f(x: int, s: str) -> bool:
            return x < s  #^
        """, "f", "'<' is not supported between 'int' and 'str'", "x < s"),
    case("eq_lists_of_other_types", """
        def f(a: List[int], b: List[str]) -> bool:
            return a == b  #^
        """, "f", "'==' is not supported between 'List[int]' and 'List[str]'", "a == b"),
    case("in_wrong_element", """
        def f(x: int, names: List[str]) -> bool:
            return x in names  #^
        """, "f", "'in' is not supported between 'int' and 'List[str]'", "x in"),
    case("in_int", """
        def f(x: int, y: int) -> bool:
            return x in y  #^
        """, "f", "argument of type 'int' is not iterable", "x in"),
    case("and_incompatible", """
        def f(flag: bool, s: str) -> bool:
            return flag and s  #^
        """, "f", "operands of 'and' have incompatible types 'bool' and 'str'", "flag and"),
    case("ifexp_branches", """
        def f(x: int) -> int:
            return x if x > 0 else "neg"  #^
        """, "f", "the branches of a conditional expression have different types, 'int' and 'str'", "x if"),
    # --- calls ------------------------------------------------------------------------------------
    case("call_too_many", """
        def f(x: int) -> int:
            return helper(x, 2)  #^
        """, "f", "expected 1 argument for 'helper' but got 2", "helper("),
    case("call_too_few", """
        def f(x: int) -> int:
            return pair(x)  #^
        """, "f", "expected 2 arguments for 'pair' but got 1", "pair("),
    case("call_arg_type", """
        def f(s: str) -> int:
            return helper(s)  #^
        """, "f", "argument 'x' of 'helper' expects 'int' but got 'str'", "s)"),
    case("call_unknown_keyword", """
        def f(x: int) -> int:
            return helper(y=x)  #^
        """, "f", "'helper' has no parameter named 'y'", "y=x"),
    case("call_multiple_values", """
        def f(x: int) -> int:
            return pair(x, a=1)  #^
        """, "f", "'pair' got multiple values for argument 'a'", "a=1"),
    case("call_missing_argument", """
        def f(x: int) -> int:
            return pair(b=x)  #^
        """, "f", "missing argument 'a' in call to 'pair'", "pair("),
    case("builtin_len_arity", """
        def f(xs: List[int]) -> int:
            return len(xs, xs)  #^
        """, "f", "expected 1 argument for 'len' but got 2", "len("),
    case("call_int_value", """
        def f(x: int) -> int:
            return x(1)  #^
        """, "f", "'int' is not callable", "x(1)"),
    case("constructor_arg_type", """
        def f(x: int) -> int:
            p = Point(x, "y")  #^
            return p.x
        """, "f", "argument 'y' of 'Point' expects 'int' but got 'str'", '"y"'),
    case("function_as_value", """
        def f(x: int) -> int:
            g = helper  #^
            return x
        """, "f", "function 'helper' cannot be used as a value; call it instead", "helper"),
    case("module_as_value", """
        def f(x: float) -> float:
            m = math  #^
            return x
        """, "f", "module 'math' cannot be used as a value", "math"),
    # --- attributes and methods -------------------------------------------------------------------
    case("unknown_attribute", """
        def f(p: Point) -> int:
            return p.z  #^
        """, "f", "'Point' has no attribute 'z'", "p.z"),
    case("int_attribute", """
        def f(x: int) -> int:
            return x.real  #^
        """, "f", "'int' has no attribute 'real'", "x.real"),
    case("int_method", """
        def f(x: int) -> int:
            x.append(1)  #^
            return x
        """, "f", "'int' has no method 'append'", "x.append"),
    case("str_method_missing", """
        def f(s: str) -> bool:
            return s.isnumeric()  #^
        """, "f", "'str' has no method 'isnumeric'", "s.isnumeric"),
    case("str_casefold_method", """
        def f(x: str) -> str:
            return x.casefold()  #^
        """, "f", "'str' has no method 'casefold'", 'x.casefold'),
    case("dict_method_missing", """
        def f(d: Dict[str, int]) -> None:
            d.append(1)  #^
        """, "f", "'Dict[str, int]' has no method 'append'", "d.append"),
    case("method_arg_type", """
        def f(xs: List[int]) -> None:
            xs.append("x")  #^
        """, "f", "argument 'el' of 'append' expects 'int' but got 'str'", '"x"'),
    # --- subscripts -------------------------------------------------------------------------------
    case("index_int", """
        def f(x: int) -> int:
            return x[0]  #^
        """, "f", "'int' is not subscriptable", "x[0]"),
    case("list_index_str", """
        def f(xs: List[int], k: str) -> int:
            return xs[k]  #^
        """, "f", "list indices must be integers, not 'str'", "k]"),
    case("dict_key_type", """
        def f(d: Dict[str, int]) -> int:
            return d[1]  #^
        """, "f", "dict key must be 'str', found 'int'", "1]"),
    case("str_item_assignment", """
        def f(s: str) -> str:
            s[0] = "x"  #^
            return s
        """, "f", "'str' does not support item assignment", "s[0]"),
    case("tuple_index_out_of_range", """
        def f(t: Tuple[int, str]) -> int:
            return t[2]  #^
        """, "f", "tuple index 2 out of range for 'Tuple[int, str]'", "2]"),
    case("tuple_variable_index", """
        def f(t: Tuple[int, int], i: int) -> int:
            return t[i]  #^
        """, "f", "tuple index must be an integer constant", "i]"),
    case("slice_float", """
        def f(xs: List[int], a: float) -> List[int]:
            return xs[a:]  #^
        """, "f", "slice indices must be integers or None, not 'float'", "a:"),
    # --- Optional ---------------------------------------------------------------------------------
    case("optional_unrefined", """
        def f(x: Optional[int]) -> int:
            return x + 1  #^
        """, "f", "unsupported operand types for +: 'Optional[int]' and 'int'", "x + 1"),
    case("optional_attribute_unrefined", """
        class Box:
            def __init__(self):
                self.v: Optional[int] = None

            def twice(self) -> int:
                return self.v * 2  #^


        def f(b: Box) -> int:
            return b.twice()
        """, "Box", "unsupported operand types for *: 'Optional[int]' and 'int'", "self.v"),
    # --- names and definedness --------------------------------------------------------------------
    case("undefined_false_branch", """
        def f(x: int) -> int:
            if x > 0:
                y = 1
            return y  #^
        """, "f", "'y' is not defined in the false branch", "y  #"),
    case("undefined_true_branch", """
        def f(x: int) -> int:
            if x > 0:
                pass
            else:
                z = 2
            return z + 1  #^
        """, "f", "'z' is not defined in the true branch", "z + 1"),
    case("defined_only_in_loop", """
        def f(n: int) -> int:
            for i in range(n):
                y = i
            return y  #^
        """, "f", "'y' is defined only inside the loop", "y  #"),
    case("branch_types_differ", """
        def f(x: int) -> int:
            if x > 0:
                y = 1
            else:
                y = "one"  #^
            return y
        """, "f", "'y' is 'int' in the true branch but 'str' in the false branch", "y ="),
    case("unknown_name_suggestion", """
        def f(total_sum: int) -> int:
            return totl_sum + 1  #^
        """, "f", "unknown name 'totl_sum'; did you mean 'total_sum'?", "totl_sum"),
    case("unknown_builtin_suggestion", """
        def f(xs: List[int]) -> int:
            return lenn(xs)  #^
        """, "f", "unknown name 'lenn'; did you mean 'len'?", "lenn"),
    # --- containers and builtins ------------------------------------------------------------------
    case("empty_list", """
        def f(x: int) -> int:
            xs = []  #^
            return x
        """, "f", "empty list needs a type annotation, e.g. 'x: List[int] = []'", "[]"),
    case("empty_dict", """
        def f(x: int) -> int:
            d = {}  #^
            return x
        """, "f", "empty dict needs a type annotation, e.g. 'x: Dict[str, int] = {}'", "{}"),
    case("list_elements_mixed", """
        def f(x: int) -> int:
            xs = [x, "two"]  #^
            return x
        """, "f", "list elements must have one type, found 'int' and 'str'", '"two"'),
    case("dict_key_list", """
        def f(x: int) -> int:
            d = {[x]: 1}  #^
            return x
        """, "f", "dict keys must be str, int, float, bool or Tensor; found 'List[int]'", "[x]"),
    case("len_int", """
        def f(x: int) -> int:
            return len(x)  #^
        """, "f", "object of type 'int' has no len()", "x)"),
    case("abs_str", """
        def f(s: str) -> int:
            return abs(s)  #^
        """, "f", "bad operand type for abs(): 'str'", "s)"),
    case("sum_strings", """
        def f(xs: List[str]) -> int:
            return sum(xs)  #^
        """, "f", "'sum' expects a list of numbers, found 'List[str]'", "xs)"),
    case("min_int_str", """
        def f(x: int, s: str) -> int:
            return min(x, s)  #^
        """, "f", "'min' cannot compare 'int' and 'str'", "min("),
    case("int_of_list", """
        def f(xs: List[str]) -> int:
            return int(xs)  #^
        """, "f", "cannot convert 'List[str]' to 'int'", "xs)"),
    case("range_float", """
        def f(x: float) -> int:
            t = 0
            for i in range(x):  #^
                t += i
            return t
        """, "f", "'range' expects int arguments, found 'float'", "x)"),
    case("range_zero_step", """
        def f(n: int) -> int:
            t = 0
            for i in range(0, n, 0):  #^
                t += i
            return t
        """, "f", "'range' step must not be zero", "0)"),
    case("iterate_int", """
        def f(n: int) -> int:
            t = 0
            for i in n:  #^
                t += i
            return t
        """, "f", "'int' is not iterable", "n:"),
    case("unpack_too_many", """
        def f(x: int) -> int:
            a, b = (x, x, x)  #^
            return a + b
        """, "f", "too many values to unpack (expected 2, got 3)", "(x, x, x)"),
    case("unpack_int", """
        def f(x: int) -> int:
            a, b = x  #^
            return a + b
        """, "f", "cannot unpack a value of type 'int'", "x  #"),
    case("unsupported_builtin_map", """
        def f(xs: List[int]) -> List[int]:
            return list(map(helper, xs))  #^
        """, "f", "builtin 'map' is not supported", "map"),
    case("unsupported_builtin_getattr", """
        def f(p: Point) -> int:
            return getattr(p, "x")  #^
        """, "f", "builtin 'getattr' is not supported", "getattr"),
    case("print_sep_not_literal", """
        def f(x: int, s: str) -> None:
            print(x, x, sep=s)  #^
        """, "f", "'sep' of 'print' must be a string literal", "s)"),
    case("condition_object", """
        def f(p: Point) -> int:
            if p:  #^
                return 1
            return 0
        """, "f", "condition must be bool, found 'Point'", "p:"),
    # --- raise ------------------------------------------------------------------------------------
    case("raise_two_arguments", """
        def f(x: int) -> int:
            raise RuntimeError("bad", x)  #^
        """, "f", "exceptions take at most one argument, the message", "x)"),
    case("raise_non_exception", """
        def f(x: int) -> int:
            raise Point(x, x)  #^
        """, "f", "unsupported exception type 'Point'; raise one of Python's builtin exceptions", "Point("),
    # --- annotations and definitions --------------------------------------------------------------
    case("unknown_type", """
        def f(x: int) -> int:
            xs: Lst[int] = [x]  #^
            return 0
        """, "f", "unknown type 'Lst'; did you mean 'List'?", "Lst"),
    case("list_needs_arguments", """
        def f(xs: List) -> int:  #^
            return 0
        """, "f", "'List' needs type arguments, e.g. 'List[int]'", "List)"),
    case("union_not_optional", """
        def f(x: int | str) -> int:  #^
            return 0
        """, "f", "union types are supported only as 'T | None', found 'int' | 'str'", "int | str"),
    case("dict_one_argument", """
        def f(x: int) -> int:
            d: Dict[str] = {}  #^
            return 0
        """, "f", "'Dict' expects 2 type arguments, found 1", "str]"),
    case("mutable_default", """
        def f(xs: List[int] = []) -> int:  #^
            return len(xs)
        """, "f", "mutable default values are not supported; use None and create the value in the body", "[]"),
    case("default_type", """
        def f(n: int = "3") -> int:  #^
            return n
        """, "f", "default value of 'n' must be 'int', found 'str'", '"3"'),
    case("default_not_literal", """
        def f(n: int = SCALE) -> int:  #^
            return n
        """, "f", "default value of 'n' must be a literal: None, int, float, bool or str", "SCALE)"),
    # --- unsupported constructs -------------------------------------------------------------------
    case("lambda", """
        def f(x: int) -> int:
            g = lambda v: v + 1  #^
            return x
        """, "f", "lambda expressions are not supported", "lambda"),
    case("nested_def", """
        def f(x: int) -> int:
            def inner(y: int) -> int:  #^
                return y
            return x
        """, "f", "nested functions are not supported", "inner"),
    case("nested_class", """
        def f(x: int) -> int:
            class Local:  #^
                pass
            return x
        """, "f", "classes must be defined at module level", "Local"),
    case("import_in_function", """
        def f(x: float) -> float:
            import math  #^
            return math.sqrt(x)
        """, "f", "imports are only supported at module level", "import"),
    case("generator_expression", """
        def f(xs: List[int]) -> int:
            g = (x for x in xs)  #^
            return 0
        """, "f", "generator expressions are not supported", "(x for"),
    case("yield", """
        def f(x: int) -> int:
            yield x  #^
        """, "f", "'yield' expressions are not supported", "yield"),
    case("global_statement", """
        counter = 0


        def f(x: int) -> int:
            global counter  #^
            return x
        """, "f", "'global' statements are not supported", "global"),
    case("star_args", """
        def f(*xs: int) -> int:  #^
            return 0
        """, "f", "variadic arguments are not supported", "*xs"),
    case("star_kwargs", """
        def f(x: int, **kw: int) -> int:  #^
            return x
        """, "f", "variadic arguments are not supported", "**kw"),
    case("positional_only", """
        def f(x: int, /) -> int:  #^
            return x
        """, "f", "positional-only parameters are not supported", "/"),
    case("starred_call_argument", """
        def f(xs: List[int]) -> int:
            return pair(*xs)  #^
        """, "f", "starred arguments are not supported", "*xs"),
    case("double_starred_call_argument", """
        def f(d: Dict[str, int]) -> int:
            return pair(**d)  #^
        """, "f", "keyword argument unpacking ('**') is not supported", "**d"),
    case("with_statement", """
        def f(x: int) -> int:
            with open("f") as fh:  #^
                pass
            return x
        """, "f", "'with' statements are not supported", "with"),
    case("try_statement", """
        def f(x: int) -> int:
            try:  #^
                return 1 // x
            except ZeroDivisionError:
                return 0
        """, "f", "'try' statements are not supported", "try"),
    case("walrus", """
        def f(x: int) -> int:
            if (y := x + 1) > 2:  #^
                return y
            return x
        """, "f", "assignment expressions are not supported", ":="),
    case("match_statement", """
        def f(x: int) -> int:
            match x:  #^
                case 1:
                    return 10
            return x
        """, "f", "'match' statements are not supported", "match"),
    case("async_def", """
        async def f(x: int) -> int:  #^
            return x
        """, "f", "'async' functions are not supported", "async"),
    case("set_literal", """
        def f(x: int) -> int:
            s = {x, 1}  #^
            return x
        """, "f", "set literals are not supported", "{x, 1}"),
    case("set_comprehension", """
        def f(xs: List[int]) -> int:
            s = {x for x in xs}  #^
            return 0
        """, "f", "set comprehensions are not supported", "{x for"),
    case("complex_literal", """
        def f(x: float) -> float:
            return x + 2j  #^
        """, "f", "complex numbers are not supported", "2j"),
    case("bytes_literal", """
        def f(x: int) -> int:
            b = b"raw"  #^
            return x
        """, "f", "bytes literals are not supported", 'b"raw"'),
    case("fstring_format_spec", """
        def f(x: int) -> str:
            return f"{x:>10}"  #^
        """, "f", "format specifications in f-strings are not supported", ":>10"),
    case("ellipsis_value", """
        def f(x: int) -> int:
            y = ...  #^
            return x
        """, "f", "'...' is not supported here", "..."),
    case("starred_assignment", """
        def f(xs: List[int]) -> int:
            a, *rest = xs  #^
            return a
        """, "f", "starred assignment is not supported", "*rest"),
    case("del_variable", """
        def f(x: int) -> int:
            y = x
            del y  #^
            return x
        """, "f", "'del' supports only list and dict items, e.g. 'del d[k]'", "y  #"),
    case("bare_raise", """
        def f(x: int) -> int:
            raise  #^
        """, "f", "bare 'raise' is not supported; raise an exception such as 'ValueError(\"message\")'", "raise"),
    case("loop_else", """
        def f(n: int) -> int:
            for i in range(n):
                pass
            else:  #^
                return 1
            return 0
        """, "f", "'else' clauses on loops are not supported", "else"),
    case("named_unicode_escape", """
        def f(x: int) -> str:
            return "\\N{BULLET}"  #^
        """, "f", "'\\N{...}' escapes are not supported", "\\N"),
    case("continue_in_unrolled_loop", """
        def f(x: int) -> int:
            t = 0
            for v in (1, 2, 3):
                if v == x:
                    continue  #^
                t += v
            return t
        """, "f", "'continue' is not supported in a loop over a tuple, which is unrolled", "continue"),
    # --- classes ----------------------------------------------------------------------------------
    case("class_attribute_value", """
        class Counter:
            limit = 10  #^

            def __init__(self):
                self.count = 0
        """, "Counter", "class attributes are not supported; assign them to 'self' in '__init__'", "limit"),
    case("class_attribute_annotated_value", """
        class Counter:
            limit: int = 10  #^

            def __init__(self):
                self.count = 0
        """, "Counter", "class attributes with values are not supported; assign 'self.limit' in '__init__'",
        "limit"),
    case("attribute_type_change", """
        class Counter:
            def __init__(self):
                self.count = 0

            def reset(self) -> None:
                self.count = "zero"  #^
        """, "Counter", "cannot assign 'str' to attribute 'count' of type 'int'", '"zero"'),
    case("inheritance", """
        class Base:
            def __init__(self):
                self.v = 1


        class Derived(Base):  #^
            def get(self) -> int:
                return 2
        """, "Derived", "inheritance is not supported; class 'Derived' may only derive from 'object', not 'Base'",
        "Base)"),
    case("staticmethod", """
        class Tool:
            def __init__(self):
                self.v = 1

            @staticmethod  #^
            def make() -> int:
                return 1
        """, "Tool", "only plain methods are supported; '@staticmethod' is not", "staticmethod"),
    case("property_decorator", """
        class Tool:
            def __init__(self):
                self.v = 1

            @property  #^
            def value(self) -> int:
                return self.v
        """, "Tool", "unsupported decorator '@property'", "property"),
    case("method_call_arity", """
        def f(p: Point) -> int:
            return p.norm1(2)  #^
        """, "f", "expected 0 arguments for 'norm1' but got 1", "p.norm1("),
    case("error_in_called_function", """
        def broken(x: int) -> str:
            return x  #^


        def f(x: int) -> str:
            return broken(x)
        """, "f", "return type 'str' of 'broken' does not match returned 'int'", "x  #"),
    # --- free names that tsc.script cannot resolve (the `tsc` command never sees these) ------------
    case("global_numpy_module", """
        import numpy as np


        def f(xs: List[float]) -> float:
            return np.sum(xs)  #^
        """, "f", "name 'np' refers to module 'numpy', which tsc cannot compile; only math, torch and typing "
        "are understood", "np", cli=False),
    case("global_os_module", """
        import os


        def f(x: int) -> str:
            return os.getcwd()  #^
        """, "f", "name 'os' refers to module 'os', which tsc cannot compile; only math, torch and typing "
        "are understood", "os", cli=False),
    case("global_dict", """
        CONFIG = {"scale": 2}


        def f(x: int) -> int:
            return x * CONFIG["scale"]  #^
        """, "f", "name 'CONFIG' is a dict; " + CONSTANT_KINDS, "CONFIG", cli=False),
    case("global_list", """
        TABLE = [1, 2, 3]


        def f(x: int) -> int:
            return TABLE[x]  #^
        """, "f", "name 'TABLE' is a list; " + CONSTANT_KINDS, "TABLE", cli=False),
    case("global_set", """
        KINDS = {1, 2}


        def f(x: int) -> bool:
            return x in KINDS  #^
        """, "f", "name 'KINDS' is a set; " + CONSTANT_KINDS, "KINDS", cli=False),
    case("global_tuple_holding_list", """
        PAIRS = (1, [2])


        def f(x: int) -> int:
            return PAIRS[0] + x  #^
        """, "f", "name 'PAIRS' is a tuple holding a list; " + CONSTANT_KINDS, "PAIRS", cli=False),
    case("global_lambda", """
        square = lambda v: v * v


        def f(x: int) -> int:
            return square(x)  #^
        """, "f", "name 'square' is a lambda; tsc compiles only functions defined with 'def'", "square", cli=False),
    case("global_instance", """
        ORIGIN = Point(0, 0)


        def f(x: int) -> int:
            return ORIGIN.x + x  #^
        """, "f", "name 'ORIGIN' is a 'Point' object; " + CONSTANT_KINDS, "ORIGIN", cli=False),
    case("global_builtin_function", """
        from time import time


        def f(x: int) -> float:
            return time() + x  #^
        """, "f", "name 'time' refers to the built-in function 'time.time', which tsc cannot compile", "time()",
        cli=False),
    case("global_bytes", """
        MAGIC = b"tsc"


        def f(x: int) -> int:
            return len(MAGIC) + x  #^
        """, "f", "name 'MAGIC' is a bytes object; " + CONSTANT_KINDS, "MAGIC", cli=False),
    case("global_stdlib_class", """
        from collections import OrderedDict


        def f(x: int) -> int:
            d = OrderedDict()  #^
            return x
        """, "f", "name 'OrderedDict' refers to class 'collections.OrderedDict' from Python's standard library, "
        "which tsc cannot compile; tsc compiles your own functions and classes", "OrderedDict", cli=False),
    case("global_frozen_stdlib_function", """
        from os.path import join


        def f(x: str) -> str:
            return join(x, x)  #^
        """, "f", "name 'join' refers to function 'posixpath.join' from Python's standard library, which tsc "
        "cannot compile; tsc compiles your own functions and classes", "join", cli=False),
    case("global_in_called_function", """
        CONFIG = {"scale": 2}


        def scale(x: int) -> int:
            return x * CONFIG["scale"]  #^


        def f(x: int) -> int:
            return scale(x) + 1
        """, "f", "name 'CONFIG' is a dict; " + CONSTANT_KINDS, "CONFIG", cli=False),
]


def write_module(tmp_path, name, source):
    """Writes SOURCE as TMP_PATH/NAME.py and imports it under a unique name; returns (module, path)."""
    path = tmp_path / f"{name}.py"
    path.write_text(source)
    module_name = f"tsc_cerr_{name}_{abs(hash(str(tmp_path)))}"
    spec = importlib.util.spec_from_file_location(module_name, str(path))
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[module_name]
        raise
    return module, str(path)


def expected_location(source, at):
    """(line, col), 1-based, of AT on the line of SOURCE marked with MARK."""
    lines = source.split("\n")
    marked = [i for i, line in enumerate(lines) if line.rstrip().endswith(MARK)]
    assert len(marked) == 1, "a case marks exactly one line"
    line = lines[marked[0]]
    col = line.find(at)
    assert 0 <= col < line.rindex(MARK), f"{at!r} is not on the marked line {line!r}"
    return marked[0] + 1, col + 1


def check_error(error, path, source, message, at):
    line, col = expected_location(source, at)
    assert error.message == message
    assert error.filename == path
    assert (error.lineno, error.col) == (line, col)
    text = str(error).split("\n")
    assert text[0] == f"{path}:{line}:{col}: error: {message}"
    assert text[1] == source.split("\n")[line - 1]
    assert text[2].startswith(" " * (col - 1) + "^")
    assert set(text[2][col:]) <= {"~"}
    # One mistake, one error: no follow-on errors from the same mistake.
    assert sum(": error: " in line for line in text) == 1, str(error)


@pytest.mark.parametrize("body, target, message, at, cli", CASES)
def test_compile_error(tmp_path, body, target, message, at, cli):
    source = PRELUDE + "\n" + body
    module, path = write_module(tmp_path, "user_code", source)
    with pytest.raises(tsc.CompileError) as info:
        tsc.script(getattr(module, target))
    check_error(info.value, path, source, message, at)
    if cli:
        # The same file through the command line: exactly the same text.
        proc = subprocess.run([sys.executable, "-m", "tsc", path], capture_output=True, text=True,
                              env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)))
        assert proc.returncode == 1
        assert proc.stderr.rstrip("\n") == str(info.value).rstrip("\n")


def test_decorator_raises_at_import(tmp_path):
    # `@tsc.script` compiles when the module runs: importing it raises, pointing into the module.
    source = PRELUDE + textwrap.dedent("""
        import tsc


        @tsc.script
        def f(x: int) -> int:
            return x + "1"  #^
        """)
    path = tmp_path / "decorated.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("tsc_cerr_decorated", str(path))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # as an import does: inspect finds a class's file through it
    try:
        with pytest.raises(tsc.CompileError) as info:
            spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    check_error(info.value, str(path), source, "unsupported operand types for +: 'int' and 'str'", "x +")


def test_class_decorator_raises_at_import(tmp_path):
    source = PRELUDE + textwrap.dedent("""
        import tsc


        @tsc.script
        class Counter:
            def __init__(self):
                self.count = 0

            def bump(self) -> int:
                self.count += 1
                return self.count.size  #^
        """)
    path = tmp_path / "decorated_class.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("tsc_cerr_decorated_class", str(path))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # as an import does: inspect finds a class's file through it
    try:
        with pytest.raises(tsc.CompileError) as info:
            spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    check_error(info.value, str(path), source, "'int' has no attribute 'size'", "self.count.size")


def test_at_least_sixty_cases():
    assert len(CASES) >= 60
    assert len({p.id for p in CASES}) == len(CASES)
