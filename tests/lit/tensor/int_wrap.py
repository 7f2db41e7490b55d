# Integer add, mul, pow, sum, prod and cumsum wrap around in two's complement as torch's
# kernels do (in C++ signed overflow is undefined: the library computes in unsigned types, so
# this also runs clean under UBSan). Expected text: torch 1.13 eager's print of the same main().
# RUN: %tsc run %s | FileCheck %s
import torch


def main() -> None:
    a = torch.tensor([9223372036854775807, 5], dtype=torch.int64)
    print(a + 1, a * 3, a - (-2), torch.add(a, a, alpha=3))
    b = torch.tensor([2147483647, 70000], dtype=torch.int32)
    print(b + 1, b * b, b ** 3)
    c = torch.tensor([15, 3960525523578624000, 7])
    print(c.prod(), c.sum(), c.cumsum(0))
    d = torch.tensor([127, -128], dtype=torch.int8)
    print(d * d, d + d, d.sum(), d.prod())


# CHECK: tensor([-9223372036854775808,                    6]) tensor([9223372036854775805,                  15]) tensor([-9223372036854775807,                    7]) tensor([-4, 20])
# CHECK-NEXT: tensor([-2147483648,       70001], dtype=torch.int32) tensor([        1, 605032704], dtype=torch.int32) tensor([2147483647, -383225856], dtype=torch.int32)
# CHECK-NEXT: tensor(-8419933719564167168) tensor(3960525523578624022) tensor([                 15, 3960525523578624015, 3960525523578624022])
# CHECK-NEXT: tensor([1, 0], dtype=torch.int8) tensor([-2,  0], dtype=torch.int8) tensor(-1) tensor(-16256)
