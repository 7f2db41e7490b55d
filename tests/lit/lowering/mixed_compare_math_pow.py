# int against float compares exactly (no int->float rounding), and math.pow is its own op with math's errors.
# RUN: %tsc %s --emit=ir | FileCheck %s
import math


def close(a: int, b: float) -> bool:
    return a < b
# CHECK-LABEL: graph @close(%a : int, %b : float) -> bool:
# CHECK-NOT: aten::Float
# CHECK: [[LT:%[a-z0-9_.]+]] : bool = aten::lt(%a, %b)
# CHECK: return ([[LT]])


def same(x: float, n: int) -> bool:
    return x == n
# CHECK-LABEL: graph @same(
# CHECK-NOT: aten::Float
# CHECK: aten::eq(%x, %n)


def power(x: float, y: float) -> float:
    return math.pow(x, y) + x ** y
# CHECK-LABEL: graph @power(
# CHECK: aten::math_pow(%x, %y)
# CHECK: aten::pow(%x, %y)
