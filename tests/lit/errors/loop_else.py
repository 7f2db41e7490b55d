# for/while loops with an else clause are rejected at the 'else' (the loop
# itself is still checked).
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import List


def f(l: List[int]) -> int:
    for x in l:
        if x == 0:
            break
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: 'else' clauses on loops are not supported
    else:
        return -1
    i = 0
    while i < 3:
        i += 1
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: 'else' clauses on loops are not supported
    else:
        i = 0
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: unsupported operand types for +: 'int' and 'str'
    return i + "x"
# CHECK-NOT: error:
