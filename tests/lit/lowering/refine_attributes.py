# Refinement of object attributes (`self.x`, `obj.x`): every read in the refined
# region is prim::GetAttr followed by prim::unchecked_cast; an assignment to the
# attribute ends the refinement. An annotated Optional local keeps its declared
# type, so a while loop refines it at the start of every iteration.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, Optional


class Node:
    def __init__(self, value: int):
        self.value = value
        self.next: Optional[Node] = None
        self.label: Optional[str] = None

    def label_len(self) -> int:
        if self.label is not None:
            return len(self.label)
        return 0

    def relabel(self) -> int:
        if self.label is not None:
            n = len(self.label)
            self.label = None
            return n
        return -1
# CHECK-LABEL: class Node:
# CHECK-NEXT: value : int
# CHECK-NEXT: next : Optional[Node]
# CHECK-NEXT: label : Optional[str]

# CHECK-LABEL: graph @Node.label_len(%self : Node) -> int:
# CHECK: [[L0:%[a-z0-9_.]+]] : Optional[str] = prim::GetAttr[name="label"](%self)
# CHECK: aten::__isnot__([[L0]],
# CHECK: prim::If(
# CHECK-NEXT: block0():
# CHECK-NEXT: [[L1:%[a-z0-9_.]+]] : Optional[str] = prim::GetAttr[name="label"](%self)
# CHECK-NEXT: [[S:%[a-z0-9_.]+]] : str = prim::unchecked_cast([[L1]])
# CHECK-NEXT: {{%[a-z0-9_.]+}} : int = aten::len([[S]])

# CHECK-LABEL: graph @Node.relabel(%self : Node) -> int:
# CHECK: prim::If(
# CHECK-NEXT: block0():
# CHECK-NEXT: [[L1:%[a-z0-9_.]+]] : Optional[str] = prim::GetAttr[name="label"](%self)
# CHECK-NEXT: [[S:%[a-z0-9_.]+]] : str = prim::unchecked_cast([[L1]])
# CHECK-NEXT: %n : int = aten::len([[S]])
# CHECK-NEXT: [[NONE:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK-NEXT: prim::SetAttr[name="label"](%self, [[NONE]])


def second_value(head: Node) -> int:
    if head.next is None:
        return -1
    return head.next.value
# An early return refines the attribute of a parameter for the rest of the function.
# CHECK-LABEL: graph @second_value(%head : Node) -> int:
# CHECK: prim::If(
# CHECK: [[NX:%[a-z0-9_.]+]] : Optional[Node] = prim::GetAttr[name="next"](%head)
# CHECK-NEXT: [[N:%[a-z0-9_.]+]] : Node = prim::unchecked_cast([[NX]])
# CHECK-NEXT: {{%[a-z0-9_.]+}} : int = prim::GetAttr[name="value"]([[N]])


def chain(parent: Dict[int, int], start: int) -> int:
    cur: Optional[int] = start
    steps = 0
    while cur is not None:
        steps += 1
        cur = parent.get(cur)
    return steps
# CHECK-LABEL: graph @chain(%parent : Dict[int, int], %start : int) -> int:
# CHECK: %cur : Optional[int] = prim::unchecked_cast(%start)
# CHECK: [[C0:%[a-z0-9_.]+]] : bool = aten::__isnot__(%cur,
# CHECK: {{%steps[.0-9]*}} : int, {{%cur[.0-9]*}} : Optional[int] = prim::Loop({{%[a-z0-9_.]+}}, [[C0]], %steps, %cur)
# CHECK-NEXT: block0({{%[a-z0-9_.]+}} : int, [[SB:%steps[.0-9]*]] : int, [[CB:%cur[.0-9]*]] : Optional[int]):
# CHECK-NEXT: [[CI:%cur[.0-9]*]] : int = prim::unchecked_cast([[CB]])
# CHECK: [[NEXT:%cur[.0-9]*]] : Optional[int] = aten::get(%parent, [[CI]])
# CHECK: [[C1:%[a-z0-9_.]+]] : bool = aten::__isnot__([[NEXT]],
# CHECK-NEXT: -> ([[C1]], {{%steps[.0-9]*}}, [[NEXT]])
