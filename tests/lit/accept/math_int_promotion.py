# math functions given int arguments still return float (ints are promoted as in Python).
# RUN: %tsc %s --emit=ir | FileCheck %s
import math


def root(n: int) -> float:
    return math.sqrt(n)
# CHECK-LABEL: graph @root(%n : int) -> float:
# CHECK: [[R:%[a-z0-9_.]+]] : float = aten::sqrt(
# CHECK: return ([[R]])


def half_angle(deg: int) -> float:
    return math.radians(deg) / 2
# CHECK-LABEL: graph @half_angle(%deg : int) -> float:
# CHECK: [[R:%[a-z0-9_.]+]] : float = aten::radians(
# CHECK: : float = aten::div([[R]],


def diagonal(w: int, h: int) -> float:
    return math.hypot(w, h)
# CHECK-LABEL: graph @diagonal(%w : int, %h : int) -> float:
# CHECK: [[R:%[a-z0-9_.]+]] : float = aten::hypot(
# CHECK: return ([[R]])
