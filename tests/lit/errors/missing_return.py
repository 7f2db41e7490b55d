# A function with a non-Optional return type must return on every path.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import List, Optional


# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: 'f' must return a value of type 'int' on every path
def f(x: int) -> int:
    if x > 0:
        return 1


def g(x: int) -> Optional[int]:
    if x > 0:
        return 1


def h(l: List[int]) -> int:
    while True:
        for v in l:
            if v > 0:
                return v
# CHECK-NOT: error:
