# torch.eye(n, m) (aten::eye.m), torch.round(x, decimals=k) (aten::round.decimals, torch's
# nearbyint(x * 10^k) / 10^k in float32 for float16/bfloat16/float32) and F.elu(x, inplace=True)
# (aten::elu_). Expected text: torch 1.13 eager's print of the same main().
# RUN: %tsc run %s | FileCheck %s
import torch
import torch.nn.functional as F
from torch import Tensor
from typing import List


def main() -> None:
    print(torch.eye(2, 4), torch.eye(3, 1, dtype=torch.int64), torch.eye(0, 3), torch.eye(2, 2, dtype=torch.bool))
    x = torch.tensor([1.2345, -2.5, 0.125, 1234.5678, 2.675, -0.0049, 0.5, 1.5])
    print(torch.round(x, decimals=2), torch.round(x, decimals=-2), torch.round(x, decimals=0))
    print(torch.round(x, decimals=1), torch.round(x.double(), decimals=3))
    print(x.round(decimals=2), torch.round(torch.tensor([float('nan'), float('inf'), -float('inf')]), decimals=2))
    r: List[float] = torch.round(x, decimals=2).tolist()
    q: List[float] = torch.round(x.double() * 3.7, decimals=3).tolist()
    print(r, q)
    y = torch.tensor([[-1.0, 0.0, 2.0], [-3.0, 0.5, -0.25]])
    z = F.elu(y, alpha=0.5, inplace=True)
    print(y, z is y)
    print(F.elu(y.t(), inplace=True), y)

# CHECK: tensor({{\[\[}}1., 0., 0., 0.],
# CHECK-NEXT:         [0., 1., 0., 0.]]) tensor({{\[\[}}1],
# CHECK-NEXT:         [0],
# CHECK-NEXT:         [0]]) tensor([], size=(0, 3)) tensor({{\[\[}} True, False],
# CHECK-NEXT:         [False,  True]])
# CHECK-NEXT: tensor([ 1.2300e+00, -2.5000e+00,  1.2000e-01,  1.2346e+03,  2.6800e+00,
# CHECK-NEXT:         -0.0000e+00,  5.0000e-01,  1.5000e+00]) tensor([   0.,   -0.,    0., 1200.,    0.,   -0.,    0.,    0.]) tensor([ 1.0000e+00, -2.0000e+00,  0.0000e+00,  1.2350e+03,  3.0000e+00,
# CHECK-NEXT:         -0.0000e+00,  0.0000e+00,  2.0000e+00])
# CHECK-NEXT: tensor([ 1.2000e+00, -2.5000e+00,  1.0000e-01,  1.2346e+03,  2.7000e+00,
# CHECK-NEXT:         -0.0000e+00,  5.0000e-01,  1.5000e+00]) tensor([ 1.2350e+00, -2.5000e+00,  1.2500e-01,  1.2346e+03,  2.6750e+00,
# CHECK-NEXT:         -5.0000e-03,  5.0000e-01,  1.5000e+00], dtype=torch.float64)
# CHECK-NEXT: tensor([ 1.2300e+00, -2.5000e+00,  1.2000e-01,  1.2346e+03,  2.6800e+00,
# CHECK-NEXT:         -0.0000e+00,  5.0000e-01,  1.5000e+00]) tensor([nan, inf, -inf])
# CHECK-NEXT: [1.2300000190734863, -2.5, 0.11999999731779099, 1234.5699462890625, 2.680000066757202, -0.0, 0.5, 1.5] [4.568, -9.25, 0.462, 4567.901, 9.897, -0.018, 1.85, 5.55]
# CHECK-NEXT: tensor({{\[\[}}-0.3161,  0.0000,  2.0000],
# CHECK-NEXT:         [-0.4751,  0.5000, -0.1106]]) True
# CHECK-NEXT: tensor({{\[\[}}-0.2710, -0.3782],
# CHECK-NEXT:         [ 0.0000,  0.5000],
# CHECK-NEXT:         [ 2.0000, -0.1047]]) tensor({{\[\[}}-0.2710,  0.0000,  2.0000],
# CHECK-NEXT:         [-0.3782,  0.5000, -0.1047]])
