# dict.copy returns a new dict; update merges in place; clear empties in place.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict


def merged(a: Dict[str, int], b: Dict[str, int]) -> Dict[str, int]:
    out = a.copy()
    out.update(b)
    return out
# CHECK-LABEL: graph @merged(%a : Dict[str, int], %b : Dict[str, int]) -> Dict[str, int]:
# CHECK: [[O:%[a-z0-9_.]+]] : Dict[str, int] = aten::copy(%a)
# CHECK: aten::update([[O]], %b)
# CHECK: return ([[O]])


def reset(d: Dict[int, str]) -> int:
    n = len(d)
    d.clear()
    return n
# CHECK-LABEL: graph @reset(%d : Dict[int, str]) -> int:
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%d)
# CHECK: aten::clear(%d)
# CHECK: return ([[N]])
