# 'is' and 'is not' lower to aten::__is__ and aten::__isnot__ against a None constant.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Optional


def is_missing(x: Optional[int]) -> bool:
    return x is None
# CHECK-LABEL: graph @is_missing(%x : Optional[int]) -> bool:
# CHECK: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK: [[R:%[a-z0-9_.]+]] : bool = aten::__is__(%x, [[N]])
# CHECK: return ([[R]])


def is_present(name: Optional[str]) -> bool:
    return name is not None
# CHECK-LABEL: graph @is_present(%name : Optional[str]) -> bool:
# CHECK: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK: [[R:%[a-z0-9_.]+]] : bool = aten::__isnot__(%name, [[N]])
# CHECK: return ([[R]])


def count_missing(values: List[Optional[float]]) -> int:
    n = 0
    for v in values:
        if v is None:
            n += 1
    return n
# CHECK-LABEL: graph @count_missing(%values : List[Optional[float]]) -> int:
# CHECK: prim::Loop(
# CHECK: [[V:%[a-z0-9_.]+]] : Optional[float] = aten::__getitem__(%values,
# CHECK: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::__is__([[V]], [[N]])
# CHECK: prim::If([[C]])
