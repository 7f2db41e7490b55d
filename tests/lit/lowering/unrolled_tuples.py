# A for loop over a tuple is unrolled: the elements are taken out once and the
# body is lowered for each with its own element type. A return in it guards the
# remaining iterations like any other statement after a possible exit.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Tuple


def concat(t: Tuple[int, str]) -> str:
    out = ""
    for v in t:
        out = out + str(v)
    return out
# CHECK-LABEL: graph @concat(%t : Tuple[int, str]) -> str:
# CHECK: %v : int = prim::TupleIndex(%t, {{%[a-z0-9_.]+}})
# CHECK: [[V1:%v[.0-9]+]] : str = prim::TupleIndex(%t, {{%[a-z0-9_.]+}})
# CHECK-NOT: prim::Loop
# CHECK: [[S:%[a-z0-9_.]+]] : str = aten::str(%v)
# CHECK-NEXT: [[O1:%out[.0-9]+]] : str = aten::add(%out, [[S]])
# The str element needs no conversion.
# CHECK-NEXT: [[O2:%out[.0-9]+]] : str = aten::add([[O1]], [[V1]])
# CHECK-NEXT: return ([[O2]])


def first_big(t: Tuple[int, int]) -> int:
    for v in t:
        if v > 10:
            return v
    return 0
# CHECK-LABEL: graph @first_big(%t : Tuple[int, int]) -> int:
# CHECK: [[R1:%[a-z0-9_.]+]] : bool, [[V1:%[a-z0-9_.]+]] : int = prim::If(
# CHECK: [[GO:%[a-z0-9_.]+]] : bool = aten::__not__([[R1]])
# The second iteration runs only when the first did not return.
# CHECK-NEXT: [[R2:%[a-z0-9_.]+]] : bool, [[V2:%[a-z0-9_.]+]] : int = prim::If([[GO]])
# CHECK-NEXT: block0():
# CHECK: aten::gt(%v.1,
# On the path where the first iteration returned, its value passes through.
# CHECK: -> ({{%[a-z0-9_.]+}}, [[V1]])
# CHECK-NEXT: [[GO2:%[a-z0-9_.]+]] : bool = aten::__not__([[R2]])
# CHECK-NEXT: [[OUT:%[a-z0-9_.]+]] : int = prim::If([[GO2]])
# CHECK: -> ([[V2]])
# CHECK-NEXT: return ([[OUT]])
