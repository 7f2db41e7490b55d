# math.pi, math.e, math.tau, math.inf and math.nan fold to float constants.
# RUN: %tsc %s --emit=ir | FileCheck %s
import math


def circle_area(r: float) -> float:
    return math.pi * r * r
# CHECK-LABEL: graph @circle_area(%r : float) -> float:
# CHECK: [[PI:%[a-z0-9_.]+]] : float = prim::Constant[value=3.141592653589793]()
# CHECK: [[A:%[a-z0-9_.]+]] : float = aten::mul([[PI]], %r)
# CHECK: aten::mul([[A]], %r)


def growth(t: float) -> float:
    return math.e ** t
# CHECK-LABEL: graph @growth(%t : float) -> float:
# CHECK: [[E:%[a-z0-9_.]+]] : float = prim::Constant[value=2.718281828459045]()
# CHECK: [[P:%[a-z0-9_.]+]] : float = aten::pow([[E]], %t)
# CHECK: return ([[P]])


def full_turn() -> float:
    return math.tau
# CHECK-LABEL: graph @full_turn() -> float:
# CHECK: [[T:%[a-z0-9_.]+]] : float = prim::Constant[value=6.283185307179586]()
# CHECK: return ([[T]])


def unbounded() -> float:
    return math.inf
# CHECK-LABEL: graph @unbounded() -> float:
# CHECK: [[I:%[a-z0-9_.]+]] : float = prim::Constant[value=inf]()
# CHECK: return ([[I]])


def missing() -> float:
    return math.nan
# CHECK-LABEL: graph @missing() -> float:
# CHECK: [[N:%[a-z0-9_.]+]] : float = prim::Constant[value=nan]()
# CHECK: return ([[N]])
