# Starred assignment targets and starred call arguments are not supported.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import List


def f(l: List[int]) -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:8: error: starred assignment is not supported
    a, *b = l
    # CHECK: {{.*}}.py:[[@LINE+1]]:16: error: starred arguments are not supported
    return max(*l)
# CHECK-NOT: error:
