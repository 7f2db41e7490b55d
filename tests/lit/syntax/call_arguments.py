# Argument lists of calls.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

def f(a: int, b: int = 0) -> int:
    return a + b

# CHECK: {{.*}}.py:[[@LINE+1]]:12: error: positional argument follows keyword argument
x = f(b=1, 2)
# CHECK: {{.*}}.py:[[@LINE+1]]:12: error: keyword argument 'a' repeated
y = f(a=1, a=2)
# CHECK: {{.*}}.py:[[@LINE+1]]:7: error: keyword argument unpacking ('**') is not supported
z = f(**{'a': 1})
# CHECK: {{.*}}.py:[[@LINE+1]]:7: error: expression cannot contain assignment; perhaps you meant '=='?
w = f(1 = 2)
# CHECK: {{.*}}.py:[[@LINE+1]]:9: error: a generator expression is only supported as the sole argument of a call
v = max(i for i in range(3), 1)
# The sole-argument form is fine (it is a list comprehension).
u = sum(i * i for i in range(3))
# CHECK-NOT: error
