#!/usr/bin/python3
"""tests/unit/runtime/gen_tensor_golden_nn.py - Writes tensor_golden_nn.h: nn/indexing/sort/random cases from torch eager.

Run with Debian's interpreter (torch 1.13):
    /usr/bin/python3 gen_tensor_golden_nn.py > tensor_golden_nn.h
Same line format as gen_tensor_golden.py (whose helpers it reuses): op key,
inputs, outputs or the exception torch raised. Extra lines:
    #rand<TAB>seed<TAB>call;call;...<TAB>encoded outputs
record what torch.manual_seed(seed) followed by those rand/randn/randint calls
gives. scaled_dot_product_attention is not in torch 1.13: its reference is
torch 2's definition, softmax(q @ k^T / sqrt(E) + mask) @ v.
"""
import math
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_tensor_golden as G  # noqa: E402

F = torch.nn.functional
f32, f64, f16, bf16, i64, i32 = torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int64, torch.int32
FLOATS = G.FLOATS
rand = G.rand
case = G.run_case


def idx(shape, hi, lo=0):
    return torch.randint(lo, hi, shape, dtype=torch.int64)


def linalg_cases():
    for dt in [f32, f64, f16, bf16, i64, i32]:
        case("baddbmm", torch.baddbmm, [rand((2, 3, 4), dt), rand((2, 3, 5), dt), rand((2, 5, 4), dt)])
        case("baddbmm", torch.baddbmm, [rand((4,), dt), rand((2, 3, 5), dt), rand((2, 5, 4), dt)])
        if dt.is_floating_point:
            case("baddbmm_b0.5_a2", lambda c, a, b: torch.baddbmm(c, a, b, beta=0.5, alpha=2),
                 [rand((1, 3, 4), dt), rand((2, 3, 5), dt), rand((2, 5, 4), dt)])
    nan = torch.full((2, 2, 2), math.nan)
    case("baddbmm_b0", lambda c, a, b: torch.baddbmm(c, a, b, beta=0), [nan, rand((2, 2, 3), f32), rand((2, 3, 2), f32)])
    case("baddbmm", torch.baddbmm, [rand((2, 3, 4), f32), rand((2, 3, 5), f32), rand((2, 4, 5), f32)], ["c", "t", "t"])
    case("baddbmm", torch.baddbmm, [rand((0, 3, 4), f32), rand((0, 3, 5), f32), rand((0, 5, 4), f32)])
    case("baddbmm", torch.baddbmm, [rand((3, 3), f32), rand((2, 2, 3), f32), rand((2, 3, 4), f32)])
    case("baddbmm", torch.baddbmm, [rand((2, 4), f32), rand((2, 2, 3), f32), rand((2, 4, 4), f32)])


