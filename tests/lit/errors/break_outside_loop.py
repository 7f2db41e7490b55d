# break and continue outside a loop are errors, as in Python.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s


def f(x: int) -> int:
    if x > 0:
        # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: 'break' outside loop
        break
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: 'continue' outside loop
    continue
    return x
# CHECK-NOT: error:
