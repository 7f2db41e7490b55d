"""tsc.nn.functional - the math of tsc.nn's recurrent and attention modules, as plain functions.

Every function here is written in the language tsc compiles (docs/language.md) with full
annotations, so each one can be scripted on its own (`tsc.script(tsc.nn.functional.lstm)`), and
the forward methods of tsc.nn.LSTM, GRU and MultiheadAttention call them. Run eagerly with torch
tensors they compute what torch 1.13's own kernels compute (`_VF.lstm`, `_VF.gru`,
`F.multi_head_attention_forward`) for inference: no dropout, no PackedSequence, no projections
(`proj_size`), no `bias_k`/`bias_v`/`add_zero_attn` (docs/nn.md).
"""
import math
from typing import List, Optional, Tuple

from ._torch import F, torch


def lstm_layer(x: torch.Tensor, h: torch.Tensor, c: torch.Tensor, w_ih: torch.Tensor, w_hh: torch.Tensor,
               b_ih: Optional[torch.Tensor], b_hh: Optional[torch.Tensor],
               reverse: bool = False) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """One direction of one LSTM layer over a time-major sequence.

    x is (T, B, I), h and c are (B, H); returns (output (T, B, H), h_T, c_T). The input
    projection of all steps is one matrix product, as ATen's CPU LSTM does; gates are ordered
    i, f, g, o as in torch. `reverse` walks the sequence backwards (the reverse direction of a
    bidirectional LSTM) and still returns the outputs in input order.
    """
    gates_x = F.linear(x, w_ih, b_ih)
    steps = x.size(0)
    outputs: List[torch.Tensor] = []
    for s in range(steps):
        t = steps - 1 - s if reverse else s
        gates = F.linear(h, w_hh, b_hh) + gates_x[t]
        chunks = gates.chunk(4, 1)
        i = torch.sigmoid(chunks[0])
        f = torch.sigmoid(chunks[1])
        g = torch.tanh(chunks[2])
        o = torch.sigmoid(chunks[3])
        c = f * c + i * g
        h = o * torch.tanh(c)
        outputs.append(h)
    if reverse:
        outputs.reverse()
    return torch.stack(outputs, 0), h, c


def gru_layer(x: torch.Tensor, h: torch.Tensor, w_ih: torch.Tensor, w_hh: torch.Tensor,
              b_ih: Optional[torch.Tensor], b_hh: Optional[torch.Tensor],
              reverse: bool = False) -> Tuple[torch.Tensor, torch.Tensor]:
    """One direction of one GRU layer over a time-major sequence.

    x is (T, B, I), h is (B, H); returns (output (T, B, H), h_T). Gates r, z, n as in torch:
    n = tanh(x W_in + b_in + r * (h W_hn + b_hn)), h' = (h - n) * z + n.
    """
    gates_x = F.linear(x, w_ih, b_ih)
    steps = x.size(0)
    outputs: List[torch.Tensor] = []
    for s in range(steps):
        t = steps - 1 - s if reverse else s
        gx = gates_x[t].chunk(3, 1)
        gh = F.linear(h, w_hh, b_hh).chunk(3, 1)
        r = torch.sigmoid(gx[0] + gh[0])
        z = torch.sigmoid(gx[1] + gh[1])
        n = torch.tanh(gx[2] + r * gh[2])
        h = (h - n) * z + n
        outputs.append(h)
    if reverse:
        outputs.reverse()
    return torch.stack(outputs, 0), h


