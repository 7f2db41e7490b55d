# Keyword-only parameters print after a bare '*' and are passed in parameter order with their defaults.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Tuple


def resize(w: int, h: int, *, keep_ratio: bool = True, scale: float = 1.0) -> Tuple[int, int]:
    nw = int(w * scale)
    nh = int(h * scale) if keep_ratio else h
    return nw, nh
# CHECK-LABEL: graph @resize(%w : int, %h : int, *, %keep_ratio : bool = True, %scale : float = 1.0) -> Tuple[int, int]:
# CHECK: [[WF:%[a-z0-9_.]+]] : float = aten::Float(%w)
# CHECK: [[M:%[a-z0-9_.]+]] : float = aten::mul([[WF]], %scale)
# CHECK: [[NW:%[a-z0-9_.]+]] : int = aten::Int([[M]])
# CHECK: prim::If(%keep_ratio)
# CHECK: prim::TupleConstruct([[NW]],


def thumbnail(w: int, h: int) -> Tuple[int, int]:
    return resize(w, h, scale=0.25)
# CHECK-LABEL: graph @thumbnail(%w : int, %h : int) -> Tuple[int, int]:
# CHECK-DAG: [[S:%[a-z0-9_.]+]] : float = prim::Constant[value=0.25]()
# CHECK-DAG: [[K:%[a-z0-9_.]+]] : bool = prim::Constant[value=True]()
# CHECK: [[R:%[a-z0-9_.]+]] : Tuple[int, int] = prim::CallFunction[name="resize"](%w, %h, [[K]], [[S]])
# CHECK: return ([[R]])


def log_line(msg: str, *, level: int) -> str:
    return str(level) + ": " + msg
# CHECK-LABEL: graph @log_line(%msg : str, *, %level : int) -> str:


def warn(msg: str) -> str:
    return log_line(msg, level=30)
# CHECK-LABEL: graph @warn(%msg : str) -> str:
# CHECK: [[L:%[a-z0-9_.]+]] : int = prim::Constant[value=30]()
# CHECK: prim::CallFunction[name="log_line"](%msg, [[L]])
