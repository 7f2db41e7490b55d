# In-place ops (add_, mul_, fill_, clamp_, ...) and augmented assignment on tensors: `x += y` is
# aten::add_, so every alias of x (a view, another name) sees the write. Expected text: torch eager's print.
# RUN: %tsc run %s | FileCheck %s
# RUN: %tsc %s --emit=ir | FileCheck %s --check-prefix=IR
import torch
from torch import Tensor


def aliases() -> Tensor:
    x = torch.arange(6).view(2, 3).float()
    y = x
    row = x[1]
    # IR-LABEL: graph @aliases
    # IR: aten::add_(%{{.*}}, %{{.*}}, %{{.*}})
    x += 1
    # IR: aten::mul_(%{{.*}}, %{{.*}})
    row *= 10
    print(x)
    print(y is x, row)
    col = x[:, 0]
    col.zero_()
    x[0].fill_(-1.5)
    print(x)
    return x.t()


def methods() -> Tensor:
    a = torch.tensor([[-2.0, -0.5, 0.5], [1.0, 2.5, 4.0]])
    b = a.clone()
    b.add_(torch.ones(3), alpha=2).sub_(1).mul_(torch.tensor([1.0, 2.0, 3.0]))
    print(b)
    c = a.clone()
    c.clamp_(-1, 1)
    print(c, a.clone().clamp_(min=0.0), a.clone().clamp_min_(0.5), a.clone().clamp_max_(0.0))
    print(a.clone().relu_(), a.clone().neg_(), a.clone().abs_(), a.clone().pow_(2))
    print(a.clone().sigmoid_(), a.clone().tanh_(), a.clone().exp_())
    print(a.clone().div_(2), a.clone().div_(torch.tensor(2.0), rounding_mode="floor"))
    print(a.clone().masked_fill_(a > 0, 7.0), a.clone().fill_(torch.tensor(3)))
    d = torch.zeros(2, 3)
    d.copy_(torch.arange(3))
    e = torch.arange(6)
    e -= 2
    e //= 2
    e %= 2
    f = torch.tensor([True, False, True])
    f &= torch.tensor([True, True, False])
    f |= torch.tensor([False, True, False])
    print(d, e, f)
    g = torch.ones(3)
    g /= 4
    g **= 2
    return g


def main() -> int:
    print(aliases())
    print(methods())
    return 0
# CHECK: tensor({{\[\[}} 1.,  2.,  3.],
# CHECK-NEXT:         [40., 50., 60.]])
# CHECK-NEXT: True tensor([40., 50., 60.])
# CHECK-NEXT: tensor({{\[\[}}-1.5000, -1.5000, -1.5000],
# CHECK-NEXT:         [ 0.0000, 50.0000, 60.0000]])
# CHECK-NEXT: tensor({{\[\[}}-1.5000,  0.0000],
# CHECK-NEXT:         [-1.5000, 50.0000],
# CHECK-NEXT:         [-1.5000, 60.0000]])
# CHECK-NEXT: tensor({{\[\[}}-1.0000,  1.0000,  4.5000],
# CHECK-NEXT:         [ 2.0000,  7.0000, 15.0000]])
# CHECK-NEXT: tensor({{\[\[}}-1.0000, -0.5000,  0.5000],
# CHECK-NEXT:         [ 1.0000,  1.0000,  1.0000]]) tensor({{\[\[}}0.0000, 0.0000, 0.5000],
# CHECK-NEXT:         [1.0000, 2.5000, 4.0000]]) tensor({{\[\[}}0.5000, 0.5000, 0.5000],
# CHECK-NEXT:         [1.0000, 2.5000, 4.0000]]) tensor({{\[\[}}-2.0000, -0.5000,  0.0000],
# CHECK-NEXT:         [ 0.0000,  0.0000,  0.0000]])
# CHECK-NEXT: tensor({{\[\[}}0.0000, 0.0000, 0.5000],
# CHECK-NEXT:         [1.0000, 2.5000, 4.0000]]) tensor({{\[\[}} 2.0000,  0.5000, -0.5000],
# CHECK-NEXT:         [-1.0000, -2.5000, -4.0000]]) tensor({{\[\[}}2.0000, 0.5000, 0.5000],
# CHECK-NEXT:         [1.0000, 2.5000, 4.0000]]) tensor({{\[\[}} 4.0000,  0.2500,  0.2500],
# CHECK-NEXT:         [ 1.0000,  6.2500, 16.0000]])
# CHECK-NEXT: tensor({{\[\[}}0.1192, 0.3775, 0.6225],
# CHECK-NEXT:         [0.7311, 0.9241, 0.9820]]) tensor({{\[\[}}-0.9640, -0.4621,  0.4621],
# CHECK-NEXT:         [ 0.7616,  0.9866,  0.9993]]) tensor({{\[\[}} 0.1353,  0.6065,  1.6487],
# CHECK-NEXT:         [ 2.7183, 12.1825, 54.5982]])
# CHECK-NEXT: tensor({{\[\[}}-1.0000, -0.2500,  0.2500],
# CHECK-NEXT:         [ 0.5000,  1.2500,  2.0000]]) tensor({{\[\[}}-1., -1.,  0.],
# CHECK-NEXT:         [ 0.,  1.,  2.]])
# CHECK-NEXT: tensor({{\[\[}}-2.0000, -0.5000,  7.0000],
# CHECK-NEXT:         [ 7.0000,  7.0000,  7.0000]]) tensor({{\[\[}}3., 3., 3.],
# CHECK-NEXT:         [3., 3., 3.]])
# CHECK-NEXT: tensor({{\[\[}}0., 1., 2.],
# CHECK-NEXT:         [0., 1., 2.]]) tensor([1, 1, 0, 0, 1, 1]) tensor([ True,  True, False])
# CHECK-NEXT: tensor([0.0625, 0.0625, 0.0625])
# CHECK-NEXT: 0
