# Unknown names are reported where they are used, with a suggestion: a close
# local, function or builtin, or the math function of that name.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
import math


def total(values: list[int]) -> int:
    total_sum = 0
    for v in values:
        # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: unknown name 'totl_sum'; did you mean 'total_sum'?
        totl_sum += v
    return total_sum


def activation(x: float) -> float:
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: unknown name 'tanh'; did you mean 'math.tanh'?
    return tanh(x)


def count(n: int) -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: unknown name 'lenn'; did you mean 'len'?
    return lenn([n]) + undefined_thing
    # CHECK: {{.*}}.py:[[@LINE-1]]:24: error: unknown name 'undefined_thing'
# CHECK-NOT: error:
