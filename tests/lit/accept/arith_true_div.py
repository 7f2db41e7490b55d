# '/' is true division: its result is float even when both operands are int.
# RUN: %tsc %s --emit=ir | FileCheck %s


def mean(total: int, count: int) -> float:
    return total / count
# CHECK-LABEL: graph @mean(%total : int, %count : int) -> float:
# CHECK: [[Q:%[a-z0-9_.]+]] : float = aten::div(%total, %count)
# CHECK: return ([[Q]])


def half(x: int) -> float:
    return x / 2
# CHECK-LABEL: graph @half(%x : int) -> float:
# CHECK: [[TWO:%[a-z0-9_.]+]] : int = prim::Constant[value=2]()
# CHECK: [[Q:%[a-z0-9_.]+]] : float = aten::div(%x, [[TWO]])
# CHECK: return ([[Q]])


def ratio(a: float, b: float) -> float:
    return a / b
# CHECK-LABEL: graph @ratio(%a : float, %b : float) -> float:
# CHECK: [[Q:%[a-z0-9_.]+]] : float = aten::div(%a, %b)
# CHECK: return ([[Q]])


def percent(part: int, whole: int) -> float:
    p = part / whole
    return p * 100.0
# CHECK-LABEL: graph @percent(%part : int, %whole : int) -> float:
# CHECK: [[P:%[a-z0-9_.]+]] : float = aten::div(%part, %whole)
# CHECK: [[R:%[a-z0-9_.]+]] : float = aten::mul([[P]],
# CHECK: return ([[R]])
