# A class with __init__ and a method: attribute slots, prim::SetAttr/GetAttr, CreateObject + __init__ CallMethod.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


class Counter:
    def __init__(self, start: int):
        self.count = start
        self.history: List[int] = []

    def bump(self, by: int = 1) -> int:
        self.history.append(self.count)
        self.count = self.count + by
        return self.count
# CHECK-LABEL: class Counter:
# CHECK-NEXT: count : int
# CHECK-NEXT: history : List[int]
# CHECK-NEXT: def __init__
# CHECK-NEXT: def bump

# CHECK-LABEL: graph @Counter.__init__(%self : Counter, %start : int) -> NoneType:
# CHECK: prim::SetAttr[name="count"](%self, %start)
# CHECK: [[H:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK: prim::SetAttr[name="history"](%self, [[H]])
# CHECK: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK: return ([[N]])

# CHECK-LABEL: graph @Counter.bump(%self : Counter, %by : int = 1) -> int:
# CHECK: [[HIST:%[a-z0-9_.]+]] : List[int] = prim::GetAttr[name="history"](%self)
# CHECK: [[C0:%[a-z0-9_.]+]] : int = prim::GetAttr[name="count"](%self)
# CHECK: aten::append([[HIST]], [[C0]])
# CHECK: [[C1:%[a-z0-9_.]+]] : int = prim::GetAttr[name="count"](%self)
# CHECK: [[S:%[a-z0-9_.]+]] : int = aten::add([[C1]], %by)
# CHECK: prim::SetAttr[name="count"](%self, [[S]])
# CHECK: [[C2:%[a-z0-9_.]+]] : int = prim::GetAttr[name="count"](%self)
# CHECK: return ([[C2]])


def count_to(n: int) -> int:
    c = Counter(0)
    for _ in range(n):
        c.bump()
    return c.count
# CHECK-LABEL: graph @count_to(%n : int) -> int:
# CHECK: [[C:%[a-z0-9_.]+]] : Counter = prim::CreateObject()
# CHECK: prim::CallMethod[name="__init__"]([[C]], {{%[a-z0-9_.]+}})
# CHECK: prim::Loop(%n,
# CHECK: [[ONE:%[a-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK: : int = prim::CallMethod[name="bump"]([[C]], [[ONE]])
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::GetAttr[name="count"]([[C]])
# CHECK: return ([[R]])
