# shape-prop on nn ops, promotion corner cases (uint8 + int8, half + bfloat16,
# 0-dim tensors and Python numbers), rounding modes, slices with negative
# bounds and steps, matmul's vector cases. Each type agrees with what
# torch.jit.script prints for the same value at run time (the OUT lines).
# RUN: %tsc %s --emit=ir-opt | FileCheck %s
# RUN: %tsc run %s | FileCheck %s --check-prefix=OUT
import torch
import torch.nn.functional as F
from torch import Tensor


def main():
    x = torch.ones([2, 3, 8, 8])
    w = torch.ones([4, 3, 3, 3])
    cv = F.conv2d(x, w, torch.ones([4]), 2, 1)
    print(cv.dtype, cv.shape)
    cv2 = F.conv2d(x, w)
    print(cv2.dtype, cv2.shape)
    emb = F.embedding(torch.tensor([[1, 2, 3]]), torch.ones([10, 5]))
    print(emb.dtype, emb.shape)
    ln = F.layer_norm(x, [8, 8])
    print(ln.dtype, ln.shape)
    mv = torch.ones([3, 5]).max(1)
    vals = mv[0]
    print(vals.dtype, vals.shape)
    idx = mv[1]
    print(idx.dtype, idx.shape)
    ea = torch.ones([1, 3], dtype=torch.int32).expand_as(torch.ones([4, 3]))
    print(ea.dtype, ea.shape)
    am = torch.addmm(torch.ones([3]), torch.ones([2, 4]), torch.ones([4, 3]))
    print(am.dtype, am.shape)
    bm = torch.bmm(torch.ones([5, 2, 4]), torch.ones([5, 4, 3]))
    print(bm.dtype, bm.shape)
    cl = torch.clamp(torch.arange(6), 0.5)
    print(cl.dtype, cl.shape)
    pw = 2 ** torch.arange(4)
    print(pw.dtype, pw.shape)
    pwf = torch.arange(4) ** 0.5
    print(pwf.dtype, pwf.shape)
    dv = torch.div(torch.arange(4), 2, rounding_mode="floor")
    print(dv.dtype, dv.shape)
    fdv = torch.arange(4) // 3
    print(fdv.dtype, fdv.shape)
    fl = torch.full_like(torch.ones([2, 2], dtype=torch.float64), 3)
    print(fl.dtype, fl.shape)
    tb = torch.tensor(True)
    print(tb.dtype, tb.shape)
    st = torch.scalar_tensor(3)
    print(st.dtype, st.shape)
    amin = torch.ones([2, 3]).argmin(0, keepdim=True)
    print(amin.dtype, amin.shape)
    sl = torch.ones([5, 4])[-3:]
    print(sl.dtype, sl.shape)
    sl3 = torch.ones([5, 4])[:, ::3]
    print(sl3.dtype, sl3.shape)
    neg = torch.ones([2, 3, 4]).transpose(-1, -2)
    print(neg.dtype, neg.shape)
    h = torch.ones([4], dtype=torch.float16) + torch.ones([4], dtype=torch.bfloat16)
    print(h.dtype, h.shape)
    u8 = torch.ones([2], dtype=torch.uint8) + torch.ones([2], dtype=torch.int8)
    print(u8.dtype, u8.shape)
    zd = torch.ones([3], dtype=torch.int32) + torch.tensor(2.5, dtype=torch.float64)
    print(zd.dtype, zd.shape)
    zi = torch.ones([3], dtype=torch.int32) + torch.tensor(7)
    print(zi.dtype, zi.shape)
    bi = torch.tensor([True, False]) + 1
    print(bi.dtype, bi.shape)
    mn = torch.ones([2, 3], dtype=torch.float64).mean(-1)
    print(mn.dtype, mn.shape)
    sm = torch.ones([2, 3], dtype=torch.int32).sum([0, 1], keepdim=True)
    print(sm.dtype, sm.shape)
    ls = F.log_softmax(torch.ones([2, 3]), 0)
    print(ls.dtype, ls.shape)
    ar = torch.arange(0.0, 1.0, 0.25)
    print(ar.dtype, ar.shape)
    ard = torch.arange(10, 0, -3)
    print(ard.dtype, ard.shape)
    lin1 = F.linear(torch.ones([3]), torch.ones([2, 3]))
    print(lin1.dtype, lin1.shape)
    mv1 = torch.matmul(torch.ones([2, 3, 4]), torch.ones([4]))
    print(mv1.dtype, mv1.shape)
    dot = torch.matmul(torch.ones([4]), torch.ones([4]))
    print(dot.dtype, dot.shape)
    sq0 = torch.ones([2, 1]).squeeze(0)
    print(sq0.dtype, sq0.shape)
    un = torch.ones([2, 3]).unsqueeze(-1)
    print(un.dtype, un.shape)
    fl0 = torch.tensor(1.5).flatten()
    print(fl0.dtype, fl0.shape)
    cat1 = torch.cat([torch.ones([2, 3]), torch.ones([2, 1], dtype=torch.float64)], -1)
    print(cat1.dtype, cat1.shape)
    stk = torch.stack([torch.ones([2]), torch.ones([2])], -1)
    print(stk.dtype, stk.shape)


# CHECK: %cv : Float(2, 4, 4, 4) = aten::conv2d(
# CHECK: %cv2 : Float(2, 4, 6, 6) = aten::conv2d(
# CHECK: %emb : Float(1, 3, 5) = aten::embedding(
# CHECK: %ln : Float(2, 3, 8, 8) = aten::layer_norm(
# The (values, indices) tuple of max.dim, unpacked by canonicalize.
# CHECK: %{{[0-9]+}} : Float(3), %{{[0-9]+}} : Long(3) = aten::max(
# CHECK: %ea : Int(4, 3) = aten::expand_as(
# CHECK: %am : Float(2, 3) = aten::addmm(
# CHECK: %bm : Float(5, 2, 3) = aten::bmm(
# CHECK: %cl : Float(6) = aten::clamp(
# CHECK: %pw : Long(4) = aten::pow(
# CHECK: %pwf : Float(4) = aten::pow(
# CHECK: %dv : Long(4) = aten::div(
# CHECK: %fdv : Long(4) = aten::floor_divide(
# CHECK: %fl : Double(2, 2) = aten::full_like(
# CHECK: %tb : Bool() = aten::tensor(
# CHECK: %st : Float() = aten::scalar_tensor(
# CHECK: %amin : Long(1, 3) = aten::argmin(
# CHECK: %sl : Float(3, 4) = aten::slice(
# CHECK: %sl3 : Float(5, 2) = aten::slice(
# CHECK: %neg : Float(2, 4, 3) = aten::transpose(
# CHECK: %h : Float(4) = aten::add(
# CHECK: %u8 : Short(2) = aten::add(
# CHECK: %zd : Double(3) = aten::add(
# CHECK: %zi : Int(3) = aten::add(
# CHECK: %bi : Long(2) = aten::add(
# CHECK: %mn : Double(2) = aten::mean(
# CHECK: %sm : Long(1, 1) = aten::sum(
# CHECK: %ls : Float(2, 3) = aten::log_softmax(
# CHECK: %ar : Float(*) = aten::arange(
# CHECK: %ard : Long(4) = aten::arange(
# CHECK: %lin1 : Float(2) = aten::linear(
# CHECK: %mv1 : Float(2, 3) = aten::matmul(
# CHECK: %dot : Float() = aten::matmul(
# CHECK: %sq0 : Float(2, 1) = aten::squeeze(
# CHECK: %un : Float(2, 3, 1) = aten::unsqueeze(
# CHECK: %fl0 : Float(1) = aten::flatten(
# CHECK: %cat1 : Double(2, 4) = aten::cat(
# CHECK: %stk : Float(2, 2) = aten::stack(

# OUT: 6 [2, 4, 4, 4]
# OUT-NEXT: 6 [2, 4, 6, 6]
# OUT-NEXT: 6 [1, 3, 5]
# OUT-NEXT: 6 [2, 3, 8, 8]
# OUT-NEXT: 6 [3]
# OUT-NEXT: 4 [3]
# OUT-NEXT: 3 [4, 3]
# OUT-NEXT: 6 [2, 3]
# OUT-NEXT: 6 [5, 2, 3]
# OUT-NEXT: 6 [6]
# OUT-NEXT: 4 [4]
# OUT-NEXT: 6 [4]
# OUT-NEXT: 4 [4]
# OUT-NEXT: 4 [4]
# OUT-NEXT: 7 [2, 2]
# OUT-NEXT: 11 []
# OUT-NEXT: 6 []
# OUT-NEXT: 4 [1, 3]
# OUT-NEXT: 6 [3, 4]
# OUT-NEXT: 6 [5, 2]
# OUT-NEXT: 6 [2, 4, 3]
# OUT-NEXT: 6 [4]
# OUT-NEXT: 2 [2]
# OUT-NEXT: 7 [3]
# OUT-NEXT: 3 [3]
# OUT-NEXT: 4 [2]
# OUT-NEXT: 7 [2]
# OUT-NEXT: 4 [1, 1]
# OUT-NEXT: 6 [2, 3]
# OUT-NEXT: 6 [4]
# OUT-NEXT: 4 [4]
# OUT-NEXT: 6 [2]
# OUT-NEXT: 6 [2, 3]
# OUT-NEXT: 6 []
# OUT-NEXT: 6 [2, 1]
# OUT-NEXT: 6 [2, 3, 1]
# OUT-NEXT: 6 [1]
# OUT-NEXT: 7 [2, 4]
# OUT-NEXT: 6 [2, 2]
