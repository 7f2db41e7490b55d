# More mutation forms: bool masks and bool fills, rows from enumerate/zip written in place, `xs[1] += 2`
# on a list of tensors, list and bool-list indices, and in-place ops whose operand overlaps self
# without overlapping it (x.add_(x.flip(0)), w[:2].copy_(w[2:4])). Expected text: torch eager's print.
# RUN: %tsc run %s | FileCheck %s
import torch
from torch import Tensor
from typing import List


def main() -> int:
    m = torch.zeros(3, dtype=torch.bool)
    m[1] = True
    m[torch.tensor([2])] = True
    x = torch.arange(6).view(3, 2)
    for i, row in enumerate(x):
        row[0] = i * 10
    for a, b in zip(x, torch.ones(3, 2)):
        a += b.long()
    xs = [torch.zeros(2), torch.ones(2)]
    xs[1] += 2
    idx: List[int] = [2, 0]
    print(m, x, xs, x[idx], x[[True, False, True]])
    y = torch.zeros(2, 3)
    y[:, [0, 2]] = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
    y[y > 2] = y[y > 2] * 10
    print(y)
    z = torch.arange(5)
    z.add_(z.flip(0))
    w = torch.arange(5)
    w[:2].copy_(w[2:4])
    v = torch.arange(4).float()
    v[:2] += v[2:]
    print(z, w, v)
    return len(x)
# CHECK: tensor([False,  True,  True]) tensor({{\[\[}} 1,  2],
# CHECK-NEXT:         [11,  4],
# CHECK-NEXT:         [21,  6]]) [tensor([0., 0.]), tensor([3., 3.])] tensor({{\[\[}}21,  6],
# CHECK-NEXT:         [ 1,  2]]) tensor({{\[\[}} 1,  2],
# CHECK-NEXT:         [21,  6]])
# CHECK-NEXT: tensor({{\[\[}} 1.,  0.,  2.],
# CHECK-NEXT:         [30.,  0., 40.]])
# CHECK-NEXT: tensor([4, 4, 4, 4, 4]) tensor([2, 3, 2, 3, 4]) tensor([2., 4., 2., 3.])
# CHECK-NEXT: 3
