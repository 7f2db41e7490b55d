# Class-level attribute annotations fix the slot types, so empty containers in __init__ take them.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List


class Inventory:
    names: List[str]
    counts: Dict[str, int]
    total: int

    def __init__(self):
        self.names = []
        self.counts = {}
        self.total = 0

    def add(self, name: str, n: int) -> None:
        if name not in self.counts:
            self.names.append(name)
            self.counts[name] = 0
        self.counts[name] += n
        self.total += n

    def count_of(self, name: str) -> int:
        return self.counts.get(name, 0)
# CHECK-LABEL: class Inventory:
# CHECK-NEXT: names : List[str]
# CHECK-NEXT: counts : Dict[str, int]
# CHECK-NEXT: total : int
# CHECK-NEXT: def __init__
# CHECK-NEXT: def add
# CHECK-NEXT: def count_of

# CHECK-LABEL: graph @Inventory.__init__(%self : Inventory) -> NoneType:
# CHECK: [[L:%[a-z0-9_.]+]] : List[str] = prim::ListConstruct()
# CHECK: prim::SetAttr[name="names"](%self, [[L]])
# CHECK: [[D:%[a-z0-9_.]+]] : Dict[str, int] = prim::DictConstruct()
# CHECK: prim::SetAttr[name="counts"](%self, [[D]])
# CHECK: [[Z:%[a-z0-9_.]+]] : int = prim::Constant[value=0]()
# CHECK: prim::SetAttr[name="total"](%self, [[Z]])

# CHECK-LABEL: graph @Inventory.add(%self : Inventory, %name : str, %n : int) -> NoneType:
# CHECK: [[C:%[a-z0-9_.]+]] : Dict[str, int] = prim::GetAttr[name="counts"](%self)
# CHECK: [[IN:%[a-z0-9_.]+]] : bool = aten::__contains__([[C]], %name)
# CHECK: [[NOT:%[a-z0-9_.]+]] : bool = aten::__not__([[IN]])
# CHECK: prim::If([[NOT]])
# CHECK: aten::append(
# CHECK: aten::_set_item(
# CHECK: [[C2:%[a-z0-9_.]+]] : Dict[str, int] = prim::GetAttr[name="counts"](%self)
# CHECK: [[OLD:%[a-z0-9_.]+]] : int = aten::__getitem__([[C2]], %name)
# CHECK: [[NEW:%[a-z0-9_.]+]] : int = aten::add([[OLD]], %n)
# CHECK: aten::_set_item({{%[a-z0-9_.]+}}, %name, [[NEW]])
# CHECK: [[T:%[a-z0-9_.]+]] : int = prim::GetAttr[name="total"](%self)
# CHECK: [[T2:%[a-z0-9_.]+]] : int = aten::add([[T]], %n)
# CHECK: prim::SetAttr[name="total"](%self, [[T2]])
