# Membership tests and len() on lists drive a realistic dedupe loop.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def dedupe(l: List[int]) -> List[int]:
    out: List[int] = []
    for v in l:
        if v not in out:
            out.append(v)
    return out
# CHECK-LABEL: graph @dedupe(%l : List[int]) -> List[int]:
# CHECK: [[O:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%l)
# CHECK: prim::Loop([[N]],
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::__getitem__(%l,
# CHECK: [[IN:%[a-z0-9_.]+]] : bool = aten::__contains__([[O]], [[V]])
# CHECK: [[NOT:%[a-z0-9_.]+]] : bool = aten::__not__([[IN]])
# CHECK: prim::If([[NOT]])
# CHECK: aten::append([[O]], [[V]])
# CHECK: return ([[O]])


def size_label(l: List[str]) -> str:
    n = len(l)
    if n == 0:
        return "empty"
    return "one" if n == 1 else "many"
# CHECK-LABEL: graph @size_label(%l : List[str]) -> str:
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%l)
# CHECK: aten::eq([[N]],
# CHECK: aten::eq([[N]],
