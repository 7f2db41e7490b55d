# for i, x in enumerate(l[, start]) is one prim::Loop over len(l) whose index gives both i and l[i].
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def weighted_sum(l: List[int]) -> int:
    total = 0
    for i, v in enumerate(l):
        total += i * v
    return total
# CHECK-LABEL: graph @weighted_sum(%l : List[int]) -> int:
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%l)
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::Loop([[N]],
# CHECK-NEXT: block0([[IT:%[a-z0-9_.]+]] : int, {{%[a-z0-9_.]+}} : int):
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::__getitem__(%l, [[IT]])
# CHECK: aten::mul({{%[a-z0-9_.]+}}, [[V]])
# CHECK-NOT: prim::Loop
# CHECK: return ([[R]])


def numbered(lines: List[str]) -> List[str]:
    out: List[str] = []
    for n, line in enumerate(lines, 1):
        out.append(f"{n}: {line}")
    return out
# CHECK-LABEL: graph @numbered(%lines : List[str]) -> List[str]:
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%lines)
# CHECK: prim::Loop([[N]],
# CHECK-NEXT: block0([[IT:%[a-z0-9_.]+]] : int):
# CHECK-DAG: [[NUM:%[a-z0-9_.]+]] : int = aten::add([[IT]],
# CHECK-DAG: [[LINE:%[a-z0-9_.]+]] : str = aten::__getitem__(%lines, [[IT]])
# CHECK: aten::format({{%[a-z0-9_.]+}}, [[NUM]], [[LINE]])


def index_of_max(l: List[float]) -> int:
    best = 0
    for i, v in enumerate(l):
        if v > l[best]:
            best = i
    return best
# CHECK-LABEL: graph @index_of_max(%l : List[float]) -> int:
# CHECK: prim::Loop(
# CHECK: aten::gt(
# CHECK: : int = prim::If(
