# Iterating a dict (or d.keys()) iterates the list aten::keys(d) by index.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List


def total(d: Dict[str, int]) -> int:
    s = 0
    for k in d:
        s += d[k]
    return s
# CHECK-LABEL: graph @total(%d : Dict[str, int]) -> int:
# CHECK: [[KS:%[a-z0-9_.]+]] : List[str] = aten::keys(%d)
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len([[KS]])
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::Loop([[N]],
# CHECK: block0([[I:%[a-z0-9_.]+]] : int, [[S:%[a-z0-9_.]+]] : int):
# CHECK: [[K:%[a-z0-9_.]+]] : str = aten::__getitem__([[KS]], [[I]])
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::__getitem__(%d, [[K]])
# CHECK: [[S2:%[a-z0-9_.]+]] : int = aten::add([[S]], [[V]])
# CHECK: -> ({{%[a-z0-9_.]+}}, [[S2]])
# CHECK: return ([[R]])


def upper_keys(d: Dict[str, float]) -> List[str]:
    out: List[str] = []
    for k in d.keys():
        out.append(k.upper())
    return out
# CHECK-LABEL: graph @upper_keys(%d : Dict[str, float]) -> List[str]:
# CHECK: [[KS:%[a-z0-9_.]+]] : List[str] = aten::keys(%d)
# CHECK: prim::Loop(
# CHECK: [[K:%[a-z0-9_.]+]] : str = aten::__getitem__([[KS]],
# CHECK: [[U:%[a-z0-9_.]+]] : str = aten::upper([[K]])
# CHECK: aten::append({{%[a-z0-9_.]+}}, [[U]])
