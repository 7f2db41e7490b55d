# shape-prop: the dtype and sizes of tensors computed from constants, with
# PyTorch's promotion and broadcasting. Each type below agrees with what
# torch.jit.script prints for the same value at run time (the OUT lines:
# TorchScript prints a dtype as its ScalarType number and a shape as a list).
# RUN: %tsc %s --emit=ir-opt | FileCheck %s
# RUN: %tsc run %s | FileCheck %s --check-prefix=OUT
# The archive stores the refined IR, which loads back and runs the same.
# RUN: %tsc %s -o %t.pt
# RUN: %tsc run %t.pt | FileCheck %s --check-prefix=OUT
import torch
from torch import Tensor


def main():
    a = torch.zeros([2, 3])
    print(a.dtype, a.shape)
    b = torch.ones([3], dtype=torch.int64)
    print(b.dtype, b.shape)
    c = a + b
    print(c.dtype, c.shape)
    d = b * 2
    print(d.dtype, d.shape)
    e = b / 2
    print(e.dtype, e.shape)
    f = b + 1.5
    print(f.dtype, f.shape)
    g = torch.full([4, 1], 7)
    print(g.dtype, g.shape)
    h = g + b
    print(h.dtype, h.shape)
    i = torch.tensor(2.5, dtype=torch.float64) + b
    print(i.dtype, i.shape)
    j = torch.tensor([[1, 2, 3]], dtype=torch.float64) + a
    print(j.dtype, j.shape)
    k = a > 0
    print(k.dtype, k.shape)
    m = torch.where(k, a, b)
    print(m.dtype, m.shape)
    n = torch.sqrt(b)
    print(n.dtype, n.shape)
    o = torch.relu(b)
    print(o.dtype, o.shape)
    p = a.sum()
    print(p.dtype, p.shape)
    q = b.sum()
    print(q.dtype, q.shape)
    r = a.sum(1, keepdim=True)
    print(r.dtype, r.shape)
    s = a.mean([0, 1])
    print(s.dtype, s.shape)
    t = torch.arange(10)
    print(t.dtype, t.shape)
    u = torch.arange(1, 10, 3)
    print(u.dtype, u.shape)
    v = torch.linspace(0.0, 1.0, 5)
    print(v.dtype, v.shape)
    w = torch.eye(3, dtype=torch.int32)
    print(w.dtype, w.shape)
    x = a.t() @ a
    print(x.dtype, x.shape)
    y = torch.matmul(torch.ones([5, 2, 3]), torch.ones([3, 4]))
    print(y.dtype, y.shape)
    z = torch.matmul(torch.ones([3]), torch.ones([3, 4]))
    print(z.dtype, z.shape)
    lin = torch.nn.functional.linear(torch.ones([8, 3]), torch.ones([5, 3]), torch.ones([5]))
    print(lin.dtype, lin.shape)
    mm = torch.mm(a, torch.ones([3, 7]))
    print(mm.dtype, mm.shape)
    vw = a.view(3, -1)
    print(vw.dtype, vw.shape)
    rs = a.reshape([-1])
    print(rs.dtype, rs.shape)
    pm = torch.ones([2, 3, 4]).permute([2, 0, 1])
    print(pm.dtype, pm.shape)
    tr = torch.ones([2, 3, 4]).transpose(0, -1)
    print(tr.dtype, tr.shape)
    us = a.unsqueeze(1)
    print(us.dtype, us.shape)
    sq = torch.ones([1, 3, 1]).squeeze()
    print(sq.dtype, sq.shape)
    sq1 = torch.ones([1, 3, 1]).squeeze(2)
    print(sq1.dtype, sq1.shape)
    fl = torch.ones([2, 3, 4]).flatten(1)
    print(fl.dtype, fl.shape)
    ex = torch.ones([3, 1]).expand([2, -1, 4])
    print(ex.dtype, ex.shape)
    sel = a[1]
    print(sel.dtype, sel.shape)
    sl = a[:, 1:]
    print(sl.dtype, sl.shape)
    sl2 = t[1:8:3]
    print(sl2.dtype, sl2.shape)
    ct = torch.cat([a, a, a], 0)
    print(ct.dtype, ct.shape)
    st = torch.stack([b, b], 1)
    print(st.dtype, st.shape)
    cv = a.to(torch.float16)
    print(cv.dtype, cv.shape)
    fb = b.float()
    print(fb.dtype, fb.shape)
    sm = torch.softmax(a, 1)
    print(sm.dtype, sm.shape)
    mx = a.max()
    print(mx.dtype, mx.shape)
    am = a.argmax(1)
    print(am.dtype, am.shape)
    zl = torch.zeros_like(b, dtype=torch.bool)
    print(zl.dtype, zl.shape)
    bb = torch.tensor([True, False]) & torch.tensor([True, True])
    print(bb.dtype, bb.shape)


