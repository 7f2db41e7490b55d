# Every augmented assignment operator on an int variable rebinds it to the result of the matching binary op.
# RUN: %tsc %s --emit=ir | FileCheck %s


def churn(x: int, y: int) -> int:
    x += y
    x -= 3
    x *= y
    x //= 2
    x %= 1000
    x **= 2
    x &= 0xFFFF
    x |= y
    x ^= 5
    x <<= 1
    x >>= 2
    return x
# CHECK-LABEL: graph @churn(%x : int, %y : int) -> int:
# CHECK: [[X1:%[a-z0-9_.]+]] : int = aten::add(%x, %y)
# CHECK: [[X2:%[a-z0-9_.]+]] : int = aten::sub([[X1]],
# CHECK: [[X3:%[a-z0-9_.]+]] : int = aten::mul([[X2]], %y)
# CHECK: [[X4:%[a-z0-9_.]+]] : int = aten::floordiv([[X3]],
# CHECK: [[X5:%[a-z0-9_.]+]] : int = aten::remainder([[X4]],
# CHECK: [[X6:%[a-z0-9_.]+]] : int = aten::pow([[X5]],
# CHECK: [[X7:%[a-z0-9_.]+]] : int = aten::__and__([[X6]],
# CHECK: [[X8:%[a-z0-9_.]+]] : int = aten::__or__([[X7]], %y)
# CHECK: [[X9:%[a-z0-9_.]+]] : int = aten::__xor__([[X8]],
# CHECK: [[X10:%[a-z0-9_.]+]] : int = aten::__lshift__([[X9]],
# CHECK: [[X11:%[a-z0-9_.]+]] : int = aten::__rshift__([[X10]],
# CHECK: return ([[X11]])


def running_checksum(data: str) -> int:
    h = 17
    for c in data:
        h *= 31
        h += ord(c)
        h %= 1000000007
    return h
# CHECK-LABEL: graph @running_checksum(%data : str) -> int:
# CHECK: [[H0:%[a-z0-9_.]+]] : int = prim::Constant[value=17]()
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::Loop({{%[a-z0-9_.]+}}, {{%[a-z0-9_.]+}}, [[H0]])
# CHECK: block0({{%[a-z0-9_.]+}} : int, [[HB:%[a-z0-9_.]+]] : int):
# CHECK: [[H1:%[a-z0-9_.]+]] : int = aten::mul([[HB]],
# CHECK: [[O:%[a-z0-9_.]+]] : int = aten::ord(
# CHECK: [[H2:%[a-z0-9_.]+]] : int = aten::add([[H1]], [[O]])
# CHECK: [[H3:%[a-z0-9_.]+]] : int = aten::remainder([[H2]],
# CHECK: -> ({{%[a-z0-9_.]+}}, [[H3]])
# CHECK: return ([[R]])
