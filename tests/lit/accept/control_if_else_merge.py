# Variables assigned in an if/else become prim::If outputs; a branch that does not assign yields the old value.
# RUN: %tsc %s --emit=ir | FileCheck %s


def grade(score: int) -> str:
    if score >= 90:
        g = "A"
    else:
        g = "B"
    return g
# CHECK-LABEL: graph @grade(%score : int) -> str:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::ge(%score,
# CHECK: [[G:%[a-z0-9_.]+]] : str = prim::If([[C]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[A:%[a-z0-9_.]+]] : str = prim::Constant[value="A"]()
# CHECK-NEXT: -> ([[A]])
# CHECK-NEXT: block1():
# CHECK-NEXT: [[B:%[a-z0-9_.]+]] : str = prim::Constant[value="B"]()
# CHECK-NEXT: -> ([[B]])
# CHECK: return ([[G]])


def adjust(x: int, flag: bool) -> int:
    y = x
    if flag:
        y = x * 2
    return y + 1
# CHECK-LABEL: graph @adjust(%x : int, %flag : bool) -> int:
# CHECK: [[Y:%[a-z0-9_.]+]] : int = prim::If(%flag)
# CHECK-NEXT: block0():
# CHECK: [[D:%[a-z0-9_.]+]] : int = aten::mul(%x,
# CHECK-NEXT: -> ([[D]])
# CHECK-NEXT: block1():
# CHECK-NEXT: -> (%x)
# CHECK: [[R:%[a-z0-9_.]+]] : int = aten::add([[Y]],
# CHECK: return ([[R]])


def unchanged_not_merged(x: int, flag: bool) -> int:
    y = x + 1
    if flag:
        print(y)
    return y
# CHECK-LABEL: graph @unchanged_not_merged(%x : int, %flag : bool) -> int:
# CHECK: [[Y:%[a-z0-9_.]+]] : int = aten::add(%x,
# CHECK: prim::If(%flag)
# CHECK: prim::Print([[Y]])
# CHECK: return ([[Y]])
