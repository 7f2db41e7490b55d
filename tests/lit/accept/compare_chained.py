# Chained comparisons evaluate each middle operand once and short-circuit through prim::If.
# RUN: %tsc %s --emit=ir | FileCheck %s


def in_range(lo: int, x: int, hi: int) -> bool:
    return lo <= x < hi
# CHECK-LABEL: graph @in_range(%lo : int, %x : int, %hi : int) -> bool:
# CHECK: [[C1:%[a-z0-9_.]+]] : bool = aten::le(%lo, %x)
# CHECK: [[R:%[a-z0-9_.]+]] : bool = prim::If([[C1]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[C2:%[a-z0-9_.]+]] : bool = aten::lt(%x, %hi)
# CHECK-NEXT: -> ([[C2]])
# CHECK-NEXT: block1():
# CHECK: [[F:%[a-z0-9_.]+]] : bool = prim::Constant[value=False]()
# CHECK-NEXT: -> ([[F]])
# CHECK: return ([[R]])


def middle(v: int) -> int:
    return v // 2


def ordered(a: int, b: int, c: int) -> bool:
    return a < middle(b) < c
# CHECK-LABEL: graph @ordered(%a : int, %b : int, %c : int) -> bool:
# CHECK: [[M:%[a-z0-9_.]+]] : int = prim::CallFunction[name="middle"](%b)
# CHECK-NOT: prim::CallFunction
# CHECK: [[C1:%[a-z0-9_.]+]] : bool = aten::lt(%a, [[M]])
# CHECK-NOT: prim::CallFunction
# CHECK: prim::If([[C1]])
# CHECK-NOT: prim::CallFunction
# CHECK: aten::lt([[M]], %c)
# CHECK-NOT: prim::CallFunction
# CHECK: return (


def strictly_increasing(a: int, b: int, c: int, d: int) -> bool:
    return a < b < c < d
# CHECK-LABEL: graph @strictly_increasing(%a : int, %b : int, %c : int, %d : int) -> bool:
# CHECK: aten::lt(%a, %b)
# CHECK: prim::If(
# CHECK: aten::lt(%b, %c)
# CHECK: prim::If(
# CHECK: aten::lt(%c, %d)
# CHECK: return (


def mixed_ops(x: int, y: int) -> bool:
    return 0 < x != y >= 0
# CHECK-LABEL: graph @mixed_ops(%x : int, %y : int) -> bool:
# CHECK: aten::lt({{%[a-z0-9_.]+}}, %x)
# CHECK: prim::If(
# CHECK: aten::ne(%x, %y)
# CHECK: prim::If(
# CHECK: aten::ge(%y,
