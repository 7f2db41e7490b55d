# An Optional attribute compared with None refines the attribute read inside the checked block.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Optional


class Cache:
    def __init__(self):
        self.value: Optional[int] = None
        self.hits = 0

    def get(self, default: int) -> int:
        if self.value is not None:
            self.hits += 1
            return self.value
        return default

    def put(self, v: int) -> None:
        self.value = v
# CHECK-LABEL: class Cache:
# CHECK-NEXT: value : Optional[int]
# CHECK-NEXT: hits : int

# CHECK-LABEL: graph @Cache.__init__(%self : Cache) -> NoneType:
# CHECK: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK: prim::SetAttr[name="value"](%self, [[N]])

# CHECK-LABEL: graph @Cache.get(%self : Cache, %default : int) -> int:
# CHECK: [[V:%[a-z0-9_.]+]] : Optional[int] = prim::GetAttr[name="value"](%self)
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::__isnot__([[V]],
# CHECK: prim::If([[C]])
# CHECK-DAG: prim::SetAttr[name="hits"](%self,
# CHECK-DAG: {{%[a-z0-9_.]+}} : int = prim::unchecked_cast(
# CHECK: return (

# CHECK-LABEL: graph @Cache.put(%self : Cache, %v : int) -> NoneType:
# CHECK: prim::SetAttr[name="value"](%self, %v)
