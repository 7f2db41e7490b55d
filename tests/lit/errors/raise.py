# raise takes one of Python's builtin exceptions with at most a message; a bare
# raise is not supported.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s


class MyError:
    def __init__(self):
        self.code = 1


def f(x: int) -> int:
    if x < 0:
        raise ValueError(f"negative: {x}")
    if x == 0:
        raise ZeroDivisionError
    if x == 1:
        # CHECK: {{.*}}.py:[[@LINE+1]]:15: error: unsupported exception type 'MyError'; raise one of Python's builtin exceptions
        raise MyError()
    if x == 2:
        # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: bare 'raise' is not supported
        raise
    # CHECK: {{.*}}.py:[[@LINE+1]]:31: error: exceptions take at most one argument, the message
    raise RuntimeError("bad", "worse")
# CHECK-NOT: error:
