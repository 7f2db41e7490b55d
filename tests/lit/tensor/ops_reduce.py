# Reductions with dim/keepdim/dtype overloads: prod, amax, amin, var and std (unbiased,
# dim and correction overloads), norm (p, dim, keepdim; torch.norm's default p), logsumexp,
# all and any (with and without dim), cumsum, and the binary torch.max/min.
# Expected text: torch 1.13 eager's print of the same program.
# RUN: %tsc run %s | FileCheck %s
# RUN: %tsc %s -o %t.pt && %tsc run %t.pt | FileCheck %s
import torch
from torch import Tensor


def main() -> Tensor:
    x = torch.arange(24).view(2, 3, 4).float() / 8 - 1.1
    n = torch.tensor([[3, -1, 2], [4, 5, -6]])
    b = torch.tensor([[True, False, True], [True, True, True]])
    print(torch.prod(n), n.prod(1), torch.prod(x, 2, keepdim=True), n.prod(0, dtype=torch.float64), b.prod())
    print(torch.prod(n.int()), x.prod(dtype=torch.float64), torch.prod(b, 1))
    print(torch.amax(x, 1), x.amax((0, 2)), n.amax(), torch.amin(x, dim=[-1], keepdim=True), n.amin(0))
    print(torch.var(x), x.var(1), x.var(unbiased=False), torch.var(x, [0, 2], keepdim=True), x.var(1, False, True))
    print(torch.var(x, 2, correction=0), x.var(dim=(0, 1), correction=2), torch.var(x, None, correction=1))
    print(torch.std(x), x.std(0), torch.std(x, 1, unbiased=False, keepdim=True), x.std(dim=[1, 2], correction=0))
    print(torch.norm(x), x.norm(1), torch.norm(x, 3.5), x.norm(float("inf")), x.norm(0))
    print(torch.norm(x, 2, 1), x.norm(1, [0, 2], True), x.norm(dim=-1), torch.norm(x, p=float("-inf"), dim=0))
    print(torch.logsumexp(x, 1), x.logsumexp((0, 2), keepdim=True), torch.logsumexp(x * 30, dim=-1))
    print(torch.all(b), b.all(1), torch.any(b, 0, keepdim=True), n.any(), torch.all(n), x.all(2), (x > 0).any(1))
    print(torch.all(torch.zeros(0)), torch.any(torch.zeros(0)), torch.tensor([0, 2], dtype=torch.uint8).all())
    print(torch.cumsum(x, 2), n.cumsum(0), torch.cumsum(b, 1), x.cumsum(-2, dtype=torch.float64), n.int().cumsum(1))
    print(torch.cumsum(n, 1, dtype=torch.float32), torch.max(x, torch.zeros(4)), torch.min(n, torch.zeros(1, 3).long()))
    return x.var(2)

# CHECK: tensor(720) tensor([  -6, -120]) tensor({{\[\[}}[ 6.6093e-01],
# CHECK-NEXT:          [ 2.2444e-02],
# CHECK-NEXT:          [-1.0312e-04]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}} 1.0579e-01],
# CHECK-NEXT:          [ 1.3526e+00],
# CHECK-NEXT:          [ 6.2529e+00]]]) tensor([ 12.,  -5., -12.], dtype=torch.float64) tensor(0)
# CHECK-NEXT: tensor(720) tensor(-1.3687e-06, dtype=torch.float64) tensor([0, 1])
# CHECK-NEXT: tensor({{\[\[}}-0.1000,  0.0250,  0.1500,  0.2750],
# CHECK-NEXT:         [ 1.4000,  1.5250,  1.6500,  1.7750]]) tensor([0.7750, 1.2750, 1.7750]) tensor(5) tensor({{\[\[}}[-1.1000],
# CHECK-NEXT:          [-0.6000],
# CHECK-NEXT:          [-0.1000]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}} 0.4000],
# CHECK-NEXT:          [ 0.9000],
# CHECK-NEXT:          [ 1.4000]]]) tensor([ 3, -1, -6])
# CHECK-NEXT: tensor(0.7812) tensor({{\[\[}}0.2500, 0.2500, 0.2500, 0.2500],
# CHECK-NEXT:         [0.2500, 0.2500, 0.2500, 0.2500]]) tensor(0.7487) tensor({{\[\[}}[0.6652],
# CHECK-NEXT:          [0.6652],
# CHECK-NEXT:          [0.6652]]]) tensor({{\[\[}}[0.1667, 0.1667, 0.1667, 0.1667]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}0.1667, 0.1667, 0.1667, 0.1667]]])
# CHECK-NEXT: tensor({{\[\[}}0.0195, 0.0195, 0.0195],
# CHECK-NEXT:         [0.0195, 0.0195, 0.0195]]) tensor([1.0938, 1.0938, 1.0938, 1.0938]) tensor(0.7812)
# CHECK-NEXT: tensor(0.8839) tensor({{\[\[}}1.0607, 1.0607, 1.0607, 1.0607],
# CHECK-NEXT:         [1.0607, 1.0607, 1.0607, 1.0607],
# CHECK-NEXT:         [1.0607, 1.0607, 1.0607, 1.0607]]) tensor({{\[\[}}[0.4082, 0.4082, 0.4082, 0.4082]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}0.4082, 0.4082, 0.4082, 0.4082]]]) tensor([0.4315, 0.4315])
# CHECK-NEXT: tensor(4.5500) tensor(18.9000) tensor(2.6641) tensor(1.7750) tensor(24.)
# CHECK-NEXT: tensor({{\[\[}}1.2570, 1.0848, 0.9314, 0.8074],
# CHECK-NEXT:         [1.7117, 1.9110, 2.1136, 2.3188]]) tensor({{\[\[}}[6.0000],
# CHECK-NEXT:          [6.0000],
# CHECK-NEXT:          [6.9000]]]) tensor({{\[\[}}1.8463, 0.8711, 0.3298],
# CHECK-NEXT:         [1.2078, 2.1929, 3.1873]]) tensor({{\[\[}}0.4000, 0.5250, 0.6500, 0.7250],
# CHECK-NEXT:         [0.6000, 0.4750, 0.3500, 0.2250],
# CHECK-NEXT:         [0.1000, 0.0250, 0.1500, 0.2750]])
# CHECK-NEXT: tensor({{\[\[}}0.5803, 0.7053, 0.8303, 0.9553],
# CHECK-NEXT:         [2.0803, 2.2053, 2.3303, 2.4553]]) tensor({{\[\[}}[2.1850],
# CHECK-NEXT:          [2.6850],
# CHECK-NEXT:          [3.1850]]]) tensor({{\[\[}}-21.7262,  -6.7262,   8.2738],
# CHECK-NEXT:         [ 23.2738,  38.2738,  53.2738]])
# CHECK-NEXT: tensor(False) tensor([False,  True]) tensor({{\[\[}}True, True, True]]) tensor(True) tensor(True) tensor({{\[\[}}True, True, True],
# CHECK-NEXT:         [True, True, True]]) tensor({{\[\[}}False,  True,  True,  True],
# CHECK-NEXT:         [ True,  True,  True,  True]])
# CHECK-NEXT: tensor(True) tensor(False) tensor(0, dtype=torch.uint8)
# CHECK-NEXT: tensor({{\[\[}}[-1.1000, -2.0750, -2.9250, -3.6500],
# CHECK-NEXT:          [-0.6000, -1.0750, -1.4250, -1.6500],
# CHECK-NEXT:          [-0.1000, -0.0750,  0.0750,  0.3500]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}} 0.4000,  0.9250,  1.5750,  2.3500],
# CHECK-NEXT:          [ 0.9000,  1.9250,  3.0750,  4.3500],
# CHECK-NEXT:          [ 1.4000,  2.9250,  4.5750,  6.3500]]]) tensor({{\[\[}} 3, -1,  2],
# CHECK-NEXT:         [ 7,  4, -4]]) tensor({{\[\[}}1, 1, 2],
# CHECK-NEXT:         [1, 2, 3]]) tensor({{\[\[}}[-1.1000, -0.9750, -0.8500, -0.7250],
# CHECK-NEXT:          [-1.7000, -1.4500, -1.2000, -0.9500],
# CHECK-NEXT:          [-1.8000, -1.4250, -1.0500, -0.6750]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}} 0.4000,  0.5250,  0.6500,  0.7750],
# CHECK-NEXT:          [ 1.3000,  1.5500,  1.8000,  2.0500],
# CHECK-NEXT:          [ 2.7000,  3.0750,  3.4500,  3.8250]]], dtype=torch.float64) tensor({{\[\[}}3, 2, 4],
# CHECK-NEXT:         [4, 9, 3]])
# CHECK-NEXT: tensor({{\[\[}}3., 2., 4.],
# CHECK-NEXT:         [4., 9., 3.]]) tensor({{\[\[}}[0.0000, 0.0000, 0.0000, 0.0000],
# CHECK-NEXT:          [0.0000, 0.0000, 0.0000, 0.0000],
# CHECK-NEXT:          [0.0000, 0.0250, 0.1500, 0.2750]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}0.4000, 0.5250, 0.6500, 0.7750],
# CHECK-NEXT:          [0.9000, 1.0250, 1.1500, 1.2750],
# CHECK-NEXT:          [1.4000, 1.5250, 1.6500, 1.7750]]]) tensor({{\[\[}} 0, -1,  0],
# CHECK-NEXT:         [ 0,  0, -6]])
