# Nested tuple targets unpack level by level: one prim::TupleUnpack per tuple.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Tuple


def label_point(rec: Tuple[Tuple[int, int], str]) -> str:
    (x, y), label = rec
    return f"{label}:{x},{y}"
# CHECK-LABEL: graph @label_point(%rec : Tuple[Tuple[int, int], str]) -> str:
# CHECK: [[XY:%[a-z0-9_.]+]] : Tuple[int, int], [[L:%[a-z0-9_.]+]] : str = prim::TupleUnpack(%rec)
# CHECK: [[X:%[a-z0-9_.]+]] : int, [[Y:%[a-z0-9_.]+]] : int = prim::TupleUnpack([[XY]])
# CHECK: aten::format({{%[a-z0-9_.]+}}, [[L]], [[X]], [[Y]])


def bbox_area(boxes: List[Tuple[Tuple[int, int], Tuple[int, int]]]) -> int:
    total = 0
    for (x0, y0), (x1, y1) in boxes:
        total += (x1 - x0) * (y1 - y0)
    return total
# CHECK-LABEL: graph @bbox_area(%boxes : List[Tuple[Tuple[int, int], Tuple[int, int]]]) -> int:
# CHECK: prim::Loop(
# CHECK: [[B:%[a-z0-9_.]+]] : Tuple[Tuple[int, int], Tuple[int, int]] = aten::__getitem__(%boxes,
# CHECK: [[P0:%[a-z0-9_.]+]] : Tuple[int, int], [[P1:%[a-z0-9_.]+]] : Tuple[int, int] = prim::TupleUnpack([[B]])
# CHECK: [[X0:%[a-z0-9_.]+]] : int, [[Y0:%[a-z0-9_.]+]] : int = prim::TupleUnpack([[P0]])
# CHECK: [[X1:%[a-z0-9_.]+]] : int, [[Y1:%[a-z0-9_.]+]] : int = prim::TupleUnpack([[P1]])
# CHECK: aten::sub([[X1]], [[X0]])
# CHECK: aten::sub([[Y1]], [[Y0]])
