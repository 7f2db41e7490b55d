# Refinements combine through 'and' (both refined in the body) and through 'or' on the negated checks.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Optional


def add_both(a: Optional[int], b: Optional[int]) -> int:
    if a is not None and b is not None:
        return a + b
    return 0
# CHECK-LABEL: graph @add_both(%a : Optional[int], %b : Optional[int]) -> int:
# CHECK: aten::__isnot__(%a,
# CHECK: prim::If(
# CHECK: aten::__isnot__(%b,
# CHECK-DAG: [[A:%[a-z0-9_.]+]] : int = prim::unchecked_cast(%a)
# CHECK-DAG: [[B:%[a-z0-9_.]+]] : int = prim::unchecked_cast(%b)
# CHECK: aten::add([[A]], [[B]])


def either_missing(a: Optional[str], b: Optional[str]) -> str:
    if a is None or b is None:
        return ""
    return a + b
# CHECK-LABEL: graph @either_missing(%a : Optional[str], %b : Optional[str]) -> str:
# CHECK: aten::__is__(%a,
# CHECK: aten::__is__(%b,
# CHECK-DAG: [[A:%[a-z0-9_.]+]] : str = prim::unchecked_cast(%a)
# CHECK-DAG: [[B:%[a-z0-9_.]+]] : str = prim::unchecked_cast(%b)
# CHECK: aten::add([[A]], [[B]])


def positive_or_none(x: Optional[int]) -> bool:
    return x is not None and x > 0
# CHECK-LABEL: graph @positive_or_none(%x : Optional[int]) -> bool:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::__isnot__(%x,
# CHECK: prim::If([[C]])
# CHECK-NEXT: block0():
# CHECK: [[X:%[a-z0-9_.]+]] : int = prim::unchecked_cast(%x)
# CHECK: aten::gt([[X]],
