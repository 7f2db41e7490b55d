# A dict comprehension fills an empty prim::DictConstruct with aten::_set_item in a prim::Loop.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List


def squares_map(n: int) -> Dict[int, int]:
    return {i: i * i for i in range(n)}
# CHECK-LABEL: graph @squares_map(%n : int) -> Dict[int, int]:
# CHECK: [[D:%[a-z0-9_.]+]] : Dict[int, int] = prim::DictConstruct()
# CHECK: prim::Loop(%n,
# CHECK: block0([[I:%[a-z0-9_.]+]] : int):
# CHECK: [[SQ:%[a-z0-9_.]+]] : int = aten::mul([[I]], [[I]])
# CHECK: aten::_set_item([[D]], [[I]], [[SQ]])
# CHECK: return ([[D]])


def index_of(words: List[str]) -> Dict[str, int]:
    return {w: i for i, w in enumerate(words)}
# CHECK-LABEL: graph @index_of(%words : List[str]) -> Dict[str, int]:
# CHECK: [[D:%[a-z0-9_.]+]] : Dict[str, int] = prim::DictConstruct()
# CHECK: prim::Loop(
# CHECK: [[W:%[a-z0-9_.]+]] : str = aten::__getitem__(%words,
# CHECK: aten::_set_item([[D]], [[W]],
# CHECK: return ([[D]])


def inverted(d: Dict[str, int]) -> Dict[int, str]:
    return {v: k for k, v in d.items()}
# CHECK-LABEL: graph @inverted(%d : Dict[str, int]) -> Dict[int, str]:
# CHECK: [[O:%[a-z0-9_.]+]] : Dict[int, str] = prim::DictConstruct()
# CHECK: aten::items(%d)
# CHECK: [[K:%[a-z0-9_.]+]] : str, [[V:%[a-z0-9_.]+]] : int = prim::TupleUnpack(
# CHECK: aten::_set_item([[O]], [[V]], [[K]])
