# A variable assigned in only one branch of an if is not defined after it when
# the other branch falls through (as in TorchScript): its use is an error with
# a note at the definition. When the other branch leaves, it is defined.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s


def f(x: int) -> int:
    if x > 0:
        y = 1
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: 'y' is not defined in the false branch
    return y
    # CHECK: {{.*}}.py:[[@LINE-3]]:9: note: 'y' is defined here


def g(x: int) -> int:
    if x > 0:
        pass
    else:
        z = 2
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: 'z' is not defined in the true branch
    return z + 1
    # CHECK: {{.*}}.py:[[@LINE-3]]:9: note: 'z' is defined here


def h(x: int) -> int:
    if x > 0:
        w = x
    else:
        return 0
    return w
# CHECK-NOT: error:
