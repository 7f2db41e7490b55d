# Chained assignment 'a = b = v' binds every target to the same value.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def running_extremes(l: List[int]) -> int:
    lo = hi = l[0]
    for v in l:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return hi - lo
# CHECK-LABEL: graph @running_extremes(%l : List[int]) -> int:
# CHECK: [[F:%[a-z0-9_.]+]] : int = aten::__getitem__(%l,
# CHECK-NOT: aten::__getitem__(%l,
# CHECK: prim::Loop({{%[a-z0-9_.]+}}, {{%[a-z0-9_.]+}}, [[F]], [[F]])


def zeros(n: int) -> int:
    a = b = c = n * 0
    return a + b + c
# CHECK-LABEL: graph @zeros(%n : int) -> int:
# CHECK: [[Z:%[a-z0-9_.]+]] : int = aten::mul(%n,
# CHECK: [[AB:%[a-z0-9_.]+]] : int = aten::add([[Z]], [[Z]])
# CHECK: [[ABC:%[a-z0-9_.]+]] : int = aten::add([[AB]], [[Z]])
# CHECK: return ([[ABC]])


def shared_list() -> int:
    xs = ys = [1, 2]
    ys.append(3)
    return len(xs)
# CHECK-LABEL: graph @shared_list() -> int:
# CHECK: [[L:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct(
# CHECK: aten::append([[L]],
# CHECK: aten::len([[L]])
