# tests/python/test_models.py - Small models written as functions: tsc.script against torch eager within 1e-5.
"""An MLP, a CNN block, an LSTM cell loop and attention (single- and multi-head, masked), written as
plain functions over weights created by torch.nn modules in eager mode (parameters that require
grad, passed zero-copy). Each scripted result must match the same function run by torch eager
within rtol=1e-5 (float32), and where torch has the model as a module (nn.LSTM,
nn.MultiheadAttention) the function is checked against the module too.
"""
import math
from typing import List, Tuple

import pytest

import tsc

np = pytest.importorskip("numpy")
torch = pytest.importorskip("torch")
import torch.nn.functional as F  # noqa: E402
import torch.utils.dlpack  # noqa: E402

from torch import Tensor  # noqa: E402

RTOL = 1e-5
ATOL = 1e-6


def as_torch(t):
    assert isinstance(t, tsc.Tensor), type(t)
    return torch.utils.dlpack.from_dlpack(t)


def check(actual, expected):
    if isinstance(expected, (tuple, list)):
        assert isinstance(actual, (tuple, list)) and len(actual) == len(expected)
        for a, e in zip(actual, expected):
            check(a, e)
        return
    torch.testing.assert_close(as_torch(actual), expected.detach(), rtol=RTOL, atol=ATOL)


def script_or_skip(fn, model):
    return tsc.script(fn)


@pytest.fixture(autouse=True)
def seeded():
    torch.manual_seed(0)


# ---- MLP ----

def mlp(x: Tensor, w1: Tensor, b1: Tensor, w2: Tensor, b2: Tensor, w3: Tensor, b3: Tensor) -> Tensor:
    h = F.relu(F.linear(x, w1, b1))
    h = torch.relu(h @ w2.t() + b2)
    return F.softmax(F.linear(h, w3, b3), dim=-1)


@pytest.mark.parametrize("batch", [1, 16, 64])
def test_mlp(batch):
    fn = script_or_skip(mlp, "mlp")
    l1, l2, l3 = torch.nn.Linear(784, 128), torch.nn.Linear(128, 64), torch.nn.Linear(64, 10)
    x = torch.randn(batch, 784)
    args = (x, l1.weight, l1.bias, l2.weight, l2.bias, l3.weight, l3.bias)
    with torch.no_grad():
        expected = mlp(*args)
        module = torch.nn.Sequential(l1, torch.nn.ReLU(), l2, torch.nn.ReLU(), l3, torch.nn.Softmax(-1))(x)
    torch.testing.assert_close(expected, module)
    check(fn(*args), expected)


# ---- CNN block ----

def cnn_block(x: Tensor, w: Tensor, b: Tensor, mean: Tensor, var: Tensor, gamma: Tensor, beta: Tensor,
              fc_w: Tensor, fc_b: Tensor) -> Tensor:
    y = F.conv2d(x, w, b, padding=1)
    y = F.batch_norm(y, mean, var, gamma, beta, training=False, eps=1e-5)
    y = F.relu(y)
    y = F.max_pool2d(y, 2)
    y = torch.flatten(y, 1)
    return F.linear(y, fc_w, fc_b)


def cnn_block_avg(x: Tensor, w: Tensor, b: Tensor, mean: Tensor, var: Tensor, gamma: Tensor, beta: Tensor,
                  fc_w: Tensor, fc_b: Tensor) -> Tensor:
    y = F.conv2d(x, w, b, stride=1, padding=1)
    y = F.batch_norm(y, mean, var, gamma, beta, False)
    y = F.avg_pool2d(torch.relu(y), kernel_size=2, stride=2)
    return F.linear(y.flatten(1), fc_w, fc_b)


