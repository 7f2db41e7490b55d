# Subscripts: lists and str take int indices, dicts their key type; str and
# tuples are immutable; other types are not subscriptable.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import Dict, List, Optional


def f(n: int, s: str, l: List[int], d: Dict[str, int], o: Optional[int]) -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: 'int' is not subscriptable
    a = n[0]
    # CHECK: {{.*}}.py:[[@LINE+1]]:11: error: list indices must be integers, not 'str'
    b = l["0"]
    # CHECK: {{.*}}.py:[[@LINE+1]]:11: error: dict key must be 'str', found 'int'
    c = d[0]
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: 'str' does not support item assignment
    s[0] = "x"
    # CHECK: {{.*}}.py:[[@LINE+1]]:13: error: slice indices must be integers or None, not 'float'
    e = l[1:2.5]
    # CHECK: {{.*}}.py:[[@LINE+1]]:13: error: slice step must be an int or None, not 'Optional[int]' (check it against None first)
    g = s[::o]
    return l[True] + d["k"]
# CHECK-NOT: error:
