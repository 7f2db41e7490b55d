# List slices lower to aten::slice(list, start, end, step): absent bounds are None constants, absent step is 1.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def window(l: List[int], a: int, b: int, s: int) -> List[int]:
    return l[a:b:s]
# CHECK-LABEL: graph @window(%l : List[int], %a : int, %b : int, %s : int) -> List[int]:
# CHECK: [[R:%[a-z0-9_.]+]] : List[int] = aten::slice(%l, %a, %b, %s)
# CHECK: return ([[R]])


def head(l: List[int], n: int) -> List[int]:
    return l[:n]
# CHECK-LABEL: graph @head(%l : List[int], %n : int) -> List[int]:
# CHECK-DAG: [[NONE:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK-DAG: [[ONE:%[a-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK: [[R:%[a-z0-9_.]+]] : List[int] = aten::slice(%l, [[NONE]], %n, [[ONE]])
# CHECK: return ([[R]])


def tail(l: List[str], n: int) -> List[str]:
    return l[n:]
# CHECK-LABEL: graph @tail(%l : List[str], %n : int) -> List[str]:
# CHECK-DAG: [[NONE:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK-DAG: [[ONE:%[a-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK: aten::slice(%l, %n, [[NONE]], [[ONE]])


def every_other(l: List[float]) -> List[float]:
    return l[::2]
# CHECK-LABEL: graph @every_other(%l : List[float]) -> List[float]:
# CHECK: [[TWO:%[a-z0-9_.]+]] : int = prim::Constant[value=2]()
# CHECK: [[R:%[a-z0-9_.]+]] : List[float] = aten::slice(%l, {{%[a-z0-9_.]+}}, {{%[a-z0-9_.]+}}, [[TWO]])
# CHECK: return ([[R]])


def reversed_copy(l: List[int]) -> List[int]:
    return l[::-1]
# CHECK-LABEL: graph @reversed_copy(%l : List[int]) -> List[int]:
# CHECK: [[R:%[a-z0-9_.]+]] : List[int] = aten::slice(%l,
# CHECK: return ([[R]])


def inner(l: List[int]) -> List[int]:
    return l[1:-1]
# CHECK-LABEL: graph @inner(%l : List[int]) -> List[int]:
# CHECK: [[START:%[a-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK: aten::slice(%l, [[START]],


def chunks(l: List[int], size: int) -> List[List[int]]:
    out: List[List[int]] = []
    for i in range(0, len(l), size):
        out.append(l[i:i + size])
    return out
# CHECK-LABEL: graph @chunks(%l : List[int], %size : int) -> List[List[int]]:
# CHECK: aten::__range_length(
# CHECK: prim::Loop(
# CHECK: [[I:%[a-z0-9_.]+]] : int = aten::__derive_index(
# CHECK: [[E:%[a-z0-9_.]+]] : int = aten::add([[I]], %size)
# CHECK: [[C:%[a-z0-9_.]+]] : List[int] = aten::slice(%l, [[I]], [[E]],
# CHECK: aten::append({{%[a-z0-9_.]+}}, [[C]])
