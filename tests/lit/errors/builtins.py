# Builtins check their arguments; unsupported builtins are named.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import List


def f(n: int, s: str, l: List[str]) -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:13: error: object of type 'int' has no len()
    a = len(n)
    # CHECK: {{.*}}.py:[[@LINE+1]]:13: error: bad operand type for abs(): 'str'
    b = abs(s)
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: builtin 'set' is not supported
    c = set(l)
    # CHECK: {{.*}}.py:[[@LINE+1]]:13: error: 'sum' expects a list of numbers, found 'List[str]'
    d = sum(l)
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: 'min' cannot compare 'int' and 'str'
    e = min(n, s)
    # CHECK: {{.*}}.py:[[@LINE+1]]:13: error: cannot convert 'List[str]' to 'int'
    g = int(l)
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: expected 1 argument for 'len' but got 2
    h = len(s, s)
    return 0
# CHECK-NOT: error:
