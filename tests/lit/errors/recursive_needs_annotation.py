# Recursion works when the return type is annotated; a recursive call that needs
# an inferred return type before it is known asks for an annotation (once).
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s


def fact(n: int) -> int:
    return 1 if n < 2 else n * fact(n - 1)


def fib(n: int):
    if n < 2:
        return n
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: recursive function 'fib' needs a return type annotation
    return fib(n - 1) + fib(n - 2)
    # CHECK: {{.*}}.py:[[@LINE-5]]:5: note: 'fib' is defined here


# ping is lowered first; it needs pong's return type, and pong calls ping.
def ping(n: int):
    return 0 if n == 0 else pong(n - 1)


def pong(n: int):
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: recursive function 'ping' needs a return type annotation
    return ping(n)
# CHECK-NOT: error:
