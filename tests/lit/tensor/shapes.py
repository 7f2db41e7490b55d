# Reductions, shape ops and indexing: x.sum(1) passes the int as int[1] as
# TorchScript does (a tuple of ints is an int[]), x.view(2, 3) packs its ints, and x[i, a:b], x[None],
# x[..., 0] lower to select/slice/unsqueeze. Expected text: torch eager's print.
# RUN: %tsc run %s | FileCheck %s
# RUN: %tsc %s --emit=ir | FileCheck %s --check-prefix=IR
import torch
from torch import Tensor
from typing import List


def main() -> List[int]:
    x = torch.arange(24).view(2, 3, 4).float()
    # IR: aten::sum(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}})
    print(x.sum(), x.sum(1), x.sum([0, 2]), x.sum(-1, keepdim=True), torch.sum(x, 0))
    print(x.mean(), x.mean(2), x.mean((0, 1)), x.max(), x.min())
    v, i = x.max(1)
    w, j = torch.min(x, 2, True)
    print(v, i, w, j)
    print(x.argmax(), x.argmax(2), x.argmin(0), torch.softmax(x[0], 1), torch.log_softmax(x[1], 0))
    print(x[0], x[1, 2], x[1, 2, 3], x[:, 1], x[..., 0], x[0, 1:3], x[:, :, ::2], x[-1, -1, 1:-1])
    print(x[None].dim(), list(x[:, None].size()), x[..., None].size(2), list(x[0, ..., None].size()))
    print(list(x.view(6, 4).size()), list(x.reshape(-1).size()), list(x.permute(2, 0, 1).size()), list(x.permute((1, 0, 2)).shape))
    print(list(x.transpose(0, 2).size()), list(x.unsqueeze(1).size()), list(x[0:1].squeeze().size()))
    print(list(x[0:1].squeeze(0).size()), list(x.flatten().size()), list(x.flatten(1).size()))
    print(x[0, 0].expand(2, 4), x[0, :, 0:1].expand(3, 2), x.contiguous().numel())
    print(list(torch.cat([x[0], x[1]]).size()), list(torch.cat([x, x], 2).shape), list(torch.stack([x[0], x[1]], 1).shape))
    a, b = x.chunk(2, 2)
    print(list(a.size()), b, len(x.split(2, 1)), list(x.split(3, 2)[1].size()))
    print(x[0].t(), len(x), x.size(-1), x.shape[1], x.dim())
    return list(x.shape)

# CHECK: tensor(276.) tensor({{\[\[}}12., 15., 18., 21.],
# CHECK-NEXT:         [48., 51., 54., 57.]]) tensor([ 60.,  92., 124.]) tensor({{\[\[\[}} 6.],
# CHECK-NEXT:          [22.],
# CHECK-NEXT:          [38.]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}54.],
# CHECK-NEXT:          [70.],
# CHECK-NEXT:          [86.]]]) tensor({{\[\[}}12., 14., 16., 18.],
# CHECK-NEXT:         [20., 22., 24., 26.],
# CHECK-NEXT:         [28., 30., 32., 34.]])
# CHECK-NEXT: tensor(11.5000) tensor({{\[\[}} 1.5000,  5.5000,  9.5000],
# CHECK-NEXT:         [13.5000, 17.5000, 21.5000]]) tensor([10., 11., 12., 13.]) tensor(23.) tensor(0.)
# CHECK-NEXT: tensor({{\[\[}} 8.,  9., 10., 11.],
# CHECK-NEXT:         [20., 21., 22., 23.]]) tensor({{\[\[}}2, 2, 2, 2],
# CHECK-NEXT:         [2, 2, 2, 2]]) tensor({{\[\[\[}} 0.],
# CHECK-NEXT:          [ 4.],
# CHECK-NEXT:          [ 8.]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}12.],
# CHECK-NEXT:          [16.],
# CHECK-NEXT:          [20.]]]) tensor({{\[\[\[}}0],
# CHECK-NEXT:          [0],
# CHECK-NEXT:          [0]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}0],
# CHECK-NEXT:          [0],
# CHECK-NEXT:          [0]]])
# CHECK-NEXT: tensor(23) tensor({{\[\[}}3, 3, 3],
# CHECK-NEXT:         [3, 3, 3]]) tensor({{\[\[}}0, 0, 0, 0],
# CHECK-NEXT:         [0, 0, 0, 0],
# CHECK-NEXT:         [0, 0, 0, 0]]) tensor({{\[\[}}0.0321, 0.0871, 0.2369, 0.6439],
# CHECK-NEXT:         [0.0321, 0.0871, 0.2369, 0.6439],
# CHECK-NEXT:         [0.0321, 0.0871, 0.2369, 0.6439]]) tensor({{\[\[}}-8.0185, -8.0185, -8.0185, -8.0185],
# CHECK-NEXT:         [-4.0185, -4.0185, -4.0185, -4.0185],
# CHECK-NEXT:         [-0.0185, -0.0185, -0.0185, -0.0185]])
# CHECK-NEXT: tensor({{\[\[}} 0.,  1.,  2.,  3.],
# CHECK-NEXT:         [ 4.,  5.,  6.,  7.],
# CHECK-NEXT:         [ 8.,  9., 10., 11.]]) tensor([20., 21., 22., 23.]) tensor(23.) tensor({{\[\[}} 4.,  5.,  6.,  7.],
# CHECK-NEXT:         [16., 17., 18., 19.]]) tensor({{\[\[}} 0.,  4.,  8.],
# CHECK-NEXT:         [12., 16., 20.]]) tensor({{\[\[}} 4.,  5.,  6.,  7.],
# CHECK-NEXT:         [ 8.,  9., 10., 11.]]) tensor({{\[\[\[}} 0.,  2.],
# CHECK-NEXT:          [ 4.,  6.],
# CHECK-NEXT:          [ 8., 10.]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}12., 14.],
# CHECK-NEXT:          [16., 18.],
# CHECK-NEXT:          [20., 22.]]]) tensor([21., 22.])
# CHECK-NEXT: 4 [2, 1, 3, 4] 4 [3, 4, 1]
# CHECK-NEXT: [6, 4] [24] [4, 2, 3] [3, 2, 4]
# CHECK-NEXT: [4, 3, 2] [2, 1, 3, 4] [3, 4]
# CHECK-NEXT: [3, 4] [24] [2, 12]
# CHECK-NEXT: tensor({{\[\[}}0., 1., 2., 3.],
# CHECK-NEXT:         [0., 1., 2., 3.]]) tensor({{\[\[}}0., 0.],
# CHECK-NEXT:         [4., 4.],
# CHECK-NEXT:         [8., 8.]]) 24
# CHECK-NEXT: [6, 4] [2, 3, 8] [3, 2, 4]
# CHECK-NEXT: [2, 3, 2] tensor({{\[\[\[}} 2.,  3.],
# CHECK-NEXT:          [ 6.,  7.],
# CHECK-NEXT:          [10., 11.]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}14., 15.],
# CHECK-NEXT:          [18., 19.],
# CHECK-NEXT:          [22., 23.]]]) 2 [2, 3, 1]
# CHECK-NEXT: tensor({{\[\[}} 0.,  4.,  8.],
# CHECK-NEXT:         [ 1.,  5.,  9.],
# CHECK-NEXT:         [ 2.,  6., 10.],
# CHECK-NEXT:         [ 3.,  7., 11.]]) 2 4 3 3
# CHECK-NEXT: [2, 3, 4]
