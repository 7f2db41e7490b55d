# Dict displays become prim::DictConstruct(k0, v0, k1, v1, ...); d[k] reads with __getitem__ and writes with _set_item.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List


def default_size() -> Dict[str, int]:
    return {"width": 640, "height": 480}
# CHECK-LABEL: graph @default_size() -> Dict[str, int]:
# CHECK: [[K1:%[a-z0-9_.]+]] : str = prim::Constant[value="width"]()
# CHECK: [[V1:%[a-z0-9_.]+]] : int = prim::Constant[value=640]()
# CHECK: [[K2:%[a-z0-9_.]+]] : str = prim::Constant[value="height"]()
# CHECK: [[V2:%[a-z0-9_.]+]] : int = prim::Constant[value=480]()
# CHECK: [[D:%[a-z0-9_.]+]] : Dict[str, int] = prim::DictConstruct([[K1]], [[V1]], [[K2]], [[V2]])
# CHECK: return ([[D]])


def lookup(d: Dict[str, float], key: str) -> float:
    return d[key]
# CHECK-LABEL: graph @lookup(%d : Dict[str, float], %key : str) -> float:
# CHECK: [[V:%[a-z0-9_.]+]] : float = aten::__getitem__(%d, %key)
# CHECK: return ([[V]])


def store(d: Dict[str, List[int]], key: str, v: int) -> None:
    d[key] = [v]
# CHECK-LABEL: graph @store(%d : Dict[str, List[int]], %key : str, %v : int) -> NoneType:
# CHECK: [[L:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct(%v)
# CHECK: aten::_set_item(%d, %key, [[L]])


def pair_map(a: str, b: str) -> Dict[str, str]:
    m: Dict[str, str] = {}
    m[a] = b
    m[b] = a
    return m
# CHECK-LABEL: graph @pair_map(%a : str, %b : str) -> Dict[str, str]:
# CHECK: [[M:%[a-z0-9_.]+]] : Dict[str, str] = prim::DictConstruct()
# CHECK: aten::_set_item([[M]], %a, %b)
# CHECK: aten::_set_item([[M]], %b, %a)
# CHECK: return ([[M]])
