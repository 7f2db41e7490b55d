# raise E(msg) lowers to prim::RaiseException[exc="E"](msg) for each supported exception type.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List


def check_shape(rows: int, cols: int) -> int:
    if rows <= 0:
        raise ValueError("rows must be positive")
    if cols > 1024:
        raise RuntimeError("too many columns")
    return rows * cols
# CHECK-LABEL: graph @check_shape(%rows : int, %cols : int) -> int:
# CHECK: [[M1:%[a-z0-9_.]+]] : str = prim::Constant[value="rows must be positive"]()
# CHECK-NEXT: prim::RaiseException[exc="ValueError"]([[M1]])
# CHECK: [[M2:%[a-z0-9_.]+]] : str = prim::Constant[value="too many columns"]()
# CHECK-NEXT: prim::RaiseException[exc="RuntimeError"]([[M2]])
# CHECK: aten::mul(%rows, %cols)


def lookup(d: Dict[str, int], k: str) -> int:
    if k not in d:
        raise KeyError(k)
    return d[k]
# CHECK-LABEL: graph @lookup(%d : Dict[str, int], %k : str) -> int:
# CHECK: prim::RaiseException[exc="KeyError"](%k)


def element(l: List[int], i: int) -> int:
    if i >= len(l):
        raise IndexError("list index out of range")
    return l[i]
# CHECK-LABEL: graph @element(%l : List[int], %i : int) -> int:
# CHECK: prim::RaiseException[exc="IndexError"](


def ratio(a: int, b: int) -> float:
    if b == 0:
        raise ZeroDivisionError()
    return a / b
# CHECK-LABEL: graph @ratio(%a : int, %b : int) -> float:
# CHECK: prim::RaiseException[exc="ZeroDivisionError"](


def checked_type(name: str) -> str:
    if name == "":
        raise TypeError("name must not be empty")
    if name == "abstract":
        raise NotImplementedError("abstract types are not supported")
    return name
# CHECK-LABEL: graph @checked_type(%name : str) -> str:
# CHECK: prim::RaiseException[exc="TypeError"](
# CHECK: prim::RaiseException[exc="NotImplementedError"](


def always_fails(x: int) -> int:
    raise Exception("not implemented for " + str(x))
# CHECK-LABEL: graph @always_fails(%x : int) -> int:
# CHECK: [[S:%[a-z0-9_.]+]] : str = aten::str(%x)
# CHECK: [[M:%[a-z0-9_.]+]] : str = aten::add({{%[a-z0-9_.]+}}, [[S]])
# CHECK: prim::RaiseException[exc="Exception"]([[M]])
