# Returns in if/elif/else branches: the function result is merged through prim::If outputs.
# RUN: %tsc %s --emit=ir | FileCheck %s


def abs_val(x: float) -> float:
    if x < 0.0:
        return -x
    else:
        return x
# CHECK-LABEL: graph @abs_val(%x : float) -> float:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::lt(%x,
# CHECK: [[R:%[a-z0-9_.]+]] : float = prim::If([[C]])
# CHECK-NEXT: block0():
# CHECK: aten::neg(%x)
# CHECK: block1():
# CHECK: return ([[R]])


def sign(x: int) -> int:
    if x > 0:
        return 1
    elif x < 0:
        return -1
    return 0
# CHECK-LABEL: graph @sign(%x : int) -> int:
# CHECK: aten::gt(%x,
# CHECK: prim::If(
# CHECK: aten::lt(%x,
# CHECK: prim::If(
# CHECK: return (


def bmi_category(bmi: float) -> str:
    if bmi < 18.5:
        return "underweight"
    if bmi < 25.0:
        return "normal"
    if bmi < 30.0:
        return "overweight"
    return "obese"
# CHECK-LABEL: graph @bmi_category(%bmi : float) -> str:
# CHECK: prim::Constant[value="underweight"]()
# CHECK: prim::Constant[value="normal"]()
# CHECK: prim::Constant[value="overweight"]()
# CHECK: prim::Constant[value="obese"]()
# CHECK: return (