def index_cases():
    for dt in G.ALL:
        x = rand((3, 4), dt)
        m = rand((3, 4), torch.bool)
        case("masked_fill_2.5", lambda a, mk: a.masked_fill(mk, 2.5), [x, m])
        case("masked_fill_-1", lambda a, mk: a.masked_fill(mk, -1), [x, m])
        case("masked_fill_t", lambda a, mk, v: a.masked_fill(mk, v), [x, rand((4,), torch.bool), rand((), dt)])
        case("index_select_d1", lambda a, i: a.index_select(1, i), [x, idx((5,), 4)])
        case("index_select_d0", lambda a, i: a.index_select(0, i), [x, idx((2,), 3)])
        case("gather_d1", lambda a, i: a.gather(1, i), [x, idx((3, 2), 4)])
        case("gather_d0", lambda a, i: a.gather(0, i), [x, idx((2, 4), 3)])
        case("index_0", lambda a, i: a[i], [x, idx((2, 2), 3, -3)])
        case("index_1", lambda a, i: a[:, i], [x, idx((3,), 4, -4)])
        case("index_mask", lambda a, mk: a[mk], [x, m])
        case("nonzero", torch.nonzero, [x])
        v = rand((3,), dt)
        case("index_put_1", lambda a, i, val: _put(a, (slice(None), i), val),
             [x, torch.tensor([3, 0, 1]), v])
        case("index_put_mask", lambda a, mk, val: _put(a, mk, val), [x, m, rand((), dt)])
        if dt != torch.bool:
            case("index_put_acc", lambda a, i, val: a.index_put((i,), val, accumulate=True),
                 [x, torch.tensor([0, 2, 0, 0]), rand((4, 4), dt)])
    x3 = rand((3, 4, 5), f32)
    for k in ["c", "t", "s"]:
        case("index_0_2", lambda a, i, j: a[i, :, j], [x3, idx((2, 3), 3), idx((3,), 5)], [k, "c", "c"])
        case("index_1_2", lambda a, i, j: a[:, i, j], [x3, idx((2, 1), 4), idx((3,), 5)], [k, "c", "c"])
        case("index_mask_1", lambda a, mk: a[:, mk], [x3, rand((4, 5), torch.bool)], [k, "c"])
        case("index_select_d1", lambda a, i: a.index_select(1, i), [rand((3, 4), f32), idx((3,), 4)], [k, "c"])
        case("gather_d1", lambda a, i: a.gather(1, i), [rand((3, 4), f32), idx((3, 6), 4)], [k, "c"])
        case("masked_fill_2.5", lambda a, mk: a.masked_fill(mk, 2.5), [rand((3, 4), f32), rand((3, 4), torch.bool)], [k, "t"])
    case("index_put_0_2", lambda a, i, j, val: _put(a, (i, slice(None), j), val), [x3, torch.tensor([0, 2]), torch.tensor([4, 1]), rand((4,), f32)])
    case("index_select_d1", lambda a, i: a.index_select(1, i), [rand((3, 0), f32), idx((0,), 1)])
    case("index_select_d0", lambda a, i: a.index_select(0, i), [rand((3, 2), f32), torch.tensor([1], dtype=i32)])
    case("index_mask", lambda a, mk: a[mk], [rand((3, 4), f32), torch.zeros((3, 4), dtype=torch.bool)])
    case("index_mask", lambda a, mk: a[mk], [rand((3, 4), f32), rand((3,), torch.bool)])
    case("index_mask", lambda a, mk: a[mk], [rand((3, 4), f32), rand((3, 4), torch.uint8)])
    case("index_0", lambda a, i: a[i], [rand((0, 4), f32), idx((0,), 1)])
    case("masked_fill_2.5", lambda a, mk: a.masked_fill(mk, 2.5), [rand((0, 4), f32), rand((4,), torch.bool)])
    case("masked_fill_2.5", lambda a, mk: a.masked_fill(mk, 2.5), [rand((4,), f32), rand((3, 4), torch.bool)])
    # errors
    case("index_select_d1", lambda a, i: a.index_select(1, i), [rand((3, 4), f32), torch.tensor([5])])
    case("index_select_d1", lambda a, i: a.index_select(1, i), [rand((3, 4), f32), torch.tensor([[1]])])
    case("index_select_d1", lambda a, i: a.index_select(1, i), [rand((3, 4), f32), torch.tensor([1.0])])
    case("gather_d1", lambda a, i: a.gather(1, i), [rand((3, 4), f32), torch.tensor([[5]])])
    case("gather_d1", lambda a, i: a.gather(1, i), [rand((3, 4), f32), torch.tensor([[1]], dtype=i32)])
    case("gather_d1", lambda a, i: a.gather(1, i), [rand((3, 4), f32), torch.tensor([1])])
    case("gather_d1", lambda a, i: a.gather(1, i), [rand((3, 4), f32), torch.zeros(4, 1, dtype=i64)])
    case("masked_fill_2.5", lambda a, mk: a.masked_fill(mk, 2.5), [rand((3, 4), f32), rand((3,), torch.bool)])
    case("masked_fill_t", lambda a, mk, v: a.masked_fill(mk, v), [rand((3, 4), f32), rand((4,), torch.bool), rand((1,), f32)])
    case("index_0", lambda a, i: a[i], [rand((3, 4), f32), torch.tensor([5])])
    case("index_0", lambda a, i: a[i], [rand((3, 4), f32), torch.tensor([-4])])
    case("index_0", lambda a, i: a[i], [rand((3, 4), f32), torch.tensor([1.0])])
    case("index_0", lambda a, i: a[i], [rand((3, 4), f32), torch.tensor([1], dtype=i32)])
    case("index_mask", lambda a, mk: a[mk], [rand((3, 4), f32), torch.tensor([True, False])])
    case("index_0_1", lambda a, i, j: a[i, j], [rand((3, 4), f32), torch.tensor([1, 2]), torch.tensor([1, 2, 3])])
    case("index_0_1_2", lambda a, i, j, k: a[i, j, k], [rand((3, 4), f32), torch.tensor([1]), torch.tensor([1]), torch.tensor([1])])
    case("index_put_mask", lambda a, mk, val: _put(a, mk, val), [rand((3, 4), f32), rand((3, 4), torch.bool), rand((2,), f32)])


def _put(a, key, val):
    a = a.clone()
    a[key] = val
    return a


def sort_cases():
    for dt in G.ALL:
        x = torch.randperm(12).reshape(3, 4).to(dt) if dt != torch.bool else rand((3, 4), dt)
        if dt in (torch.uint8, torch.int8):
            x = torch.randperm(12).reshape(3, 4).to(dt)
        case("sort", lambda a: torch.sort(a, stable=True), [x])
        case("sort_desc_d0", lambda a: torch.sort(a, dim=0, descending=True, stable=True), [x])
        case("topk_2", lambda a: torch.topk(a, 2), [x])
        case("topk_2_d0_small", lambda a: torch.topk(a, 2, 0, largest=False), [x])
    dup = torch.tensor([[3.0, 1.0, 3.0, 2.0, 1.0, 3.0], [0.0, -0.0, 5.0, 0.0, 5.0, -1.0]])
    case("sort", lambda a: torch.sort(a, stable=True), [dup])
    case("sort_desc_d0", lambda a: torch.sort(a, dim=0, descending=True, stable=True), [dup.t().contiguous()])
    case("sort_desc", lambda a: torch.sort(a, descending=True, stable=True), [dup])
    sp = torch.tensor([2.0, math.nan, -math.inf, 1.0, math.inf, math.nan, -3.0])
    case("sort", lambda a: torch.sort(a, stable=True), [sp])
    case("sort_desc", lambda a: torch.sort(a, descending=True, stable=True), [sp])
    case("topk_2", lambda a: torch.topk(a, 2), [torch.tensor([2.0, math.nan, 7.0, 1.0])])
    for k in ["t", "s"]:
        case("sort", lambda a: torch.sort(a, stable=True), [torch.randn(4, 5)], [k])
        case("topk_2", lambda a: torch.topk(a, 2), [torch.randn(4, 5)], [k])
    case("sort", lambda a: torch.sort(a, stable=True), [torch.randn(3, 0)])
    case("sort", lambda a: torch.sort(a, stable=True), [torch.tensor(2.5)])
    case("topk_0", lambda a: torch.topk(a, 0), [torch.randn(3, 4)])
    case("topk_5", lambda a: torch.topk(a, 5), [torch.randn(3, 4)])
    case("sort_d2", lambda a: torch.sort(a, dim=2), [torch.randn(3, 4)])


def conv_cases():
    convs = {
        "conv2d": lambda x, w, b: F.conv2d(x, w, b),
        "conv2d_nb": lambda x, w: F.conv2d(x, w),
        "conv2d_s2_p1": lambda x, w, b: F.conv2d(x, w, b, stride=2, padding=1),
        "conv2d_same": lambda x, w, b: F.conv2d(x, w, b, padding="same"),
        "conv2d_same_d2": lambda x, w: F.conv2d(x, w, padding="same", dilation=2),
        "conv2d_valid": lambda x, w: F.conv2d(x, w, padding="valid"),
        "conv2d_s21_p12_d12": lambda x, w, b: F.conv2d(x, w, b, stride=(2, 1), padding=(1, 2), dilation=(1, 2)),
    }
    for dt in [f32, f64, f16, bf16, i64, torch.int32]:
        r = lambda *s: rand(s, dt)  # noqa: E731
        x, w, b = r(2, 2, 5, 6), r(3, 2, 3, 3), r(3)
        for key, fn in convs.items():
            case(key, fn, [x, w, b] if fn.__code__.co_argcount == 3 else [x, w])
        case("conv2d_g2", lambda x, w, b: F.conv2d(x, w, b, groups=2), [r(1, 4, 5, 5), r(6, 2, 2, 3), r(6)])
        case("conv2d", lambda x, w, b: F.conv2d(x, w, b), [r(3, 5, 5), r(2, 3, 1, 1), r(2)])
        case("conv1d", lambda x, w, b: F.conv1d(x, w, b), [r(2, 3, 8), r(4, 3, 3), r(4)])
        case("conv1d_s2_p1", lambda x, w, b: F.conv1d(x, w, b, stride=2, padding=1), [r(2, 3, 8), r(4, 3, 3), r(4)])
        case("conv1d_same_d2", lambda x, w: F.conv1d(x, w, padding="same", dilation=2), [r(3, 7), r(2, 3, 4)])
        case("conv1d_g3", lambda x, w: F.conv1d(x, w, groups=3), [r(1, 3, 6), r(3, 1, 2)])
    for k in ["t", "s"]:
        case("conv2d", convs["conv2d"], [rand((2, 3, 5, 6), f32), rand((4, 3, 3, 2), f32), rand((4,), f32)], [k, k, "c"])
    case("conv2d", convs["conv2d"], [rand((0, 3, 5, 5), f32), rand((4, 3, 3, 3), f32), rand((4,), f32)])
    case("conv2d_nb", convs["conv2d_nb"], [rand((1, 3, 5, 5), torch.bool), rand((4, 3, 3, 3), torch.bool)])
    x, w = rand((1, 3, 5, 5), f32), rand((4, 3, 3, 3), f32)
    case("conv2d_nb", convs["conv2d_nb"], [rand((2, 5), f32), w])
    case("conv2d_nb", convs["conv2d_nb"], [x, rand((4, 3, 3), f32)])
    case("conv2d_g2", lambda a, ww, b: F.conv2d(a, ww, b, groups=2), [rand((1, 6, 5, 5), f32), rand((3, 3, 3, 3), f32), rand((3,), f32)])
    case("conv2d_nb", convs["conv2d_nb"], [rand((1, 2, 5, 5), f32), w])
    case("conv2d_nb", convs["conv2d_nb"], [rand((1, 3, 2, 2), f32), w])
    case("conv2d", convs["conv2d"], [x, w, rand((3,), f32)])
    case("conv2d_nb", convs["conv2d_nb"], [x, w.double()])
    case("conv2d_s2_same", lambda a, ww: F.conv2d(a, ww, stride=2, padding="same"), [x, w])
    case("conv1d", lambda a, ww, b: F.conv1d(a, ww, b), [rand((5,), f32), rand((2, 1, 3), f32), rand((2,), f32)])
    case("conv1d", lambda a, ww, b: F.conv1d(a, ww, b), [rand((1, 1, 2), f32), rand((2, 1, 3), f32), rand((2,), f32)])


