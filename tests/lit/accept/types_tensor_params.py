# Unannotated parameters are Tensor (as in TorchScript); torch.Tensor annotations name the same type.
# RUN: %tsc %s --emit=ir | FileCheck %s
import torch
from typing import List


def pick(x, y, first: bool):
    if first:
        return x
    return y
# CHECK-LABEL: graph @pick(%x : Tensor, %y : Tensor, %first : bool) -> Tensor:


def pair(a, b) -> List[torch.Tensor]:
    return [a, b]
# CHECK-LABEL: graph @pair(%a : Tensor, %b : Tensor) -> List[Tensor]:
# CHECK: [[L:%[a-z0-9_.]+]] : List[Tensor] = prim::ListConstruct(%a, %b)
# CHECK: return ([[L]])


def head(xs: List[torch.Tensor]) -> torch.Tensor:
    return xs[0]
# CHECK-LABEL: graph @head(%xs : List[Tensor]) -> Tensor:
# CHECK: [[H:%[a-z0-9_.]+]] : Tensor = aten::__getitem__(%xs,
# CHECK: return ([[H]])


def named(weights, bias, scale: float = 1.0):
    return {"w": weights, "b": bias}
# CHECK-LABEL: graph @named(%weights : Tensor, %bias : Tensor, %scale : float = 1.0) -> Dict[str, Tensor]:
# CHECK: prim::DictConstruct({{%[a-z0-9_.]+}}, %weights, {{%[a-z0-9_.]+}}, %bias)
