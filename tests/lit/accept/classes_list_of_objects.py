# Lists of user objects: iteration yields class-typed values whose methods and attributes are used.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


class Item:
    def __init__(self, name: str, price: float, qty: int):
        self.name = name
        self.price = price
        self.qty = qty

    def cost(self) -> float:
        return self.price * self.qty
# CHECK-LABEL: class Item:
# CHECK-NEXT: name : str
# CHECK-NEXT: price : float
# CHECK-NEXT: qty : int

# CHECK-LABEL: graph @Item.cost(%self : Item) -> float:
# CHECK: [[P:%[a-z0-9_.]+]] : float = prim::GetAttr[name="price"](%self)
# CHECK: [[Q:%[a-z0-9_.]+]] : int = prim::GetAttr[name="qty"](%self)
# CHECK: [[QF:%[a-z0-9_.]+]] : float = aten::Float([[Q]])
# CHECK: [[C:%[a-z0-9_.]+]] : float = aten::mul([[P]], [[QF]])
# CHECK: return ([[C]])


def total_cost(items: List[Item]) -> float:
    total = 0.0
    for it in items:
        total += it.cost()
    return total
# CHECK-LABEL: graph @total_cost(%items : List[Item]) -> float:
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%items)
# CHECK: [[R:%[a-z0-9_.]+]] : float = prim::Loop([[N]],
# CHECK: block0([[I:%[a-z0-9_.]+]] : int, [[T:%[a-z0-9_.]+]] : float):
# CHECK: [[IT:%[a-z0-9_.]+]] : Item = aten::__getitem__(%items, [[I]])
# CHECK: [[C:%[a-z0-9_.]+]] : float = prim::CallMethod[name="cost"]([[IT]])
# CHECK: [[T2:%[a-z0-9_.]+]] : float = aten::add([[T]], [[C]])
# CHECK: -> ({{%[a-z0-9_.]+}}, [[T2]])
# CHECK: return ([[R]])


def restock(names: List[str]) -> List[Item]:
    out: List[Item] = []
    for n in names:
        out.append(Item(n, 1.0, 10))
    return out
# CHECK-LABEL: graph @restock(%names : List[str]) -> List[Item]:
# CHECK: [[OUT:%[a-z0-9_.]+]] : List[Item] = prim::ListConstruct()
# CHECK: prim::Loop(
# CHECK: [[O:%[a-z0-9_.]+]] : Item = prim::CreateObject()
# CHECK: prim::CallMethod[name="__init__"]([[O]],
# CHECK: aten::append([[OUT]], [[O]])
# CHECK: return ([[OUT]])
