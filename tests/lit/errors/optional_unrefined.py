# An Optional value must be refined (is None / is not None, assert, early exit)
# before it is used as its element type; assigning an attribute ends the
# refinement of that attribute.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import Optional


class Box:
    def __init__(self):
        self.v: Optional[int] = None

    def twice(self) -> int:
        if self.v is not None:
            a = self.v * 2
            self.v = None
            # CHECK: {{.*}}.py:[[@LINE+1]]:20: error: unsupported operand types for +: 'int' and 'Optional[int]'
            return a + self.v
        return 0


def f(x: Optional[int]) -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: unsupported operand types for +: 'Optional[int]' and 'int'
    y = x + 1
    if x is None:
        return 0
    return x + 1
# CHECK-NOT: error:
