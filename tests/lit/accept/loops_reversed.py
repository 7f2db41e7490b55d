# for x in reversed(l) is one prim::Loop over len(l) that indexes from the end.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def reversed_copy(l: List[str]) -> List[str]:
    out: List[str] = []
    for s in reversed(l):
        out.append(s)
    return out
# CHECK-LABEL: graph @reversed_copy(%l : List[str]) -> List[str]:
# CHECK: [[OUT:%[a-z0-9_.]+]] : List[str] = prim::ListConstruct()
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%l)
# CHECK: prim::Loop([[N]],
# CHECK-NEXT: block0([[IT:%[a-z0-9_.]+]] : int):
# CHECK: aten::sub(
# CHECK: [[S:%[a-z0-9_.]+]] : str = aten::__getitem__(%l,
# CHECK: aten::append([[OUT]], [[S]])
# CHECK-NOT: prim::Loop
# CHECK: return ([[OUT]])


def last_even(l: List[int]) -> int:
    found = -1
    for v in reversed(l):
        if v % 2 == 0:
            found = v
            break
    return found
# CHECK-LABEL: graph @last_even(%l : List[int]) -> int:
# CHECK: aten::len(%l)
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::Loop(
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::__getitem__(%l,
# CHECK: aten::remainder([[V]],
# CHECK: prim::If(
# CHECK-NEXT: block0():
# CHECK-NOT: block1():
# CHECK: -> ({{.*}}[[V]]{{[,)]}}
# CHECK: return ([[R]])
