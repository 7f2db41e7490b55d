# 'if' clauses in a list comprehension guard the append with prim::If; several ifs all must hold.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def positives(l: List[float]) -> List[float]:
    return [x for x in l if x > 0.0]
# CHECK-LABEL: graph @positives(%l : List[float]) -> List[float]:
# CHECK: [[OUT:%[a-z0-9_.]+]] : List[float] = prim::ListConstruct()
# CHECK: prim::Loop(
# CHECK: [[X:%[a-z0-9_.]+]] : float = aten::__getitem__(%l,
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::gt([[X]],
# CHECK: prim::If([[C]])
# CHECK-NEXT: block0():
# CHECK-NEXT: aten::append([[OUT]], [[X]])
# CHECK: return ([[OUT]])


def even_squares_above(n: int, lo: int) -> List[int]:
    return [i * i for i in range(n) if i % 2 == 0 if i > lo]
# CHECK-LABEL: graph @even_squares_above(%n : int, %lo : int) -> List[int]:
# CHECK: [[OUT:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK: prim::Loop(%n,
# CHECK: block0([[I:%[a-z0-9_.]+]] : int):
# CHECK: aten::remainder([[I]],
# CHECK: prim::If(
# CHECK: aten::gt([[I]], %lo)
# CHECK: prim::If(
# CHECK: [[SQ:%[a-z0-9_.]+]] : int = aten::mul([[I]], [[I]])
# CHECK: aten::append([[OUT]], [[SQ]])
# CHECK: return ([[OUT]])


def nonempty_stripped(lines: List[str]) -> List[str]:
    return [s.strip() for s in lines if s.strip() != ""]
# CHECK-LABEL: graph @nonempty_stripped(%lines : List[str]) -> List[str]:
# CHECK: prim::Loop(
# CHECK: aten::strip(
# CHECK: aten::ne(
# CHECK: prim::If(
# CHECK: aten::strip(
# CHECK: aten::append(
