# Key membership with 'in', len() of a dict, and 'del d[k]' (aten::Delete).
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List


def evict(cache: Dict[str, int], key: str) -> int:
    if key in cache:
        del cache[key]
    return len(cache)
# CHECK-LABEL: graph @evict(%cache : Dict[str, int], %key : str) -> int:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::__contains__(%cache, %key)
# CHECK: prim::If([[C]])
# CHECK-NEXT: block0():
# CHECK-NEXT: aten::Delete(%cache, %key)
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%cache)
# CHECK: return ([[N]])


def evict_all(cache: Dict[str, int], keys: List[str]) -> None:
    for k in keys:
        if k in cache:
            del cache[k]
# CHECK-LABEL: graph @evict_all(%cache : Dict[str, int], %keys : List[str]) -> NoneType:
# CHECK: prim::Loop(
# CHECK: [[K:%[a-z0-9_.]+]] : str = aten::__getitem__(%keys,
# CHECK: aten::__contains__(%cache, [[K]])
# CHECK: aten::Delete(%cache, [[K]])
