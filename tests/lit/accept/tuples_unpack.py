# Tuple unpacking assigns the outputs of prim::TupleUnpack; swapping via tuples keeps Python's semantics.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Tuple


def spread(t: Tuple[int, int]) -> int:
    lo, hi = t
    return hi - lo
# CHECK-LABEL: graph @spread(%t : Tuple[int, int]) -> int:
# CHECK: [[LO:%[a-z0-9_.]+]] : int, [[HI:%[a-z0-9_.]+]] : int = prim::TupleUnpack(%t)
# CHECK: [[D:%[a-z0-9_.]+]] : int = aten::sub([[HI]], [[LO]])
# CHECK: return ([[D]])


def swap(a: int, b: str) -> Tuple[str, int]:
    a2, b2 = b, a
    return a2, b2
# CHECK-LABEL: graph @swap(%a : int, %b : str) -> Tuple[str, int]:
# CHECK: [[R:%[a-z0-9_.]+]] : Tuple[str, int] = prim::TupleConstruct(
# CHECK: return ([[R]])


def fib_list(n: int) -> List[int]:
    out: List[int] = []
    a, b = 0, 1
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out
# CHECK-LABEL: graph @fib_list(%n : int) -> List[int]:
# CHECK: prim::Loop(%n,
# CHECK: block0({{%[a-z0-9_.]+}} : int, {{%[a-z0-9_.]+}} : int, {{%[a-z0-9_.]+}} : int):
# CHECK: aten::append(
# CHECK: aten::add(


def record(name: str, age: int, score: float) -> str:
    t = (name, age, score)
    n, a, s = t
    return f"{n} ({a}): {s}"
# CHECK-LABEL: graph @record(%name : str, %age : int, %score : float) -> str:
# CHECK: [[T:%[a-z0-9_.]+]] : Tuple[str, int, float] = prim::TupleConstruct(%name, %age, %score)
# CHECK: [[N:%[a-z0-9_.]+]] : str, [[A:%[a-z0-9_.]+]] : int, [[S:%[a-z0-9_.]+]] : float = prim::TupleUnpack([[T]])
# CHECK: aten::format({{%[a-z0-9_.]+}}, [[N]], [[A]], [[S]])
