# A small inventory system: classes, dicts of objects, Optional lookups, sorting, f-string reports.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List, Optional, Tuple

LOW_STOCK = 5


class Product:
    def __init__(self, sku: str, name: str, price: float, qty: int):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    def value(self) -> float:
        return self.price * self.qty

    def is_low(self) -> bool:
        return self.qty < LOW_STOCK


class Inventory:
    def __init__(self):
        self.products: Dict[str, Product] = {}
        self.log: List[str] = []

    def add(self, p: Product) -> None:
        if p.sku in self.products:
            raise ValueError(f"duplicate sku {p.sku}")
        self.products[p.sku] = p
        self.log.append("add " + p.sku)

    def find(self, sku: str) -> Optional[Product]:
        if sku in self.products:
            return self.products[sku]
        return None

    def sell(self, sku: str, n: int) -> bool:
        p = self.find(sku)
        if p is None or p.qty < n:
            return False
        p.qty -= n
        self.log.append(f"sell {sku} x{n}")
        return True

    def low_stock(self) -> List[str]:
        return sorted([sku for sku, p in self.products.items() if p.is_low()])

    def total_value(self) -> float:
        total = 0.0
        for p in self.products.values():
            total += p.value()
        return total


def top_products(inv: Inventory, k: int) -> List[Tuple[str, float]]:
    pairs: List[Tuple[str, float]] = []
    for sku in inv.products:
        pairs.append((sku, inv.products[sku].value()))
    out: List[Tuple[str, float]] = []
    while len(out) < k and len(pairs) > 0:
        best = 0
        for i in range(1, len(pairs)):
            if pairs[i][1] > pairs[best][1]:
                best = i
        out.append(pairs.pop(best))
    return out


def report(inv: Inventory) -> str:
    lines = [f"{p.name}: {p.qty} @ {p.price}" for p in inv.products.values()]
    lines.append(f"total={round(inv.total_value(), 2)}")
    return "\n".join(lines)
# CHECK-LABEL: class Product:
# CHECK-NEXT: sku : str
# CHECK-NEXT: name : str
# CHECK-NEXT: price : float
# CHECK-NEXT: qty : int
# CHECK-LABEL: class Inventory:
# CHECK-NEXT: products : Dict[str, Product]
# CHECK-NEXT: log : List[str]

# CHECK-LABEL: graph @Product.is_low(%self : Product) -> bool:
# CHECK: [[Q:%[A-Za-z0-9_.]+]] : int = prim::GetAttr[name="qty"](%self)
# CHECK: [[L:%[A-Za-z0-9_.]+]] : int = prim::Constant[value=5]()
# CHECK: aten::lt([[Q]], [[L]])

# CHECK-LABEL: graph @Inventory.add(%self : Inventory, %p : Product) -> NoneType:
# CHECK: prim::RaiseException[exc="ValueError"](
# CHECK: aten::_set_item(

# CHECK-LABEL: graph @Inventory.find(%self : Inventory, %sku : str) -> Optional[Product]:

# CHECK-LABEL: graph @Inventory.sell(%self : Inventory, %sku : str, %n : int) -> bool:
# CHECK: [[P:%[a-z0-9_.]+]] : Optional[Product] = prim::CallMethod[name="find"](%self, %sku)
# CHECK: aten::__is__([[P]],
# CHECK: : Product = prim::unchecked_cast([[P]])
# CHECK: prim::SetAttr[name="qty"](

# CHECK-LABEL: graph @Inventory.low_stock(%self : Inventory) -> List[str]:
# CHECK: aten::items(
# CHECK: prim::CallMethod[name="is_low"](
# CHECK: aten::sorted(

# CHECK-LABEL: graph @Inventory.total_value(%self : Inventory) -> float:
# CHECK: aten::values(
# CHECK: prim::Loop(
# CHECK: prim::CallMethod[name="value"](

# CHECK-LABEL: graph @top_products(%inv : Inventory, %k : int) -> List[Tuple[str, float]]:
# CHECK: aten::keys(
# CHECK: prim::Loop(
# CHECK: prim::Loop(
# CHECK: aten::__range_length(
# CHECK: prim::Loop(
# CHECK: aten::pop(

# CHECK-LABEL: graph @report(%inv : Inventory) -> str:
# CHECK: : List[str] = prim::ListConstruct()
# CHECK: aten::format(
# CHECK: prim::CallMethod[name="total_value"](%inv)
# CHECK: aten::round(
# CHECK: aten::join(
