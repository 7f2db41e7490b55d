# An if/elif/else chain nests one prim::If per elif in the else block; the merged value flows out of the outer If.
# RUN: %tsc %s --emit=ir | FileCheck %s


def classify(n: int) -> str:
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        kind = "small"
    else:
        kind = "large"
    return kind
# CHECK-LABEL: graph @classify(%n : int) -> str:
# CHECK: [[C0:%[a-z0-9_.]+]] : bool = aten::lt(%n,
# CHECK: [[K:%[a-z0-9_.]+]] : str = prim::If([[C0]])
# CHECK-NEXT: block0():
# CHECK: prim::Constant[value="negative"]()
# CHECK: block1():
# CHECK: [[C1:%[a-z0-9_.]+]] : bool = aten::eq(%n,
# CHECK: [[K1:%[a-z0-9_.]+]] : str = prim::If([[C1]])
# CHECK: prim::Constant[value="zero"]()
# CHECK: [[C2:%[a-z0-9_.]+]] : bool = aten::lt(%n,
# CHECK: [[K2:%[a-z0-9_.]+]] : str = prim::If([[C2]])
# CHECK: prim::Constant[value="small"]()
# CHECK: prim::Constant[value="large"]()
# CHECK: -> ([[K2]])
# CHECK: -> ([[K1]])
# CHECK: return ([[K]])


def tax_rate(income: float) -> float:
    rate = 0.0
    if income > 100000.0:
        rate = 0.4
    elif income > 40000.0:
        rate = 0.2
    return income * rate
# CHECK-LABEL: graph @tax_rate(%income : float) -> float:
# CHECK: [[R0:%[a-z0-9_.]+]] : float = prim::Constant[value=0.0]()
# CHECK: [[R:%[a-z0-9_.]+]] : float = prim::If(
# CHECK: block1():
# CHECK: [[R2:%[a-z0-9_.]+]] : float = prim::If(
# CHECK: block1():
# CHECK-NEXT: -> ([[R0]])
# CHECK: -> ([[R2]])
# CHECK: [[T:%[a-z0-9_.]+]] : float = aten::mul(%income, [[R]])
# CHECK: return ([[T]])
