# Conditions convert bool, int, float, str, lists, dicts and Optional values as
# Python's truthiness does; other types are errors.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import Dict, List, Optional


class C:
    def __init__(self):
        self.n = 0


def ok(n: int, s: str, l: List[int], d: Dict[str, int], o: Optional[str]) -> int:
    if n and s and l and d and o:
        return 1
    return 0


def f(x, c: C) -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:8: error: condition must be bool, found 'Tensor'
    if x:
        return 1
    # CHECK: {{.*}}.py:[[@LINE+1]]:11: error: condition must be bool, found 'C'
    while c:
        return 2
    return 0
# CHECK-NOT: error:
