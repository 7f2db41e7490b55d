# Keyword arguments are evaluated in source order and passed to prim::CallFunction in parameter order.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def make_range(start: int, stop: int, step: int) -> List[int]:
    out: List[int] = []
    i = start
    while i < stop:
        out.append(i)
        i += step
    return out


def evens_below(n: int) -> List[int]:
    return make_range(step=2, stop=n, start=0)
# CHECK-LABEL: graph @evens_below(%n : int) -> List[int]:
# CHECK: [[TWO:%[a-z0-9_.]+]] : int = prim::Constant[value=2]()
# CHECK: [[ZERO:%[a-z0-9_.]+]] : int = prim::Constant[value=0]()
# CHECK: [[R:%[a-z0-9_.]+]] : List[int] = prim::CallFunction[name="make_range"]([[ZERO]], %n, [[TWO]])
# CHECK: return ([[R]])


def mixed_positional(a: int, b: int) -> List[int]:
    return make_range(a, step=1, stop=b)
# CHECK-LABEL: graph @mixed_positional(%a : int, %b : int) -> List[int]:
# CHECK: [[ONE:%[a-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK: prim::CallFunction[name="make_range"](%a, %b, [[ONE]])


def rect_area(width: float, height: float) -> float:
    return width * height


def square_area(side: float) -> float:
    return rect_area(height=side, width=side * 2.0)
# CHECK-LABEL: graph @square_area(%side : float) -> float:
# CHECK: [[W:%[a-z0-9_.]+]] : float = aten::mul(%side,
# CHECK: [[R:%[a-z0-9_.]+]] : float = prim::CallFunction[name="rect_area"]([[W]], %side)
# CHECK: return ([[R]])