def pool_cases():
    pools = {
        "max_pool2d_k2": lambda x: F.max_pool2d(x, 2),
        "max_pool2d_k3_s2_p1": lambda x: F.max_pool2d(x, 3, 2, 1),
        "max_pool2d_k3_s2_ceil": lambda x: F.max_pool2d(x, 3, 2, ceil_mode=True),
        "max_pool2d_k2_d2": lambda x: F.max_pool2d(x, 2, 1, dilation=2),
        "max_pool2d_k23_s12_p11": lambda x: F.max_pool2d(x, (2, 3), (1, 2), (1, 1)),
        "max_pool2d_idx_k3_s2_p1": lambda x: F.max_pool2d(x, 3, 2, 1, return_indices=True),
        "avg_pool2d_k2": lambda x: F.avg_pool2d(x, 2),
        "avg_pool2d_k3_s2_p1": lambda x: F.avg_pool2d(x, 3, 2, 1),
        "avg_pool2d_k3_s2_p1_nopad": lambda x: F.avg_pool2d(x, 3, 2, 1, count_include_pad=False),
        "avg_pool2d_k3_s2_ceil": lambda x: F.avg_pool2d(x, 3, 2, ceil_mode=True),
        "avg_pool2d_k3_s2_p1_ceil_nopad": lambda x: F.avg_pool2d(x, 3, 2, 1, ceil_mode=True, count_include_pad=False),
        "avg_pool2d_k2_div3": lambda x: F.avg_pool2d(x, 2, divisor_override=3),
        "adaptive_avg_pool2d_3": lambda x: F.adaptive_avg_pool2d(x, 3),
        "adaptive_avg_pool2d_2_5": lambda x: F.adaptive_avg_pool2d(x, (2, 5)),
        "adaptive_avg_pool2d_1": lambda x: F.adaptive_avg_pool2d(x, 1),
    }
    for key, fn in pools.items():
        for dt in [f32, f64, f16, bf16, i64]:
            case(key, fn, [rand((1, 2, 7, 6), dt)])
        case(key, fn, [rand((3, 5, 5), f32)])
        case(key, fn, [rand((1, 2, 6, 7), f32)], ["t"])
        case(key, fn, [rand((2, 1, 6, 7), f32)], ["s"])
    x = torch.tensor([[[[1.0, math.nan, 2.0], [3.0, 4.0, math.nan], [0.0, -1.0, 5.0]]]])
    case("max_pool2d_k2", pools["max_pool2d_k2"], [x])
    case("max_pool2d_idx_k3_s2_p1", pools["max_pool2d_idx_k3_s2_p1"], [x])
    case("max_pool2d_k2", pools["max_pool2d_k2"], [rand((0, 3, 4, 4), f32)])
    case("max_pool2d_k3_p2", lambda a: F.max_pool2d(a, 3, padding=2), [rand((1, 3, 5, 5), f32)])
    case("max_pool2d_k3", lambda a: F.max_pool2d(a, 3), [rand((1, 3, 2, 2), f32)])
    case("max_pool2d_k2", pools["max_pool2d_k2"], [rand((5, 5), f32)])
    case("avg_pool2d_k3_p2", lambda a: F.avg_pool2d(a, 3, padding=2), [rand((1, 3, 5, 5), f32)])
    case("adaptive_avg_pool2d_3", pools["adaptive_avg_pool2d_3"], [rand((5,), f32)])


def norm_cases():
    for dt in [f32, f64, f16, bf16, i64]:
        r = lambda *s: rand(s, dt)  # noqa: E731
        pos = lambda *s: rand(s, dt, positive=True)  # noqa: E731
        case("batch_norm", lambda x, m, v, w, b: F.batch_norm(x, m, v, w, b, eps=1e-3), [r(2, 3, 4), r(3), pos(3), r(3), r(3)])
        case("batch_norm_noaffine", lambda x, m, v: F.batch_norm(x, m, v), [r(2, 3, 2, 2), r(3), pos(3)])
        case("batch_norm_train", lambda x, w, b: F.batch_norm(x, None, None, w, b, training=True), [r(4, 3, 2), r(3), r(3)])
        case("batch_norm_train_stats", _bn_stats, [r(4, 3, 2), r(3), pos(3)])
        case("layer_norm_1", lambda x, w, b: F.layer_norm(x, (x.shape[-1],), w, b), [r(3, 5), r(5), r(5)])
        case("layer_norm_2", lambda x, w, b: F.layer_norm(x, x.shape[-2:], w, b, eps=1e-3), [r(2, 3, 4), r(3, 4), r(3, 4)])
        case("layer_norm_1_noaffine", lambda x: F.layer_norm(x, (x.shape[-1],)), [r(4, 6)])
        case("group_norm_2", lambda x, w, b: F.group_norm(x, 2, w, b), [r(2, 4, 3), r(4), r(4)])
        case("group_norm_3_noaffine", lambda x: F.group_norm(x, 3), [r(2, 6, 2, 2)])
    for k in ["t", "s"]:
        case("layer_norm_1", lambda x, w, b: F.layer_norm(x, (x.shape[-1],), w, b), [rand((3, 5), f32), rand((5,), f32), rand((5,), f32)], [k, "c", "c"])
        case("batch_norm_noaffine", lambda x, m, v: F.batch_norm(x, m, v), [rand((2, 3, 4), f32), rand((3,), f32), rand((3,), f32, positive=True)], [k, "c", "c"])
        case("group_norm_3_noaffine", lambda x: F.group_norm(x, 3), [rand((2, 3, 5), f32)], [k])
    case("layer_norm_1_noaffine", lambda x: F.layer_norm(x, (x.shape[-1],)), [rand((0, 6), f32)])
    case("layer_norm_4", lambda x: F.layer_norm(x, [4]), [rand((2, 3), f32)])
    case("group_norm_4", lambda x: F.group_norm(x, 4), [rand((2, 6, 4), f32)])
    case("batch_norm_noaffine", lambda x, m, v: F.batch_norm(x, m, v), [rand((2, 3, 4), f32), rand((4,), f32), rand((4,), f32)])
    case("batch_norm_train", lambda x, w, b: F.batch_norm(x, None, None, w, b, training=True), [rand((1, 3), f32), rand((3,), f32), rand((3,), f32)])


def _bn_stats(x, m, v):
    m, v = m.clone(), v.clone()
    y = F.batch_norm(x, m, v, training=True, momentum=0.2)
    return y, m, v


def misc_nn_cases():
    for dt in [f32, f64, f16, i64]:
        case("dropout_eval", lambda x: F.dropout(x, 0.5, training=False), [rand((3, 4), dt)])
    case("dropout_p1", lambda x: F.dropout(x, 1.0), [rand((3, 4), f32)])
    case("dropout_1.5", lambda x: F.dropout(x, 1.5), [rand((3, 4), f32)])
    for dt in [f32, f64, f16, bf16, i64, torch.bool]:
        case("embedding", F.embedding, [idx((2, 3), 5), rand((5, 4), dt)])
    case("embedding", F.embedding, [idx((4,), 5).to(i32), rand((5, 3), f32)])
    case("embedding_pad0", lambda i, w: F.embedding(i, w, padding_idx=0), [torch.tensor([0, 2, 0]), rand((3, 2), f32)])
    case("embedding", F.embedding, [idx((0,), 5), rand((5, 3), f32)])
    case("embedding", F.embedding, [torch.tensor([[0.5]]), rand((3, 2), f32)])
    case("embedding", F.embedding, [torch.tensor([5]), rand((3, 2), f32)])
    case("embedding", F.embedding, [torch.tensor([-1]), rand((3, 2), f32)])
    case("one_hot", F.one_hot, [idx((2, 3), 4)])
    case("one_hot_5", lambda x: F.one_hot(x, 5), [idx((4,), 5)])
    case("one_hot_5", lambda x: F.one_hot(x, 5), [idx((0,), 5)])
    case("one_hot", F.one_hot, [torch.tensor([1.0])])
    case("one_hot", F.one_hot, [torch.tensor([-1])])
    case("one_hot_5", lambda x: F.one_hot(x, 5), [torch.tensor([5])])
    case("one_hot", F.one_hot, [idx((0,), 5)])
    case("nan_to_num", torch.nan_to_num, [torch.tensor([math.nan, math.inf, -math.inf, 1.5])])


PADS = {
    "pad_c_1_2": lambda x: F.pad(x, (1, 2)),
    "pad_c_1_1_2_0_v1.5": lambda x: F.pad(x, (1, 1, 2, 0), value=1.5),
    "pad_c_-1_1": lambda x: F.pad(x, (-1, 1)),
    "pad_reflect_2_1": lambda x: F.pad(x, (2, 1), mode="reflect"),
    "pad_reflect_1_1_2_0": lambda x: F.pad(x, (1, 1, 2, 0), mode="reflect"),
    "pad_replicate_2_1": lambda x: F.pad(x, (2, 1), mode="replicate"),
    "pad_replicate_1_2_0_1": lambda x: F.pad(x, (1, 2, 0, 1), mode="replicate"),
    "pad_circular_1_2": lambda x: F.pad(x, (1, 2), mode="circular"),
    "pad_replicate_1x6": lambda x: F.pad(x, (1, 1, 1, 0, 0, 1), mode="replicate"),
}


def pad_cases():
    for key, fn in PADS.items():
        for dt in [f32, f64, f16, bf16, i64, torch.bool]:
            if "circular" in key and dt == torch.bool:
                continue
            case(key, fn, [rand((2, 3, 4), dt)])
        case(key, fn, [rand((1, 2, 3, 4), f32)])
        case(key, fn, [rand((2, 3, 4), f32)], ["t"])
        case(key, fn, [rand((2, 3, 4), f32)], ["s"])
    case("pad_c_1_2", PADS["pad_c_1_2"], [rand((3, 0), f32)])
    case("pad_c_1_1_2_0_v1.5", PADS["pad_c_1_1_2_0_v1.5"], [rand((4,), f32)])
    case("pad_reflect_3_3", lambda x: F.pad(x, (3, 3), mode="reflect"), [rand((1, 2, 3), f32)])
    case("pad_reflect_2_1", PADS["pad_reflect_2_1"], [rand((3,), f32)])
    case("pad_c_1_1_1", lambda x: F.pad(x, (1, 1, 1)), [rand((1, 2, 3), f32)])
    case("pad_c_8", lambda x: F.pad(x, (1,) * 8), [rand((1, 2, 3), f32)])
    case("pad_replicate_2_1", PADS["pad_replicate_2_1"], [rand((1, 2, 0), f32)])


INTERP = {
    "interp_nearest_5": lambda x: F.interpolate(x, size=5),
    "interp_nearest_4_6": lambda x: F.interpolate(x, size=(4, 6)),
    "interp_nearest_sf2": lambda x: F.interpolate(x, scale_factor=2.0),
    "interp_nearest_sf1.5": lambda x: F.interpolate(x, scale_factor=1.5),
    "interp_nearest_2_2": lambda x: F.interpolate(x, size=(2, 2)),
    "interp_bilinear_5_7": lambda x: F.interpolate(x, size=(5, 7), mode="bilinear", align_corners=False),
    "interp_bilinear_5_7_ac": lambda x: F.interpolate(x, size=(5, 7), mode="bilinear", align_corners=True),
    "interp_bilinear_sf2": lambda x: F.interpolate(x, scale_factor=2.0, mode="bilinear", align_corners=False),
    "interp_bilinear_2_2": lambda x: F.interpolate(x, size=(2, 2), mode="bilinear", align_corners=False),
    "interp_linear_7": lambda x: F.interpolate(x, size=7, mode="linear", align_corners=False),
    "interp_linear_7_ac": lambda x: F.interpolate(x, size=7, mode="linear", align_corners=True),
}


def interp_cases():
    for key, fn in INTERP.items():
        nd = 3 if key.startswith(("interp_linear", "interp_nearest_5")) else 4
        shape = (2, 2, 4) if nd == 3 else (1, 2, 3, 4)
        for dt in [f32, f64, f16, bf16, i64]:
            case(key, fn, [rand(shape, dt)])
        case(key, fn, [rand(shape, f32)], ["t"])
        if key in ("interp_nearest_sf2", "interp_nearest_sf1.5"):
            case(key, fn, [rand((1, 2, 3), f32)])
            case(key, fn, [rand((1, 1, 2, 2, 3), f32)])
    case("interp_bilinear_4_4", lambda x: F.interpolate(x, size=(4, 4), mode="bilinear"), [rand((1, 2, 3), f32)])
    case("interp_nearest_4_4_ac", lambda x: F.interpolate(x, size=(4, 4), align_corners=True), [rand((1, 2, 3, 3), f32)])
    case("interp_none", lambda x: F.interpolate(x), [rand((1, 2, 3, 3), f32)])
    case("interp_nearest_1_2_3", lambda x: F.interpolate(x, size=(1, 2, 3)), [rand((1, 2, 3, 3), f32)])


def sdpa_ref(q, k, v, mask=None, causal=False):
    """torch 2's scaled_dot_product_attention, written out (torch 1.13 lacks it)."""
    L, S = q.shape[-2], k.shape[-2]
    bias = torch.zeros(L, S, dtype=q.dtype)
    if causal:
        bias = bias.masked_fill(torch.ones(L, S, dtype=torch.bool).tril().logical_not(), -math.inf)
    if mask is not None:
        bias = bias.masked_fill(mask.logical_not(), -math.inf) if mask.dtype == torch.bool else bias + mask
    w = q @ k.transpose(-2, -1) * (1.0 / math.sqrt(q.shape[-1])) + bias
    return torch.softmax(w, -1) @ v


def sdpa_cases():
    for dt in [f32, f64, bf16]:
        r = lambda *s: rand(s, dt)  # noqa: E731
        case("sdpa", sdpa_ref, [r(2, 3, 4), r(2, 5, 4), r(2, 5, 6)])
        case("sdpa_mask", sdpa_ref, [r(2, 2, 3, 4), r(2, 2, 3, 4), r(2, 2, 3, 4), r(3, 3)])
        case("sdpa_bmask", sdpa_ref, [r(1, 3, 4), r(1, 3, 4), r(1, 3, 4), torch.tensor([[1, 0, 1], [1, 1, 0], [0, 1, 1]]).bool()])
        case("sdpa_causal", lambda q, k, v: sdpa_ref(q, k, v, causal=True), [r(2, 4, 3), r(2, 4, 3), r(2, 4, 2)])
    case("sdpa", sdpa_ref, [rand((2, 4, 3), f32), rand((2, 5, 3), f32), rand((2, 5, 3), f32)], ["t", "t", "s"])
    case("sdpa", sdpa_ref, [rand((0, 4, 3), f32), rand((0, 5, 3), f32), rand((0, 5, 3), f32)])


def random_cases():
    calls = {
        "rand": lambda s, d: torch.rand(s, dtype=d), "randn": lambda s, d: torch.randn(s, dtype=d),
        "randint": lambda s, d: torch.randint(-3, 10, s, dtype=d),
        "randint_big": lambda s, d: torch.randint(0, 2 ** 40, s, dtype=d),
    }
    seqs = [
        [("rand", (5,), f32)], [("rand", (3, 4), f64)], [("rand", (7,), f16)], [("rand", (7,), bf16)],
        [("randn", (5,), f32)], [("randn", (5,), f64)], [("randn", (16,), f64)], [("randn", (37,), f64)],
        [("randn", (16,), f32)], [("randn", (37,), f32)], [("randn", (2, 20), f32)], [("randn", (20,), f16)],
        [("randint", (6,), i64)], [("randint", (6,), i32)], [("randint", (6,), f32)], [("randint_big", (4,), i64)],
        [("rand", (3,), f32), ("randn", (3,), f64), ("randint", (4,), i64), ("randn", (1,), f64), ("randn", (5,), f32)],
        [("randn", (1,), f64), ("rand", (2,), f32), ("randn", (1,), f64)],
    ]
    for seed in [0, 42, 2 ** 32 + 7]:
        for seq in seqs:
            torch.manual_seed(seed)
            outs = [G.enc(calls[name](shape, dt)) for name, shape, dt in seq]
            desc = ";".join(f"{name}:{','.join(map(str, shape))}:{G.NAME[dt]}" for name, shape, dt in seq)
            G.LINES.append(f"#rand\t{seed}\t{desc}\t{' ; '.join(outs)}")
    torch.manual_seed(0)


def main():
    torch.manual_seed(0)
    G.LINES.clear()
    linalg_cases()
    index_cases()
    sort_cases()
    conv_cases()
    pool_cases()
    norm_cases()
    misc_nn_cases()
    pad_cases()
    interp_cases()
    sdpa_cases()
    random_cases()
    w = sys.stdout.write
    w("// tests/unit/runtime/tensor_golden_nn.h - nn/indexing/sort/random cases computed by torch eager; generated by "
      "gen_tensor_golden_nn.py, do not edit.\n")
    w("#pragma once\n\n")
    w(f"// {len(G.LINES)} lines: op<TAB>inputs<TAB>outputs<TAB>error, or #rand<TAB>... (see gen_tensor_golden_nn.py).\n")
    w("inline const char* const kTensorGoldenNn[] = {\n")
    chunk, size = [], 0
    for line in G.LINES:
        chunk.append(line)
        size += len(line)
        if size > 60000:
            w('R"GOLDEN(' + "\n".join(chunk) + '\n)GOLDEN",\n')
            chunk, size = [], 0
    if chunk:
        w('R"GOLDEN(' + "\n".join(chunk) + '\n)GOLDEN",\n')
    w("};\n")


if __name__ == "__main__":
    main()
