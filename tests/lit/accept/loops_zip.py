# for a, b in zip(x, y) is one prim::Loop whose trip count is prim::min of the lengths.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def dot(a: List[float], b: List[float]) -> float:
    s = 0.0
    for x, y in zip(a, b):
        s += x * y
    return s
# CHECK-LABEL: graph @dot(%a : List[float], %b : List[float]) -> float:
# CHECK: [[LA:%[a-z0-9_.]+]] : int = aten::len(%a)
# CHECK: [[LB:%[a-z0-9_.]+]] : int = aten::len(%b)
# CHECK: [[N:%[a-z0-9_.]+]] : int = prim::min([[LA]], [[LB]])
# CHECK: [[R:%[a-z0-9_.]+]] : float = prim::Loop([[N]],
# CHECK-NEXT: block0([[IT:%[a-z0-9_.]+]] : int, [[SB:%[a-z0-9_.]+]] : float):
# CHECK-DAG: [[X:%[a-z0-9_.]+]] : float = aten::__getitem__(%a, [[IT]])
# CHECK-DAG: [[Y:%[a-z0-9_.]+]] : float = aten::__getitem__(%b, [[IT]])
# CHECK: [[P:%[a-z0-9_.]+]] : float = aten::mul([[X]], [[Y]])
# CHECK: aten::add([[SB]], [[P]])
# CHECK-NOT: prim::Loop
# CHECK: return ([[R]])


def label_all(names: List[str], ages: List[int]) -> List[str]:
    out: List[str] = []
    for name, age in zip(names, ages):
        out.append(name + "=" + str(age))
    return out
# CHECK-LABEL: graph @label_all(%names : List[str], %ages : List[int]) -> List[str]:
# CHECK: prim::min(
# CHECK: prim::Loop(
# CHECK: aten::__getitem__(%names,
# CHECK: aten::__getitem__(%ages,


def triples(a: List[int], b: List[int], c: List[int]) -> int:
    t = 0
    for x, y, z in zip(a, b, c):
        t += x * y * z
    return t
# CHECK-LABEL: graph @triples(%a : List[int], %b : List[int], %c : List[int]) -> int:
# CHECK: aten::len(%a)
# CHECK: prim::min(
# CHECK: prim::Loop(
# CHECK: aten::__getitem__(%c,
# CHECK-NOT: prim::Loop
# CHECK: return (
