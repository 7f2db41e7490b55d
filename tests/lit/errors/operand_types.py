# Operators on types they do not support report the operator and both types.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import List


def f(n: int, s: str, l: List[int]) -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: unsupported operand types for +: 'int' and 'str'
    a = n + s
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: unsupported operand types for -: 'List[int]' and 'List[int]'
    b = l - l
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: bad operand type for unary -: 'str'
    c = -s
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: unsupported operand types for *=: 'str' and 'str'
    s *= s
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: unsupported operand types for &: 'int' and 'float'
    return n & 1.5
# CHECK-NOT: error:
