# Unary minus, bitwise invert and 'not' lower to aten::neg, aten::__invert__ and aten::__not__ (after aten::Bool for non-bool).
# RUN: %tsc %s --emit=ir | FileCheck %s


def negate(x: int) -> int:
    return -x
# CHECK-LABEL: graph @negate(%x : int) -> int:
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::neg(%x)
# CHECK: return ([[N]])


def negate_float(x: float) -> float:
    return -x
# CHECK-LABEL: graph @negate_float(%x : float) -> float:
# CHECK: [[N:%[a-z0-9_.]+]] : float = aten::neg(%x)
# CHECK: return ([[N]])


def complement(mask: int) -> int:
    return ~mask
# CHECK-LABEL: graph @complement(%mask : int) -> int:
# CHECK: [[I:%[a-z0-9_.]+]] : int = aten::__invert__(%mask)
# CHECK: return ([[I]])


def logical_not(flag: bool) -> bool:
    return not flag
# CHECK-LABEL: graph @logical_not(%flag : bool) -> bool:
# CHECK: [[N:%[a-z0-9_.]+]] : bool = aten::__not__(%flag)
# CHECK: return ([[N]])


def is_zero(n: int) -> bool:
    return not n
# CHECK-LABEL: graph @is_zero(%n : int) -> bool:
# CHECK: [[B:%[a-z0-9_.]+]] : bool = aten::Bool(%n)
# CHECK: [[N:%[a-z0-9_.]+]] : bool = aten::__not__([[B]])
# CHECK: return ([[N]])


def distance_below(a: int, b: int) -> int:
    return -(a - b)
# CHECK-LABEL: graph @distance_below(%a : int, %b : int) -> int:
# CHECK: [[D:%[a-z0-9_.]+]] : int = aten::sub(%a, %b)
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::neg([[D]])
# CHECK: return ([[N]])
