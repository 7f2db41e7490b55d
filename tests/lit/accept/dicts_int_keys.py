# Dicts with int, float and bool keys behave like str-keyed ones (a histogram and lookups).
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List


def histogram(values: List[int]) -> Dict[int, int]:
    h: Dict[int, int] = {}
    for v in values:
        if v in h:
            h[v] += 1
        else:
            h[v] = 1
    return h
# CHECK-LABEL: graph @histogram(%values : List[int]) -> Dict[int, int]:
# CHECK: [[H:%[a-z0-9_.]+]] : Dict[int, int] = prim::DictConstruct()
# CHECK: prim::Loop(
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::__getitem__(%values,
# CHECK: [[IN:%[a-z0-9_.]+]] : bool = aten::__contains__([[H]], [[V]])
# CHECK: prim::If([[IN]])
# CHECK: [[OLD:%[a-z0-9_.]+]] : int = aten::__getitem__([[H]], [[V]])
# CHECK: [[NEW:%[a-z0-9_.]+]] : int = aten::add([[OLD]],
# CHECK: aten::_set_item([[H]], [[V]], [[NEW]])
# CHECK: block1():
# CHECK: aten::_set_item([[H]], [[V]],
# CHECK: return ([[H]])


def threshold_names() -> Dict[float, str]:
    return {0.5: "half", 0.25: "quarter"}
# CHECK-LABEL: graph @threshold_names() -> Dict[float, str]:
# CHECK: [[D:%[a-z0-9_.]+]] : Dict[float, str] = prim::DictConstruct(
# CHECK: return ([[D]])


def answer(flag: bool) -> str:
    names = {True: "yes", False: "no"}
    return names[flag]
# CHECK-LABEL: graph @answer(%flag : bool) -> str:
# CHECK: [[D:%[a-z0-9_.]+]] : Dict[bool, str] = prim::DictConstruct(
# CHECK: [[V:%[a-z0-9_.]+]] : str = aten::__getitem__([[D]], %flag)
# CHECK: return ([[V]])
