# Any accepts values of every type; it appears in parameter, return and container types.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Any, Dict


def passthrough(x: Any) -> Any:
    return x
# CHECK-LABEL: graph @passthrough(%x : Any) -> Any:
# CHECK: return (%x)


def store_count(d: Dict[str, Any], k: str, v: int) -> None:
    d[k] = v
# CHECK-LABEL: graph @store_count(%d : Dict[str, Any], %k : str, %v : int) -> NoneType:
# CHECK: aten::_set_item(%d, %k, %v)


def wrap(n: int) -> Any:
    return n
# CHECK-LABEL: graph @wrap(%n : int) -> Any:
# CHECK: return (%n)
