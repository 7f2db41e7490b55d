# 'while x is not None' refines x inside the loop body; the Optional variable is loop-carried.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, Optional


def chain_length(parent: Dict[int, int], start: int) -> int:
    cur: Optional[int] = start
    steps = 0
    while cur is not None:
        steps += 1
        cur = parent.get(cur)
    return steps
# CHECK-LABEL: graph @chain_length(%parent : Dict[int, int], %start : int) -> int:
# CHECK: aten::__isnot__(
# CHECK: prim::Loop(
# CHECK: block0({{.*}}[[CB:%[a-z0-9_.]+]] : Optional[int]{{.*}}):
# CHECK: [[C:%[a-z0-9_.]+]] : int = prim::unchecked_cast([[CB]])
# CHECK: [[NEXT:%[a-z0-9_.]+]] : Optional[int] = aten::get(%parent, [[C]]
# CHECK: aten::__isnot__([[NEXT]],
# CHECK: return (
