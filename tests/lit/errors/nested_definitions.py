# Functions and classes are defined at module level only, and imports too.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s


def f(x: int) -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: nested functions are not supported
    def g(y: int) -> int:
        return y
    # CHECK: {{.*}}.py:[[@LINE+1]]:11: error: classes must be defined at module level
    class Inner:
        pass
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: imports are only supported at module level
    import math
    return x
# CHECK-NOT: error:
