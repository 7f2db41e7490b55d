# An empty list or dict needs its type from an annotation or from the context
# (a declared variable, parameter, attribute or return type).
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import Dict, List


def take(l: List[int]) -> int:
    return len(l)


def ok() -> List[int]:
    a: List[int] = []
    a = []
    n = take([])
    return []


def f():
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: empty list needs a type annotation, e.g. 'x: List[int] = []'
    x = []
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: empty dict needs a type annotation, e.g. 'x: Dict[str, int] = {}'
    d = {}
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: empty list needs a type annotation, e.g. 'x: List[int] = []'
    return []
# CHECK-NOT: error:
