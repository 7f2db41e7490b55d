# bool operands of arithmetic are converted with aten::Int, as True + True == 2 in Python.
# RUN: %tsc %s --emit=ir | FileCheck %s


def count_true(a: bool, b: bool, c: bool) -> int:
    return a + b + c
# CHECK-LABEL: graph @count_true(%a : bool, %b : bool, %c : bool) -> int:
# CHECK-DAG: [[AI:%[a-z0-9_.]+]] : int = aten::Int(%a)
# CHECK-DAG: [[BI:%[a-z0-9_.]+]] : int = aten::Int(%b)
# CHECK: [[S:%[a-z0-9_.]+]] : int = aten::add([[AI]], [[BI]])
# CHECK: [[CI:%[a-z0-9_.]+]] : int = aten::Int(%c)
# CHECK: [[T:%[a-z0-9_.]+]] : int = aten::add([[S]], [[CI]])
# CHECK: return ([[T]])


def bonus(score: int, perfect: bool) -> int:
    return score + 10 * perfect
# CHECK-LABEL: graph @bonus(%score : int, %perfect : bool) -> int:
# CHECK: [[PI:%[a-z0-9_.]+]] : int = aten::Int(%perfect)
# CHECK: [[M:%[a-z0-9_.]+]] : int = aten::mul({{%[a-z0-9_.]+}}, [[PI]])
# CHECK: [[R:%[a-z0-9_.]+]] : int = aten::add(%score, [[M]])
# CHECK: return ([[R]])
