# Nested loops carry an accumulator through both levels; the inner loop starts from the outer body's value.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def count_pairs(l: List[int], target: int) -> int:
    count = 0
    for i in range(len(l)):
        for j in range(i + 1, len(l)):
            if l[i] + l[j] == target:
                count += 1
    return count
# CHECK-LABEL: graph @count_pairs(%l : List[int], %target : int) -> int:
# CHECK: [[C0:%[a-z0-9_.]+]] : int = prim::Constant[value=0]()
# CHECK: [[RES:%[a-z0-9_.]+]] : int = prim::Loop({{%[a-z0-9_.]+}}, {{%[a-z0-9_.]+}}, [[C0]])
# CHECK-NEXT: block0([[I:%[a-z0-9_.]+]] : int, [[CO:%[a-z0-9_.]+]] : int):
# CHECK: [[S:%[a-z0-9_.]+]] : int = aten::add([[I]],
# CHECK: aten::__range_length([[S]],
# CHECK: [[CI:%[a-z0-9_.]+]] : int = prim::Loop({{%[a-z0-9_.]+}}, {{%[a-z0-9_.]+}}, [[CO]])
# CHECK-NEXT: block0({{%[a-z0-9_.]+}} : int, [[CB:%[a-z0-9_.]+]] : int):
# CHECK: aten::__derive_index(
# CHECK: aten::eq(
# CHECK: [[CN:%[a-z0-9_.]+]] : int = prim::If(
# CHECK: -> ({{%[a-z0-9_.]+}}, [[CN]])
# CHECK: -> ({{%[a-z0-9_.]+}}, [[CI]])
# CHECK: return ([[RES]])


def multiplication_table(n: int) -> List[List[int]]:
    table: List[List[int]] = []
    for i in range(1, n + 1):
        row: List[int] = []
        for j in range(1, n + 1):
            row.append(i * j)
        table.append(row)
    return table
# CHECK-LABEL: graph @multiplication_table(%n : int) -> List[List[int]]:
# CHECK: prim::Loop(
# CHECK: [[I:%[a-z0-9_.]+]] : int = aten::__derive_index(
# CHECK: [[ROW:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK: prim::Loop(
# CHECK: [[J:%[a-z0-9_.]+]] : int = aten::__derive_index(
# CHECK: [[P:%[a-z0-9_.]+]] : int = aten::mul([[I]], [[J]])
# CHECK: aten::append([[ROW]], [[P]])
