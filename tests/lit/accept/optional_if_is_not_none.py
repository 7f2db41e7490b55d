# 'if x is not None' refines x inside the if body; using x there does not need an explicit cast.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List, Optional


def add_opt(a: int, b: Optional[int]) -> int:
    if b is not None:
        return a + b
    return a
# CHECK-LABEL: graph @add_opt(%a : int, %b : Optional[int]) -> int:
# CHECK: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::__isnot__(%b, [[N]])
# CHECK: prim::If([[C]])
# CHECK-NEXT: block0():
# CHECK: [[B:%[a-z0-9_.]+]] : int = prim::unchecked_cast(%b)
# CHECK: aten::add(%a, [[B]])
# CHECK: return (


def total_known(prices: Dict[str, float], items: List[str]) -> float:
    total = 0.0
    for it in items:
        p = prices.get(it)
        if p is not None:
            total += p
    return total
# CHECK-LABEL: graph @total_known(%prices : Dict[str, float], %items : List[str]) -> float:
# CHECK: prim::Loop(
# CHECK: [[P:%[a-z0-9_.]+]] : Optional[float] = aten::get(%prices,
# CHECK: aten::__isnot__([[P]],
# CHECK: [[PR:%[a-z0-9_.]+]] : float = prim::unchecked_cast([[P]])
# CHECK: aten::add({{%[a-z0-9_.]+}}, [[PR]])
