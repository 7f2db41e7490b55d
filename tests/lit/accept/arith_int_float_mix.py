# Mixing int and float converts the int operand with aten::Float first; the result is float.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def scale(n: int, factor: float) -> float:
    return n * factor
# CHECK-LABEL: graph @scale(%n : int, %factor : float) -> float:
# CHECK: [[NF:%[a-z0-9_.]+]] : float = aten::Float(%n)
# CHECK: [[P:%[a-z0-9_.]+]] : float = aten::mul([[NF]], %factor)
# CHECK: return ([[P]])


def offset(x: float, k: int) -> float:
    return x - k
# CHECK-LABEL: graph @offset(%x : float, %k : int) -> float:
# CHECK: [[KF:%[a-z0-9_.]+]] : float = aten::Float(%k)
# CHECK: [[D:%[a-z0-9_.]+]] : float = aten::sub(%x, [[KF]])
# CHECK: return ([[D]])


def average(values: List[float]) -> float:
    return sum(values) / len(values)
# CHECK-LABEL: graph @average(%values : List[float]) -> float:
# CHECK: [[S:%[a-z0-9_.]+]] : float = aten::sum(%values
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%values)
# CHECK: [[NF:%[a-z0-9_.]+]] : float = aten::Float([[N]])
# CHECK: [[Q:%[a-z0-9_.]+]] : float = aten::div([[S]], [[NF]])
# CHECK: return ([[Q]])


def celsius_to_f(c: int) -> float:
    return c * 1.8 + 32
# CHECK-LABEL: graph @celsius_to_f(%c : int) -> float:
# CHECK: [[CF:%[a-z0-9_.]+]] : float = aten::Float(%c)
# CHECK: [[M:%[a-z0-9_.]+]] : float = aten::mul([[CF]],
# CHECK: [[A:%[a-z0-9_.]+]] : float = aten::add([[M]],
# CHECK: return ([[A]])
