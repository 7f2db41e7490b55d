# Keyword arguments must name a parameter, once; keyword-only parameters cannot
# be passed by position.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s


def f(a: int, b: int) -> int:
    return a - b


def h(a: int, *, scale: int = 1) -> int:
    return a * scale


def main() -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:14: error: 'f' has no parameter named 'k'
    x = f(1, k=2)
    # CHECK: {{.*}}.py:[[@LINE+1]]:14: error: 'f' got multiple values for argument 'a'
    y = f(1, a=2)
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: missing argument 'a' in call to 'f'
    z = f(b=1)
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: expected 1 argument for 'h' but got 2
    w = h(1, 2)
    return h(1, scale=3)
# CHECK-NOT: error:
