# 'if x is None' refines x to its element type (prim::unchecked_cast) in the other branch and after an early return.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Optional


def or_zero(x: Optional[int]) -> int:
    if x is None:
        return 0
    return x
# CHECK-LABEL: graph @or_zero(%x : Optional[int]) -> int:
# CHECK: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::__is__(%x, [[N]])
# CHECK: prim::If([[C]])
# CHECK: {{%[a-z0-9_.]+}} : int = prim::unchecked_cast(%x)
# CHECK: return (


def display_name(name: Optional[str]) -> str:
    if name is None:
        name = "anonymous"
    return name.upper()
# CHECK-LABEL: graph @display_name(%name : Optional[str]) -> str:
# CHECK: aten::__is__(%name,
# CHECK: [[R:%[a-z0-9_.]+]] : str = prim::If(
# CHECK: prim::Constant[value="anonymous"]()
# CHECK: block1():
# CHECK: [[X:%[a-z0-9_.]+]] : str = prim::unchecked_cast(%name)
# CHECK: -> ([[X]])
# CHECK: [[U:%[a-z0-9_.]+]] : str = aten::upper([[R]])
# CHECK: return ([[U]])


def scale_or_default(x: Optional[float], k: float) -> float:
    if x is None:
        return k
    else:
        return x * k
# CHECK-LABEL: graph @scale_or_default(%x : Optional[float], %k : float) -> float:
# CHECK: aten::__is__(%x,
# CHECK: block1():
# CHECK: [[X:%[a-z0-9_.]+]] : float = prim::unchecked_cast(%x)
# CHECK: aten::mul([[X]], %k)
