# torch.nn.functional ops with F's Python signatures: conv1d (padding ints, "same", "valid",
# stride, dilation, groups, unbatched), max_pool2d (an int kernel_size is [k, k], stride=None
# is the kernel, ceil_mode, dilation, return_indices=True), avg_pool2d, adaptive_avg_pool2d,
# group_norm, dropout (inference), pad (constant, reflect, replicate, circular, negative),
# interpolate (nearest, bilinear, linear; size or scale_factor; align_corners), one_hot,
# scaled_dot_product_attention (torch 2.x's op; expected values from torch 2's documented
# reference implementation, softmax(q @ k^T * scale + mask) @ v, run in torch 1.13 eager),
# embedding by keywords, elu/softmax/log_softmax/gelu through F.
# Expected text: torch 1.13 eager's print of the same program.
# RUN: %tsc run %s | FileCheck %s
# RUN: %tsc %s -o %t.pt && %tsc run %t.pt | FileCheck %s
import torch
import torch.nn.functional as F
from torch import Tensor
from typing import Optional


def attention(q: Tensor, k: Tensor, v: Tensor, mask: Optional[Tensor], causal: bool) -> Tensor:
    return F.scaled_dot_product_attention(q, k, v, attn_mask=mask, is_causal=causal)


def main() -> Tensor:
    s = torch.arange(24).view(2, 2, 6).float() / 10 - 1.0
    w = torch.arange(12).view(3, 2, 2).float() / 7 - 0.8
    print(F.conv1d(s, w), F.conv1d(s, w, torch.tensor([0.5, 0.0, -0.5]), 2, 1), torch.conv1d(s, w, padding="same"))
    print(F.conv1d(s, w, dilation=2, padding=[1]), F.conv1d(s, w[:2, :1], groups=2), F.conv1d(s[0], w, padding="valid"))
    img = torch.arange(50).view(1, 2, 5, 5).float() / 9 - 2.5
    print(F.max_pool2d(img, 2), F.max_pool2d(img, (3, 2), stride=1), F.max_pool2d(img, 3, 2, 1, ceil_mode=True))
    print(F.max_pool2d(img, 2, dilation=2), torch.max_pool2d(img, [2, 2], [1, 2]))
    pv, pi = F.max_pool2d(img, 2, return_indices=True)
    print(pv, pi)
    print(F.avg_pool2d(img, 2), F.avg_pool2d(img, 3, 2, 1), F.avg_pool2d(img, 3, 2, 1, count_include_pad=False))
    print(F.avg_pool2d(img, 2, ceil_mode=True), F.avg_pool2d(img, [2, 3], divisor_override=2))
    print(F.adaptive_avg_pool2d(img, 2), F.adaptive_avg_pool2d(img, (3, 1)), F.adaptive_avg_pool2d(img[0], [1, 4]))
    g = torch.arange(48).view(2, 4, 6).float() / 5
    print(F.group_norm(g, 2), F.group_norm(g, 4, torch.tensor([1.0, 2.0, 0.5, -1.0]), torch.ones(4), eps=0.1))
    print(torch.group_norm(g, 1), F.dropout(g[0], training=False), F.dropout(g[1], 0.0), F.dropout(g[0], p=0.3, training=False))
    print(torch.dropout(g[0], 0.5, False))
    t = torch.arange(6).view(1, 2, 3).float()
    print(F.pad(t, (1, 2)), F.pad(t, [1, 1, 2, 0], value=-1.0), F.pad(t, (2, 1), mode="reflect"), F.pad(t, (1, 1), "replicate"))
    print(F.pad(t, (1, 2), mode="circular"), F.pad(t, (-1, 1)))
    sq = torch.arange(6).view(1, 1, 2, 3).float()
    print(F.interpolate(sq, scale_factor=2), F.interpolate(sq, size=(3, 4)), F.interpolate(sq, size=4, mode="nearest"))
    print(F.interpolate(sq, size=(3, 5), mode="bilinear", align_corners=True), F.interpolate(sq, scale_factor=(1.5, 2.0), mode="bilinear"))
    print(F.interpolate(t, size=5, mode="linear"), F.interpolate(t, scale_factor=2.0, mode="linear", align_corners=True))
    print(F.one_hot(torch.tensor([0, 3, 1])), F.one_hot(torch.tensor([[1], [0]]), num_classes=3))
    torch.manual_seed(0)
    q = torch.randn(2, 3, 4)
    k = torch.randn(2, 5, 4)
    v = torch.randn(2, 5, 6)
    mask = torch.randn(3, 5)
    print(attention(q, k, v, mask, False), attention(q, k[:, :3], v[:, :3], None, True))
    print(attention(q, k, v, mask > 0, False), F.scaled_dot_product_attention(q, k, v, scale=0.3))
    print(F.elu(s, inplace=False), F.softmax(s, dim=1), F.log_softmax(s, -1, dtype=torch.float64), F.gelu(s))
    emb = torch.arange(8).view(4, 2).float()
    print(F.embedding(torch.tensor([3, 0]), emb), F.embedding(input=torch.tensor([1]), weight=emb, padding_idx=1))
    v5 = torch.arange(24).view(1, 1, 2, 3, 4).float()
    print(F.interpolate(t, size=5), F.interpolate(t, scale_factor=2), F.interpolate(t, size=[4]), F.interpolate(t, scale_factor=(1.5,)))
    print(F.interpolate(v5, size=(3, 4, 2)), F.interpolate(v5, scale_factor=0.5))
    return F.avg_pool2d(img, 5)

# CHECK: tensor({{\[\[}}[ 1.7086,  1.4743,  1.2400,  1.0057,  0.7714],
# CHECK-NEXT:          [ 0.2229,  0.2171,  0.2114,  0.2057,  0.2000],
# CHECK-NEXT:          [-1.2629, -1.0400, -0.8171, -0.5943, -0.3714]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}-1.1029, -1.3371, -1.5714, -1.8057, -2.0400],
# CHECK-NEXT:          [ 0.1543,  0.1486,  0.1429,  0.1371,  0.1314],
# CHECK-NEXT:          [ 1.4114,  1.6343,  1.8571,  2.0800,  2.3029]]]) tensor({{\[\[}}[ 1.3057,  1.9743,  1.5057,  0.8486],
# CHECK-NEXT:          [ 0.0057,  0.2171,  0.2057,  0.1200],
# CHECK-NEXT:          [-1.2943, -1.5400, -1.0943, -0.6086]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}} 0.0714, -0.8371, -1.3057, -0.7286],
# CHECK-NEXT:          [ 0.1429,  0.1486,  0.1371, -0.0857],
# CHECK-NEXT:          [ 0.2143,  1.1343,  1.5800,  0.5571]]]) tensor({{\[\[}}[ 1.7086,  1.4743,  1.2400,  1.0057,  0.7714,  0.3486],
# CHECK-NEXT:          [ 0.2229,  0.2171,  0.2114,  0.2057,  0.2000,  0.1200],
# CHECK-NEXT:          [-1.2629, -1.0400, -0.8171, -0.5943, -0.3714, -0.1086]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}-1.1029, -1.3371, -1.5714, -1.8057, -2.0400, -1.2286],
# CHECK-NEXT:          [ 0.1543,  0.1486,  0.1429,  0.1371,  0.1314, -0.0857],
# CHECK-NEXT:          [ 1.4114,  1.6343,  1.8571,  2.0800,  2.3029,  1.0571]]])
# CHECK-NEXT: tensor({{\[\[}}[ 0.7029,  1.6057,  1.3714,  1.1371,  0.9029,  0.4800],
# CHECK-NEXT:          [ 0.0171,  0.2343,  0.2286,  0.2229,  0.2171,  0.1371],
# CHECK-NEXT:          [-0.6686, -1.1371, -0.9143, -0.6914, -0.4686, -0.2057]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}-0.5314, -1.2057, -1.4400, -1.6743, -1.9086, -1.0971],
# CHECK-NEXT:          [ 0.1543,  0.1657,  0.1600,  0.1543,  0.1486, -0.0686],
# CHECK-NEXT:          [ 0.8400,  1.5371,  1.7600,  1.9829,  2.2057,  0.9600]]]) tensor({{\[\[}}[ 1.3914,  1.2457,  1.1000,  0.9543,  0.8086],
# CHECK-NEXT:          [ 0.1171,  0.0857,  0.0543,  0.0229, -0.0086]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}-0.3571, -0.5029, -0.6486, -0.7943, -0.9400],
# CHECK-NEXT:          [-0.2600, -0.2914, -0.3229, -0.3543, -0.3857]]]) tensor({{\[\[}} 1.7086,  1.4743,  1.2400,  1.0057,  0.7714],
# CHECK-NEXT:         [ 0.2229,  0.2171,  0.2114,  0.2057,  0.2000],
# CHECK-NEXT:         [-1.2629, -1.0400, -0.8171, -0.5943, -0.3714]])
# CHECK-NEXT: tensor({{\[\[}}{{\[\[}}-1.8333, -1.6111],
# CHECK-NEXT:           [-0.7222, -0.5000]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 0.9444,  1.1667],
# CHECK-NEXT:           [ 2.0556,  2.2778]]]]) tensor({{\[\[}}{{\[\[}}-1.2778, -1.1667, -1.0556, -0.9444],
# CHECK-NEXT:           [-0.7222, -0.6111, -0.5000, -0.3889],
# CHECK-NEXT:           [-0.1667, -0.0556,  0.0556,  0.1667]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 1.5000,  1.6111,  1.7222,  1.8333],
# CHECK-NEXT:           [ 2.0556,  2.1667,  2.2778,  2.3889],
# CHECK-NEXT:           [ 2.6111,  2.7222,  2.8333,  2.9444]]]]) tensor({{\[\[}}{{\[\[}}-1.8333, -1.6111, -1.5000],
# CHECK-NEXT:           [-0.7222, -0.5000, -0.3889],
# CHECK-NEXT:           [-0.1667,  0.0556,  0.1667]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 0.9444,  1.1667,  1.2778],
# CHECK-NEXT:           [ 2.0556,  2.2778,  2.3889],
# CHECK-NEXT:           [ 2.6111,  2.8333,  2.9444]]]])
# CHECK-NEXT: tensor({{\[\[}}{{\[\[}}-1.1667, -0.9444],
# CHECK-NEXT:           [-0.0556,  0.1667]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 1.6111,  1.8333],
# CHECK-NEXT:           [ 2.7222,  2.9444]]]]) tensor({{\[\[}}{{\[\[}}-1.8333, -1.6111],
# CHECK-NEXT:           [-1.2778, -1.0556],
# CHECK-NEXT:           [-0.7222, -0.5000],
# CHECK-NEXT:           [-0.1667,  0.0556]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 0.9444,  1.1667],
# CHECK-NEXT:           [ 1.5000,  1.7222],
# CHECK-NEXT:           [ 2.0556,  2.2778],
# CHECK-NEXT:           [ 2.6111,  2.8333]]]])
# CHECK-NEXT: tensor({{\[\[}}{{\[\[}}-1.8333, -1.6111],
# CHECK-NEXT:           [-0.7222, -0.5000]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 0.9444,  1.1667],
# CHECK-NEXT:           [ 2.0556,  2.2778]]]]) tensor({{\[\[}}{{\[\[}} 6,  8],
# CHECK-NEXT:           [16, 18]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 6,  8],
# CHECK-NEXT:           [16, 18]]]])
# CHECK-NEXT: tensor({{\[\[}}{{\[\[}}-2.1667, -1.9444],
# CHECK-NEXT:           [-1.0556, -0.8333]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 0.6111,  0.8333],
# CHECK-NEXT:           [ 1.7222,  1.9444]]]]) tensor({{\[\[}}{{\[\[}}-0.9630, -1.3333, -0.8148],
# CHECK-NEXT:           [-0.8889, -1.1667, -0.6667],
# CHECK-NEXT:           [-0.2222, -0.2222, -0.0741]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 0.2716,  0.5185,  0.4198],
# CHECK-NEXT:           [ 0.9630,  1.6111,  1.1852],
# CHECK-NEXT:           [ 1.0123,  1.6296,  1.1605]]]]) tensor({{\[\[}}{{\[\[}}-2.1667, -2.0000, -1.8333],
# CHECK-NEXT:           [-1.3333, -1.1667, -1.0000],
# CHECK-NEXT:           [-0.5000, -0.3333, -0.1667]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 0.6111,  0.7778,  0.9444],
# CHECK-NEXT:           [ 1.4444,  1.6111,  1.7778],
# CHECK-NEXT:           [ 2.2778,  2.4444,  2.6111]]]])
# CHECK-NEXT: tensor({{\[\[}}{{\[\[}}-2.1667, -1.9444, -1.7778],
# CHECK-NEXT:           [-1.0556, -0.8333, -0.6667],
# CHECK-NEXT:           [-0.2222,  0.0000,  0.1667]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 0.6111,  0.8333,  1.0000],
# CHECK-NEXT:           [ 1.7222,  1.9444,  2.1111],
# CHECK-NEXT:           [ 2.5556,  2.7778,  2.9444]]]]) tensor({{\[\[}}{{\[\[}}-6.3333],
# CHECK-NEXT:           [-3.0000]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 2.0000],
# CHECK-NEXT:           [ 5.3333]]]])
# CHECK-NEXT: tensor({{\[\[}}{{\[\[}}-1.8333, -1.6111],
# CHECK-NEXT:           [-0.7222, -0.5000]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 0.9444,  1.1667],
# CHECK-NEXT:           [ 2.0556,  2.2778]]]]) tensor({{\[\[}}{{\[\[}}-2.0000],
# CHECK-NEXT:           [-1.1667],
# CHECK-NEXT:           [-0.3333]],
# CHECK-EMPTY:
# CHECK-NEXT:          {{\[\[}} 0.7778],
# CHECK-NEXT:           [ 1.6111],
# CHECK-NEXT:           [ 2.4444]]]]) tensor({{\[\[}}[-1.3333, -1.2222, -1.1111, -1.0000]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}} 1.4444,  1.5556,  1.6667,  1.7778]]])
# CHECK-NEXT: tensor({{\[\[}}[-1.5932, -1.3036, -1.0139, -0.7242, -0.4345, -0.1448],
# CHECK-NEXT:          [ 0.1448,  0.4345,  0.7242,  1.0139,  1.3036,  1.5932],
# CHECK-NEXT:          [-1.5932, -1.3036, -1.0139, -0.7242, -0.4345, -0.1448],
# CHECK-NEXT:          [ 0.1448,  0.4345,  0.7242,  1.0139,  1.3036,  1.5932]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}-1.5932, -1.3036, -1.0139, -0.7242, -0.4345, -0.1448],
# CHECK-NEXT:          [ 0.1448,  0.4345,  0.7242,  1.0139,  1.3036,  1.5932],
# CHECK-NEXT:          [-1.5932, -1.3036, -1.0139, -0.7242, -0.4345, -0.1448],
# CHECK-NEXT:          [ 0.1448,  0.4345,  0.7242,  1.0139,  1.3036,  1.5932]]]) tensor({{\[\[}}[-0.0742,  0.3555,  0.7852,  1.2148,  1.6445,  2.0742],
# CHECK-NEXT:          [-1.1483, -0.2890,  0.5703,  1.4297,  2.2890,  3.1483],
# CHECK-NEXT:          [ 0.4629,  0.6777,  0.8926,  1.1074,  1.3223,  1.5371],
# CHECK-NEXT:          [ 2.0742,  1.6445,  1.2148,  0.7852,  0.3555, -0.0742]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}-0.0742,  0.3555,  0.7852,  1.2148,  1.6445,  2.0742],
# CHECK-NEXT:          [-1.1483, -0.2890,  0.5703,  1.4297,  2.2890,  3.1483],
# CHECK-NEXT:          [ 0.4629,  0.6777,  0.8926,  1.1074,  1.3223,  1.5371],
# CHECK-NEXT:          [ 2.0742,  1.6445,  1.2148,  0.7852,  0.3555, -0.0742]]])
# CHECK-NEXT: tensor({{\[\[}}[-1.6613, -1.5169, -1.3724, -1.2279, -1.0835, -0.9390],
# CHECK-NEXT:          [-0.7945, -0.6501, -0.5056, -0.3612, -0.2167, -0.0722],
# CHECK-NEXT:          [ 0.0722,  0.2167,  0.3612,  0.5056,  0.6501,  0.7945],
# CHECK-NEXT:          [ 0.9390,  1.0835,  1.2279,  1.3724,  1.5169,  1.6613]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}-1.6613, -1.5169, -1.3724, -1.2279, -1.0835, -0.9390],
# CHECK-NEXT:          [-0.7945, -0.6501, -0.5056, -0.3612, -0.2167, -0.0722],
# CHECK-NEXT:          [ 0.0722,  0.2167,  0.3612,  0.5056,  0.6501,  0.7945],
# CHECK-NEXT:          [ 0.9390,  1.0835,  1.2279,  1.3724,  1.5169,  1.6613]]]) tensor({{\[\[}}0.0000, 0.2000, 0.4000, 0.6000, 0.8000, 1.0000],
# CHECK-NEXT:         [1.2000, 1.4000, 1.6000, 1.8000, 2.0000, 2.2000],
# CHECK-NEXT:         [2.4000, 2.6000, 2.8000, 3.0000, 3.2000, 3.4000],
# CHECK-NEXT:         [3.6000, 3.8000, 4.0000, 4.2000, 4.4000, 4.6000]]) tensor({{\[\[}}4.8000, 5.0000, 5.2000, 5.4000, 5.6000, 5.8000],
# CHECK-NEXT:         [6.0000, 6.2000, 6.4000, 6.6000, 6.8000, 7.0000],
# CHECK-NEXT:         [7.2000, 7.4000, 7.6000, 7.8000, 8.0000, 8.2000],
# CHECK-NEXT:         [8.4000, 8.6000, 8.8000, 9.0000, 9.2000, 9.4000]]) tensor({{\[\[}}0.0000, 0.2000, 0.4000, 0.6000, 0.8000, 1.0000],
# CHECK-NEXT:         [1.2000, 1.4000, 1.6000, 1.8000, 2.0000, 2.2000],
# CHECK-NEXT:         [2.4000, 2.6000, 2.8000, 3.0000, 3.2000, 3.4000],
# CHECK-NEXT:         [3.6000, 3.8000, 4.0000, 4.2000, 4.4000, 4.6000]])
# CHECK-NEXT: tensor({{\[\[}}0.0000, 0.2000, 0.4000, 0.6000, 0.8000, 1.0000],
# CHECK-NEXT:         [1.2000, 1.4000, 1.6000, 1.8000, 2.0000, 2.2000],
# CHECK-NEXT:         [2.4000, 2.6000, 2.8000, 3.0000, 3.2000, 3.4000],
# CHECK-NEXT:         [3.6000, 3.8000, 4.0000, 4.2000, 4.4000, 4.6000]])
# CHECK-NEXT: tensor({{\[\[}}[0., 0., 1., 2., 0., 0.],
# CHECK-NEXT:          [0., 3., 4., 5., 0., 0.]]]) tensor({{\[\[}}[-1., -1., -1., -1., -1.],
# CHECK-NEXT:          [-1., -1., -1., -1., -1.],
# CHECK-NEXT:          [-1.,  0.,  1.,  2., -1.],
# CHECK-NEXT:          [-1.,  3.,  4.,  5., -1.]]]) tensor({{\[\[}}[2., 1., 0., 1., 2., 1.],
# CHECK-NEXT:          [5., 4., 3., 4., 5., 4.]]]) tensor({{\[\[}}[0., 0., 1., 2., 2.],
# CHECK-NEXT:          [3., 3., 4., 5., 5.]]])
# CHECK-NEXT: tensor({{\[\[}}[2., 0., 1., 2., 0., 1.],
# CHECK-NEXT:          [5., 3., 4., 5., 3., 4.]]]) tensor({{\[\[}}[1., 2., 0.],
# CHECK-NEXT:          [4., 5., 0.]]])
# CHECK-NEXT: tensor({{\[\[}}{{\[\[}}0., 0., 1., 1., 2., 2.],
# CHECK-NEXT:           [0., 0., 1., 1., 2., 2.],
# CHECK-NEXT:           [3., 3., 4., 4., 5., 5.],
# CHECK-NEXT:           [3., 3., 4., 4., 5., 5.]]]]) tensor({{\[\[}}{{\[\[}}0., 0., 1., 2.],
# CHECK-NEXT:           [0., 0., 1., 2.],
# CHECK-NEXT:           [3., 3., 4., 5.]]]]) tensor({{\[\[}}{{\[\[}}0., 0., 1., 2.],
# CHECK-NEXT:           [0., 0., 1., 2.],
# CHECK-NEXT:           [3., 3., 4., 5.],
# CHECK-NEXT:           [3., 3., 4., 5.]]]])
# CHECK-NEXT: tensor({{\[\[}}{{\[\[}}0.0000, 0.5000, 1.0000, 1.5000, 2.0000],
# CHECK-NEXT:           [1.5000, 2.0000, 2.5000, 3.0000, 3.5000],
# CHECK-NEXT:           [3.0000, 3.5000, 4.0000, 4.5000, 5.0000]]]]) tensor({{\[\[}}{{\[\[}}0.0000, 0.2500, 0.7500, 1.2500, 1.7500, 2.0000],
# CHECK-NEXT:           [1.5000, 1.7500, 2.2500, 2.7500, 3.2500, 3.5000],
# CHECK-NEXT:           [3.0000, 3.2500, 3.7500, 4.2500, 4.7500, 5.0000]]]])
# CHECK-NEXT: tensor({{\[\[}}[0.0000, 0.4000, 1.0000, 1.6000, 2.0000],
# CHECK-NEXT:          [3.0000, 3.4000, 4.0000, 4.6000, 5.0000]]]) tensor({{\[\[}}[0.0000, 0.4000, 0.8000, 1.2000, 1.6000, 2.0000],
# CHECK-NEXT:          [3.0000, 3.4000, 3.8000, 4.2000, 4.6000, 5.0000]]])
# CHECK-NEXT: tensor({{\[\[}}1, 0, 0, 0],
# CHECK-NEXT:         [0, 0, 0, 1],
# CHECK-NEXT:         [0, 1, 0, 0]]) tensor({{\[\[}}[0, 1, 0]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}1, 0, 0]]])
# CHECK-NEXT: tensor({{\[\[}}[ 0.3002, -0.3848,  0.7160,  0.1482, -0.8865, -0.4577],
# CHECK-NEXT:          [ 0.4284, -0.7567,  0.8728, -0.3100, -0.7008, -1.0880],
# CHECK-NEXT:          [ 0.1209, -0.3634,  0.7851,  0.0120, -0.4516,  0.0571]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}} 0.7662, -0.3140,  0.1519, -0.3424,  0.2795,  0.0986],
# CHECK-NEXT:          [ 0.6630,  0.8263, -0.8263, -0.4430, -0.6103,  0.3825],
# CHECK-NEXT:          [ 0.7585,  0.2646,  0.4218, -0.4726, -0.2477,  0.2791]]]) tensor({{\[\[}}[ 1.6459, -1.3602,  0.3446,  0.5199, -2.6133, -1.6965],
# CHECK-NEXT:          [ 0.8308, -0.6469,  0.3021,  0.3272, -1.3298, -0.7611],
# CHECK-NEXT:          [ 0.5521, -0.4741,  0.3525,  0.1095, -0.8229, -0.7152]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}} 0.9234,  1.3873, -0.8834, -0.4189, -0.8048,  0.5656],
# CHECK-NEXT:          [ 0.8919,  1.2948, -0.5985, -0.4837, -0.7317,  0.5205],
# CHECK-NEXT:          [ 0.5211,  0.5483,  0.0413, -0.6716, -0.4081,  0.2315]]])
# CHECK-NEXT: tensor({{\[\[}}[    nan,     nan,     nan,     nan,     nan,     nan],
# CHECK-NEXT:          [ 0.8308, -0.6469,  0.3021,  0.3272, -1.3298, -0.7611],
# CHECK-NEXT:          [ 0.3844, -0.4229,  0.5384,  0.1626, -0.7546, -0.2092]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}    nan,     nan,     nan,     nan,     nan,     nan],
# CHECK-NEXT:          [ 0.8919,  1.2948, -0.5985, -0.4837, -0.7317,  0.5205],
# CHECK-NEXT:          [ 0.8062,  0.7396,  0.4095, -0.5968, -0.4245,  0.3587]]]) tensor({{\[\[}}[ 0.2377, -0.4734,  0.8569,  0.0050, -0.7293, -0.3616],
# CHECK-NEXT:          [ 0.1624, -0.6084,  1.0286, -0.3368, -0.4363, -0.6573],
# CHECK-NEXT:          [ 0.3231, -0.4741,  0.6961,  0.0053, -0.7017, -0.4741]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}} 0.6715, -0.1410,  0.0690, -0.3847,  0.0228,  0.1505],
# CHECK-NEXT:          [ 0.4492,  0.0905, -0.5696, -0.4264, -0.3019,  0.1777],
# CHECK-NEXT:          [ 0.6385, -0.0662,  0.0916, -0.4262, -0.0440,  0.1588]]])
# CHECK-NEXT: tensor({{\[\[}}[-0.6321, -0.5934, -0.5507, -0.5034, -0.4512, -0.3935],
# CHECK-NEXT:          [-0.3297, -0.2592, -0.1813, -0.0952,  0.0000,  0.1000]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}} 0.2000,  0.3000,  0.4000,  0.5000,  0.6000,  0.7000],
# CHECK-NEXT:          [ 0.8000,  0.9000,  1.0000,  1.1000,  1.2000,  1.3000]]]) tensor({{\[\[}}[0.3543, 0.3543, 0.3543, 0.3543, 0.3543, 0.3543],
# CHECK-NEXT:          [0.6457, 0.6457, 0.6457, 0.6457, 0.6457, 0.6457]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}0.3543, 0.3543, 0.3543, 0.3543, 0.3543, 0.3543],
# CHECK-NEXT:          [0.6457, 0.6457, 0.6457, 0.6457, 0.6457, 0.6457]]]) tensor({{\[\[}}[-2.0563, -1.9563, -1.8563, -1.7563, -1.6563, -1.5563],
# CHECK-NEXT:          [-2.0563, -1.9563, -1.8563, -1.7563, -1.6563, -1.5563]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}}-2.0563, -1.9563, -1.8563, -1.7563, -1.6563, -1.5563],
# CHECK-NEXT:          [-2.0563, -1.9563, -1.8563, -1.7563, -1.6563, -1.5563]]],
# CHECK-NEXT:        dtype=torch.float64) tensor({{\[\[}}[-0.1587, -0.1657, -0.1695, -0.1694, -0.1646, -0.1543],
# CHECK-NEXT:          [-0.1378, -0.1146, -0.0841, -0.0460,  0.0000,  0.0540]],
# CHECK-EMPTY:
# CHECK-NEXT:         {{\[\[}} 0.1159,  0.1854,  0.2622,  0.3457,  0.4354,  0.5306],
# CHECK-NEXT:          [ 0.6305,  0.7343,  0.8413,  0.9508,  1.0619,  1.1742]]])
# CHECK-NEXT: tensor({{\[\[}}6., 7.],
# CHECK-NEXT:         [0., 1.]]) tensor({{\[\[}}2., 3.]])
# CHECK-NEXT: tensor({{\[\[}}[0., 0., 1., 1., 2.],
# CHECK-NEXT:          [3., 3., 4., 4., 5.]]]) tensor({{\[\[}}[0., 0., 1., 1., 2., 2.],
# CHECK-NEXT:          [3., 3., 4., 4., 5., 5.]]]) tensor({{\[\[}}[0., 0., 1., 2.],
# CHECK-NEXT:          [3., 3., 4., 5.]]]) tensor({{\[\[}}[0., 0., 1., 2.],
# CHECK-NEXT:          [3., 3., 4., 5.]]])
# CHECK-NEXT: tensor({{\[\[}}{{\[\[}}[ 0.,  2.],
# CHECK-NEXT:            [ 0.,  2.],
# CHECK-NEXT:            [ 4.,  6.],
# CHECK-NEXT:            [ 8., 10.]],
# CHECK-EMPTY:
# CHECK-NEXT:           {{\[\[}} 0.,  2.],
# CHECK-NEXT:            [ 0.,  2.],
# CHECK-NEXT:            [ 4.,  6.],
# CHECK-NEXT:            [ 8., 10.]],
# CHECK-EMPTY:
# CHECK-NEXT:           {{\[\[}}12., 14.],
# CHECK-NEXT:            [12., 14.],
# CHECK-NEXT:            [16., 18.],
# CHECK-NEXT:            [20., 22.]]]]]) tensor({{\[\[}}{{\[\[}}[0., 2.]]]]])
