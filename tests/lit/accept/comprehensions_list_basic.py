# A list comprehension is an empty prim::ListConstruct filled by aten::append inside a prim::Loop.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def squares(l: List[int]) -> List[int]:
    return [x * x for x in l]
# CHECK-LABEL: graph @squares(%l : List[int]) -> List[int]:
# CHECK: [[OUT:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%l)
# CHECK: prim::Loop([[N]],
# CHECK: block0([[I:%[a-z0-9_.]+]] : int):
# CHECK: [[X:%[a-z0-9_.]+]] : int = aten::__getitem__(%l, [[I]])
# CHECK: [[SQ:%[a-z0-9_.]+]] : int = aten::mul([[X]], [[X]])
# CHECK: aten::append([[OUT]], [[SQ]])
# CHECK: return ([[OUT]])


def lengths(words: List[str]) -> List[int]:
    return [len(w) for w in words]
# CHECK-LABEL: graph @lengths(%words : List[str]) -> List[int]:
# CHECK: [[OUT:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK: prim::Loop(
# CHECK: [[W:%[a-z0-9_.]+]] : str = aten::__getitem__(%words,
# CHECK: [[L:%[a-z0-9_.]+]] : int = aten::len([[W]])
# CHECK: aten::append([[OUT]], [[L]])
# CHECK: return ([[OUT]])


def scaled(l: List[float], k: float) -> List[float]:
    return [k * v for v in l]
# CHECK-LABEL: graph @scaled(%l : List[float], %k : float) -> List[float]:
# CHECK: : List[float] = prim::ListConstruct()
# CHECK: aten::mul(%k,