# CHECK: %a : Float(2, 3) = aten::zeros(
# CHECK: %b : Long(3) = aten::ones(
# CHECK: %c : Float(2, 3) = aten::add(
# CHECK: %d : Long(3) = aten::mul(
# CHECK: %e : Float(3) = aten::div(
# CHECK: %f : Float(3) = aten::add(
# CHECK: %g : Long(4, 1) = aten::full(
# CHECK: %h : Long(4, 3) = aten::add(
# CHECK: %i : Double(3) = aten::add(
# CHECK: %j : Double(2, 3) = aten::add(
# CHECK: %k : Bool(2, 3) = aten::gt(
# CHECK: %m : Float(2, 3) = aten::where(
# CHECK: %n : Float(3) = aten::sqrt(
# CHECK: %o : Long(3) = aten::relu(
# CHECK: %p : Float() = aten::sum(
# CHECK: %q : Long() = aten::sum(
# CHECK: %r : Float(2, 1) = aten::sum(
# CHECK: %s : Float() = aten::mean(
# CHECK: %t : Long(10) = aten::arange(
# CHECK: %u : Long(3) = aten::arange(
# CHECK: %v : Float(5) = aten::linspace(
# CHECK: %w : Int(3, 3) = aten::eye(
# CHECK: %x : Float(3, 3) = aten::matmul(
# CHECK: %y : Float(5, 2, 4) = aten::matmul(
# CHECK: %z : Float(4) = aten::matmul(
# CHECK: %lin : Float(8, 5) = aten::linear(
# CHECK: %mm : Float(2, 7) = aten::mm(
# CHECK: %vw : Float(3, 2) = aten::view(
# CHECK: %rs : Float(6) = aten::reshape(
# CHECK: %pm : Float(4, 2, 3) = aten::permute(
# CHECK: %tr : Float(4, 3, 2) = aten::transpose(
# CHECK: %us : Float(2, 1, 3) = aten::unsqueeze(
# CHECK: %sq : Float(3) = aten::squeeze(
# CHECK: %sq1 : Float(1, 3) = aten::squeeze(
# CHECK: %fl : Float(2, 12) = aten::flatten(
# CHECK: %ex : Float(2, 3, 4) = aten::expand(
# CHECK: %sel : Float(3) = aten::select(
# CHECK: %sl : Float(2, 2) = aten::slice(
# CHECK: %sl2 : Long(3) = aten::slice(
# CHECK: %ct : Float(6, 3) = aten::cat(
# CHECK: %st : Long(3, 2) = aten::stack(
# CHECK: %cv : Half(2, 3) = aten::to(
# CHECK: %fb : Float(3) = aten::to(
# CHECK: %sm : Float(2, 3) = aten::softmax(
# CHECK: %mx : Float() = aten::max(
# CHECK: %am : Long(2) = aten::argmax(
# CHECK: %zl : Bool(3) = aten::zeros_like(
# CHECK: %bb : Bool(2) = aten::__and__(

# OUT: 6 [2, 3]
# OUT-NEXT: 4 [3]
# OUT-NEXT: 6 [2, 3]
# OUT-NEXT: 4 [3]
# OUT-NEXT: 6 [3]
# OUT-NEXT: 6 [3]
# OUT-NEXT: 4 [4, 1]
# OUT-NEXT: 4 [4, 3]
# OUT-NEXT: 7 [3]
# OUT-NEXT: 7 [2, 3]
# OUT-NEXT: 11 [2, 3]
# OUT-NEXT: 6 [2, 3]
# OUT-NEXT: 6 [3]
# OUT-NEXT: 4 [3]
# OUT-NEXT: 6 []
# OUT-NEXT: 4 []
# OUT-NEXT: 6 [2, 1]
# OUT-NEXT: 6 []
# OUT-NEXT: 4 [10]
# OUT-NEXT: 4 [3]
# OUT-NEXT: 6 [5]
# OUT-NEXT: 3 [3, 3]
# OUT-NEXT: 6 [3, 3]
# OUT-NEXT: 6 [5, 2, 4]
# OUT-NEXT: 6 [4]
# OUT-NEXT: 6 [8, 5]
# OUT-NEXT: 6 [2, 7]
# OUT-NEXT: 6 [3, 2]
# OUT-NEXT: 6 [6]
# OUT-NEXT: 6 [4, 2, 3]
# OUT-NEXT: 6 [4, 3, 2]
# OUT-NEXT: 6 [2, 1, 3]
# OUT-NEXT: 6 [3]
# OUT-NEXT: 6 [1, 3]
# OUT-NEXT: 6 [2, 12]
# OUT-NEXT: 6 [2, 3, 4]
# OUT-NEXT: 6 [3]
# OUT-NEXT: 6 [2, 2]
# OUT-NEXT: 4 [3]
# OUT-NEXT: 6 [6, 3]
# OUT-NEXT: 4 [3, 2]
# OUT-NEXT: 5 [2, 3]
# OUT-NEXT: 6 [3]
# OUT-NEXT: 6 [2, 3]
# OUT-NEXT: 6 []
# OUT-NEXT: 4 [2]
# OUT-NEXT: 11 [3]
# OUT-NEXT: 11 [2]
