# Calling a method a builtin type does not have names the type and the method.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import Dict


def f(n: int, s: str, d: Dict[str, int]) -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: 'int' has no method 'append'
    n.append(1)
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: 'str' has no method 'push'
    t = s.push("x")
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: 'Dict[str, int]' has no method 'append'
    return d.append(1)
# CHECK-NOT: error:
