# list.pop with and without an index, and list.remove (aten::pop, aten::remove).
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def drain(stack: List[int]) -> int:
    total = 0
    while len(stack) > 0:
        total += stack.pop()
    return total
# CHECK-LABEL: graph @drain(%stack : List[int]) -> int:
# CHECK: prim::Loop(
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::pop(%stack
# CHECK: aten::add({{%[a-z0-9_.]+}}, [[V]])
# CHECK: aten::len(%stack)


def dequeue(queue: List[str]) -> str:
    return queue.pop(0)
# CHECK-LABEL: graph @dequeue(%queue : List[str]) -> str:
# CHECK: [[Z:%[a-z0-9_.]+]] : int = prim::Constant[value=0]()
# CHECK: [[V:%[a-z0-9_.]+]] : str = aten::pop(%queue, [[Z]])
# CHECK: return ([[V]])


def discard(l: List[int], v: int) -> None:
    if v in l:
        l.remove(v)
# CHECK-LABEL: graph @discard(%l : List[int], %v : int) -> NoneType:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::__contains__(%l, %v)
# CHECK: prim::If([[C]])
# CHECK: aten::remove(%l, %v)
