# Merging None with an int (in an if or across loop iterations) gives Optional[int] values.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Optional


def find(l: List[int], v: int) -> Optional[int]:
    result: Optional[int] = None
    for i in range(len(l)):
        if l[i] == v:
            result = i
    return result
# CHECK-LABEL: graph @find(%l : List[int], %v : int) -> Optional[int]:
# CHECK: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK: [[R:%[a-z0-9_.]+]] : Optional[int] = prim::Loop({{%[a-z0-9_.]+}}, {{%[a-z0-9_.]+}}, [[N]])
# CHECK-NEXT: block0([[I:%[a-z0-9_.]+]] : int, [[RB:%[a-z0-9_.]+]] : Optional[int]):
# CHECK: [[RN:%[a-z0-9_.]+]] : Optional[int] = prim::If(
# CHECK-NEXT: block0():
# CHECK-NEXT: -> ([[I]])
# CHECK-NEXT: block1():
# CHECK-NEXT: -> ([[RB]])
# CHECK: -> ({{%[a-z0-9_.]+}}, [[RN]])
# CHECK: return ([[R]])


def maybe_half(n: int) -> Optional[int]:
    if n % 2 == 0:
        return n // 2
    return None
# CHECK-LABEL: graph @maybe_half(%n : int) -> Optional[int]:
# CHECK: aten::floordiv(%n,
# CHECK: : NoneType = prim::Constant()
# CHECK: return (
