# Tensor operators as TorchScript maps them: x + 1 is aten::add.Scalar, 1 - x is
# aten::rsub.Scalar, 1 / x is reciprocal(x) * 1; PyTorch's type promotion
# (int tensor with a float scalar is float32). Expected text: torch eager's print.
# RUN: %tsc run %s | FileCheck %s
# RUN: %tsc %s --emit=ir | FileCheck %s --check-prefix=IR
import torch
from torch import Tensor


def main() -> Tensor:
    x = torch.tensor([[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]])
    i = torch.arange(6).view(2, 3)
    # IR: aten::add(%{{.*}}, %{{.*}}, %{{.*}})
    print(x + 1, x + 1.5, x + True)
    print(1 + x, 2 * x, 1 - x, 1 / x)
    print(x - i, x * i, x / 2, i / 4)
    print(i + 1, i * 2, i + 0.5, 3 - i)
    print(i // 4, i % 4, -7 // (i + 1), 7 % (i + 1), x // 2, x % 2.5)
    print(x ** 2, 2 ** i, i ** 2, x ** i)
    print(-x, -i, ~(i > 2), ~i)
    print(x @ x.t(), x.t() @ x)
    print(x > 1, x <= 3, 2 < x, x == i, x != -2.0, 1 >= i)
    print((i > 1) & (i < 4), (i < 1) | (i > 4), (i > 1) ^ (i > 3), i & 3, i | 8, 5 ^ i)
    y = torch.div(i, 4, rounding_mode="floor")
    print(y, torch.div(x, 4, rounding_mode="trunc"), torch.maximum(x, i), torch.minimum(x, i))
    print(torch.where(x > 0, x, torch.zeros_like(x)), torch.where(x > 0, 1.0, -1.0))
    print(torch.clamp(x, -1, 2), x.clamp(min=0.5), torch.add(x, i, alpha=2), torch.sub(x, 1, alpha=3))
    return x.abs().sqrt() + torch.exp(x).log() - torch.tanh(x) * torch.sigmoid(x)

# CHECK: tensor({{\[\[}} 2., -1.,  4.],
# CHECK-NEXT:         [ 5.,  6., -5.]]) tensor({{\[\[}} 2.5000, -0.5000,  4.5000],
# CHECK-NEXT:         [ 5.5000,  6.5000, -4.5000]]) tensor({{\[\[}} 2., -1.,  4.],
# CHECK-NEXT:         [ 5.,  6., -5.]])
# CHECK-NEXT: tensor({{\[\[}} 2., -1.,  4.],
# CHECK-NEXT:         [ 5.,  6., -5.]]) tensor({{\[\[}}  2.,  -4.,   6.],
# CHECK-NEXT:         [  8.,  10., -12.]]) tensor({{\[\[}} 0.,  3., -2.],
# CHECK-NEXT:         [-3., -4.,  7.]]) tensor({{\[\[}} 1.0000, -0.5000,  0.3333],
# CHECK-NEXT:         [ 0.2500,  0.2000, -0.1667]])
# CHECK-NEXT: tensor({{\[\[}}  1.,  -3.,   1.],
# CHECK-NEXT:         [  1.,   1., -11.]]) tensor({{\[\[}}  0.,  -2.,   6.],
# CHECK-NEXT:         [ 12.,  20., -30.]]) tensor({{\[\[}} 0.5000, -1.0000,  1.5000],
# CHECK-NEXT:         [ 2.0000,  2.5000, -3.0000]]) tensor({{\[\[}}0.0000, 0.2500, 0.5000],
# CHECK-NEXT:         [0.7500, 1.0000, 1.2500]])
# CHECK-NEXT: tensor({{\[\[}}1, 2, 3],
# CHECK-NEXT:         [4, 5, 6]]) tensor({{\[\[}} 0,  2,  4],
# CHECK-NEXT:         [ 6,  8, 10]]) tensor({{\[\[}}0.5000, 1.5000, 2.5000],
# CHECK-NEXT:         [3.5000, 4.5000, 5.5000]]) tensor({{\[\[}} 3,  2,  1],
# CHECK-NEXT:         [ 0, -1, -2]])
# CHECK-NEXT: tensor({{\[\[}}0, 0, 0],
# CHECK-NEXT:         [0, 1, 1]]) tensor({{\[\[}}0, 1, 2],
# CHECK-NEXT:         [3, 0, 1]]) tensor({{\[\[}}-7, -4, -3],
# CHECK-NEXT:         [-2, -2, -2]]) tensor({{\[\[}}0, 1, 1],
# CHECK-NEXT:         [3, 2, 1]]) tensor({{\[\[}} 0., -1.,  1.],
# CHECK-NEXT:         [ 2.,  2., -3.]]) tensor({{\[\[}}1.0000, 0.5000, 0.5000],
# CHECK-NEXT:         [1.5000, 0.0000, 1.5000]])
# CHECK-NEXT: tensor({{\[\[}} 1.,  4.,  9.],
# CHECK-NEXT:         [16., 25., 36.]]) tensor({{\[\[}} 1,  2,  4],
# CHECK-NEXT:         [ 8, 16, 32]]) tensor({{\[\[}} 0,  1,  4],
# CHECK-NEXT:         [ 9, 16, 25]]) tensor({{\[\[}} 1.0000e+00, -2.0000e+00,  9.0000e+00],
# CHECK-NEXT:         [ 6.4000e+01,  6.2500e+02, -7.7760e+03]])
# CHECK-NEXT: tensor({{\[\[}}-1.,  2., -3.],
# CHECK-NEXT:         [-4., -5.,  6.]]) tensor({{\[\[}} 0, -1, -2],
# CHECK-NEXT:         [-3, -4, -5]]) tensor({{\[\[}} True,  True,  True],
# CHECK-NEXT:         [False, False, False]]) tensor({{\[\[}}-1, -2, -3],
# CHECK-NEXT:         [-4, -5, -6]])
# CHECK-NEXT: tensor({{\[\[}} 14., -24.],
# CHECK-NEXT:         [-24.,  77.]]) tensor({{\[\[}} 17.,  18., -21.],
# CHECK-NEXT:         [ 18.,  29., -36.],
# CHECK-NEXT:         [-21., -36.,  45.]])
# CHECK-NEXT: tensor({{\[\[}}False, False,  True],
# CHECK-NEXT:         [ True,  True, False]]) tensor({{\[\[}} True,  True,  True],
# CHECK-NEXT:         [False, False,  True]]) tensor({{\[\[}}False, False,  True],
# CHECK-NEXT:         [ True,  True, False]]) tensor({{\[\[}}False, False, False],
# CHECK-NEXT:         [False, False, False]]) tensor({{\[\[}} True, False,  True],
# CHECK-NEXT:         [ True,  True,  True]]) tensor({{\[\[}} True,  True, False],
# CHECK-NEXT:         [False, False, False]])
# CHECK-NEXT: tensor({{\[\[}}False, False,  True],
# CHECK-NEXT:         [ True, False, False]]) tensor({{\[\[}} True, False, False],
# CHECK-NEXT:         [False, False,  True]]) tensor({{\[\[}}False, False,  True],
# CHECK-NEXT:         [ True, False, False]]) tensor({{\[\[}}0, 1, 2],
# CHECK-NEXT:         [3, 0, 1]]) tensor({{\[\[}} 8,  9, 10],
# CHECK-NEXT:         [11, 12, 13]]) tensor({{\[\[}}5, 4, 7],
# CHECK-NEXT:         [6, 1, 0]])
# CHECK-NEXT: tensor({{\[\[}}0, 0, 0],
# CHECK-NEXT:         [0, 1, 1]]) tensor({{\[\[}} 0., -0.,  0.],
# CHECK-NEXT:         [ 1.,  1., -1.]]) tensor({{\[\[}}1., 1., 3.],
# CHECK-NEXT:         [4., 5., 5.]]) tensor({{\[\[}} 0., -2.,  2.],
# CHECK-NEXT:         [ 3.,  4., -6.]])
# CHECK-NEXT: tensor({{\[\[}}1., 0., 3.],
# CHECK-NEXT:         [4., 5., 0.]]) tensor({{\[\[}} 1., -1.,  1.],
# CHECK-NEXT:         [ 1.,  1., -1.]])
# CHECK-NEXT: tensor({{\[\[}} 1., -1.,  2.],
# CHECK-NEXT:         [ 2.,  2., -1.]]) tensor({{\[\[}}1.0000, 0.5000, 3.0000],
# CHECK-NEXT:         [4.0000, 5.0000, 0.5000]]) tensor({{\[\[}} 1.,  0.,  7.],
# CHECK-NEXT:         [10., 13.,  4.]]) tensor({{\[\[}}-2., -5.,  0.],
# CHECK-NEXT:         [ 1.,  2., -9.]])
# CHECK-NEXT: tensor({{\[\[}} 1.4432, -0.4709,  3.7842],
# CHECK-NEXT:         [ 5.0186,  6.2429, -3.5480]])
