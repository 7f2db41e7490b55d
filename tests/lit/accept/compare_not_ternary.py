# 'not' over comparisons and the conditional expression 'a if c else b' (a prim::If with one output).
# RUN: %tsc %s --emit=ir | FileCheck %s


def sign_label(x: int) -> str:
    return "negative" if x < 0 else "non-negative"
# CHECK-LABEL: graph @sign_label(%x : int) -> str:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::lt(%x,
# CHECK: [[R:%[a-z0-9_.]+]] : str = prim::If([[C]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[A:%[a-z0-9_.]+]] : str = prim::Constant[value="negative"]()
# CHECK-NEXT: -> ([[A]])
# CHECK-NEXT: block1():
# CHECK-NEXT: [[B:%[a-z0-9_.]+]] : str = prim::Constant[value="non-negative"]()
# CHECK-NEXT: -> ([[B]])
# CHECK: return ([[R]])


def abs_diff(a: int, b: int) -> int:
    return a - b if a > b else b - a
# CHECK-LABEL: graph @abs_diff(%a : int, %b : int) -> int:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::gt(%a, %b)
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::If([[C]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[D1:%[a-z0-9_.]+]] : int = aten::sub(%a, %b)
# CHECK-NEXT: -> ([[D1]])
# CHECK-NEXT: block1():
# CHECK-NEXT: [[D2:%[a-z0-9_.]+]] : int = aten::sub(%b, %a)
# CHECK-NEXT: -> ([[D2]])
# CHECK: return ([[R]])


def outside(x: int, lo: int, hi: int) -> bool:
    return not lo <= x
# CHECK-LABEL: graph @outside(%x : int, %lo : int, %hi : int) -> bool:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::le(%lo, %x)
# CHECK: [[N:%[a-z0-9_.]+]] : bool = aten::__not__([[C]])
# CHECK: return ([[N]])


def nested_ternary(n: int) -> str:
    return "zero" if n == 0 else "one" if n == 1 else "many"
# CHECK-LABEL: graph @nested_ternary(%n : int) -> str:
# CHECK: [[C0:%[a-z0-9_.]+]] : bool = aten::eq(%n,
# CHECK: [[R:%[a-z0-9_.]+]] : str = prim::If([[C0]])
# CHECK: block1():
# CHECK: [[C1:%[a-z0-9_.]+]] : bool = aten::eq(%n,
# CHECK: [[R1:%[a-z0-9_.]+]] : str = prim::If([[C1]])
# CHECK: -> ([[R1]])
# CHECK: return ([[R]])
