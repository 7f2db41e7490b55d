# d.values() and d.items() iterate the lists aten::values(d) / aten::items(d); items unpack (key, value) tuples.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List


def max_value(d: Dict[str, int]) -> int:
    best = 0
    for v in d.values():
        if v > best:
            best = v
    return best
# CHECK-LABEL: graph @max_value(%d : Dict[str, int]) -> int:
# CHECK: [[VS:%[a-z0-9_.]+]] : List[int] = aten::values(%d)
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len([[VS]])
# CHECK: prim::Loop([[N]],
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::__getitem__([[VS]],
# CHECK: aten::gt([[V]],


def render(d: Dict[str, float]) -> List[str]:
    lines: List[str] = []
    for k, v in d.items():
        lines.append(f"{k}={v}")
    return lines
# CHECK-LABEL: graph @render(%d : Dict[str, float]) -> List[str]:
# CHECK: [[IT:%[a-z0-9_.]+]] : List[Tuple[str, float]] = aten::items(%d)
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len([[IT]])
# CHECK: prim::Loop([[N]],
# CHECK: [[KV:%[a-z0-9_.]+]] : Tuple[str, float] = aten::__getitem__([[IT]],
# CHECK: [[K:%[a-z0-9_.]+]] : str, [[V:%[a-z0-9_.]+]] : float = prim::TupleUnpack([[KV]])
# CHECK: aten::format({{%[a-z0-9_.]+}}, [[K]], [[V]])


def invert(d: Dict[str, int]) -> Dict[int, str]:
    out: Dict[int, str] = {}
    for k, v in d.items():
        out[v] = k
    return out
# CHECK-LABEL: graph @invert(%d : Dict[str, int]) -> Dict[int, str]:
# CHECK: [[O:%[a-z0-9_.]+]] : Dict[int, str] = prim::DictConstruct()
# CHECK: aten::items(%d)
# CHECK: [[K:%[a-z0-9_.]+]] : str, [[V:%[a-z0-9_.]+]] : int = prim::TupleUnpack(
# CHECK: aten::_set_item([[O]], [[V]], [[K]])
# CHECK: return ([[O]])
