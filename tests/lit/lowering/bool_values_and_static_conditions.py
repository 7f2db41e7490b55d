# `a or b` / `a and b` yield an operand (Python's semantics) through prim::If;
# chained comparisons evaluate the middle operand once and short-circuit.
# Conditions known at compile time (isinstance, `x is None` on a non-Optional,
# a bool module constant) lower only the branch that runs.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Optional

DEBUG = False


def either(a: Optional[int], b: int) -> int:
    return a or b
# CHECK-LABEL: graph @either(%a : Optional[int], %b : int) -> int:
# CHECK: [[SOME:%[a-z0-9_.]+]] : bool = aten::__isnot__(%a,
# CHECK-NEXT: [[TRUTHY:%[a-z0-9_.]+]] : bool = prim::If([[SOME]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[AI:%[a-z0-9_.]+]] : int = prim::unchecked_cast(%a)
# CHECK-NEXT: [[NZ:%[a-z0-9_.]+]] : bool = aten::Bool([[AI]])
# CHECK-NEXT: -> ([[NZ]])
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::If([[TRUTHY]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[AV:%[a-z0-9_.]+]] : int = prim::unchecked_cast(%a)
# CHECK-NEXT: -> ([[AV]])
# CHECK-NEXT: block1():
# CHECK-NEXT: -> (%b)
# CHECK-NEXT: return ([[R]])


def both_lists(a: List[int], b: List[int]) -> List[int]:
    return a and b
# CHECK-LABEL: graph @both_lists(%a : List[int], %b : List[int]) -> List[int]:
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%a)
# CHECK: [[NE:%[a-z0-9_.]+]] : bool = aten::ne([[N]],
# CHECK-NEXT: [[R:%[a-z0-9_.]+]] : List[int] = prim::If([[NE]])
# CHECK-NEXT: block0():
# CHECK-NEXT: -> (%b)
# CHECK-NEXT: block1():
# CHECK-NEXT: -> (%a)


def in_range(lo: int, x: int, hi: int) -> bool:
    return lo <= x < hi
# CHECK-LABEL: graph @in_range(%lo : int, %x : int, %hi : int) -> bool:
# CHECK-NEXT: [[LE:%[a-z0-9_.]+]] : bool = aten::le(%lo, %x)
# CHECK-NEXT: [[R:%[a-z0-9_.]+]] : bool = prim::If([[LE]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[LT:%[a-z0-9_.]+]] : bool = aten::lt(%x, %hi)
# CHECK-NEXT: -> ([[LT]])
# CHECK-NEXT: block1():
# CHECK-NEXT: [[F:%[a-z0-9_.]+]] : bool = prim::Constant[value=False]()
# CHECK-NEXT: -> ([[F]])
# CHECK-NEXT: return ([[R]])


def describe(x: int) -> str:
    if isinstance(x, str):
        return x.upper()
    if DEBUG:
        print("debug", x)
    if x is None:
        return "none"
    return "int"
# Only `return "int"` remains: the other branches are not even type-checked.
# CHECK-LABEL: graph @describe(%x : int) -> str:
# CHECK-NEXT: [[S:%[a-z0-9_.]+]] : str = prim::Constant[value="int"]()
# CHECK-NEXT: return ([[S]])
