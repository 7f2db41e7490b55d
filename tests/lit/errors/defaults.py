# Default values are None, int, float, bool or str literals of the parameter's type.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import List, Optional


def ok(a: float = 1, b: Optional[int] = None, c: int = -2, d: str = "x", e: bool = True) -> float:
    return a


# CHECK: {{.*}}.py:[[@LINE+1]]:22: error: mutable default values are not supported; use None and create the value in the body
def f(l: List[int] = []) -> int:
    return 0


# CHECK: {{.*}}.py:[[@LINE+1]]:16: error: default value of 'n' must be 'int', found 'str'
def g(n: int = "3") -> int:
    return n


# CHECK: {{.*}}.py:[[@LINE+1]]:16: error: default value of 'n' must be a literal: None, int, float, bool or str
def h(n: int = 1 + 2) -> int:
    return n
# CHECK-NOT: error:
