# Integer + - * // % pick the int overloads and produce int values.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def int_ops(a: int, b: int) -> List[int]:
    return [a + b, a - b, a * b, a // b, a % b]
# CHECK-LABEL: graph @int_ops(%a : int, %b : int) -> List[int]:
# CHECK: [[ADD:%[a-z0-9_.]+]] : int = aten::add(%a, %b)
# CHECK: [[SUB:%[a-z0-9_.]+]] : int = aten::sub(%a, %b)
# CHECK: [[MUL:%[a-z0-9_.]+]] : int = aten::mul(%a, %b)
# CHECK: [[FDIV:%[a-z0-9_.]+]] : int = aten::floordiv(%a, %b)
# CHECK: [[REM:%[a-z0-9_.]+]] : int = aten::remainder(%a, %b)
# CHECK: [[L:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct([[ADD]], [[SUB]], [[MUL]], [[FDIV]], [[REM]])
# CHECK: return ([[L]])


def wrap_index(i: int, n: int) -> int:
    return (i % n + n) % n
# CHECK-LABEL: graph @wrap_index(%i : int, %n : int) -> int:
# CHECK: [[R1:%[a-z0-9_.]+]] : int = aten::remainder(%i, %n)
# CHECK: [[S:%[a-z0-9_.]+]] : int = aten::add([[R1]], %n)
# CHECK: [[R2:%[a-z0-9_.]+]] : int = aten::remainder([[S]], %n)
# CHECK: return ([[R2]])


def seconds(hours: int, minutes: int, secs: int) -> int:
    return (hours * 60 + minutes) * 60 + secs
# CHECK-LABEL: graph @seconds(%hours : int, %minutes : int, %secs : int) -> int:
# CHECK: [[H:%[a-z0-9_.]+]] : int = aten::mul(%hours,
# CHECK: [[HM:%[a-z0-9_.]+]] : int = aten::add([[H]], %minutes)
# CHECK: [[T:%[a-z0-9_.]+]] : int = aten::mul([[HM]],
# CHECK: [[R:%[a-z0-9_.]+]] : int = aten::add([[T]], %secs)
# CHECK: return ([[R]])
