# Functions may call functions defined later in the file; tuple results of calls can be unpacked.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Tuple


def summarize(values: List[int]) -> str:
    lo, hi = bounds(values)
    return f"[{lo}, {hi}] spread={spread(lo, hi)}"
# CHECK-LABEL: graph @summarize(%values : List[int]) -> str:
# CHECK: [[T:%[a-z0-9_.]+]] : Tuple[int, int] = prim::CallFunction[name="bounds"](%values)
# CHECK: [[LO:%[a-z0-9_.]+]] : int, [[HI:%[a-z0-9_.]+]] : int = prim::TupleUnpack([[T]])
# CHECK-DAG: [[S:%[a-z0-9_.]+]] : int = prim::CallFunction[name="spread"]([[LO]], [[HI]])
# CHECK-DAG: [[F:%[a-z0-9_.]+]] : str = prim::Constant[value="[{}, {}] spread={}"]()
# CHECK: aten::format([[F]], [[LO]], [[HI]], [[S]])


def bounds(values: List[int]) -> Tuple[int, int]:
    return min(values), max(values)
# CHECK-LABEL: graph @bounds(%values : List[int]) -> Tuple[int, int]:
# CHECK: [[MIN:%[a-z0-9_.]+]] : int = prim::min(%values)
# CHECK: [[MAX:%[a-z0-9_.]+]] : int = prim::max(%values)
# CHECK: [[T:%[a-z0-9_.]+]] : Tuple[int, int] = prim::TupleConstruct([[MIN]], [[MAX]])
# CHECK: return ([[T]])


def spread(lo: int, hi: int) -> int:
    return hi - lo
