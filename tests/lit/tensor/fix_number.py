# Arithmetic and comparisons on the number type (TorchScript's Scalar, what x.item() returns):
# aten::add(Scalar a, Scalar b) -> Scalar and its siblings, int or float as the values decide.
# Expected text: torch.jit.script's values for the same functions (printed as CPython prints
# them); `**` follows CPython (eager), where TorchScript's pow of two numbers is always a float.
# RUN: %tsc run %s | FileCheck %s
# RUN: %tsc %s --emit=ir | FileCheck %s --check-prefix=IR
import torch
from torch import Tensor
from typing import Tuple


def number_ops(x: Tensor) -> Tuple[float, float, bool, float, float, float, float, bool]:
    a = x.item() + 1
    b = x.item() * 2.0
    c = x.item() > 0.5
    d = -x.item()
    e = x.item() - 0.25
    g = 3 - x.item()
    h = x.item() / 2
    k = x.item() == 1
    return float(a), float(b), c, float(d), float(e), float(g), h, k


def int_ops(x: Tensor) -> Tuple[int, int, int, int, bool, bool, bool]:
    n = x.item()
    return int(n + 1), int(n * 3), int(n // 2), int(n % 3), n < 2, n >= 3, n != 3.0


def main() -> None:
    print(number_ops(torch.tensor(1.5)))
    print(number_ops(torch.tensor(3)))
    print(number_ops(torch.tensor(-2.0, dtype=torch.float64)))
    print(int_ops(torch.tensor(7)), int_ops(torch.tensor(-7)), int_ops(torch.tensor(3)))
    s = torch.tensor(2).item()
    t = torch.tensor(0.5).item()
    print(s + s, s * t, s - t, s / s, s + 1, t + 1, -s, -t, s == 2, t <= 0.5, 1 < s)
    # `**` follows Python (eager's values): int ** non-negative int stays an int.
    print(s ** 3, s ** -1, t ** 2, 2 ** t, s ** s, (-s) ** 3)


# CHECK: (2.5, 3.0, True, -1.5, 1.25, 1.5, 0.75, False)
# CHECK-NEXT: (4.0, 6.0, True, -3.0, 2.75, 0.0, 1.5, False)
# CHECK-NEXT: (-1.0, -4.0, False, 2.0, -2.25, 5.0, -1.0, False)
# CHECK-NEXT: (8, 21, 3, 1, False, True, True) (-6, -21, -4, 2, True, False, True) (4, 9, 1, 0, False, True, False)
# CHECK-NEXT: 4 1.0 1.5 1.0 3 1.5 -2 -0.5 True True True
# CHECK-NEXT: 8 0.5 0.25 1.4142135623730951 4 -8

# IR: %{{.*}} : number = aten::add(%{{.*}}, %{{.*}})
# IR: %{{.*}} : number = aten::mul(%{{.*}}, %{{.*}})
# IR: %{{.*}} : bool = aten::gt(%{{.*}}, %{{.*}})
# IR: %{{.*}} : number = aten::neg(%{{.*}})
