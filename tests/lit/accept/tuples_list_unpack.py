# Unpacking a list into names uses prim::ListUnpack (its length is checked at run time).
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Tuple


def parse_point(s: str) -> Tuple[int, int]:
    x, y = s.split(",")
    return int(x), int(y)
# CHECK-LABEL: graph @parse_point(%s : str) -> Tuple[int, int]:
# CHECK: [[P:%[a-z0-9_.]+]] : List[str] = aten::split(%s,
# CHECK: [[X:%[a-z0-9_.]+]] : str, [[Y:%[a-z0-9_.]+]] : str = prim::ListUnpack([[P]])
# CHECK: [[XI:%[a-z0-9_.]+]] : int = aten::Int([[X]])
# CHECK: [[YI:%[a-z0-9_.]+]] : int = aten::Int([[Y]])
# CHECK: prim::TupleConstruct([[XI]], [[YI]])


def rgb(channels: List[int]) -> int:
    r, g, b = channels
    return (r + g + b) // 3
# CHECK-LABEL: graph @rgb(%channels : List[int]) -> int:
# CHECK: [[R:%[a-z0-9_.]+]] : int, [[G:%[a-z0-9_.]+]] : int, [[B:%[a-z0-9_.]+]] : int = prim::ListUnpack(%channels)
# CHECK: [[RG:%[a-z0-9_.]+]] : int = aten::add([[R]], [[G]])
# CHECK: aten::add([[RG]], [[B]])
