# A variable keeps the type of its first assignment: assigning another type is an
# error with a note at that first assignment; int to a float variable converts.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import List


def f(flag: bool) -> float:
    y = 1
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: cannot assign 'str' to 'y' of type 'int'
    y = "s"
    # CHECK: {{.*}}.py:[[@LINE-3]]:5: note: variable 'y' was int here
    ratio = 0.5
    ratio = 2
    names: List[str] = []
    if flag:
        # CHECK: {{.*}}.py:[[@LINE+1]]:17: error: cannot assign 'List[int]' to 'names' of type 'List[str]'
        names = [1, 2]
        # CHECK: {{.*}}.py:[[@LINE-4]]:5: note: variable 'names' was List[str] here
    return ratio
# CHECK-NOT: error:
