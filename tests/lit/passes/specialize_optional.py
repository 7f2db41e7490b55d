# specialize-optional: `x is None` on a value whose type or definition decides it folds; after inlining
# a call with an int for an Optional[int] parameter, the check and the cast disappear.
# RUN: %tsc %s --passes=inline,specialize-optional,constprop,dce --emit=ir-opt | FileCheck %s
# RUN: %tsc run %s --entry main | FileCheck %s --check-prefix=OUT
from typing import Optional


def inc(x: Optional[int]) -> int:
    if x is None:
        return 0
    return x + 1


def main() -> int:
    return inc(41) + inc(None)

# The check stays where nothing is known; in main, inc(41) + inc(None) == 42 + 0 folds completely.
# CHECK-LABEL: graph @inc(%x : Optional[int]) -> int:
# CHECK:         aten::__is__(%x,
# CHECK-LABEL: graph @main() -> int:
# CHECK-NEXT:    %0 : int = prim::Constant[value=42]()
# CHECK-NEXT:    return (%0)
# OUT: 42
