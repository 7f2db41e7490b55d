# for i in range(a, b) computes the trip count with aten::__range_length and i with aten::__derive_index (step 1).
# RUN: %tsc %s --emit=ir | FileCheck %s


def sum_between(a: int, b: int) -> int:
    s = 0
    for i in range(a, b):
        s += i
    return s
# CHECK-LABEL: graph @sum_between(%a : int, %b : int) -> int:
# CHECK: [[STEP:%[a-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK: [[LEN:%[a-z0-9_.]+]] : int = aten::__range_length(%a, %b, [[STEP]])
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::Loop([[LEN]],
# CHECK-NEXT: block0([[IT:%[a-z0-9_.]+]] : int, [[SB:%[a-z0-9_.]+]] : int):
# CHECK: [[I:%[a-z0-9_.]+]] : int = aten::__derive_index([[IT]], %a, {{%[a-z0-9_.]+}})
# CHECK: [[S1:%[a-z0-9_.]+]] : int = aten::add([[SB]], [[I]])
# CHECK: return ([[R]])


def count_multiples(lo: int, hi: int, k: int) -> int:
    c = 0
    for v in range(lo, hi + 1):
        if v % k == 0:
            c += 1
    return c
# CHECK-LABEL: graph @count_multiples(%lo : int, %hi : int, %k : int) -> int:
# CHECK: [[END:%[a-z0-9_.]+]] : int = aten::add(%hi,
# CHECK: [[LEN:%[a-z0-9_.]+]] : int = aten::__range_length(%lo, [[END]],
# CHECK: prim::Loop([[LEN]],
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::__derive_index({{%[a-z0-9_.]+}}, %lo,
# CHECK: aten::remainder([[V]], %k)
