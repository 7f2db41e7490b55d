# An int argument passed to a float parameter is converted with aten::Float before the call.
# RUN: %tsc %s --emit=ir | FileCheck %s


def lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def midpoint(lo: int, hi: int) -> float:
    return lerp(lo, hi, 0.5)
# CHECK-LABEL: graph @midpoint(%lo : int, %hi : int) -> float:
# CHECK-DAG: [[LF:%[a-z0-9_.]+]] : float = aten::Float(%lo)
# CHECK-DAG: [[HF:%[a-z0-9_.]+]] : float = aten::Float(%hi)
# CHECK-DAG: [[H:%[a-z0-9_.]+]] : float = prim::Constant[value=0.5]()
# CHECK: [[R:%[a-z0-9_.]+]] : float = prim::CallFunction[name="lerp"]([[LF]], [[HF]], [[H]])
# CHECK: return ([[R]])


def weighted(x: float, weight: float = 1.0) -> float:
    return x * weight


def weighted_count(n: int, w: int) -> float:
    return weighted(n, weight=w)
# CHECK-LABEL: graph @weighted_count(%n : int, %w : int) -> float:
# CHECK-DAG: [[NF:%[a-z0-9_.]+]] : float = aten::Float(%n)
# CHECK-DAG: [[WF:%[a-z0-9_.]+]] : float = aten::Float(%w)
# CHECK: prim::CallFunction[name="weighted"]([[NF]], [[WF]])
