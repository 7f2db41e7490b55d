# A dict comprehension with an 'if' filter only sets items whose condition holds.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List


def long_words(words: List[str], min_len: int) -> Dict[str, int]:
    return {w: len(w) for w in words if len(w) >= min_len}
# CHECK-LABEL: graph @long_words(%words : List[str], %min_len : int) -> Dict[str, int]:
# CHECK: [[D:%[a-z0-9_.]+]] : Dict[str, int] = prim::DictConstruct()
# CHECK: prim::Loop(
# CHECK: [[W:%[a-z0-9_.]+]] : str = aten::__getitem__(%words,
# CHECK: [[L:%[a-z0-9_.]+]] : int = aten::len([[W]])
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::ge([[L]], %min_len)
# CHECK: prim::If([[C]])
# CHECK-NEXT: block0():
# CHECK: aten::_set_item([[D]], [[W]],
# CHECK: return ([[D]])


def passing(scores: Dict[str, float], cutoff: float) -> Dict[str, float]:
    return {name: s for name, s in scores.items() if s >= cutoff}
# CHECK-LABEL: graph @passing(%scores : Dict[str, float], %cutoff : float) -> Dict[str, float]:
# CHECK: aten::items(%scores)
# CHECK: [[N:%[a-z0-9_.]+]] : str, [[S:%[a-z0-9_.]+]] : float = prim::TupleUnpack(
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::ge([[S]], %cutoff)
# CHECK: prim::If([[C]])
# CHECK: aten::_set_item({{%[a-z0-9_.]+}}, [[N]], [[S]])
