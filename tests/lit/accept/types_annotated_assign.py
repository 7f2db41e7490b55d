# Annotated assignments fix a local's type, giving empty containers and None their element types.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List, Optional


def build_index(words: List[str]) -> Dict[str, List[int]]:
    index: Dict[str, List[int]] = {}
    for i in range(len(words)):
        w = words[i]
        if w not in index:
            empty: List[int] = []
            index[w] = empty
        index[w].append(i)
    return index
# CHECK-LABEL: graph @build_index(%words : List[str]) -> Dict[str, List[int]]:
# CHECK: [[IDX:%[a-z0-9_.]+]] : Dict[str, List[int]] = prim::DictConstruct()
# CHECK: prim::Loop(
# CHECK: [[E:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK: aten::_set_item([[IDX]], {{%[a-z0-9_.]+}}, [[E]])
# CHECK: [[L:%[a-z0-9_.]+]] : List[int] = aten::__getitem__([[IDX]],
# CHECK: aten::append([[L]],
# CHECK: return ([[IDX]])


def best_score(scores: List[float]) -> Optional[float]:
    best: Optional[float] = None
    for s in scores:
        if best is None or s > best:
            best = s
    return best
# CHECK-LABEL: graph @best_score(%scores : List[float]) -> Optional[float]:
# CHECK: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK: [[R:%[a-z0-9_.]+]] : Optional[float] = prim::Loop({{%[a-z0-9_.]+}}, {{%[a-z0-9_.]+}}, [[N]])
# CHECK: return ([[R]])


def counters() -> int:
    limit: int = 10
    ratio: float = 0.5
    name: str = "n"
    return limit + len(name) + int(ratio)
# CHECK-LABEL: graph @counters() -> int:
# CHECK: : int = prim::Constant[value=10]()
# CHECK: : float = prim::Constant[value=0.5]()
# CHECK: : str = prim::Constant[value="n"]()
