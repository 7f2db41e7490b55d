# Returned values must match the declared return type; without a declaration,
# every return must agree with the first (None and T give Optional[T]).
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import Optional


def f(x: int) -> int:
    if x > 0:
        # CHECK: {{.*}}.py:[[@LINE+1]]:16: error: return type 'int' of 'f' does not match returned 'str'
        return "positive"
    return x


def g(x: int):
    if x > 0:
        return 1
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: return type 'int' of 'g' does not match returned 'str'
    return "a"
    # CHECK: {{.*}}.py:[[@LINE-3]]:16: note: 'g' returns 'int' here


def h(x: int):
    if x > 0:
        return x
    return None


def use() -> Optional[int]:
    return h(1)
# CHECK-NOT: error:
