# dict.pop (with and without a default) and dict.setdefault.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict


def take(d: Dict[str, int], k: str) -> int:
    return d.pop(k)
# CHECK-LABEL: graph @take(%d : Dict[str, int], %k : str) -> int:
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::pop(%d, %k)
# CHECK: return ([[V]])


def take_or(d: Dict[str, int], k: str, default: int) -> int:
    return d.pop(k, default)
# CHECK-LABEL: graph @take_or(%d : Dict[str, int], %k : str, %default : int) -> int:
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::pop(%d, %k, %default)
# CHECK: return ([[V]])


def touch(counts: Dict[str, int], k: str) -> int:
    return counts.setdefault(k, 0)
# CHECK-LABEL: graph @touch(%counts : Dict[str, int], %k : str) -> int:
# CHECK: [[Z:%[a-z0-9_.]+]] : int = prim::Constant[value=0]()
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::setdefault(%counts, %k, [[Z]])
# CHECK: return ([[V]])


def rename(d: Dict[str, float], old: str, new: str) -> None:
    if old in d:
        d[new] = d.pop(old)
# CHECK-LABEL: graph @rename(%d : Dict[str, float], %old : str, %new : str) -> NoneType:
# CHECK: aten::__contains__(%d, %old)
# CHECK: prim::If(
# CHECK: [[V:%[a-z0-9_.]+]] : float = aten::pop(%d, %old)
# CHECK: aten::_set_item(%d, %new, [[V]])
