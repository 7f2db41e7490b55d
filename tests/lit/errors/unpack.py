# Unpacking checks tuple arity at compile time (lists at run time).
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import List, Tuple


def f(t: Tuple[int, int, int], l: List[int], n: int) -> int:
    a, b, c = t
    d, e = l
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: too many values to unpack (expected 2, got 3)
    x, y = t
    # CHECK: {{.*}}.py:[[@LINE+1]]:18: error: not enough values to unpack (expected 4, got 3)
    p, q, r, s = t
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: cannot unpack a value of type 'int'
    u, v = n
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: too many values to unpack (expected 2, got 3)
    g, h = 1, 2, 3
    return a + d
# CHECK-NOT: error:
