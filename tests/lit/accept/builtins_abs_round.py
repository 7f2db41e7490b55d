# abs() keeps the operand type (prim::abs); round(x) returns an int and round(x, n) a float (aten::round).
# RUN: %tsc %s --emit=ir | FileCheck %s


def distance(a: int, b: int) -> int:
    return abs(a - b)
# CHECK-LABEL: graph @distance(%a : int, %b : int) -> int:
# CHECK: [[D:%[a-z0-9_.]+]] : int = aten::sub(%a, %b)
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::abs([[D]])
# CHECK: return ([[R]])


def magnitude(x: float) -> float:
    return abs(x)
# CHECK-LABEL: graph @magnitude(%x : float) -> float:
# CHECK: [[R:%[a-z0-9_.]+]] : float = prim::abs(%x)
# CHECK: return ([[R]])


def nearest(x: float) -> int:
    return round(x)
# CHECK-LABEL: graph @nearest(%x : float) -> int:
# CHECK: [[R:%[a-z0-9_.]+]] : int = aten::round(%x)
# CHECK: return ([[R]])


def cents(x: float) -> float:
    return round(x, 2)
# CHECK-LABEL: graph @cents(%x : float) -> float:
# CHECK: [[TWO:%[a-z0-9_.]+]] : int = prim::Constant[value=2]()
# CHECK: [[R:%[a-z0-9_.]+]] : float = aten::round(%x, [[TWO]])
# CHECK: return ([[R]])
