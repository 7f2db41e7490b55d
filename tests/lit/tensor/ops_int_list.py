# An int where a tensor op expects `int[]` is a one-element list, as in TorchScript
# (torch.flip(x, 0) is flip(x, [0]); eager torch refuses it, TorchScript accepts it).
# Expected text: torch eager printing what torch 1.13's torch.jit.script of `scripted` returns.
# RUN: %tsc run %s | FileCheck %s
import torch
from torch import Tensor
from typing import List


def scripted(x: Tensor, n: int) -> List[Tensor]:
    return [torch.flip(x, 0), torch.flip(x, n), torch.roll(x, 1, 1), x[0].repeat(2), torch.amax(x, 1), torch.zeros(n)]


def main() -> Tensor:
    x = torch.arange(12).view(3, 4)
    for t in scripted(x, 1):
        print(t)
    return x

# CHECK: tensor({{\[\[}} 8,  9, 10, 11],
# CHECK-NEXT:         [ 4,  5,  6,  7],
# CHECK-NEXT:         [ 0,  1,  2,  3]])
# CHECK-NEXT: tensor({{\[\[}} 3,  2,  1,  0],
# CHECK-NEXT:         [ 7,  6,  5,  4],
# CHECK-NEXT:         [11, 10,  9,  8]])
# CHECK-NEXT: tensor({{\[\[}} 3,  0,  1,  2],
# CHECK-NEXT:         [ 7,  4,  5,  6],
# CHECK-NEXT:         [11,  8,  9, 10]])
# CHECK-NEXT: tensor([0, 1, 2, 3, 0, 1, 2, 3])
# CHECK-NEXT: tensor([ 3,  7, 11])
# CHECK-NEXT: tensor([0.])
