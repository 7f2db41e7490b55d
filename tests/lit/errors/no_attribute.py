# Reading or writing an attribute a class does not define (in __init__ or its
# annotations) is an error naming the class; other types have no attributes.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s


class C:
    def __init__(self):
        self.x = 1

    def get(self) -> int:
        # CHECK: {{.*}}.py:[[@LINE+1]]:16: error: 'C' has no attribute 'y'
        return self.y


def f(c: C) -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: 'C' has no attribute 'z'
    c.z = 3
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: 'int' has no attribute 'real'
    return c.x.real
# CHECK-NOT: error:
