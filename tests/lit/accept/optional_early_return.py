# After 'if x is None: return ...' the rest of the function sees x refined to its element type.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Optional


def doubled_length(s: Optional[str], default: int) -> int:
    if s is None:
        return default
    n = len(s)
    return n * 2
# CHECK-LABEL: graph @doubled_length(%s : Optional[str], %default : int) -> int:
# CHECK: aten::__is__(%s,
# CHECK: [[S:%[a-z0-9_.]+]] : str = prim::unchecked_cast(%s)
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len([[S]])
# CHECK: aten::mul([[N]],


def head_or_raise(l: Optional[List[int]]) -> int:
    if l is None:
        raise ValueError("no list")
    return l[0]
# CHECK-LABEL: graph @head_or_raise(%l : Optional[List[int]]) -> int:
# CHECK: aten::__is__(%l,
# CHECK: prim::RaiseException[exc="ValueError"](
# CHECK: [[L:%[a-z0-9_.]+]] : List[int] = prim::unchecked_cast(%l)
# CHECK: aten::__getitem__([[L]],


def sum_present(values: List[Optional[int]]) -> int:
    total = 0
    for v in values:
        if v is None:
            continue
        total += v
    return total
# CHECK-LABEL: graph @sum_present(%values : List[Optional[int]]) -> int:
# CHECK: [[V:%[a-z0-9_.]+]] : Optional[int] = aten::__getitem__(%values,
# CHECK: aten::__is__([[V]],
# CHECK: [[VR:%[a-z0-9_.]+]] : int = prim::unchecked_cast([[V]])
# CHECK: aten::add({{%[a-z0-9_.]+}}, [[VR]])
