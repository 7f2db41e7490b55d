# Tuples are indexed with integer constants within their length.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import Tuple


def f(t: Tuple[int, str], i: int) -> int:
    a = t[-2]
    # CHECK: {{.*}}.py:[[@LINE+1]]:11: error: tuple index 2 out of range for 'Tuple[int, str]'
    b = t[2]
    # CHECK: {{.*}}.py:[[@LINE+1]]:11: error: tuple index must be an integer constant
    c = t[i]
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: 'Tuple[int, str]' does not support item assignment
    t[0] = 1
    return a
# CHECK-NOT: error:
