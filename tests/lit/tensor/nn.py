# torch.nn.functional through `import torch.nn.functional as F`, and linear algebra.
# F.embedding(input, weight) is aten::embedding(weight, indices); `int[2] stride=1` takes an int
# or a list; F.batch_norm(input, running_mean, running_var, ...) is reordered into
# aten::batch_norm and in training mode updates the running stats in place.
# Expected text: torch eager's print.
# RUN: %tsc run %s | FileCheck %s
# RUN: %tsc %s -o %t.pt && %tsc run %t.pt | FileCheck %s
import torch
import torch.nn.functional as F
from torch import Tensor


def mlp(x: Tensor, w1: Tensor, b1: Tensor, w2: Tensor) -> Tensor:
    h = F.relu(F.linear(x, w1, b1))
    return F.log_softmax(F.linear(h, w2), dim=-1)


def main() -> Tensor:
    x = torch.arange(12).view(3, 4).float() / 10 - 0.5
    w1 = torch.arange(20).view(5, 4).float() / 16 - 0.37
    b1 = torch.linspace(-1, 1, 5)
    w2 = torch.arange(10).view(2, 5).float() / 7 - 0.6
    print(mlp(x, w1, b1, w2))
    print(F.softmax(x, 0), F.gelu(x), F.silu(x), torch.relu(x), torch.sigmoid(x))
    print(F.layer_norm(x, [4]), F.layer_norm(x, [4], w1[0], b1[1:]), F.layer_norm(x, [3, 4], eps=0.1))
    e = torch.arange(8).view(4, 2).float()
    print(F.embedding(torch.tensor([[0, 3], [2, 2]]), e), torch.embedding(e, torch.tensor([1])))
    print(torch.mm(x, w1.t()), torch.matmul(x, w1[0]), torch.bmm(x.view(1, 3, 4), w1.t().view(1, 4, 5)))
    print(torch.addmm(b1, x, w1.t()), torch.addmm(b1, x, w1.t(), beta=0.5, alpha=2))
    img = torch.arange(32).view(1, 2, 4, 4).float() / 10
    k = torch.arange(36).view(2, 2, 3, 3).float() / 50 - 0.3
    print(F.conv2d(img, k), F.conv2d(img, k, torch.tensor([0.5, -0.5]), 1, 1))
    print(F.conv2d(img, k, stride=2, padding=1), F.conv2d(img, k, padding="same"), torch.conv2d(img, k, None, [1, 2]))
    rm = torch.tensor([0.13, -0.27])
    rv = torch.tensor([1.5, 0.5])
    print(F.batch_norm(img, rm, rv), F.batch_norm(img, rm, rv, torch.tensor([2.0, 1.0]), eps=0.1))
    print(F.batch_norm(img, rm, rv, training=True, momentum=0.5), rm, rv)
    return x.matmul(w1.t()).sum(0) + F.linear(x, w1).mean(0)

# CHECK: tensor({{\[\[}}-0.6996, -0.6867],
# CHECK-NEXT:         [-1.5737, -0.2323],
# CHECK-NEXT:         [-3.0160, -0.0502]])
# CHECK-NEXT: tensor({{\[\[}}0.2120, 0.2120, 0.2120, 0.2120],
# CHECK-NEXT:         [0.3162, 0.3162, 0.3162, 0.3162],
# CHECK-NEXT:         [0.4718, 0.4718, 0.4718, 0.4718]]) tensor({{\[\[}}-0.1543, -0.1378, -0.1146, -0.0841],
# CHECK-NEXT:         [-0.0460,  0.0000,  0.0540,  0.1159],
# CHECK-NEXT:         [ 0.1854,  0.2622,  0.3457,  0.4354]]) tensor({{\[\[}}-0.1888, -0.1605, -0.1277, -0.0900],
# CHECK-NEXT:         [-0.0475,  0.0000,  0.0525,  0.1100],
# CHECK-NEXT:         [ 0.1723,  0.2395,  0.3112,  0.3874]]) tensor({{\[\[}}0.0000, 0.0000, 0.0000, 0.0000],
# CHECK-NEXT:         [0.0000, 0.0000, 0.1000, 0.2000],
# CHECK-NEXT:         [0.3000, 0.4000, 0.5000, 0.6000]]) tensor({{\[\[}}0.3775, 0.4013, 0.4256, 0.4502],
# CHECK-NEXT:         [0.4750, 0.5000, 0.5250, 0.5498],
# CHECK-NEXT:         [0.5744, 0.5987, 0.6225, 0.6457]])
# CHECK-NEXT: tensor({{\[\[}}-1.3411, -0.4470,  0.4470,  1.3411],
# CHECK-NEXT:         [-1.3411, -0.4470,  0.4470,  1.3411],
# CHECK-NEXT:         [-1.3411, -0.4470,  0.4470,  1.3411]]) tensor({{\[\[}}-0.0038,  0.1375,  0.3905,  0.7552],
# CHECK-NEXT:         [-0.0038,  0.1375,  0.3905,  0.7552],
# CHECK-NEXT:         [-0.0038,  0.1375,  0.3905,  0.7552]]) tensor({{\[\[}}-1.1748, -0.9612, -0.7476, -0.5340],
# CHECK-NEXT:         [-0.3204, -0.1068,  0.1068,  0.3204],
# CHECK-NEXT:         [ 0.5340,  0.7476,  0.9612,  1.1748]])
# CHECK-NEXT: tensor({{\[\[\[}}0., 1.],
# CHECK-NEXT:          [6., 7.]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}4., 5.],
# CHECK-NEXT:          [4., 5.]]]) tensor({{\[\[}}2., 3.]])
# CHECK-NEXT: tensor({{\[\[}} 0.4180,  0.0680, -0.2820, -0.6320, -0.9820],
# CHECK-NEXT:         [-0.0240,  0.0260,  0.0760,  0.1260,  0.1760],
# CHECK-NEXT:         [-0.4660, -0.0160,  0.4340,  0.8840,  1.3340]]) tensor([ 0.4180, -0.0240, -0.4660]) tensor({{\[\[\[}} 0.4180,  0.0680, -0.2820, -0.6320, -0.9820],
# CHECK-NEXT:          [-0.0240,  0.0260,  0.0760,  0.1260,  0.1760],
# CHECK-NEXT:          [-0.4660, -0.0160,  0.4340,  0.8840,  1.3340]]])
# CHECK-NEXT: tensor({{\[\[}}-0.5820, -0.4320, -0.2820, -0.1320,  0.0180],
# CHECK-NEXT:         [-1.0240, -0.4740,  0.0760,  0.6260,  1.1760],
# CHECK-NEXT:         [-1.4660, -0.5160,  0.4340,  1.3840,  2.3340]]) tensor({{\[\[}} 0.3360, -0.1140, -0.5640, -1.0140, -1.4640],
# CHECK-NEXT:         [-0.5480, -0.1980,  0.1520,  0.5020,  0.8520],
# CHECK-NEXT:         [-1.4320, -0.2820,  0.8680,  2.0180,  3.1680]])
# CHECK-NEXT: tensor({{\[\[\[\[}}-1.4340, -1.6680],
# CHECK-NEXT:           [-2.3700, -2.6040]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 6.9900,  7.4040],
# CHECK-NEXT:           [ 8.6460,  9.0600]]]]) tensor({{\[\[\[\[}} 0.3720,  0.1320,  0.0120,  0.0280],
# CHECK-NEXT:           [-0.2380, -0.9340, -1.1680, -0.8740],
# CHECK-NEXT:           [-0.8140, -1.8700, -2.1040, -1.5460],
# CHECK-NEXT:           [-1.0920, -2.1960, -2.3880, -1.6600]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 2.3960,  3.8840,  4.1960,  2.6280],
# CHECK-NEXT:           [ 4.1620,  6.4900,  6.9040,  4.3900],
# CHECK-NEXT:           [ 5.3140,  8.1460,  8.5600,  5.4460],
# CHECK-NEXT:           [ 3.2360,  5.0120,  5.2520,  3.2440]]]])
# CHECK-NEXT: tensor({{\[\[\[\[}}-0.1280, -0.4880],
# CHECK-NEXT:           [-1.3140, -2.6040]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 2.8960,  4.6960],
# CHECK-NEXT:           [ 5.8140,  9.0600]]]]) tensor({{\[\[\[\[}}-0.1280, -0.3680, -0.4880, -0.4720],
# CHECK-NEXT:           [-0.7380, -1.4340, -1.6680, -1.3740],
# CHECK-NEXT:           [-1.3140, -2.3700, -2.6040, -2.0460],
# CHECK-NEXT:           [-1.5920, -2.6960, -2.8880, -2.1600]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 2.8960,  4.3840,  4.6960,  3.1280],
# CHECK-NEXT:           [ 4.6620,  6.9900,  7.4040,  4.8900],
# CHECK-NEXT:           [ 5.8140,  8.6460,  9.0600,  5.9460],
# CHECK-NEXT:           [ 3.7360,  5.5120,  5.7520,  3.7440]]]]) tensor({{\[\[\[\[}}-1.4340],
# CHECK-NEXT:           [-2.3700]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 6.9900],
# CHECK-NEXT:           [ 8.6460]]]])
# CHECK-NEXT: tensor({{\[\[\[\[}}-0.1061, -0.0245,  0.0572,  0.1388],
# CHECK-NEXT:           [ 0.2205,  0.3021,  0.3838,  0.4654],
# CHECK-NEXT:           [ 0.5471,  0.6287,  0.7103,  0.7920],
# CHECK-NEXT:           [ 0.8736,  0.9553,  1.0369,  1.1186]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 2.6446,  2.7860,  2.9274,  3.0688],
# CHECK-NEXT:           [ 3.2102,  3.3517,  3.4931,  3.6345],
# CHECK-NEXT:           [ 3.7759,  3.9173,  4.0588,  4.2002],
# CHECK-NEXT:           [ 4.3416,  4.4830,  4.6244,  4.7659]]]]) tensor({{\[\[\[\[}}-0.2055, -0.0474,  0.1107,  0.2688],
# CHECK-NEXT:           [ 0.4269,  0.5850,  0.7431,  0.9012],
# CHECK-NEXT:           [ 1.0594,  1.2175,  1.3756,  1.5337],
# CHECK-NEXT:           [ 1.6918,  1.8499,  2.0080,  2.1662]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 2.4142,  2.5433,  2.6724,  2.8015],
# CHECK-NEXT:           [ 2.9306,  3.0597,  3.1888,  3.3179],
# CHECK-NEXT:           [ 3.4470,  3.5761,  3.7052,  3.8343],
# CHECK-NEXT:           [ 3.9634,  4.0925,  4.2216,  4.3507]]]])
# CHECK-NEXT: tensor({{\[\[\[\[}}-1.6269, -1.4100, -1.1931, -0.9762],
# CHECK-NEXT:           [-0.7592, -0.5423, -0.3254, -0.1085],
# CHECK-NEXT:           [ 0.1085,  0.3254,  0.5423,  0.7592],
# CHECK-NEXT:           [ 0.9762,  1.1931,  1.4100,  1.6269]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}}-1.6269, -1.4100, -1.1931, -0.9762],
# CHECK-NEXT:           [-0.7592, -0.5423, -0.3254, -0.1085],
# CHECK-NEXT:           [ 0.1085,  0.3254,  0.5423,  0.7592],
# CHECK-NEXT:           [ 0.9762,  1.1931,  1.4100,  1.6269]]]]) tensor([0.4400, 1.0400]) tensor([0.8633, 0.3633])
# CHECK-NEXT: tensor([-0.0960,  0.1040,  0.3040,  0.5040,  0.7040])
