# Nested lists: a matrix transpose with a List[List[float]] accumulator and nested loops.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def transpose(m: List[List[float]]) -> List[List[float]]:
    rows = len(m)
    cols = len(m[0])
    out: List[List[float]] = []
    for j in range(cols):
        row: List[float] = []
        for i in range(rows):
            row.append(m[i][j])
        out.append(row)
    return out
# CHECK-LABEL: graph @transpose(%m : List[List[float]]) -> List[List[float]]:
# CHECK: [[ROWS:%[a-z0-9_.]+]] : int = aten::len(%m)
# CHECK: [[M0:%[a-z0-9_.]+]] : List[float] = aten::__getitem__(%m,
# CHECK: [[COLS:%[a-z0-9_.]+]] : int = aten::len([[M0]])
# CHECK: [[OUT:%[a-z0-9_.]+]] : List[List[float]] = prim::ListConstruct()
# CHECK: prim::Loop([[COLS]],
# CHECK: block0([[J:%[a-z0-9_.]+]] : int):
# CHECK: [[ROW:%[a-z0-9_.]+]] : List[float] = prim::ListConstruct()
# CHECK: prim::Loop([[ROWS]],
# CHECK: block0([[I:%[a-z0-9_.]+]] : int):
# CHECK: [[MI:%[a-z0-9_.]+]] : List[float] = aten::__getitem__(%m, [[I]])
# CHECK: [[V:%[a-z0-9_.]+]] : float = aten::__getitem__([[MI]], [[J]])
# CHECK: aten::append([[ROW]], [[V]])
# CHECK: aten::append([[OUT]], [[ROW]])
# CHECK: return ([[OUT]])
