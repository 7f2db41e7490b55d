# Statements after return/break/continue/raise in the same block are unreachable and are not lowered.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def early(x: int) -> int:
    return x * 2
    print("unreachable")
# CHECK-LABEL: graph @early(%x : int) -> int:
# CHECK: [[R:%[a-z0-9_.]+]] : int = aten::mul(%x,
# CHECK-NOT: prim::Print
# CHECK: return ([[R]])
# CHECK-NOT: prim::Print


def first(l: List[int]) -> int:
    for v in l:
        break
        print(v)
    return len(l)
# CHECK-LABEL: graph @first(%l : List[int]) -> int:
# CHECK-NOT: prim::Print
# CHECK: return (
