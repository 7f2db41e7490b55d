# tests/diff/divergences/exceptions_cases.py - Exceptions that tsc reports under another name than CPython.
# Each row: (function, (args...), CPython's outcome, tsc's outcome, why); an outcome is the expected
# stdout text, or (exception name, message).
SOURCE = "../corpus/exceptions.py"
GENERIC = "`raise Exception(msg)` surfaces as RuntimeError in tsc, as issue 3 specifies (TorchScript's behaviour)"
DIVERGENCES = [
    ("raise_exception", ("generic",), ("Exception", "generic"), ("RuntimeError", "generic"), GENERIC),
    ("raise_exception", ("x: y",), ("Exception", "x: y"), ("RuntimeError", "x: y"), GENERIC),
    ("raise_exception", ("",), ("Exception", ""), ("RuntimeError", ""), GENERIC),
]
