# Augmented assignment on float variables, including /= and int right-hand sides converted with aten::Float.
# RUN: %tsc %s --emit=ir | FileCheck %s


def decay(value: float, rate: float, steps: int) -> float:
    value *= rate
    value /= 2.0
    value -= rate
    value += steps
    value **= 2.0
    value //= 1.0
    value %= 360.0
    return value
# CHECK-LABEL: graph @decay(%value : float, %rate : float, %steps : int) -> float:
# CHECK: [[V1:%[a-z0-9_.]+]] : float = aten::mul(%value, %rate)
# CHECK: [[V2:%[a-z0-9_.]+]] : float = aten::div([[V1]],
# CHECK: [[V3:%[a-z0-9_.]+]] : float = aten::sub([[V2]], %rate)
# CHECK: [[SF:%[a-z0-9_.]+]] : float = aten::Float(%steps)
# CHECK: [[V4:%[a-z0-9_.]+]] : float = aten::add([[V3]], [[SF]])
# CHECK: [[V5:%[a-z0-9_.]+]] : float = aten::pow([[V4]],
# CHECK: [[V6:%[a-z0-9_.]+]] : float = aten::floordiv([[V5]],
# CHECK: [[V7:%[a-z0-9_.]+]] : float = aten::remainder([[V6]],
# CHECK: return ([[V7]])


def halve_until_small(x: float) -> float:
    while x > 1.0:
        x /= 2.0
    return x
# CHECK-LABEL: graph @halve_until_small(%x : float) -> float:
# CHECK: [[R:%[a-z0-9_.]+]] : float = prim::Loop(
# CHECK: block0({{%[a-z0-9_.]+}} : int, [[XB:%[a-z0-9_.]+]] : float):
# CHECK: [[XN:%[a-z0-9_.]+]] : float = aten::div([[XB]],
# CHECK: return ([[R]])
