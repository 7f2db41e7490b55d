# for i in range(a, b, s) passes the step to both aten::__range_length and aten::__derive_index.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def stride_sum(lo: int, hi: int, step: int) -> int:
    t = 0
    for k in range(lo, hi, step):
        t += k
    return t
# CHECK-LABEL: graph @stride_sum(%lo : int, %hi : int, %step : int) -> int:
# CHECK: [[LEN:%[a-z0-9_.]+]] : int = aten::__range_length(%lo, %hi, %step)
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::Loop([[LEN]],
# CHECK-NEXT: block0([[IT:%[a-z0-9_.]+]] : int, [[TB:%[a-z0-9_.]+]] : int):
# CHECK: [[K:%[a-z0-9_.]+]] : int = aten::__derive_index([[IT]], %lo, %step)
# CHECK: [[T1:%[a-z0-9_.]+]] : int = aten::add([[TB]], [[K]])
# CHECK: -> ({{%[a-z0-9_.]+}}, [[T1]])
# CHECK: return ([[R]])


def countdown(n: int) -> List[int]:
    out: List[int] = []
    for i in range(n, 0, -1):
        out.append(i)
    return out
# CHECK-LABEL: graph @countdown(%n : int) -> List[int]:
# CHECK: [[OUT:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK: [[LEN:%[a-z0-9_.]+]] : int = aten::__range_length(%n,
# CHECK: prim::Loop([[LEN]],
# CHECK: [[I:%[a-z0-9_.]+]] : int = aten::__derive_index({{%[a-z0-9_.]+}}, %n,
# CHECK: aten::append([[OUT]], [[I]])
