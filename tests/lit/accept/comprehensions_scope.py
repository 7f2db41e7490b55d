# Comprehension variables live in their own scope: an outer variable with the same name is unchanged afterwards.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def scope(l: List[int]) -> int:
    x = 100
    doubled = [x * 2 for x in l]
    return x + len(doubled)
# CHECK-LABEL: graph @scope(%l : List[int]) -> int:
# CHECK: [[X:%[a-z0-9_.]+]] : int = prim::Constant[value=100]()
# CHECK: [[D:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK: prim::Loop(
# CHECK: aten::append([[D]],
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len([[D]])
# CHECK: [[R:%[a-z0-9_.]+]] : int = aten::add([[X]], [[N]])
# CHECK: return ([[R]])


def uses_outer(l: List[int], k: int) -> List[int]:
    return [v + k for v in l]
# CHECK-LABEL: graph @uses_outer(%l : List[int], %k : int) -> List[int]:
# CHECK: prim::Loop(
# CHECK: aten::add({{%[a-z0-9_.]+}}, %k)