def cnn_weights(channels=8, size=16):
    conv = torch.nn.Conv2d(3, channels, 3, padding=1)
    bn = torch.nn.BatchNorm2d(channels)
    bn.running_mean.uniform_(-0.5, 0.5)
    bn.running_var.uniform_(0.5, 2.0)
    bn.weight.data.uniform_(0.5, 1.5)
    bn.bias.data.uniform_(-0.2, 0.2)
    fc = torch.nn.Linear(channels * (size // 2) ** 2, 10)
    return conv, bn, fc


@pytest.mark.parametrize("model", ["max", "avg"])
def test_cnn_block(model):
    fn = script_or_skip(cnn_block if model == "max" else cnn_block_avg, "cnn_" + model)
    conv, bn, fc = cnn_weights()
    bn.eval()
    x = torch.randn(4, 3, 16, 16)
    args = (x, conv.weight, conv.bias, bn.running_mean, bn.running_var, bn.weight, bn.bias, fc.weight, fc.bias)
    pool = torch.nn.MaxPool2d(2) if model == "max" else torch.nn.AvgPool2d(2)
    with torch.no_grad():
        expected = (cnn_block if model == "max" else cnn_block_avg)(*args)
        module = fc(torch.flatten(pool(torch.relu(bn(conv(x)))), 1))
    torch.testing.assert_close(expected, module)
    check(fn(*args), expected)


# ---- LSTM cell loop ----

def lstm(xs: Tensor, h0: Tensor, c0: Tensor, w_ih: Tensor, w_hh: Tensor, b_ih: Tensor,
         b_hh: Tensor) -> Tuple[Tensor, Tensor, Tensor]:
    h = h0
    c = c0
    outputs: List[Tensor] = []
    for t in range(xs.size(0)):
        gates = F.linear(xs[t], w_ih, b_ih) + F.linear(h, w_hh, b_hh)
        chunks = gates.chunk(4, 1)
        i = torch.sigmoid(chunks[0])
        f = torch.sigmoid(chunks[1])
        g = torch.tanh(chunks[2])
        o = torch.sigmoid(chunks[3])
        c = f * c + i * g
        h = o * torch.tanh(c)
        outputs.append(h)
    return torch.stack(outputs), h, c


def test_lstm_loop_of_20_steps():
    fn = script_or_skip(lstm, "lstm")
    cell = torch.nn.LSTM(10, 16)
    xs = torch.randn(20, 3, 10)
    h0 = torch.randn(3, 16)
    c0 = torch.randn(3, 16)
    args = (xs, h0, c0, cell.weight_ih_l0, cell.weight_hh_l0, cell.bias_ih_l0, cell.bias_hh_l0)
    with torch.no_grad():
        expected = lstm(*args)
        out, (hn, cn) = cell(xs, (h0[None], c0[None]))
    torch.testing.assert_close(expected[0], out, rtol=1e-5, atol=1e-6)
    torch.testing.assert_close(expected[2], cn[0], rtol=1e-5, atol=1e-6)
    check(fn(*args), expected)


# ---- attention ----

def attention(x: Tensor, wq: Tensor, wk: Tensor, wv: Tensor, mask: Tensor) -> Tensor:
    q = x @ wq
    k = x @ wk
    v = x @ wv
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
    scores = scores.masked_fill(mask, float("-inf"))
    return torch.softmax(scores, dim=-1) @ v


def multi_head_attention(x: Tensor, in_w: Tensor, in_b: Tensor, out_w: Tensor, out_b: Tensor, mask: Tensor,
                         heads: int) -> Tensor:
    b = x.size(0)
    t = x.size(1)
    e = x.size(2)
    d = e // heads
    qkv = F.linear(x, in_w, in_b)
    q, k, v = qkv.split(e, dim=-1)
    q = q.reshape(b, t, heads, d).transpose(1, 2)
    k = k.reshape(b, t, heads, d).transpose(1, 2)
    v = v.reshape(b, t, heads, d).transpose(1, 2)
    scores = torch.matmul(q, k.transpose(-2, -1)) / math.sqrt(d)
    scores = scores.masked_fill(mask, float("-inf"))
    weights = F.softmax(scores, dim=-1)
    y = torch.matmul(weights, v).transpose(1, 2).reshape(b, t, e)
    return F.linear(y, out_w, out_b)


def causal_mask(t):
    return torch.ones(t, t, dtype=torch.bool).triu(1)


@pytest.mark.parametrize("masked", [False, True])
def test_single_head_attention(masked):
    fn = script_or_skip(attention, "attention")
    x = torch.randn(2, 12, 32)
    wq, wk, wv = (torch.randn(32, 16) / 4 for _ in range(3))
    mask = causal_mask(12) if masked else torch.zeros(12, 12, dtype=torch.bool)
    args = (x, wq, wk, wv, mask)
    with torch.no_grad():
        expected = attention(*args)
    check(fn(*args), expected)


@pytest.mark.parametrize("heads", [1, 4])
def test_multi_head_attention(heads):
    fn = script_or_skip(multi_head_attention, "multi_head_attention")
    mha = torch.nn.MultiheadAttention(32, heads, batch_first=True)
    mha.eval()
    x = torch.randn(3, 10, 32)
    mask = causal_mask(10)
    args = (x, mha.in_proj_weight, mha.in_proj_bias, mha.out_proj.weight, mha.out_proj.bias, mask, heads)
    with torch.no_grad():
        expected = multi_head_attention(*args)
        module, _ = mha(x, x, x, attn_mask=mask, need_weights=False)
    torch.testing.assert_close(expected, module, rtol=1e-5, atol=1e-6)
    check(fn(*args), expected)
