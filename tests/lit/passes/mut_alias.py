# The default pipeline with mutable tensors: reads of x before and after a write through x, a view of x or
# another name for x must not merge or leave the loop; a merged or hoisted read would print old values.
# Expected text: torch eager's print.
# RUN: %tsc run %s | FileCheck %s
# RUN: %tsc run %s --passes=inline,constprop,canonicalize,cse,licm,dce | FileCheck %s
import torch
from torch import Tensor


def bump(t: Tensor) -> None:
    t.add_(100)


def main() -> float:
    x = torch.tensor([1.5])
    a = float(x)
    v = x[0]
    v.add_(1)
    b = float(x)
    y = x
    y.mul_(2)
    c = float(x)
    bump(x)
    d = float(x)
    print(a, b, c, d, float(x.item()) + 0.5, x.item())
    z = torch.zeros(2)
    total = 0.0
    for i in range(3):
        total += float(z[1]) + float(z.sum())
        z += 1
    print(total, z)
    return float(x.dim())
# CHECK: 1.5 2.5 5.0 105.0 105.5 105.0
# CHECK-NEXT: 9.0 tensor([3., 3.])
# CHECK-NEXT: 1.0
