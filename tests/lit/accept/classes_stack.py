# A list-backed Stack class used by a bracket matcher: methods mutate a list attribute in place.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


class Stack:
    def __init__(self):
        self.items: List[str] = []

    def push(self, c: str) -> None:
        self.items.append(c)

    def pop(self) -> str:
        return self.items.pop()

    def is_empty(self) -> bool:
        return len(self.items) == 0
# CHECK-LABEL: class Stack:
# CHECK-NEXT: items : List[str]
# CHECK-NEXT: def __init__
# CHECK-NEXT: def push
# CHECK-NEXT: def pop
# CHECK-NEXT: def is_empty

# CHECK-LABEL: graph @Stack.push(%self : Stack, %c : str) -> NoneType:
# CHECK: [[L:%[a-z0-9_.]+]] : List[str] = prim::GetAttr[name="items"](%self)
# CHECK: aten::append([[L]], %c)

# CHECK-LABEL: graph @Stack.pop(%self : Stack) -> str:
# CHECK: [[L:%[a-z0-9_.]+]] : List[str] = prim::GetAttr[name="items"](%self)
# CHECK: [[V:%[a-z0-9_.]+]] : str = aten::pop([[L]]
# CHECK: return ([[V]])

# CHECK-LABEL: graph @Stack.is_empty(%self : Stack) -> bool:
# CHECK: [[L:%[a-z0-9_.]+]] : List[str] = prim::GetAttr[name="items"](%self)
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len([[L]])
# CHECK: [[E:%[a-z0-9_.]+]] : bool = aten::eq([[N]],
# CHECK: return ([[E]])


def balanced(text: str) -> bool:
    s = Stack()
    pairs = {")": "(", "]": "[", "}": "{"}
    for c in text:
        if c in "([{":
            s.push(c)
        elif c in pairs:
            if s.is_empty() or s.pop() != pairs[c]:
                return False
    return s.is_empty()
# CHECK-LABEL: graph @balanced(%text : str) -> bool:
# CHECK: [[S:%[a-z0-9_.]+]] : Stack = prim::CreateObject()
# CHECK: prim::CallMethod[name="__init__"]([[S]])
# CHECK: [[P:%[a-z0-9_.]+]] : Dict[str, str] = prim::DictConstruct(
# CHECK: prim::Loop(
# CHECK: aten::__getitem__(%text,
# CHECK: prim::CallMethod[name="push"]([[S]],
# CHECK: aten::__contains__([[P]],
# CHECK: prim::CallMethod[name="is_empty"]([[S]])
# CHECK: prim::CallMethod[name="pop"]([[S]])
# CHECK: : bool = prim::CallMethod[name="is_empty"]([[S]])
# CHECK: return (
