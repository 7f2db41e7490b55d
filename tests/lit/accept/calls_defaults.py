# Omitted arguments are materialized from the parameter defaults as constants at the call site.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def clip(x: float, lo: float = 0.0, hi: float = 1.0) -> float:
    return min(max(x, lo), hi)
# CHECK-LABEL: graph @clip(%x : float, %lo : float = 0.0, %hi : float = 1.0) -> float:
# CHECK: [[M:%[a-z0-9_.]+]] : float = prim::max(%x, %lo)
# CHECK: [[R:%[a-z0-9_.]+]] : float = prim::min([[M]], %hi)
# CHECK: return ([[R]])


def clip_unit(x: float) -> float:
    return clip(x)
# CHECK-LABEL: graph @clip_unit(%x : float) -> float:
# CHECK-DAG: [[LO:%[a-z0-9_.]+]] : float = prim::Constant[value=0.0]()
# CHECK-DAG: [[HI:%[a-z0-9_.]+]] : float = prim::Constant[value=1.0]()
# CHECK: [[R:%[a-z0-9_.]+]] : float = prim::CallFunction[name="clip"](%x, [[LO]], [[HI]])
# CHECK: return ([[R]])


def clip_upper(x: float, top: float) -> float:
    return clip(x, hi=top)
# CHECK-LABEL: graph @clip_upper(%x : float, %top : float) -> float:
# CHECK: [[LO:%[a-z0-9_.]+]] : float = prim::Constant[value=0.0]()
# CHECK: prim::CallFunction[name="clip"](%x, [[LO]], %top)


def join_words(words: List[str], sep: str = " ", upper: bool = False) -> str:
    s = sep.join(words)
    return s.upper() if upper else s
# CHECK-LABEL: graph @join_words(%words : List[str], %sep : str = " ", %upper : bool = False) -> str:


def shout(words: List[str]) -> str:
    return join_words(words, upper=True)
# CHECK-LABEL: graph @shout(%words : List[str]) -> str:
# CHECK-DAG: [[T:%[a-z0-9_.]+]] : bool = prim::Constant[value=True]()
# CHECK-DAG: [[SP:%[a-z0-9_.]+]] : str = prim::Constant[value=" "]()
# CHECK: prim::CallFunction[name="join_words"](%words, [[SP]], [[T]])


def retries(n: int = 3, backoff: float = 1.5) -> float:
    return n * backoff
# CHECK-LABEL: graph @retries(%n : int = 3, %backoff : float = 1.5) -> float:


def default_retries() -> float:
    return retries()
# CHECK-LABEL: graph @default_retries() -> float:
# CHECK-DAG: [[N:%[a-z0-9_.]+]] : int = prim::Constant[value=3]()
# CHECK-DAG: [[B:%[a-z0-9_.]+]] : float = prim::Constant[value=1.5]()
# CHECK: prim::CallFunction[name="retries"]([[N]], [[B]])
