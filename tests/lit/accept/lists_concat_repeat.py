# List '+' concatenates into a new list, '*' repeats, and '+=' extends in place with aten::add_.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def joined(a: List[int], b: List[int]) -> List[int]:
    return a + b
# CHECK-LABEL: graph @joined(%a : List[int], %b : List[int]) -> List[int]:
# CHECK: [[R:%[a-z0-9_.]+]] : List[int] = aten::add(%a, %b)
# CHECK: return ([[R]])


def padded(l: List[int], n: int) -> List[int]:
    return l + [0] * n
# CHECK-LABEL: graph @padded(%l : List[int], %n : int) -> List[int]:
# CHECK: [[Z:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct(
# CHECK: [[P:%[a-z0-9_.]+]] : List[int] = aten::mul([[Z]], %n)
# CHECK: [[R:%[a-z0-9_.]+]] : List[int] = aten::add(%l, [[P]])
# CHECK: return ([[R]])


def accumulate(parts: List[List[str]]) -> List[str]:
    out: List[str] = []
    for p in parts:
        out += p
    return out
# CHECK-LABEL: graph @accumulate(%parts : List[List[str]]) -> List[str]:
# CHECK: prim::Loop(
# CHECK: [[P:%[a-z0-9_.]+]] : List[str] = aten::__getitem__(%parts,
# CHECK: aten::add_({{%[a-z0-9_.]+}}, [[P]])
# CHECK-NOT: aten::add(


def alias_sees_extend(l: List[int]) -> List[int]:
    alias = l
    alias += [1]
    return l
# CHECK-LABEL: graph @alias_sees_extend(%l : List[int]) -> List[int]:
# CHECK: [[ONE:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct(
# CHECK: aten::add_(%l, [[ONE]])
# CHECK: return (%l)
