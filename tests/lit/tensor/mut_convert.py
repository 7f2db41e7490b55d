# x.item() (a number), x.tolist() with the annotated result type, and `for row in x` (rows along dim 0,
# each a view of x). Expected text: torch eager's print.
# RUN: %tsc run %s | FileCheck %s
import torch
from torch import Tensor
from typing import List


def main() -> List[List[float]]:
    x = torch.arange(6).view(2, 3).float() / 2
    print(x[1, 2].item(), torch.tensor(7).item(), torch.tensor([True]).item(), int(x.sum().item()) + 1)
    ints: List[int] = torch.tensor([3, -1, 4]).tolist()
    flags: List[bool] = (x[0] > 0.2).tolist()
    nested: List[List[List[int]]] = torch.arange(8).view(2, 2, 2).tolist()
    print(ints, flags, nested, len(x))
    total = 0.0
    for row in x:
        total += float(row.sum().item())
        row += 1
    print(total, x)
    for r in torch.arange(3):
        print(r)
    out: List[List[float]] = x.t().tolist()
    return out
# CHECK: 2.5 7 True 8
# CHECK-NEXT: [3, -1, 4] [False, True, True] {{\[\[}}[0, 1], [2, 3]], {{\[\[}}4, 5], [6, 7]]] 2
# CHECK-NEXT: 7.5 tensor({{\[\[}}1.0000, 1.5000, 2.0000],
# CHECK-NEXT:         [2.5000, 3.0000, 3.5000]])
# CHECK-NEXT: tensor(0)
# CHECK-NEXT: tensor(1)
# CHECK-NEXT: tensor(2)
# CHECK-NEXT: {{\[\[}}1.0, 2.5], [1.5, 3.0], [2.0, 3.5]]
