# 'assert x is not None' refines x for the statements after the assert.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, Optional


def must(x: Optional[float]) -> float:
    assert x is not None, "x is required"
    return x * 2.0
# CHECK-LABEL: graph @must(%x : Optional[float]) -> float:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::__isnot__(%x,
# CHECK: prim::If([[C]])
# CHECK: prim::RaiseException[exc="AssertionError"](
# CHECK: [[X:%[a-z0-9_.]+]] : float = prim::unchecked_cast(%x)
# CHECK: [[R:%[a-z0-9_.]+]] : float = aten::mul([[X]],
# CHECK: return ([[R]])


def required_setting(cfg: Dict[str, str], key: str) -> str:
    v = cfg.get(key)
    assert v is not None, "missing setting " + key
    return v.strip()
# CHECK-LABEL: graph @required_setting(%cfg : Dict[str, str], %key : str) -> str:
# CHECK: [[V:%[a-z0-9_.]+]] : Optional[str] = aten::get(%cfg, %key
# CHECK: aten::__isnot__([[V]],
# CHECK: prim::RaiseException[exc="AssertionError"](
# CHECK: [[VR:%[a-z0-9_.]+]] : str = prim::unchecked_cast([[V]])
# CHECK: aten::strip([[VR]]
