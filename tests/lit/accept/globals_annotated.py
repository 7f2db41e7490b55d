# Annotated module constants (NAME: T = literal) and tuple constants indexed with a constant are folded too.
# RUN: %tsc %s --emit=ir | FileCheck %s
import math
from typing import Tuple

EPS: float = 1e-06
NAMES = ("alpha", "beta")
LIMIT: int = 0x100


def safe_log(x: float) -> float:
    return math.log(max(x, EPS))
# CHECK-LABEL: graph @safe_log(%x : float) -> float:
# CHECK: [[E:%[A-Za-z0-9_.]+]] : float = prim::Constant[value=1e-06]()
# CHECK: [[M:%[A-Za-z0-9_.]+]] : float = prim::max(%x, [[E]])
# CHECK: aten::log([[M]])


def first_name() -> str:
    return NAMES[0]
# CHECK-LABEL: graph @first_name() -> str:
# CHECK: [[A:%[A-Za-z0-9_.]+]] : str = prim::Constant[value="alpha"]()
# CHECK: [[B:%[A-Za-z0-9_.]+]] : str = prim::Constant[value="beta"]()
# CHECK: [[T:%[A-Za-z0-9_.]+]] : Tuple[str, str] = prim::TupleConstruct([[A]], [[B]])
# CHECK: prim::TupleIndex([[T]],


def all_names() -> Tuple[str, str]:
    return NAMES
# CHECK-LABEL: graph @all_names() -> Tuple[str, str]:
# CHECK: [[T:%[A-Za-z0-9_.]+]] : Tuple[str, str] = prim::TupleConstruct(
# CHECK: return ([[T]])


def clamp_limit(n: int) -> int:
    return min(n, LIMIT)
# CHECK-LABEL: graph @clamp_limit(%n : int) -> int:
# CHECK: [[L:%[A-Za-z0-9_.]+]] : int = prim::Constant[value=256]()
# CHECK: prim::min(%n, [[L]])