def lstm(input: torch.Tensor, h0: torch.Tensor, c0: torch.Tensor, weights: List[torch.Tensor], has_biases: bool,
         num_layers: int, bidirectional: bool,
         batch_first: bool) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """A multi-layer, optionally bidirectional LSTM over a batched input (what `_VF.lstm` computes
    in inference).

    input is (T, B, I), or (B, T, I) when batch_first; h0 and c0 are (layers * directions, B, H);
    weights are torch's `_flat_weights`: per layer and direction weight_ih, weight_hh and, when
    has_biases, bias_ih, bias_hh. Returns (output, h_n, c_n).
    """
    x = input.transpose(0, 1) if batch_first else input
    directions = 2 if bidirectional else 1
    per_direction = 4 if has_biases else 2
    hs: List[torch.Tensor] = []
    cs: List[torch.Tensor] = []
    for layer in range(num_layers):
        outs: List[torch.Tensor] = []
        for direction in range(directions):
            k = layer * directions + direction
            base = k * per_direction
            b_ih = weights[base + 2] if has_biases else None
            b_hh = weights[base + 3] if has_biases else None
            y, h, c = lstm_layer(x, h0[k], c0[k], weights[base], weights[base + 1], b_ih, b_hh, direction == 1)
            outs.append(y)
            hs.append(h)
            cs.append(c)
        x = torch.cat(outs, 2) if bidirectional else outs[0]
    output = x.transpose(0, 1) if batch_first else x
    return output, torch.stack(hs, 0), torch.stack(cs, 0)


def gru(input: torch.Tensor, h0: torch.Tensor, weights: List[torch.Tensor], has_biases: bool, num_layers: int,
        bidirectional: bool, batch_first: bool) -> Tuple[torch.Tensor, torch.Tensor]:
    """A multi-layer, optionally bidirectional GRU (what `_VF.gru` computes in inference); the
    arguments are those of `lstm` without the cell state. Returns (output, h_n)."""
    x = input.transpose(0, 1) if batch_first else input
    directions = 2 if bidirectional else 1
    per_direction = 4 if has_biases else 2
    hs: List[torch.Tensor] = []
    for layer in range(num_layers):
        outs: List[torch.Tensor] = []
        for direction in range(directions):
            k = layer * directions + direction
            base = k * per_direction
            b_ih = weights[base + 2] if has_biases else None
            b_hh = weights[base + 3] if has_biases else None
            y, h = gru_layer(x, h0[k], weights[base], weights[base + 1], b_ih, b_hh, direction == 1)
            outs.append(y)
            hs.append(h)
        x = torch.cat(outs, 2) if bidirectional else outs[0]
    output = x.transpose(0, 1) if batch_first else x
    return output, torch.stack(hs, 0)


def is_float_dtype(dtype: int) -> bool:
    """Whether a dtype (its ScalarType number, as scripts see `x.dtype`) is a floating type."""
    return dtype == torch.float32 or dtype == torch.float64 or dtype == torch.float16 or dtype == torch.bfloat16


def multi_head_attention_forward(query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, embed_dim: int,
                                 num_heads: int, in_proj_weight: Optional[torch.Tensor],
                                 in_proj_bias: Optional[torch.Tensor], q_proj_weight: Optional[torch.Tensor],
                                 k_proj_weight: Optional[torch.Tensor], v_proj_weight: Optional[torch.Tensor],
                                 out_proj_weight: torch.Tensor, out_proj_bias: Optional[torch.Tensor],
                                 key_padding_mask: Optional[torch.Tensor] = None, need_weights: bool = True,
                                 attn_mask: Optional[torch.Tensor] = None,
                                 average_attn_weights: bool = True) -> Tuple[torch.Tensor, Optional[torch.Tensor]]:
    """Multi-head attention as torch 1.13's `F.multi_head_attention_forward` in inference
    (training=False, so no dropout), without bias_k/bias_v, add_zero_attn and static keys.

    query is (L, N, E) or unbatched (L, E); key and value (S, N, E) or (S, E). The projection
    weights are either the packed in_proj_weight (3E, E) or, when it is None, q/k/v_proj_weight.
    attn_mask: bool (True: not allowed to attend), uint8 (as bool) or float (added), shape (L, S)
    or (N * num_heads, L, S); key_padding_mask: bool or float, (N, S) or (S). Returns
    (output (L, N, E), weights (N, L, S) averaged over heads, (N, num_heads, L, S) when not
    average_attn_weights, or None when not need_weights).
    """
    is_batched = query.dim() == 3
    if query.dim() == 3:
        if key.dim() != 3 or value.dim() != 3:
            raise AssertionError(f"For batched (3-D) `query`, expected `key` and `value` to be 3-D but found "
                                 f"{key.dim()}-D and {value.dim()}-D tensors respectively")
        if key_padding_mask is not None:
            if key_padding_mask.dim() != 2:
                raise AssertionError(f"For batched (3-D) `query`, expected `key_padding_mask` to be `None` or 2-D "
                                     f"but found {key_padding_mask.dim()}-D tensor instead")
        if attn_mask is not None:
            if attn_mask.dim() != 2 and attn_mask.dim() != 3:
                raise AssertionError(f"For batched (3-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D "
                                     f"but found {attn_mask.dim()}-D tensor instead")
    elif query.dim() == 2:
        if key.dim() != 2 or value.dim() != 2:
            raise AssertionError(f"For unbatched (2-D) `query`, expected `key` and `value` to be 2-D but found "
                                 f"{key.dim()}-D and {value.dim()}-D tensors respectively")
        if key_padding_mask is not None:
            if key_padding_mask.dim() != 1:
                raise AssertionError(f"For unbatched (2-D) `query`, expected `key_padding_mask` to be `None` or 1-D "
                                     f"but found {key_padding_mask.dim()}-D tensor instead")
        if attn_mask is not None:
            if attn_mask.dim() != 2 and attn_mask.dim() != 3:
                raise AssertionError(f"For unbatched (2-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D "
                                     f"but found {attn_mask.dim()}-D tensor instead")
            if attn_mask.dim() == 3:
                expected_shape = [num_heads, query.size(0), key.size(0)]
                if list(attn_mask.size()) != expected_shape:
                    raise AssertionError(f"Expected `attn_mask` shape to be {expected_shape} but got "
                                         f"{list(attn_mask.size())}")
    else:
        raise AssertionError(f"query should be unbatched 2D or batched 3D tensor but received {query.dim()}-D "
                             f"query tensor")
    if not is_batched:
        query = query.unsqueeze(1)
        key = key.unsqueeze(1)
        value = value.unsqueeze(1)
        if key_padding_mask is not None:
            key_padding_mask = key_padding_mask.unsqueeze(0)

    tgt_len = query.size(0)
    bsz = query.size(1)
    src_len = key.size(0)
    if key_padding_mask is not None:
        if key_padding_mask.dtype != torch.bool and not is_float_dtype(key_padding_mask.dtype):
            raise AssertionError("only bool and floating types of key_padding_mask are supported")
    if query.size(2) != embed_dim:
        raise AssertionError(f"was expecting embedding dimension of {embed_dim}, but got {query.size(2)}")
    head_dim = embed_dim // num_heads
    if head_dim * num_heads != embed_dim:
        raise AssertionError(f"embed_dim {embed_dim} not divisible by num_heads {num_heads}")

    if in_proj_weight is not None:
        if key.size() != value.size():
            raise AssertionError(f"key shape {list(key.size())} does not match value shape {list(value.size())}")
        w = in_proj_weight.chunk(3)
        w_q = w[0]
        w_k = w[1]
        w_v = w[2]
    else:
        if key.size(0) != value.size(0) or key.size(1) != value.size(1):
            raise AssertionError(f"key's sequence and batch dims {list(key.size())[:2]} do not match value's "
                                 f"{list(value.size())[:2]}")
        if q_proj_weight is None or k_proj_weight is None or v_proj_weight is None:
            raise AssertionError("use_separate_proj_weight is True but q_proj_weight, k_proj_weight or "
                                 "v_proj_weight is None")
        w_q = q_proj_weight
        w_k = k_proj_weight
        w_v = v_proj_weight
    b_q: Optional[torch.Tensor] = None
    b_k: Optional[torch.Tensor] = None
    b_v: Optional[torch.Tensor] = None
    if in_proj_bias is not None:
        b = in_proj_bias.chunk(3)
        b_q = b[0]
        b_k = b[1]
        b_v = b[2]
    q = F.linear(query, w_q, b_q)
    k = F.linear(key, w_k, b_k)
    v = F.linear(value, w_v, b_v)

    mask: Optional[torch.Tensor] = None
    if attn_mask is not None:
        m = attn_mask
        if m.dtype == torch.uint8:
            m = m.to(torch.bool)
        elif m.dtype != torch.bool and not is_float_dtype(m.dtype):
            raise AssertionError(f"Only float, byte, and bool types are supported for attn_mask, not {m.dtype}")
        if m.dim() == 2:
            if m.size(0) != tgt_len or m.size(1) != src_len:
                raise RuntimeError(f"The shape of the 2D attn_mask is {list(m.size())}, but should be "
                                   f"{[tgt_len, src_len]}.")
            m = m.unsqueeze(0)
        elif m.dim() == 3:
            if m.size(0) != bsz * num_heads or m.size(1) != tgt_len or m.size(2) != src_len:
                raise RuntimeError(f"The shape of the 3D attn_mask is {list(m.size())}, but should be "
                                   f"{[bsz * num_heads, tgt_len, src_len]}.")
        else:
            raise RuntimeError(f"attn_mask's dimension {m.dim()} is not supported")
        mask = m

    q = q.contiguous().view(tgt_len, bsz * num_heads, head_dim).transpose(0, 1)
    k = k.contiguous().view(k.size(0), bsz * num_heads, head_dim).transpose(0, 1)
    v = v.contiguous().view(v.size(0), bsz * num_heads, head_dim).transpose(0, 1)

    if key_padding_mask is not None:
        if key_padding_mask.size(0) != bsz or key_padding_mask.size(1) != src_len:
            raise AssertionError(f"expecting key_padding_mask shape of {[bsz, src_len]}, but got "
                                 f"{list(key_padding_mask.size())}")
        kpm = key_padding_mask.view(bsz, 1, 1, src_len).expand(-1, num_heads, -1, -1).reshape(
            bsz * num_heads, 1, src_len)
        if mask is None:
            mask = kpm
        elif mask.dtype == torch.bool:
            mask = mask.logical_or(kpm)
        else:
            mask = mask.masked_fill(kpm, float("-inf"))
    if mask is not None:
        if mask.dtype == torch.bool:
            additive = torch.zeros_like(mask, dtype=q.dtype)
            additive.masked_fill_(mask, float("-inf"))
            mask = additive

    q_scaled = q / math.sqrt(head_dim)
    if mask is not None:
        attn_output_weights = torch.baddbmm(mask, q_scaled, k.transpose(-2, -1))
    else:
        attn_output_weights = torch.bmm(q_scaled, k.transpose(-2, -1))
    attn_output_weights = F.softmax(attn_output_weights, dim=-1)
    attn_output = torch.bmm(attn_output_weights, v)
    attn_output = attn_output.transpose(0, 1).contiguous().view(tgt_len * bsz, embed_dim)
    attn_output = F.linear(attn_output, out_proj_weight, out_proj_bias)
    attn_output = attn_output.view(tgt_len, bsz, attn_output.size(1))
    if need_weights:
        weights = attn_output_weights.view(bsz, num_heads, tgt_len, src_len)
        if average_attn_weights:
            weights = weights.sum(dim=1) / num_heads
        if not is_batched:
            attn_output = attn_output.squeeze(1)
            weights = weights.squeeze(0)
        return attn_output, weights
    if not is_batched:
        attn_output = attn_output.squeeze(1)
    return attn_output, None
