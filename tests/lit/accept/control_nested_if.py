# Nested ifs merge at each level; two variables changed in a branch give a two-output prim::If.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Tuple


def quadrant(x: int, y: int) -> int:
    q = 0
    if x > 0:
        if y > 0:
            q = 1
        else:
            q = 4
    else:
        if y > 0:
            q = 2
        else:
            q = 3
    return q
# CHECK-LABEL: graph @quadrant(%x : int, %y : int) -> int:
# CHECK: [[Q:%[a-z0-9_.]+]] : int = prim::If(
# CHECK-NEXT: block0():
# CHECK: [[QA:%[a-z0-9_.]+]] : int = prim::If(
# CHECK: -> ([[QA]])
# CHECK-NEXT: block1():
# CHECK: [[QB:%[a-z0-9_.]+]] : int = prim::If(
# CHECK: -> ([[QB]])
# CHECK: return ([[Q]])


def bump_both(x: int, lo: int, hi: int) -> Tuple[int, int]:
    if x < lo:
        lo = x
        hi = hi + 1
    return lo, hi
# CHECK-LABEL: graph @bump_both(%x : int, %lo : int, %hi : int) -> Tuple[int, int]:
# CHECK: {{%[a-z0-9_.]+}} : int, {{%[a-z0-9_.]+}} : int = prim::If(
# CHECK: block1():
# CHECK-NEXT: -> ({{(%lo, %hi|%hi, %lo)}})
# CHECK: prim::TupleConstruct(
