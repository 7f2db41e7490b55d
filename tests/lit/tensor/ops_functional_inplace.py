# F.f(..., inplace=True) calls the in-place aten op (relu_, leaky_relu_, hardtanh_, silu_),
# which writes its input: the input prints changed, as in torch.
# Expected text: torch 1.13 eager's print of the same program.
# RUN: %tsc run %s | FileCheck %s
# RUN: %tsc %s -o %t.pt && %tsc run %t.pt | FileCheck %s
import torch
import torch.nn.functional as F
from torch import Tensor


def main() -> Tensor:
    x = torch.arange(6).float() - 2.5
    y = F.relu(x, inplace=True)
    print(x, y)
    z = torch.arange(6).float() - 2.5
    F.leaky_relu(z, 0.5, True)
    w = torch.arange(6).float() - 2.5
    F.hardtanh(w, -1.0, 1.0, inplace=True)
    u = torch.arange(6).float() - 2.5
    F.silu(u, inplace=True)
    print(z, w, u)
    return x

# CHECK: tensor([0.0000, 0.0000, 0.0000, 0.5000, 1.5000, 2.5000]) tensor([0.0000, 0.0000, 0.0000, 0.5000, 1.5000, 2.5000])
# CHECK-NEXT: tensor([-1.2500, -0.7500, -0.2500,  0.5000,  1.5000,  2.5000]) tensor([-1.0000, -1.0000, -0.5000,  0.5000,  1.0000,  1.0000]) tensor([-0.1896, -0.2736, -0.1888,  0.3112,  1.2264,  2.3104])
