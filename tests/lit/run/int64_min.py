# The most negative int64 is written as CPython writes it: a minus and the literal
# 9223372036854775808 make one constant (the literal alone does not fit; see
# tests/lit/syntax/int_literals.py). Command-line arguments follow the same rule,
# inside containers too.
# RUN: %tsc run %s --entry smallest | FileCheck %s --check-prefix=SMALLEST
# RUN: %tsc run %s --entry smallest_hex | FileCheck %s --check-prefix=SMALLEST
# RUN: %tsc run %s --entry first "[-9223372036854775808, 5]" | FileCheck %s --check-prefix=SMALLEST
# RUN: not %tsc run %s --entry negate 2>&1 | FileCheck %s --check-prefix=NEGATE
from typing import List


def smallest() -> int:
    return -9223372036854775808


def smallest_hex() -> int:
    return -0x8000000000000000


def first(xs: List[int]) -> int:
    return xs[0]


def negate() -> int:
    x = -9223372036854775808
    return -x

# SMALLEST: -9223372036854775808
# NEGATE: OverflowError: integer overflow
