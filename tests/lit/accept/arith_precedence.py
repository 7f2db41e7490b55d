# Operator precedence and associativity follow Python: ** over unary minus over * over + over shifts over & over ^ over |.
# RUN: %tsc %s --emit=ir | FileCheck %s


def poly(x: int, a: int, b: int, c: int) -> int:
    return a * x ** 2 + b * x - c
# CHECK-LABEL: graph @poly(%x : int, %a : int, %b : int, %c : int) -> int:
# CHECK: [[SQ:%[a-z0-9_.]+]] : int = aten::pow(%x,
# CHECK: [[M1:%[a-z0-9_.]+]] : int = aten::mul(%a, [[SQ]])
# CHECK: [[M2:%[a-z0-9_.]+]] : int = aten::mul(%b, %x)
# CHECK: [[S:%[a-z0-9_.]+]] : int = aten::add([[M1]], [[M2]])
# CHECK: [[D:%[a-z0-9_.]+]] : int = aten::sub([[S]], %c)
# CHECK: return ([[D]])


def neg_square(x: int) -> int:
    return -x ** 2
# CHECK-LABEL: graph @neg_square(%x : int) -> int:
# CHECK: [[P:%[a-z0-9_.]+]] : int = aten::pow(%x,
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::neg([[P]])
# CHECK: return ([[N]])


def left_assoc(a: int, b: int, c: int) -> int:
    return a - b - c
# CHECK-LABEL: graph @left_assoc(%a : int, %b : int, %c : int) -> int:
# CHECK: [[D1:%[a-z0-9_.]+]] : int = aten::sub(%a, %b)
# CHECK: [[D2:%[a-z0-9_.]+]] : int = aten::sub([[D1]], %c)
# CHECK: return ([[D2]])


def bit_mix(a: int, b: int, c: int) -> int:
    return a | b & c ^ a << 1
# CHECK-LABEL: graph @bit_mix(%a : int, %b : int, %c : int) -> int:
# CHECK: [[AND:%[a-z0-9_.]+]] : int = aten::__and__(%b, %c)
# CHECK: [[SHL:%[a-z0-9_.]+]] : int = aten::__lshift__(%a,
# CHECK: [[XOR:%[a-z0-9_.]+]] : int = aten::__xor__([[AND]], [[SHL]])
# CHECK: [[OR:%[a-z0-9_.]+]] : int = aten::__or__(%a, [[XOR]])
# CHECK: return ([[OR]])


def shift_after_add(a: int, b: int) -> int:
    return a + b << 2
# CHECK-LABEL: graph @shift_after_add(%a : int, %b : int) -> int:
# CHECK: [[S:%[a-z0-9_.]+]] : int = aten::add(%a, %b)
# CHECK: [[R:%[a-z0-9_.]+]] : int = aten::__lshift__([[S]],
# CHECK: return ([[R]])
