# Several 'for' clauses in one comprehension nest their loops left to right.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Tuple


def pairs(a: List[int], b: List[str]) -> List[Tuple[int, str]]:
    return [(x, y) for x in a for y in b]
# CHECK-LABEL: graph @pairs(%a : List[int], %b : List[str]) -> List[Tuple[int, str]]:
# CHECK: [[OUT:%[a-z0-9_.]+]] : List[Tuple[int, str]] = prim::ListConstruct()
# CHECK: prim::Loop(
# CHECK: [[X:%[a-z0-9_.]+]] : int = aten::__getitem__(%a,
# CHECK: prim::Loop(
# CHECK: [[Y:%[a-z0-9_.]+]] : str = aten::__getitem__(%b,
# CHECK: [[T:%[a-z0-9_.]+]] : Tuple[int, str] = prim::TupleConstruct([[X]], [[Y]])
# CHECK: aten::append([[OUT]], [[T]])
# CHECK: return ([[OUT]])


def flatten(m: List[List[int]]) -> List[int]:
    return [v for row in m for v in row]
# CHECK-LABEL: graph @flatten(%m : List[List[int]]) -> List[int]:
# CHECK: [[OUT:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK: prim::Loop(
# CHECK: [[ROW:%[a-z0-9_.]+]] : List[int] = aten::__getitem__(%m,
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len([[ROW]])
# CHECK: prim::Loop([[N]],
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::__getitem__([[ROW]],
# CHECK: aten::append([[OUT]], [[V]])


def upper_triangle(n: int) -> List[Tuple[int, int]]:
    return [(i, j) for i in range(n) for j in range(i + 1, n) if (i + j) % 3 != 0]
# CHECK-LABEL: graph @upper_triangle(%n : int) -> List[Tuple[int, int]]:
# CHECK: prim::Loop(%n,
# CHECK: block0([[I:%[a-z0-9_.]+]] : int):
# CHECK: [[S:%[a-z0-9_.]+]] : int = aten::add([[I]],
# CHECK: aten::__range_length([[S]], %n,
# CHECK: prim::Loop(
# CHECK: [[J:%[a-z0-9_.]+]] : int = aten::__derive_index(
# CHECK: prim::If(
# CHECK: prim::TupleConstruct([[I]], [[J]])
