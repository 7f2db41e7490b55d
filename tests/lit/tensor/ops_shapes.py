# Shape, indexing, sorting and linear-algebra ops: repeat, narrow, flip, roll, tril/triu,
# masked_fill (Scalar and Tensor value), index_select, gather, topk and sort (tuples of values
# and indices), split with a sizes list, unbind, dot, outer, baddbmm, detach, empty/empty_like,
# randint after manual_seed (torch's generator: the same numbers).
# Expected text: torch 1.13 eager's print of the same program.
# RUN: %tsc run %s | FileCheck %s
# RUN: %tsc %s -o %t.pt && %tsc run %t.pt | FileCheck %s
import torch
from torch import Tensor
from typing import List


def main() -> Tensor:
    x = torch.arange(12).view(3, 4)
    f = x.float() / 3 - 1.5
    print(x.repeat(2, 1), torch.arange(3).repeat([2, 2]), f[0].repeat(2, 1, 2))
    print(torch.flip(x, (0,)), torch.flip(f, dims=[1]), x.permute([1, 0]).flip(-1))
    print(x.narrow(1, 1, 2), torch.narrow(f, 0, -2, 2), x.flip(0), torch.flip(x, [0, 1]), f.flip(-1))
    print(torch.roll(x, 1), x.roll(-1, 1), torch.roll(x, [1, 2], [0, 1]), x.roll(shifts=5))
    print(torch.tril(x), x.triu(1), torch.triu(f, diagonal=-1), x.tril(-2))
    m = x % 3 == 0
    print(x.masked_fill(m, -1), torch.masked_fill(f, m, 2.5), f.masked_fill(m[0], torch.tensor(7.0)))
    print(torch.index_select(x, 1, torch.tensor([3, 0, 3])), f.index_select(0, torch.tensor([2])))
    print(torch.gather(x, 1, torch.tensor([[0, 0], [1, 0], [3, 2]])), x.gather(0, torch.tensor([[2, 1, 0, 0]])))
    v = torch.tensor([[3.0, 1.0, 2.0, 1.0], [-1.0, 5.0, 5.0, 0.0]])
    top = torch.topk(v, 2)
    print(top[0], top[1])
    vals, idx = torch.tensor([[3.0, 1.0, 2.0, 0.5], [-1.0, 5.0, 4.0, 0.0]]).topk(3, dim=1, largest=False)
    print(vals, idx, v.topk(1, 0, True, True)[1])
    s = torch.sort(v)
    print(s[0], s[1])
    sv, si = v.sort(1, descending=True)
    print(sv, si, v.sort(dim=0)[1], torch.sort(v, stable=True, descending=True)[1], x.sort(0, True)[0])
    parts = x.split([1, 3], 1)
    print(len(parts), parts[0], parts[1], torch.split(x, [2, 1])[1], x.split_with_sizes([1, 1, 1])[2])
    us = x.unbind(1)
    print(len(us), us[0], us[3], torch.unbind(f)[2])
    a = torch.tensor([1.0, 2.0, 3.0])
    print(torch.dot(a, a), a.dot(torch.tensor([0.5, -1.0, 2.0])), torch.dot(x[0], x[1]))
    print(torch.outer(a, torch.tensor([1.0, -1.0])), a.outer(a), torch.outer(x[0], x[1, :2]))
    bt = torch.arange(12).view(2, 2, 3).float() / 4
    b2 = torch.arange(12).view(2, 3, 2).float() / 5
    print(torch.baddbmm(torch.ones(2, 2, 2), bt, b2), torch.baddbmm(torch.ones(2), bt, b2, beta=0.5, alpha=2))
    print(torch.ones(2, 2, 2).baddbmm(bt, b2, alpha=-1))
    e = torch.empty(2, 3)
    print(f.detach(), torch.detach(x), e.size(0), e.size(1), torch.empty([4], dtype=torch.int32).dim())
    print(torch.empty_like(f).size(1), torch.empty(0).numel(), torch.empty_like(x, dtype=torch.float64).numel())
    print(torch.empty(2, dtype=torch.int32).dtype == torch.int32, torch.empty_like(x).dtype == torch.int64)
    torch.manual_seed(3)
    r = torch.randint(10, (3, 4))
    print(r, torch.randint(3, 7, [5]), torch.randint(2, (2,), dtype=torch.int32))
    return x.flip(1)

