# Elementwise ops wired by name: fmod, atan2, logical_*, bitwise_* (named), lerp, log1p, expm1,
# tan, erf, trunc, sign, square, isnan, isinf, nan_to_num, elu, leaky_relu, hardtanh, softplus,
# clamp_min/max and the binary torch.max/min, as torch.f, methods and F.f with F's signatures
# (keywords, defaults, input=), over float, int64, int32 and bool tensors.
# Expected text: torch 1.13 eager's print of the same program.
# RUN: %tsc run %s | FileCheck %s
# RUN: %tsc %s -o %t.pt && %tsc run %t.pt | FileCheck %s
import torch
import torch.nn.functional as F
from torch import Tensor


def main() -> Tensor:
    x = torch.arange(12).view(3, 4).float() / 4 - 1.3
    y = torch.tensor([0.7, -1.5, 2.0, 0.3])
    n = torch.tensor([[7, -7, 9, -9], [5, 6, -4, 3]])
    print(torch.fmod(x, 0.7), x.fmod(y), torch.fmod(n, 4), n.fmod(torch.tensor([3, -3, 2, 5])))
    print(torch.atan2(x, y), x.atan2(torch.ones(1)), torch.atan2(n, torch.tensor([2, -3, 1, 1])))
    a = x > 0
    b = torch.tensor([True, False, True, False])
    print(torch.logical_and(a, b), a.logical_or(b), torch.logical_xor(x, y), torch.logical_not(n), x.logical_not())
    print(torch.bitwise_and(n, 6), n.bitwise_or(torch.tensor([1, 2, 4, 8])), torch.bitwise_xor(n, -3), a.bitwise_and(b))
    print(torch.bitwise_or(a, True), torch.bitwise_xor(a, b), n.bitwise_and(torch.tensor([3], dtype=torch.int32)))
    print(torch.lerp(x, y, 0.25), x.lerp(torch.zeros(3, 4), torch.tensor([0.0, 0.5, 1.0, 2.0])))
    print(torch.log1p(x + 1.3), x.expm1(), torch.tan(x), x.erf(), torch.erf(n.double() / 4))
    print(torch.trunc(x), x.sign(), torch.sign(n), n.square(), torch.square(x), torch.square(a.int()))
    z = torch.tensor([1.0, float("nan"), float("inf"), -float("inf"), -2.5])
    print(torch.isnan(z), z.isinf(), torch.isnan(n), z.nan_to_num(), torch.nan_to_num(z, nan=0.5, posinf=9.0))
    print(torch.nan_to_num(z, 1.0, 2.0, -3.0), z.double().nan_to_num(neginf=-1.0))
    print(F.elu(x), F.elu(x, 0.5), F.elu(x, alpha=2.0))
    print(F.leaky_relu(x), F.leaky_relu(x, 0.2), F.leaky_relu(input=x, negative_slope=0.3))
    print(F.hardtanh(x), F.hardtanh(x, -0.5, max_val=0.75), F.hardtanh(x, 0.0, 1.0))
    print(F.softplus(x), F.softplus(x, beta=2), F.softplus(x * 8, 1, 5), F.softplus(x, 3, 1))
    print(torch.clamp_min(x, 0.1), x.clamp_max(-0.2), torch.clamp_min(n, 0))
    print(torch.max(x, y), torch.min(n, torch.tensor([0, 6, 0, 0])), x.max(y), x.min(torch.zeros(3, 1)))
    print(F.relu(x, inplace=False), F.silu(x), F.gelu(x, approximate="tanh"))
    print(x.double().tan(), torch.trunc(n), torch.sign(a), n.square())
    return x.abs().log1p()

# CHECK: tensor({{\[\[}}-6.0000e-01, -3.5000e-01, -1.0000e-01, -5.5000e-01],
# CHECK-NEXT:         [-3.0000e-01, -5.0000e-02,  2.0000e-01,  4.5000e-01],
# CHECK-NEXT:         [ 5.9605e-08,  2.5000e-01,  5.0000e-01,  5.0000e-02]]) tensor({{\[\[}}-6.0000e-01, -1.0500e+00, -8.0000e-01, -2.5000e-01],
# CHECK-NEXT:         [-3.0000e-01, -5.0000e-02,  2.0000e-01,  1.5000e-01],
# CHECK-NEXT:         [ 5.9605e-08,  9.5000e-01,  1.2000e+00,  2.5000e-01]]) tensor({{\[\[}} 3, -3,  1, -1],
# CHECK-NEXT:         [ 1,  2,  0,  3]]) tensor({{\[\[}} 1, -1,  1, -4],
# CHECK-NEXT:         [ 2,  0,  0,  3]])
# CHECK-NEXT: tensor({{\[\[}}-1.0769, -2.5309, -0.3805, -1.0714],
# CHECK-NEXT:         [-0.4049, -3.1083,  0.0997,  0.9828],
# CHECK-NEXT:         [ 0.7854,  2.5770,  0.5404,  1.3668]]) tensor({{\[\[}}-0.9151, -0.8098, -0.6747, -0.5028],
# CHECK-NEXT:         [-0.2915, -0.0500,  0.1974,  0.4229],
# CHECK-NEXT:         [ 0.6107,  0.7598,  0.8761,  0.9670]]) tensor({{\[\[}} 1.2925, -1.9757,  1.4601, -1.4601],
# CHECK-NEXT:         [ 1.1903,  2.0344, -1.3258,  1.2490]])
# CHECK-NEXT: tensor({{\[\[}}False, False, False, False],
# CHECK-NEXT:         [False, False,  True, False],
# CHECK-NEXT:         [ True, False,  True, False]]) tensor({{\[\[}} True, False,  True, False],
# CHECK-NEXT:         [ True, False,  True,  True],
# CHECK-NEXT:         [ True,  True,  True,  True]]) tensor({{\[\[}}False, False, False, False],
# CHECK-NEXT:         [False, False, False, False],
# CHECK-NEXT:         [False, False, False, False]]) tensor({{\[\[}}False, False, False, False],
# CHECK-NEXT:         [False, False, False, False]]) tensor({{\[\[}}False, False, False, False],
# CHECK-NEXT:         [False, False, False, False],
# CHECK-NEXT:         [False, False, False, False]])
# CHECK-NEXT: tensor({{\[\[}}6, 0, 0, 6],
# CHECK-NEXT:         [4, 6, 4, 2]]) tensor({{\[\[}} 7, -5, 13, -1],
# CHECK-NEXT:         [ 5,  6, -4, 11]]) tensor({{\[\[}} -6,   4, -12,  10],
# CHECK-NEXT:         [ -8,  -5,   1,  -2]]) tensor({{\[\[}}False, False, False, False],
# CHECK-NEXT:         [False, False,  True, False],
# CHECK-NEXT:         [ True, False,  True, False]])
# CHECK-NEXT: tensor({{\[\[}}True, True, True, True],
# CHECK-NEXT:         [True, True, True, True],
# CHECK-NEXT:         [True, True, True, True]]) tensor({{\[\[}} True, False,  True, False],
# CHECK-NEXT:         [ True, False, False,  True],
# CHECK-NEXT:         [False,  True, False,  True]]) tensor({{\[\[}}3, 1, 1, 3],
# CHECK-NEXT:         [1, 2, 0, 3]])
# CHECK-NEXT: tensor({{\[\[}}-0.8000, -1.1625, -0.1000, -0.3375],
# CHECK-NEXT:         [-0.0500, -0.4125,  0.6500,  0.4125],
# CHECK-NEXT:         [ 0.7000,  0.3375,  1.4000,  1.1625]]) tensor({{\[\[}}-1.3000, -0.5250,  0.0000,  0.5500],
# CHECK-NEXT:         [-0.3000, -0.0250,  0.0000, -0.4500],
# CHECK-NEXT:         [ 0.7000,  0.4750,  0.0000, -1.4500]])
# CHECK-NEXT: tensor({{\[\[}}0.0000, 0.2231, 0.4055, 0.5596],
# CHECK-NEXT:         [0.6931, 0.8109, 0.9163, 1.0116],
# CHECK-NEXT:         [1.0986, 1.1787, 1.2528, 1.3218]]) tensor({{\[\[}}-0.7275, -0.6501, -0.5507, -0.4231],
# CHECK-NEXT:         [-0.2592, -0.0488,  0.2214,  0.5683],
# CHECK-NEXT:         [ 1.0138,  1.5857,  2.3201,  3.2631]]) tensor({{\[\[}}-3.6021, -1.7433, -1.0296, -0.6131],
# CHECK-NEXT:         [-0.3093, -0.0500,  0.2027,  0.4831],
# CHECK-NEXT:         [ 0.8423,  1.3984,  2.5722,  8.2381]]) tensor({{\[\[}}-0.9340, -0.8624, -0.7421, -0.5633],
# CHECK-NEXT:         [-0.3286, -0.0564,  0.2227,  0.4755],
# CHECK-NEXT:         [ 0.6778,  0.8209,  0.9103,  0.9597]]) tensor({{\[\[}} 0.9867, -0.9867,  0.9985, -0.9985],
# CHECK-NEXT:         [ 0.9229,  0.9661, -0.8427,  0.7112]], dtype=torch.float64)
# CHECK-NEXT: tensor({{\[\[}}-1., -1., -0., -0.],
# CHECK-NEXT:         [-0., -0.,  0.,  0.],
# CHECK-NEXT:         [ 0.,  0.,  1.,  1.]]) tensor({{\[\[}}-1., -1., -1., -1.],
# CHECK-NEXT:         [-1., -1.,  1.,  1.],
# CHECK-NEXT:         [ 1.,  1.,  1.,  1.]]) tensor({{\[\[}} 1, -1,  1, -1],
# CHECK-NEXT:         [ 1,  1, -1,  1]]) tensor({{\[\[}}49, 49, 81, 81],
# CHECK-NEXT:         [25, 36, 16,  9]]) tensor({{\[\[}}1.6900, 1.1025, 0.6400, 0.3025],
# CHECK-NEXT:         [0.0900, 0.0025, 0.0400, 0.2025],
# CHECK-NEXT:         [0.4900, 0.9025, 1.4400, 2.1025]]) tensor({{\[\[}}0, 0, 0, 0],
# CHECK-NEXT:         [0, 0, 1, 1],
# CHECK-NEXT:         [1, 1, 1, 1]], dtype=torch.int32)
# CHECK-NEXT: tensor([False,  True, False, False, False]) tensor([False, False,  True,  True, False]) tensor({{\[\[}}False, False, False, False],
# CHECK-NEXT:         [False, False, False, False]]) tensor([ 1.0000e+00,  0.0000e+00,  3.4028e+38, -3.4028e+38, -2.5000e+00]) tensor([ 1.0000e+00,  5.0000e-01,  9.0000e+00, -3.4028e+38, -2.5000e+00])
# CHECK-NEXT: tensor([ 1.0000,  1.0000,  2.0000, -3.0000, -2.5000]) tensor([ 1.0000e+00,  0.0000e+00, 1.7977e+308, -1.0000e+00, -2.5000e+00],
# CHECK-NEXT:        dtype=torch.float64)
# CHECK-NEXT: tensor({{\[\[}}-0.7275, -0.6501, -0.5507, -0.4231],
# CHECK-NEXT:         [-0.2592, -0.0488,  0.2000,  0.4500],
# CHECK-NEXT:         [ 0.7000,  0.9500,  1.2000,  1.4500]]) tensor({{\[\[}}-0.3637, -0.3250, -0.2753, -0.2115],
# CHECK-NEXT:         [-0.1296, -0.0244,  0.2000,  0.4500],
# CHECK-NEXT:         [ 0.7000,  0.9500,  1.2000,  1.4500]]) tensor({{\[\[}}-1.4549, -1.3001, -1.1013, -0.8461],
# CHECK-NEXT:         [-0.5184, -0.0975,  0.2000,  0.4500],
# CHECK-NEXT:         [ 0.7000,  0.9500,  1.2000,  1.4500]])
# CHECK-NEXT: tensor({{\[\[}}-1.3000e-02, -1.0500e-02, -8.0000e-03, -5.5000e-03],
# CHECK-NEXT:         [-3.0000e-03, -5.0000e-04,  2.0000e-01,  4.5000e-01],
# CHECK-NEXT:         [ 7.0000e-01,  9.5000e-01,  1.2000e+00,  1.4500e+00]]) tensor({{\[\[}}-0.2600, -0.2100, -0.1600, -0.1100],
# CHECK-NEXT:         [-0.0600, -0.0100,  0.2000,  0.4500],
# CHECK-NEXT:         [ 0.7000,  0.9500,  1.2000,  1.4500]]) tensor({{\[\[}}-0.3900, -0.3150, -0.2400, -0.1650],
# CHECK-NEXT:         [-0.0900, -0.0150,  0.2000,  0.4500],
# CHECK-NEXT:         [ 0.7000,  0.9500,  1.2000,  1.4500]])
# CHECK-NEXT: tensor({{\[\[}}-1.0000, -1.0000, -0.8000, -0.5500],
# CHECK-NEXT:         [-0.3000, -0.0500,  0.2000,  0.4500],
# CHECK-NEXT:         [ 0.7000,  0.9500,  1.0000,  1.0000]]) tensor({{\[\[}}-0.5000, -0.5000, -0.5000, -0.5000],
# CHECK-NEXT:         [-0.3000, -0.0500,  0.2000,  0.4500],
# CHECK-NEXT:         [ 0.7000,  0.7500,  0.7500,  0.7500]]) tensor({{\[\[}}0.0000, 0.0000, 0.0000, 0.0000],
# CHECK-NEXT:         [0.0000, 0.0000, 0.2000, 0.4500],
# CHECK-NEXT:         [0.7000, 0.9500, 1.0000, 1.0000]])
# CHECK-NEXT: tensor({{\[\[}}0.2410, 0.3001, 0.3711, 0.4555],
# CHECK-NEXT:         [0.5544, 0.6685, 0.7981, 0.9432],
# CHECK-NEXT:         [1.1032, 1.2770, 1.4633, 1.6607]]) tensor({{\[\[}}0.0358, 0.0578, 0.0920, 0.1437],
# CHECK-NEXT:         [0.2187, 0.3222, 0.4565, 0.6206],
# CHECK-NEXT:         [0.8102, 1.0197, 1.2434, 1.4768]]) tensor({{\[\[}}3.0432e-05, 2.2484e-04, 1.6602e-03, 1.2203e-02],
# CHECK-NEXT:         [8.6836e-02, 5.1302e-01, 1.7839e+00, 3.6270e+00],
# CHECK-NEXT:         [5.6000e+00, 7.6000e+00, 9.6000e+00, 1.1600e+01]]) tensor({{\[\[}}0.0067, 0.0140, 0.0289, 0.0586],
# CHECK-NEXT:         [0.1137, 0.2070, 0.3458, 0.4500],
# CHECK-NEXT:         [0.7000, 0.9500, 1.2000, 1.4500]])
# CHECK-NEXT: tensor({{\[\[}}0.1000, 0.1000, 0.1000, 0.1000],
# CHECK-NEXT:         [0.1000, 0.1000, 0.2000, 0.4500],
# CHECK-NEXT:         [0.7000, 0.9500, 1.2000, 1.4500]]) tensor({{\[\[}}-1.3000, -1.0500, -0.8000, -0.5500],
# CHECK-NEXT:         [-0.3000, -0.2000, -0.2000, -0.2000],
# CHECK-NEXT:         [-0.2000, -0.2000, -0.2000, -0.2000]]) tensor({{\[\[}}7, 0, 9, 0],
# CHECK-NEXT:         [5, 6, 0, 3]])
# CHECK-NEXT: tensor({{\[\[}} 0.7000, -1.0500,  2.0000,  0.3000],
# CHECK-NEXT:         [ 0.7000, -0.0500,  2.0000,  0.4500],
# CHECK-NEXT:         [ 0.7000,  0.9500,  2.0000,  1.4500]]) tensor({{\[\[}} 0, -7,  0, -9],
# CHECK-NEXT:         [ 0,  6, -4,  0]]) tensor({{\[\[}} 0.7000, -1.0500,  2.0000,  0.3000],
# CHECK-NEXT:         [ 0.7000, -0.0500,  2.0000,  0.4500],
# CHECK-NEXT:         [ 0.7000,  0.9500,  2.0000,  1.4500]]) tensor({{\[\[}}-1.3000, -1.0500, -0.8000, -0.5500],
# CHECK-NEXT:         [-0.3000, -0.0500,  0.0000,  0.0000],
# CHECK-NEXT:         [ 0.0000,  0.0000,  0.0000,  0.0000]])
# CHECK-NEXT: tensor({{\[\[}}0.0000, 0.0000, 0.0000, 0.0000],
# CHECK-NEXT:         [0.0000, 0.0000, 0.2000, 0.4500],
# CHECK-NEXT:         [0.7000, 0.9500, 1.2000, 1.4500]]) tensor({{\[\[}}-0.2784, -0.2722, -0.2480, -0.2012],
# CHECK-NEXT:         [-0.1277, -0.0244,  0.1100,  0.2748],
# CHECK-NEXT:         [ 0.4677,  0.6851,  0.9222,  1.1745]]) tensor({{\[\[}}-0.1261, -0.1544, -0.1696, -0.1602],
# CHECK-NEXT:         [-0.1146, -0.0240,  0.1159,  0.3031],
# CHECK-NEXT:         [ 0.5306,  0.7874,  1.0617,  1.3432]])
# CHECK-NEXT: tensor({{\[\[}}-3.6021, -1.7433, -1.0296, -0.6131],
# CHECK-NEXT:         [-0.3093, -0.0500,  0.2027,  0.4831],
# CHECK-NEXT:         [ 0.8423,  1.3984,  2.5722,  8.2381]], dtype=torch.float64) tensor({{\[\[}} 7, -7,  9, -9],
# CHECK-NEXT:         [ 5,  6, -4,  3]]) tensor({{\[\[}}False, False, False, False],
# CHECK-NEXT:         [False, False,  True,  True],
# CHECK-NEXT:         [ True,  True,  True,  True]]) tensor({{\[\[}}49, 49, 81, 81],
# CHECK-NEXT:         [25, 36, 16,  9]])
