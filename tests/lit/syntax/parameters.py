# Parameter lists: variadic and positional-only parameters are outside the
# language; the other errors are Python's.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

# CHECK: {{.*}}.py:[[@LINE+1]]:15: error: variadic arguments are not supported
def f(a: int, *rest: int) -> int:
    return a
# CHECK: {{.*}}.py:[[@LINE+1]]:7: error: variadic arguments are not supported
def g(**options: int) -> int:
    return 0
# CHECK: {{.*}}.py:[[@LINE+1]]:10: error: positional-only parameters are not supported
def h(a, /, b):
    return a
# CHECK: {{.*}}.py:[[@LINE+1]]:19: error: non-default argument follows default argument
def i(a: int = 1, b: int):
    return a
# CHECK: {{.*}}.py:[[@LINE+1]]:10: error: duplicate argument 'a' in function definition
def j(a, a):
    return a
# CHECK: {{.*}}.py:[[@LINE+1]]:10: error: named arguments must follow bare *
def k(a, *):
    return a
# A bare '*' with keyword-only parameters is fine, defaults or not.
def l(a: int = 1, *, b: int, c: int = 2) -> int:
    return a + b + c
# CHECK-NOT: error
