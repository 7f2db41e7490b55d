# for i in range(n) uses n as the trip count and the loop's index parameter as i directly.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def sum_to(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total
# CHECK-LABEL: graph @sum_to(%n : int) -> int:
# CHECK: [[T0:%[a-z0-9_.]+]] : int = prim::Constant[value=0]()
# CHECK: [[TRUE:%[a-z0-9_.]+]] : bool = prim::Constant[value=True]()
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::Loop(%n, [[TRUE]], [[T0]])
# CHECK-NEXT: block0([[I:%[a-z0-9_.]+]] : int, [[TB:%[a-z0-9_.]+]] : int):
# CHECK-NEXT: [[T1:%[a-z0-9_.]+]] : int = aten::add([[TB]], [[I]])
# CHECK: -> ({{%[a-z0-9_.]+}}, [[T1]])
# CHECK: return ([[R]])
# CHECK-NOT: aten::__range_length
# CHECK-NOT: aten::__derive_index


def squares(n: int) -> List[int]:
    out: List[int] = []
    for k in range(n * 2):
        out.append(k * k)
    return out
# CHECK-LABEL: graph @squares(%n : int) -> List[int]:
# CHECK: [[TRIP:%[a-z0-9_.]+]] : int = aten::mul(%n,
# CHECK: prim::Loop([[TRIP]],
# CHECK-NEXT: block0([[K:%[a-z0-9_.]+]] : int):
# CHECK: aten::mul([[K]], [[K]])
