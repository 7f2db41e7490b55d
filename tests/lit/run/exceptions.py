# Run-time errors carry Python's exception names and messages.
# RUN: not %tsc run %s --entry index 5 2>&1 | FileCheck %s --check-prefix=INDEX
# RUN: not %tsc run %s --entry key '"b"' 2>&1 | FileCheck %s --check-prefix=KEY
# RUN: not %tsc run %s --entry divide 0 2>&1 | FileCheck %s --check-prefix=ZERO
# RUN: not %tsc run %s --entry modulo 0 2>&1 | FileCheck %s --check-prefix=MODULO
# RUN: not %tsc run %s --entry positive -1 2>&1 | FileCheck %s --check-prefix=ASSERT
# RUN: not %tsc run %s --entry bare 2>&1 | FileCheck %s --check-prefix=BARE
# RUN: not %tsc run %s --entry generic 2>&1 | FileCheck %s --check-prefix=GENERIC
# RUN: not %tsc run %s --entry parse '"12x"' 2>&1 | FileCheck %s --check-prefix=PARSE
# RUN: not %tsc run %s --entry overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW
# RUN: not %tsc run %s --entry root -1.0 2>&1 | FileCheck %s --check-prefix=DOMAIN
from typing import Dict, List
import math


def index(i: int) -> int:
    xs: List[int] = [1, 2, 3]
    return xs[i]


def key(k: str) -> int:
    d: Dict[str, int] = {"a": 1}
    return d[k]


def divide(d: int) -> float:
    return 1 / d


def modulo(d: int) -> int:
    return 7 % d


def positive(x: int) -> int:
    assert x > 0, f"expected a positive number, got {x}"
    return x


def bare() -> None:
    assert 1 > 2


def generic() -> None:
    raise Exception("not implemented")


def parse(s: str) -> int:
    return int(s)


def overflow() -> int:
    x = 9223372036854775807
    return x + 1


def root(x: float) -> float:
    return math.sqrt(x)

# INDEX: IndexError: list index out of range
# KEY: KeyError: 'b'
# ZERO: ZeroDivisionError: division by zero
# MODULO: ZeroDivisionError: integer modulo by zero
# ASSERT: AssertionError: expected a positive number, got -1
# BARE: {{^}}AssertionError{{$}}
# GENERIC: RuntimeError: not implemented
# PARSE: ValueError: invalid literal for int() with base 10: '12x'
# OVERFLOW: OverflowError: integer overflow
# DOMAIN: ValueError: math domain error
