# A variable first assigned in both branches of an if must get types that unify
# (None and T give Optional[T]).
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import Optional


def f(x: int) -> int:
    if x > 0:
        y = 1
    else:
        # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: 'y' is 'int' in the true branch but 'str' in the false branch
        y = "neg"
        # CHECK: {{.*}}.py:[[@LINE-4]]:9: note: 'y' is assigned 'int' here
    return 0


def g(x: int) -> Optional[int]:
    if x > 0:
        y = x
    else:
        y = None
    return y
# CHECK-NOT: error:
