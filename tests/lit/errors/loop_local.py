# A variable first assigned inside a loop body is not defined after the loop.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import List


def last(l: List[int]) -> int:
    for x in l:
        y = x * 2
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: 'y' is defined only inside the loop
    return y
    # CHECK: {{.*}}.py:[[@LINE-3]]:9: note: 'y' is defined here


def carried(l: List[int]) -> int:
    y = 0
    for x in l:
        y = x * 2
    return y
# CHECK-NOT: error:
