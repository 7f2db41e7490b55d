# shape-prop claims nothing it cannot prove: a parameter annotated Tensor is
# unknown, boolean indexing (data-dependent) stays Tensor, a list that is
# mutated before use gives no sizes, loops that change a shape keep only what
# every iteration agrees on, branches join. The OUT lines are what
# torch.jit.script prints at run time; each IR type below is consistent with them.
# RUN: %tsc %s --emit=ir-opt | FileCheck %s
# RUN: %tsc run %s | FileCheck %s --check-prefix=OUT
import torch
from torch import Tensor
from typing import List


def main():
    m = torch.tensor([[1.0, -2.0], [3.0, -4.0]])
    sel = m[m > 0]
    print(sel.dtype, sel.shape)
    s = [2]
    s.append(3)
    z = torch.zeros(s)
    print(z.dtype, z.shape)
    grow = torch.zeros([1, 3])
    n = 0
    while n < 3:
        grow = torch.cat([grow, grow], 0)
        n += 1
    print(grow.dtype, grow.shape)
    deep = torch.zeros([2])
    n = 0
    while n < 2:
        deep = deep.unsqueeze(0)
        n += 1
    print(deep.dtype, deep.shape)
    keep = torch.zeros([2, 2])
    n = 0
    while n < 2:
        keep = keep * 2 + 1
        n += 1
    print(keep.dtype, keep.shape)
    if float(m.sum()) > 0.0:
        br = torch.zeros([2, 4])
    else:
        br = torch.zeros([3, 4])
    print(br.dtype, br.shape)
    if float(m.sum()) > 0.0:
        br2 = torch.zeros([2, 4])
    else:
        br2 = torch.zeros([2, 4], dtype=torch.int64)
    print(br2.dtype, br2.shape)
    param(torch.ones([2, 3]), 4)


def param(x: Tensor, n: int):
    a = x + 1
    print(a.dtype, a.shape)
    b = x.float()
    print(b.dtype, b.shape)
    c = x.sum()
    print(c.dtype, c.shape)
    d = torch.zeros([n, 3]) * 2
    print(d.dtype, d.shape)
    e = x.view(-1)
    print(e.dtype, e.shape)
    f = torch.ones([2, 3]) + x
    print(f.dtype, f.shape)
    g = torch.ones([n]) + torch.ones([2, 1])
    print(g.dtype, g.shape)
    return a

# CHECK-LABEL: graph @main() -> NoneType:
# CHECK: %sel : Tensor = aten::index(
# CHECK: %z : FloatTensor = aten::zeros(%s,
# CHECK: %grow : Float(1, 3) = aten::zeros(
# CHECK-NEXT: %21 : bool = prim::Constant[value=True]()
# CHECK-NEXT: %22 : int = prim::Constant[value=9223372036854775807]()
# CHECK-NEXT: %grow.1 : Float(*, 3), %n : int = prim::Loop(%22, %21, %grow, %9)
# CHECK-NEXT: block0(%23 : int, %grow.2 : Float(*, 3), %n.1 : int):
# CHECK-NEXT: %24 : List[Tensor] = prim::ListConstruct(%grow.2, %grow.2)
# CHECK-NEXT: %grow.3 : Float(*, 3) = aten::cat(%24, %9)
# CHECK: %deep : Float(2) = aten::zeros(
# CHECK-NEXT: %deep.1 : FloatTensor, %n.3 : int = prim::Loop(%22, %21, %deep, %9)
# CHECK-NEXT: block0(%29 : int, %deep.2 : FloatTensor, %n.4 : int):
# CHECK-NEXT: %deep.3 : FloatTensor = aten::unsqueeze(%deep.2, %9)
# CHECK: %keep : Float(2, 2) = aten::zeros(
# CHECK-NEXT: %keep.1 : Float(2, 2), %n.6 : int = prim::Loop(%22, %21, %keep, %9)
# CHECK-NEXT: block0(%34 : int, %keep.2 : Float(2, 2), %n.7 : int):
# CHECK-NEXT: %35 : Float(2, 2) = aten::mul(%keep.2, %14)
# CHECK-NEXT: %keep.3 : Float(2, 2) = aten::add(%35, %19, %19)
# CHECK: %br : Float(*, 4) = prim::If(
# CHECK: %br.1 : Float(2, 4) = aten::zeros(
# CHECK: %br.2 : Float(3, 4) = aten::zeros(
# CHECK: %br2 : Tensor(2, 4) = prim::If(
# CHECK: %br2.1 : Float(2, 4) = aten::zeros(
# CHECK: %br2.2 : Long(2, 4) = aten::zeros(
# A call's result is what the callee declares, even for known arguments.
# CHECK: %{{[0-9]+}} : Tensor = prim::CallFunction[name="param"](
# CHECK-LABEL: graph @param(%x : Tensor, %n : int) -> Tensor:
# CHECK: %a : Tensor = aten::add(%x,
# CHECK: %b : FloatTensor = aten::to(%x,
# CHECK: %c : Tensor() = aten::sum(%x,
# CHECK: %d : Float(*, 3) = aten::mul(
# CHECK: %e : Tensor(*) = aten::view(%x,
# CHECK: %f : Tensor = aten::add(
# CHECK: %g : Float(2, *) = aten::add(

# OUT: 6 [2]
# OUT-NEXT: 6 [2, 3]
# OUT-NEXT: 6 [8, 3]
# OUT-NEXT: 6 [1, 1, 2]
# OUT-NEXT: 6 [2, 2]
# OUT-NEXT: 6 [3, 4]
# OUT-NEXT: 4 [2, 4]
# OUT-NEXT: 6 [2, 3]
# OUT-NEXT: 6 [2, 3]
# OUT-NEXT: 6 []
# OUT-NEXT: 6 [4, 3]
# OUT-NEXT: 6 [6]
# OUT-NEXT: 6 [2, 3]
# OUT-NEXT: 6 [2, 4]
