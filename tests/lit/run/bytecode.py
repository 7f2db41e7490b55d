# --emit=bytecode lists each function's registers, constants and instructions; an int comparison feeding an `if` becomes one compare-and-branch.
# RUN: %tsc %s --emit=bytecode | FileCheck %s
from typing import List


def first_even(xs: List[int]) -> int:
    for x in xs:
        if x % 2 == 0:
            return x
    return -1

# CHECK-LABEL: function first_even (1 params, {{[0-9]+}} registers)
# CHECK: LoopEnter
# CHECK: ListGet
# CHECK: ModInt
# CHECK-NOT: EqInt
# CHECK: JumpIfNotEqInt
# CHECK: LoopNext
# CHECK: Return
