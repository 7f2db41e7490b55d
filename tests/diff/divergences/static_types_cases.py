# tests/diff/divergences/static_types_cases.py - Static types versus CPython's dynamic ones.
# Each row: (function, (args...), CPython's outcome, tsc's outcome, why); an outcome is the expected
# stdout text, or (exception name, message).
MIXED = "min/max over int and float have the static type float: tsc converts the int, CPython returns it unchanged"
EMPTY_SUM = "sum() of an empty List[float] is 0.0 in tsc; CPython's sum([]) is the int 0"
DIVERGENCES = [
    ("max_mixed", (1, 2.5, 3), "3\n", "3.0\n", MIXED),
    ("max_mixed", (1, 1.0, 0), "1\n", "1.0\n", MIXED),
    ("min_mixed", (1.5, -2), "-2\n", "-2.0\n", MIXED),
    ("total", ([],), "0\n", "0.0\n", EMPTY_SUM),
    ("mean", ([],), ("ZeroDivisionError", "division by zero"), ("ZeroDivisionError", "float division by zero"),
     "sum() of an empty List[float] is 0.0 in tsc (CPython: the int 0), so the division is a float division"),
    ("int_pow", (2, -1), "0.5\n", ("ValueError", "negative exponent in integer power"),
     "int ** int is int in tsc; a negative exponent raises ValueError where CPython returns a float"),
    ("drop_negative", ({"a": -1, "b": 2, "c": -3},),
     ("RuntimeError", "dictionary changed size during iteration"), "{'b': 2}\n",
     "dict.keys() is a snapshot list in tsc (as in TorchScript), not a live view"),
]
