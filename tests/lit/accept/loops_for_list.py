# for x in list: trip count aten::len(l), element aten::__getitem__(l, iteration index); carried values flow out.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Tuple


def mean(values: List[float]) -> float:
    total = 0.0
    for v in values:
        total += v
    return total / len(values)
# CHECK-LABEL: graph @mean(%values : List[float]) -> float:
# CHECK: [[T0:%[a-z0-9_.]+]] : float = prim::Constant[value=0.0]()
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%values)
# CHECK: [[R:%[a-z0-9_.]+]] : float = prim::Loop([[N]], {{%[a-z0-9_.]+}}, [[T0]])
# CHECK-NEXT: block0([[IT:%[a-z0-9_.]+]] : int, [[TB:%[a-z0-9_.]+]] : float):
# CHECK-NEXT: [[V:%[a-z0-9_.]+]] : float = aten::__getitem__(%values, [[IT]])
# CHECK-NEXT: [[T1:%[a-z0-9_.]+]] : float = aten::add([[TB]], [[V]])
# CHECK: -> ({{%[a-z0-9_.]+}}, [[T1]])
# CHECK: [[N2:%[a-z0-9_.]+]] : int = aten::len(%values)
# CHECK: [[NF:%[a-z0-9_.]+]] : float = aten::Float([[N2]])
# CHECK: [[Q:%[a-z0-9_.]+]] : float = aten::div([[R]], [[NF]])
# CHECK: return ([[Q]])


def best_student(scores: List[Tuple[str, int]]) -> str:
    best = ""
    top = -1
    for name, score in scores:
        if score > top:
            best = name
            top = score
    return best
# CHECK-LABEL: graph @best_student(%scores : List[Tuple[str, int]]) -> str:
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%scores)
# CHECK: prim::Loop([[N]],
# CHECK: [[P:%[a-z0-9_.]+]] : Tuple[str, int] = aten::__getitem__(%scores,
# CHECK: [[NAME:%[a-z0-9_.]+]] : str, [[SC:%[a-z0-9_.]+]] : int = prim::TupleUnpack([[P]])
# CHECK: aten::gt([[SC]],
