# Tuple displays build prim::TupleConstruct; constant indexes (negative ones normalized) use prim::TupleIndex.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Tuple


def make_pair(a: int, b: str) -> Tuple[int, str]:
    return (a, b)
# CHECK-LABEL: graph @make_pair(%a : int, %b : str) -> Tuple[int, str]:
# CHECK: [[T:%[a-z0-9_.]+]] : Tuple[int, str] = prim::TupleConstruct(%a, %b)
# CHECK: return ([[T]])


def second(t: Tuple[int, str, float]) -> str:
    return t[1]
# CHECK-LABEL: graph @second(%t : Tuple[int, str, float]) -> str:
# CHECK: [[I:%[a-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK: [[V:%[a-z0-9_.]+]] : str = prim::TupleIndex(%t, [[I]])
# CHECK: return ([[V]])


def last_of(t: Tuple[int, str, float]) -> float:
    return t[-1]
# CHECK-LABEL: graph @last_of(%t : Tuple[int, str, float]) -> float:
# CHECK: [[I:%[a-z0-9_.]+]] : int = prim::Constant[value=2]()
# CHECK: [[V:%[a-z0-9_.]+]] : float = prim::TupleIndex(%t, [[I]])
# CHECK: return ([[V]])


def unit() -> Tuple[()]:
    return ()
# CHECK-LABEL: graph @unit() -> Tuple[()]:
# CHECK: [[T:%[a-z0-9_.]+]] : Tuple[()] = prim::TupleConstruct()
# CHECK: return ([[T]])


def nested(a: int) -> Tuple[int, Tuple[int, int]]:
    return a, (a + 1, a + 2)
# CHECK-LABEL: graph @nested(%a : int) -> Tuple[int, Tuple[int, int]]:
# CHECK: [[IN:%[a-z0-9_.]+]] : Tuple[int, int] = prim::TupleConstruct(
# CHECK: [[T:%[a-z0-9_.]+]] : Tuple[int, Tuple[int, int]] = prim::TupleConstruct(%a, [[IN]])
# CHECK: return ([[T]])


def is_origin(p: Tuple[int, int]) -> bool:
    return p[0] == 0 and p[1] == 0
# CHECK-LABEL: graph @is_origin(%p : Tuple[int, int]) -> bool:
# CHECK: [[X:%[a-z0-9_.]+]] : int = prim::TupleIndex(%p,
# CHECK: aten::eq([[X]],
# CHECK: prim::If(
# CHECK: [[Y:%[a-z0-9_.]+]] : int = prim::TupleIndex(%p,
# CHECK: aten::eq([[Y]],
