# print takes any arguments and string-literal sep= and end= only.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s


def f(s: str) -> None:
    print(1, "a", 2.5, [1], sep=", ", end="")
    # CHECK: {{.*}}.py:[[@LINE+1]]:18: error: 'sep' of 'print' must be a string literal
    print(1, sep=s)
    # CHECK: {{.*}}.py:[[@LINE+1]]:14: error: 'print' has no parameter named 'flush'
    print(1, flush=True)
# CHECK-NOT: error:
