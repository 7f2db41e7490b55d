# Annotations must name types: builtin scalars, typing generics with their
# arguments, PEP 604 `T | None`, classes.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import Dict, List, Optional


# CHECK: {{.*}}.py:[[@LINE+1]]:10: error: unknown type 'Lst'; did you mean 'List'?
def f(x: Lst[int]) -> int:
    return 0


# CHECK: {{.*}}.py:[[@LINE+1]]:10: error: 'List' needs type arguments, e.g. 'List[int]'
def g(x: List) -> int:
    return 0


# CHECK: {{.*}}.py:[[@LINE+1]]:10: error: union types are supported only as 'T | None', found 'int' | 'str'
def h(x: int | str) -> int:
    return 0


# CHECK: {{.*}}.py:[[@LINE+1]]:15: error: 'Dict' expects 2 type arguments, found 1
def k(x: Dict[str]) -> int:
    return 0


def ok(a: list[int], b: dict[str, float], c: int | None, d: Optional[tuple[int, str]], e: "Node") -> int:
    return 0


class Node:
    def __init__(self):
        self.v = 0
# CHECK-NOT: error:
