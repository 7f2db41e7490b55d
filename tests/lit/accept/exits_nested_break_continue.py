# break and continue in an inner loop affect only that loop; the outer loop has its own break flag.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def first_row_with_zero(m: List[List[int]]) -> int:
    row = -1
    for i in range(len(m)):
        for v in m[i]:
            if v < 0:
                continue
            if v == 0:
                row = i
                break
        if row >= 0:
            break
    return row
# CHECK-LABEL: graph @first_row_with_zero(%m : List[List[int]]) -> int:
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::Loop(
# CHECK: block0([[I:%[a-z0-9_.]+]] : int,
# CHECK: [[ROW:%[a-z0-9_.]+]] : List[int] = aten::__getitem__(%m, [[I]])
# CHECK: prim::Loop(
# CHECK: aten::__getitem__([[ROW]],
# CHECK: aten::lt(
# CHECK: aten::eq(
# CHECK: prim::If(
# CHECK-NEXT: block0():
# CHECK-NOT: block1():
# CHECK: -> ({{.*}}[[I]]{{[,)]}}
# CHECK: aten::__not__(
# CHECK: aten::ge(
# CHECK: aten::__not__(
# CHECK: return ([[R]])


def count_until_stop(words: List[List[str]]) -> int:
    n = 0
    for group in words:
        for w in group:
            if w == "skip":
                continue
            if w == "stop":
                break
            n += 1
    return n
# CHECK-LABEL: graph @count_until_stop(%words : List[List[str]]) -> int:
# CHECK: prim::Loop(
# CHECK: prim::Loop(
# CHECK: aten::eq(
# CHECK: aten::eq(
# CHECK: aten::add(
# CHECK: return (
