# Calls of user functions with too many or too few positional arguments.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s


def f(a: int, b: int) -> int:
    return a + b


def g(a: int, b: int = 2) -> int:
    return a * b


def main() -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: expected 2 arguments for 'f' but got 3
    x = f(1, 2, 3)
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: expected 2 arguments for 'f' but got 1
    y = f(1)
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: expected at least 1 argument for 'g' but got 0
    z = g()
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: expected at most 2 arguments for 'g' but got 3
    w = g(1, 2, 3)
    return 0
# CHECK-NOT: error:
