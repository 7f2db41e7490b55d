# Only functions, classes, methods and builtins can be called.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
LIMIT = 3


class C:
    def __init__(self):
        self.size = 1

    def grow(self) -> int:
        # CHECK: {{.*}}.py:[[@LINE+1]]:16: error: attribute 'size' of 'C' is not callable
        return self.size()


def f(n: int) -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: 'int' is not callable
    a = n(1)
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: 'LIMIT' is a constant and cannot be called
    b = LIMIT()
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: 'ValueError' can only be used in a 'raise' statement
    c = ValueError("x")
    return n
# CHECK-NOT: error:
