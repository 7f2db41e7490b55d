# An argument of the wrong type is reported at the argument, naming the
# parameter; int arguments to float parameters convert.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s


def f(n: int, name: str, scale: float = 1.0) -> str:
    return name * n


def main() -> str:
    ok = f(2, "x", 3)
    # CHECK: {{.*}}.py:[[@LINE+1]]:11: error: argument 'n' of 'f' expects 'int' but got 'str'
    a = f("3", "x")
    # CHECK: {{.*}}.py:[[@LINE+1]]:19: error: argument 'name' of 'f' expects 'str' but got 'int'
    b = f(2, name=5)
    # CHECK: {{.*}}.py:[[@LINE+1]]:11: error: argument 'n' of 'f' expects 'int' but got 'float'
    c = f(2.5, "x")
    return ok
# CHECK-NOT: error:
