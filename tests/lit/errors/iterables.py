# for loops iterate lists, str, dicts, tuples, range, enumerate, zip and reversed.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import List


def f(n: int, x: float, l: List[int]) -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:14: error: 'int' is not iterable
    for i in n:
        pass
    # CHECK: {{.*}}.py:[[@LINE+1]]:20: error: 'range' expects int arguments, found 'float'
    for j in range(x):
        pass
    # CHECK: {{.*}}.py:[[@LINE+1]]:27: error: 'range' step must not be zero
    for k in range(0, 10, 0):
        pass
    # CHECK: {{.*}}.py:[[@LINE+1]]:23: error: 'reversed' expects a list, str or range
    for a in reversed(zip(l, l)):
        pass
    return 0
# CHECK-NOT: error:
