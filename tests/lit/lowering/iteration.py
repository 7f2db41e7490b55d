# Loops over enumerate, zip, reversed, dict items and range with a step are one
# prim::Loop with index arithmetic: zip runs prim::min of the lengths times,
# reversed indexes from len - 1 down, range uses __range_length/__derive_index.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List


def walk(a: List[int], b: List[str], d: Dict[str, int]) -> int:
    s = 0
    for i, x in enumerate(a, 1):
        s += i * x
    for x, y in zip(a, b):
        s += x + len(y)
    for x in reversed(a):
        s -= x
    for k, v in d.items():
        s += v
    for j in range(10, 0, -3):
        s += j
    return s
# CHECK-LABEL: graph @walk(%a : List[int], %b : List[str], %d : Dict[str, int]) -> int:
# CHECK: [[NA:%[a-z0-9_.]+]] : int = aten::len(%a)
# CHECK-NEXT: [[ONE:%[a-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK: prim::Loop([[NA]], {{%[a-z0-9_.]+}}, %s)
# CHECK-NEXT: block0([[I0:%[a-z0-9_.]+]] : int, {{%s[.0-9]*}} : int):
# CHECK-NEXT: %i : int = aten::add([[I0]], [[ONE]])
# CHECK-NEXT: %x : int = aten::__getitem__(%a, [[I0]])

# CHECK: [[LA:%[a-z0-9_.]+]] : int = aten::len(%a)
# CHECK-NEXT: [[LB:%[a-z0-9_.]+]] : int = aten::len(%b)
# CHECK-NEXT: [[N:%[a-z0-9_.]+]] : int = prim::min([[LA]], [[LB]])
# CHECK: prim::Loop([[N]],
# CHECK-NEXT: block0([[I1:%[a-z0-9_.]+]] : int, {{%s[.0-9]*}} : int):
# CHECK-NEXT: {{%x[.0-9]+}} : int = aten::__getitem__(%a, [[I1]])
# CHECK-NEXT: %y : str = aten::__getitem__(%b, [[I1]])

# CHECK: [[LR:%[a-z0-9_.]+]] : int = aten::len(%a)
# CHECK-NEXT: [[ONE2:%[a-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK-NEXT: [[LAST:%[a-z0-9_.]+]] : int = aten::sub([[LR]], [[ONE2]])
# CHECK: prim::Loop([[LR]],
# CHECK-NEXT: block0([[I2:%[a-z0-9_.]+]] : int, {{%s[.0-9]*}} : int):
# CHECK-NEXT: [[BACK:%[a-z0-9_.]+]] : int = aten::sub([[LAST]], [[I2]])
# CHECK-NEXT: {{%x[.0-9]+}} : int = aten::__getitem__(%a, [[BACK]])

# CHECK: [[ITEMS:%[a-z0-9_.]+]] : List[Tuple[str, int]] = aten::items(%d)
# CHECK-NEXT: [[NI:%[a-z0-9_.]+]] : int = aten::len([[ITEMS]])
# CHECK: prim::Loop([[NI]],
# CHECK-NEXT: block0([[I3:%[a-z0-9_.]+]] : int, {{%s[.0-9]*}} : int):
# CHECK-NEXT: [[KV:%[a-z0-9_.]+]] : Tuple[str, int] = aten::__getitem__([[ITEMS]], [[I3]])
# CHECK-NEXT: %k : str, %v : int = prim::TupleUnpack([[KV]])

# CHECK: [[LO:%[a-z0-9_.]+]] : int = prim::Constant[value=10]()
# CHECK-NEXT: [[HI:%[a-z0-9_.]+]] : int = prim::Constant[value=0]()
# CHECK-NEXT: [[ST:%[a-z0-9_.]+]] : int = prim::Constant[value=-3]()
# CHECK-NEXT: [[TRIP:%[a-z0-9_.]+]] : int = aten::__range_length([[LO]], [[HI]], [[ST]])
# CHECK: prim::Loop([[TRIP]],
# CHECK-NEXT: block0([[I4:%[a-z0-9_.]+]] : int, {{%s[.0-9]*}} : int):
# CHECK-NEXT: %j : int = aten::__derive_index([[I4]], [[LO]], [[ST]])
