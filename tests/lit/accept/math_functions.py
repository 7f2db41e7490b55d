# math.f(x) lowers to aten::f on floats (sqrt, exp, log with one or two arguments, trig, atan2, degrees).
# RUN: %tsc %s --emit=ir | FileCheck %s
import math
from typing import List


def hypot2(x: float, y: float) -> float:
    return math.sqrt(x * x + y * y)
# CHECK-LABEL: graph @hypot2(%x : float, %y : float) -> float:
# CHECK: [[S:%[a-z0-9_.]+]] : float = aten::add(
# CHECK: [[R:%[a-z0-9_.]+]] : float = aten::sqrt([[S]])
# CHECK: return ([[R]])


def softplus(x: float) -> float:
    return math.log(1.0 + math.exp(x))
# CHECK-LABEL: graph @softplus(%x : float) -> float:
# CHECK: [[E:%[a-z0-9_.]+]] : float = aten::exp(%x)
# CHECK: [[A:%[a-z0-9_.]+]] : float = aten::add({{%[a-z0-9_.]+}}, [[E]])
# CHECK: [[L:%[a-z0-9_.]+]] : float = aten::log([[A]])
# CHECK: return ([[L]])


def log_base(x: float, b: float) -> float:
    return math.log(x, b)
# CHECK-LABEL: graph @log_base(%x : float, %b : float) -> float:
# CHECK: [[L:%[a-z0-9_.]+]] : float = aten::log(%x, %b)
# CHECK: return ([[L]])


def heading(y: float, x: float) -> float:
    return math.degrees(math.atan2(y, x))
# CHECK-LABEL: graph @heading(%y : float, %x : float) -> float:
# CHECK: [[A:%[a-z0-9_.]+]] : float = aten::atan2(%y, %x)
# CHECK: [[D:%[a-z0-9_.]+]] : float = aten::degrees([[A]])
# CHECK: return ([[D]])


def trig(t: float) -> List[float]:
    return [math.sin(t), math.cos(t), math.tan(t), math.tanh(t), math.log10(t), math.log2(t), math.fabs(t)]
# CHECK-LABEL: graph @trig(%t : float) -> List[float]:
# CHECK: : float = aten::sin(%t)
# CHECK: : float = aten::cos(%t)
# CHECK: : float = aten::tan(%t)
# CHECK: : float = aten::tanh(%t)
# CHECK: : float = aten::log10(%t)
# CHECK: : float = aten::log2(%t)
# CHECK: : float = aten::fabs(%t)


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))
# CHECK-LABEL: graph @sigmoid(%x : float) -> float:
# CHECK: [[N:%[a-z0-9_.]+]] : float = aten::neg(%x)
# CHECK: [[E:%[a-z0-9_.]+]] : float = aten::exp([[N]])
# CHECK: aten::div(
