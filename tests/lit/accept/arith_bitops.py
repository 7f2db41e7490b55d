# Bitwise & | ^ << >> on ints (and & | on bools) lower to the dunder ops.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def bit_ops(a: int, b: int) -> List[int]:
    return [a & b, a | b, a ^ b, a << b, a >> b]
# CHECK-LABEL: graph @bit_ops(%a : int, %b : int) -> List[int]:
# CHECK: [[AND:%[a-z0-9_.]+]] : int = aten::__and__(%a, %b)
# CHECK: [[OR:%[a-z0-9_.]+]] : int = aten::__or__(%a, %b)
# CHECK: [[XOR:%[a-z0-9_.]+]] : int = aten::__xor__(%a, %b)
# CHECK: [[SHL:%[a-z0-9_.]+]] : int = aten::__lshift__(%a, %b)
# CHECK: [[SHR:%[a-z0-9_.]+]] : int = aten::__rshift__(%a, %b)
# CHECK: prim::ListConstruct([[AND]], [[OR]], [[XOR]], [[SHL]], [[SHR]])


def pack_rgb(r: int, g: int, b: int) -> int:
    return (r << 16) | (g << 8) | b
# CHECK-LABEL: graph @pack_rgb(%r : int, %g : int, %b : int) -> int:
# CHECK: [[R:%[a-z0-9_.]+]] : int = aten::__lshift__(%r,
# CHECK: [[G:%[a-z0-9_.]+]] : int = aten::__lshift__(%g,
# CHECK: [[RG:%[a-z0-9_.]+]] : int = aten::__or__([[R]], [[G]])
# CHECK: [[RGB:%[a-z0-9_.]+]] : int = aten::__or__([[RG]], %b)
# CHECK: return ([[RGB]])


def green(rgb: int) -> int:
    return (rgb >> 8) & 0xFF
# CHECK-LABEL: graph @green(%rgb : int) -> int:
# CHECK: [[S:%[a-z0-9_.]+]] : int = aten::__rshift__(%rgb,
# CHECK: [[M:%[a-z0-9_.]+]] : int = prim::Constant[value=255]()
# CHECK: [[G:%[a-z0-9_.]+]] : int = aten::__and__([[S]], [[M]])
# CHECK: return ([[G]])


def both_and_either(p: bool, q: bool) -> List[bool]:
    return [p & q, p | q, p ^ q]
# CHECK-LABEL: graph @both_and_either(%p : bool, %q : bool) -> List[bool]:
# CHECK: : bool = aten::__and__(%p, %q)
# CHECK: : bool = aten::__or__(%p, %q)
# CHECK: : bool = aten::__xor__(%p, %q)
