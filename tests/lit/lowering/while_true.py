# `while True:` runs with the INT64_MAX trip count and a true condition; break
# makes the next condition `not break`. Without a break it can only be left by
# return (or raise), so nothing after it needs a guard or an implicit return.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def read_until_zero(l: List[int]) -> int:
    i = 0
    total = 0
    while True:
        if l[i] == 0:
            break
        total += l[i]
        i += 1
    return total
# CHECK-LABEL: graph @read_until_zero(%l : List[int]) -> int:
# CHECK-DAG: [[T:%[a-z0-9_.]+]] : bool = prim::Constant[value=True]()
# CHECK-DAG: [[MAX:%[a-z0-9_.]+]] : int = prim::Constant[value=9223372036854775807]()
# CHECK: [[TOTAL:%total[.0-9]*]] : int, {{%i[.0-9]*}} : int = prim::Loop([[MAX]], [[T]], %total, %i)
# CHECK: {{%total[.0-9]*}} : int, {{%i[.0-9]*}} : int, [[BRK:%[a-z0-9_.]+]] : bool = prim::If(
# CHECK: [[NEXT:%[a-z0-9_.]+]] : bool = aten::__not__([[BRK]])
# CHECK-NEXT: -> ([[NEXT]], {{%total[.0-9]*}}, {{%i[.0-9]*}})
# CHECK-NEXT: return ([[TOTAL]])


def spin(l: List[int]) -> int:
    while True:
        for v in l:
            if v > 0:
                return v
# CHECK-LABEL: graph @spin(%l : List[int]) -> int:
# CHECK: [[RET:%[a-z0-9_.]+]] : bool, [[VAL:%[a-z0-9_.]+]] : int = prim::Loop(
# CHECK: [[IRET:%[a-z0-9_.]+]] : bool, [[IVAL:%[a-z0-9_.]+]] : int = prim::Loop(
# CHECK: [[STOP:%[a-z0-9_.]+]] : bool = aten::__not__([[IRET]])
# CHECK-NEXT: -> ([[STOP]], [[IRET]], [[IVAL]])
# CHECK-NEXT: return ([[VAL]])