# CHECK: tensor({{\[\[}} 0,  1,  2,  3],
# CHECK-NEXT:         [ 4,  5,  6,  7],
# CHECK-NEXT:         [ 8,  9, 10, 11],
# CHECK-NEXT:         [ 0,  1,  2,  3],
# CHECK-NEXT:         [ 4,  5,  6,  7],
# CHECK-NEXT:         [ 8,  9, 10, 11]]) tensor({{\[\[}}0, 1, 2, 0, 1, 2],
# CHECK-NEXT:         [0, 1, 2, 0, 1, 2]]) tensor({{\[\[}}[-1.5000, -1.1667, -0.8333, -0.5000, -1.5000, -1.1667, -0.8333,
# CHECK-NEXT:           -0.5000]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}-1.5000, -1.1667, -0.8333, -0.5000, -1.5000, -1.1667, -0.8333,
# CHECK-NEXT:           -0.5000]]])
# CHECK-NEXT: tensor({{\[\[}} 8,  9, 10, 11],
# CHECK-NEXT:         [ 4,  5,  6,  7],
# CHECK-NEXT:         [ 0,  1,  2,  3]]) tensor({{\[\[}}-0.5000, -0.8333, -1.1667, -1.5000],
# CHECK-NEXT:         [ 0.8333,  0.5000,  0.1667, -0.1667],
# CHECK-NEXT:         [ 2.1667,  1.8333,  1.5000,  1.1667]]) tensor({{\[\[}} 8,  4,  0],
# CHECK-NEXT:         [ 9,  5,  1],
# CHECK-NEXT:         [10,  6,  2],
# CHECK-NEXT:         [11,  7,  3]])
# CHECK-NEXT: tensor({{\[\[}} 1,  2],
# CHECK-NEXT:         [ 5,  6],
# CHECK-NEXT:         [ 9, 10]]) tensor({{\[\[}}-0.1667,  0.1667,  0.5000,  0.8333],
# CHECK-NEXT:         [ 1.1667,  1.5000,  1.8333,  2.1667]]) tensor({{\[\[}} 8,  9, 10, 11],
# CHECK-NEXT:         [ 4,  5,  6,  7],
# CHECK-NEXT:         [ 0,  1,  2,  3]]) tensor({{\[\[}}11, 10,  9,  8],
# CHECK-NEXT:         [ 7,  6,  5,  4],
# CHECK-NEXT:         [ 3,  2,  1,  0]]) tensor({{\[\[}}-0.5000, -0.8333, -1.1667, -1.5000],
# CHECK-NEXT:         [ 0.8333,  0.5000,  0.1667, -0.1667],
# CHECK-NEXT:         [ 2.1667,  1.8333,  1.5000,  1.1667]])
# CHECK-NEXT: tensor({{\[\[}}11,  0,  1,  2],
# CHECK-NEXT:         [ 3,  4,  5,  6],
# CHECK-NEXT:         [ 7,  8,  9, 10]]) tensor({{\[\[}} 1,  2,  3,  0],
# CHECK-NEXT:         [ 5,  6,  7,  4],
# CHECK-NEXT:         [ 9, 10, 11,  8]]) tensor({{\[\[}}10, 11,  8,  9],
# CHECK-NEXT:         [ 2,  3,  0,  1],
# CHECK-NEXT:         [ 6,  7,  4,  5]]) tensor({{\[\[}} 7,  8,  9, 10],
# CHECK-NEXT:         [11,  0,  1,  2],
# CHECK-NEXT:         [ 3,  4,  5,  6]])
# CHECK-NEXT: tensor({{\[\[}} 0,  0,  0,  0],
# CHECK-NEXT:         [ 4,  5,  0,  0],
# CHECK-NEXT:         [ 8,  9, 10,  0]]) tensor({{\[\[}} 0,  1,  2,  3],
# CHECK-NEXT:         [ 0,  0,  6,  7],
# CHECK-NEXT:         [ 0,  0,  0, 11]]) tensor({{\[\[}}-1.5000, -1.1667, -0.8333, -0.5000],
# CHECK-NEXT:         [-0.1667,  0.1667,  0.5000,  0.8333],
# CHECK-NEXT:         [ 0.0000,  1.5000,  1.8333,  2.1667]]) tensor({{\[\[}}0, 0, 0, 0],
# CHECK-NEXT:         [0, 0, 0, 0],
# CHECK-NEXT:         [8, 0, 0, 0]])
# CHECK-NEXT: tensor({{\[\[}}-1,  1,  2, -1],
# CHECK-NEXT:         [ 4,  5, -1,  7],
# CHECK-NEXT:         [ 8, -1, 10, 11]]) tensor({{\[\[}} 2.5000, -1.1667, -0.8333,  2.5000],
# CHECK-NEXT:         [-0.1667,  0.1667,  2.5000,  0.8333],
# CHECK-NEXT:         [ 1.1667,  2.5000,  1.8333,  2.1667]]) tensor({{\[\[}} 7.0000, -1.1667, -0.8333,  7.0000],
# CHECK-NEXT:         [ 7.0000,  0.1667,  0.5000,  7.0000],
# CHECK-NEXT:         [ 7.0000,  1.5000,  1.8333,  7.0000]])
# CHECK-NEXT: tensor({{\[\[}} 3,  0,  3],
# CHECK-NEXT:         [ 7,  4,  7],
# CHECK-NEXT:         [11,  8, 11]]) tensor({{\[\[}}1.1667, 1.5000, 1.8333, 2.1667]])
# CHECK-NEXT: tensor({{\[\[}} 0,  0],
# CHECK-NEXT:         [ 5,  4],
# CHECK-NEXT:         [11, 10]]) tensor({{\[\[}}8, 5, 2, 3]])
# CHECK-NEXT: tensor({{\[\[}}3., 2.],
# CHECK-NEXT:         [5., 5.]]) tensor({{\[\[}}0, 2],
# CHECK-NEXT:         [1, 2]])
# CHECK-NEXT: tensor({{\[\[}} 0.5000,  1.0000,  2.0000],
# CHECK-NEXT:         [-1.0000,  0.0000,  4.0000]]) tensor({{\[\[}}3, 1, 2],
# CHECK-NEXT:         [0, 3, 2]]) tensor({{\[\[}}0, 1, 1, 0]])
# CHECK-NEXT: tensor({{\[\[}} 1.,  1.,  2.,  3.],
# CHECK-NEXT:         [-1.,  0.,  5.,  5.]]) tensor({{\[\[}}1, 3, 2, 0],
# CHECK-NEXT:         [0, 3, 1, 2]])
# CHECK-NEXT: tensor({{\[\[}} 3.,  2.,  1.,  1.],
# CHECK-NEXT:         [ 5.,  5.,  0., -1.]]) tensor({{\[\[}}0, 2, 1, 3],
# CHECK-NEXT:         [1, 2, 3, 0]]) tensor({{\[\[}}1, 0, 0, 1],
# CHECK-NEXT:         [0, 1, 1, 0]]) tensor({{\[\[}}0, 2, 1, 3],
# CHECK-NEXT:         [1, 2, 3, 0]]) tensor({{\[\[}} 8,  9, 10, 11],
# CHECK-NEXT:         [ 4,  5,  6,  7],
# CHECK-NEXT:         [ 0,  1,  2,  3]])
# CHECK-NEXT: 2 tensor({{\[\[}}0],
# CHECK-NEXT:         [4],
# CHECK-NEXT:         [8]]) tensor({{\[\[}} 1,  2,  3],
# CHECK-NEXT:         [ 5,  6,  7],
# CHECK-NEXT:         [ 9, 10, 11]]) tensor({{\[\[}} 8,  9, 10, 11]]) tensor({{\[\[}} 8,  9, 10, 11]])
# CHECK-NEXT: 4 tensor([0, 4, 8]) tensor([ 3,  7, 11]) tensor([1.1667, 1.5000, 1.8333, 2.1667])
# CHECK-NEXT: tensor(14.) tensor(4.5000) tensor(38)
# CHECK-NEXT: tensor({{\[\[}} 1., -1.],
# CHECK-NEXT:         [ 2., -2.],
# CHECK-NEXT:         [ 3., -3.]]) tensor({{\[\[}}1., 2., 3.],
# CHECK-NEXT:         [2., 4., 6.],
# CHECK-NEXT:         [3., 6., 9.]]) tensor({{\[\[}} 0,  0],
# CHECK-NEXT:         [ 4,  5],
# CHECK-NEXT:         [ 8, 10],
# CHECK-NEXT:         [12, 15]])
# CHECK-NEXT: tensor({{\[\[}}[ 1.5000,  1.6500],
# CHECK-NEXT:          [ 2.4000,  3.0000]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}} 9.6000, 10.6500],
# CHECK-NEXT:          [13.2000, 14.7000]]]) tensor({{\[\[}}[ 1.5000,  1.8000],
# CHECK-NEXT:          [ 3.3000,  4.5000]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}17.7000, 19.8000],
# CHECK-NEXT:          [24.9000, 27.9000]]])
# CHECK-NEXT: tensor({{\[\[}}[  0.5000,   0.3500],
# CHECK-NEXT:          [ -0.4000,  -1.0000]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}} -7.6000,  -8.6500],
# CHECK-NEXT:          [-11.2000, -12.7000]]])
# CHECK-NEXT: tensor({{\[\[}}-1.5000, -1.1667, -0.8333, -0.5000],
# CHECK-NEXT:         [-0.1667,  0.1667,  0.5000,  0.8333],
# CHECK-NEXT:         [ 1.1667,  1.5000,  1.8333,  2.1667]]) tensor({{\[\[}} 0,  1,  2,  3],
# CHECK-NEXT:         [ 4,  5,  6,  7],
# CHECK-NEXT:         [ 8,  9, 10, 11]]) 2 3 1
# CHECK-NEXT: 4 0 12
# CHECK-NEXT: True True
# CHECK-NEXT: tensor({{\[\[}}6, 8, 7, 7],
# CHECK-NEXT:         [0, 0, 0, 5],
# CHECK-NEXT:         [1, 9, 4, 1]]) tensor([4, 4, 5, 4, 6]) tensor([0, 0], dtype=torch.int32)
