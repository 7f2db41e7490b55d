# Creation ops, dtype constants (torch.float64 is ScalarType 7, x.dtype too), conversions and
# torch's mt19937 random stream after manual_seed. Expected text: torch eager's print.
# RUN: %tsc run %s | FileCheck %s
import torch
from torch import Tensor
from typing import List, Optional


def scale(x: Tensor, w: Optional[Tensor] = None) -> Tensor:
    if w is None:
        return x
    return x * w


def main() -> float:
    print(torch.tensor([1, 2, 3]), torch.tensor([[True, False]]), torch.tensor(2.5), torch.tensor(7))
    print(torch.tensor([1, 2], dtype=torch.float64), torch.tensor([[1.5, 2.0], [3.0, 4.0]]))
    print(torch.zeros(2, 3), torch.ones([2, 2], dtype=torch.int32), torch.full([2], 7), torch.full([2, 1], 0.5))
    print(torch.arange(5), torch.arange(1, 4), torch.arange(0.0, 1.0, 0.25), torch.arange(3, dtype=torch.float32))
    print(torch.linspace(0, 1, 5), torch.eye(3), torch.eye(2, dtype=torch.int64))
    x = torch.tensor([[1.7, -2.2], [3.5, 0.0]])
    print(torch.zeros_like(x), torch.ones_like(x, dtype=torch.bool), torch.full_like(x, 3))
    print(x.long(), x.int(), x.double(), x.bool(), x.half(), x.to(torch.int16), x.long().float())
    print(x.dtype == torch.float32, x.long().dtype == torch.int64, x.to(x.long().dtype), x.t().is_contiguous())
    print(x.clone(), int(x[0, 1]), float(x[1, 0]), bool(x[1, 1]), int(torch.tensor(True)))
    ts: List[Tensor] = [x, torch.ones(2, 2)]
    print(scale(x), scale(x, ts[1] * 2), torch.scalar_tensor(3), torch.floor(x), torch.ceil(x), torch.round(x))
    torch.manual_seed(0)
    print(torch.rand(2, 3), torch.randn(4), torch.rand([2], dtype=torch.float64))
    torch.manual_seed(42)
    r = torch.randn(3, 2)
    print(torch.rand_like(r), torch.randn_like(r))
    return float(r.sum())

# CHECK: tensor([1, 2, 3]) tensor({{\[\[}} True, False]]) tensor(2.5000) tensor(7)
# CHECK-NEXT: tensor([1., 2.], dtype=torch.float64) tensor({{\[\[}}1.5000, 2.0000],
# CHECK-NEXT:         [3.0000, 4.0000]])
# CHECK-NEXT: tensor({{\[\[}}0., 0., 0.],
# CHECK-NEXT:         [0., 0., 0.]]) tensor({{\[\[}}1, 1],
# CHECK-NEXT:         [1, 1]], dtype=torch.int32) tensor([7, 7]) tensor({{\[\[}}0.5000],
# CHECK-NEXT:         [0.5000]])
# CHECK-NEXT: tensor([0, 1, 2, 3, 4]) tensor([1, 2, 3]) tensor([0.0000, 0.2500, 0.5000, 0.7500]) tensor([0., 1., 2.])
# CHECK-NEXT: tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000]) tensor({{\[\[}}1., 0., 0.],
# CHECK-NEXT:         [0., 1., 0.],
# CHECK-NEXT:         [0., 0., 1.]]) tensor({{\[\[}}1, 0],
# CHECK-NEXT:         [0, 1]])
# CHECK-NEXT: tensor({{\[\[}}0., 0.],
# CHECK-NEXT:         [0., 0.]]) tensor({{\[\[}}True, True],
# CHECK-NEXT:         [True, True]]) tensor({{\[\[}}3., 3.],
# CHECK-NEXT:         [3., 3.]])
# CHECK-NEXT: tensor({{\[\[}} 1, -2],
# CHECK-NEXT:         [ 3,  0]]) tensor({{\[\[}} 1, -2],
# CHECK-NEXT:         [ 3,  0]], dtype=torch.int32) tensor({{\[\[}} 1.7000, -2.2000],
# CHECK-NEXT:         [ 3.5000,  0.0000]], dtype=torch.float64) tensor({{\[\[}} True,  True],
# CHECK-NEXT:         [ True, False]]) tensor({{\[\[}} 1.7002, -2.1992],
# CHECK-NEXT:         [ 3.5000,  0.0000]], dtype=torch.float16) tensor({{\[\[}} 1, -2],
# CHECK-NEXT:         [ 3,  0]], dtype=torch.int16) tensor({{\[\[}} 1., -2.],
# CHECK-NEXT:         [ 3.,  0.]])
# CHECK-NEXT: True True tensor({{\[\[}} 1, -2],
# CHECK-NEXT:         [ 3,  0]]) False
# CHECK-NEXT: tensor({{\[\[}} 1.7000, -2.2000],
# CHECK-NEXT:         [ 3.5000,  0.0000]]) -2 3.5 False 1
# CHECK-NEXT: tensor({{\[\[}} 1.7000, -2.2000],
# CHECK-NEXT:         [ 3.5000,  0.0000]]) tensor({{\[\[}} 3.4000, -4.4000],
# CHECK-NEXT:         [ 7.0000,  0.0000]]) tensor(3.) tensor({{\[\[}} 1., -3.],
# CHECK-NEXT:         [ 3.,  0.]]) tensor({{\[\[}} 2., -2.],
# CHECK-NEXT:         [ 4.,  0.]]) tensor({{\[\[}} 2., -2.],
# CHECK-NEXT:         [ 4.,  0.]])
# CHECK-NEXT: tensor({{\[\[}}0.4963, 0.7682, 0.0885],
# CHECK-NEXT:         [0.1320, 0.3074, 0.6341]]) tensor([ 1.2645, -0.6874,  0.1604, -0.6065]) tensor([0.3511, 0.5813], dtype=torch.float64)
# CHECK-NEXT: tensor({{\[\[}}0.8694, 0.5677],
# CHECK-NEXT:         [0.7411, 0.4294],
# CHECK-NEXT:         [0.8854, 0.5739]]) tensor({{\[\[}} 0.3930,  0.4327],
# CHECK-NEXT:         [-1.3627,  1.3564],
# CHECK-NEXT:         [ 0.6688, -0.7077]])
# CHECK-NEXT: -0.3788895010948181
