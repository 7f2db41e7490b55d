# assert c, msg is a prim::If whose false branch evaluates msg and raises AssertionError with it.
# RUN: %tsc %s --emit=ir | FileCheck %s


def safe_div(a: int, b: int) -> float:
    assert b != 0, "division by zero"
    return a / b
# CHECK-LABEL: graph @safe_div(%a : int, %b : int) -> float:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::ne(%b,
# CHECK: prim::If([[C]])
# CHECK-NEXT: block0():
# CHECK-NEXT: -> ()
# CHECK-NEXT: block1():
# CHECK-NEXT: [[M:%[a-z0-9_.]+]] : str = prim::Constant[value="division by zero"]()
# CHECK-NEXT: prim::RaiseException[exc="AssertionError"]([[M]])
# CHECK: [[Q:%[a-z0-9_.]+]] : float = aten::div(%a, %b)
# CHECK: return ([[Q]])


def check_index(i: int, n: int) -> int:
    assert 0 <= i < n, f"index {i} out of range for length {n}"
    return i
# CHECK-LABEL: graph @check_index(%i : int, %n : int) -> int:
# CHECK: aten::le({{%[a-z0-9_.]+}}, %i)
# CHECK: [[OK:%[a-z0-9_.]+]] : bool = prim::If(
# CHECK: aten::lt(%i, %n)
# CHECK: prim::If([[OK]])
# CHECK: block1():
# CHECK: [[F:%[a-z0-9_.]+]] : str = prim::Constant[value="index {} out of range for length {}"]()
# CHECK: [[M:%[a-z0-9_.]+]] : str = aten::format([[F]], %i, %n)
# CHECK: prim::RaiseException[exc="AssertionError"]([[M]])
# CHECK: return (%i)
