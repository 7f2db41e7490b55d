# True, False and None are constants (bool with a value, NoneType without an attribute).
# RUN: %tsc %s --emit=ir | FileCheck %s


def pick_flag(x: int) -> bool:
    enabled = True
    disabled = False
    return enabled if x > 0 else disabled
# CHECK-LABEL: graph @pick_flag(%x : int) -> bool:
# CHECK: [[T:%[a-z0-9_.]+]] : bool = prim::Constant[value=True]()
# CHECK: [[F:%[a-z0-9_.]+]] : bool = prim::Constant[value=False]()
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::gt(%x,
# CHECK: [[R:%[a-z0-9_.]+]] : bool = prim::If([[C]])
# CHECK-NEXT: block0():
# CHECK-NEXT: -> ([[T]])
# CHECK-NEXT: block1():
# CHECK-NEXT: -> ([[F]])
# CHECK: return ([[R]])


def nothing() -> None:
    return None
# CHECK-LABEL: graph @nothing() -> NoneType:
# CHECK: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK: return ([[N]])


def implicit_none(log: bool) -> None:
    if log:
        print("called")
# CHECK-LABEL: graph @implicit_none(%log : bool) -> NoneType:
# CHECK: prim::If(%log)
# CHECK: prim::Print(
# CHECK: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK: return ([[N]])
