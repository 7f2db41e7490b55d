# Without a return annotation the return type is inferred from the return statements (none -> NoneType).
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def half(x: int):
    return x / 2
# CHECK-LABEL: graph @half(%x : int) -> float:


def parts(s: str):
    return s, len(s)
# CHECK-LABEL: graph @parts(%s : str) -> Tuple[str, int]:


def push_one(l: List[int]):
    l.append(1)
# CHECK-LABEL: graph @push_one(%l : List[int]) -> NoneType:


def positive_or_none(x: int):
    if x > 0:
        return x
    return None
# CHECK-LABEL: graph @positive_or_none(%x : int) -> Optional[int]:


def words(s: str):
    return s.split()
# CHECK-LABEL: graph @words(%s : str) -> List[str]:


def use_inferred(x: int) -> float:
    return half(x) + 1.0
# CHECK-LABEL: graph @use_inferred(%x : int) -> float:
# CHECK: [[H:%[a-z0-9_.]+]] : float = prim::CallFunction[name="half"](%x)
# CHECK: aten::add([[H]],
