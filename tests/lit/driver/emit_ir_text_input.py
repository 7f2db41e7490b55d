# IR text printed by --emit=ir is accepted back as input and printed identically.
from typing import List
# RUN: %tsc %s --emit=ir > %t.ir
# RUN: %tsc %t.ir --emit=ir > %t2.ir
# RUN: diff %t.ir %t2.ir
# RUN: FileCheck %s < %t2.ir
def scale(xs: List[float], k: float) -> List[float]:
    out: List[float] = []
    for x in xs:
        out.append(x * k)
    return out
# CHECK-LABEL: graph @scale(%xs : List[float], %k : float) -> List[float]:
# CHECK: prim::Loop
