# list.append / extend / insert mutate the list in place (aten::append, aten::extend, aten::insert).
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def build(n: int) -> List[int]:
    out: List[int] = []
    out.append(n)
    out.extend([n + 1, n + 2])
    out.insert(0, n - 1)
    return out
# CHECK-LABEL: graph @build(%n : int) -> List[int]:
# CHECK: [[O:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK: aten::append([[O]], %n)
# CHECK: [[E:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct(
# CHECK: aten::extend([[O]], [[E]])
# CHECK: [[Z:%[a-z0-9_.]+]] : int = prim::Constant[value=0]()
# CHECK: [[M:%[a-z0-9_.]+]] : int = aten::sub(%n,
# CHECK: aten::insert([[O]], [[Z]], [[M]])
# CHECK: return ([[O]])


def merge_sorted(a: List[int], b: List[int]) -> List[int]:
    out: List[int] = []
    i = 0
    j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out
# CHECK-LABEL: graph @merge_sorted(%a : List[int], %b : List[int]) -> List[int]:
# CHECK: [[O:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK: prim::Loop(
# CHECK: aten::append([[O]],
# CHECK: aten::append([[O]],
# CHECK: [[TA:%[a-z0-9_.]+]] : List[int] = aten::slice(%a,
# CHECK: aten::extend([[O]], [[TA]])
# CHECK: [[TB:%[a-z0-9_.]+]] : List[int] = aten::slice(%b,
# CHECK: aten::extend([[O]], [[TB]])
# CHECK: return ([[O]])
