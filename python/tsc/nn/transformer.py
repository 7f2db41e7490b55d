"""tsc.nn.transformer - MultiheadAttention and TransformerEncoderLayer whose forward tsc compiles.

torch 1.13's own forwards leave the language: MultiheadAttention.forward tests tensors for
identity (`query is key`), nestedness and `torch.overrides.has_torch_function` on its way to the
`torch._native_multi_head_attention` fast path, and its slow path `F.multi_head_attention_forward`
handles `torch.Size` comparisons, warnings and static keys; TransformerEncoderLayer.forward makes
the same fast-path checks and calls `self.activation`, a Python function held in an attribute.
These classes define forward again in the language, reading the attributes torch's instances
have, so scripting a torch module takes its methods from here (REPLACEMENTS in
tsc/nn/__init__.py). Inference only; bias_k/bias_v and add_zero_attn are not supported, and the
activation is chosen by `activation_relu_or_gelu` (1 relu, 2 gelu), the attribute torch 1.13
sets in __init__ (docs/nn.md).

Constructed directly, they are torch-free modules with torch's attributes and initialisation.
"""
from typing import Optional, Tuple

from .functional import is_float_dtype, multi_head_attention_forward
from .layers import Dropout, LayerNorm, Linear
from .module import Module, Parameter, constant, uniform, xavier_uniform_bound
from ._torch import F, torch


class MultiheadAttention(Module):
    """Multi-head attention (torch.nn.MultiheadAttention's arguments, attributes and results;
    inference): packed in_proj_weight, or q/k/v_proj_weight when kdim or vdim differ from
    embed_dim."""

    __constants__ = ["batch_first"]

    def __init__(self, embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False, add_zero_attn=False,
                 kdim=None, vdim=None, batch_first=False):
        super().__init__()
        if add_bias_kv or add_zero_attn:
            raise ValueError("tsc.nn.MultiheadAttention does not support add_bias_kv or add_zero_attn")
        self.embed_dim = embed_dim
        self.kdim = kdim if kdim is not None else embed_dim
        self.vdim = vdim if vdim is not None else embed_dim
        self._qkv_same_embed_dim = self.kdim == embed_dim and self.vdim == embed_dim
        self.num_heads = num_heads
        self.dropout = dropout
        self.batch_first = batch_first
        self.head_dim = embed_dim // num_heads
        if self.head_dim * num_heads != self.embed_dim:
            raise AssertionError("embed_dim must be divisible by num_heads")
        if not self._qkv_same_embed_dim:
            self.q_proj_weight = Parameter(uniform((embed_dim, embed_dim),
                                                   xavier_uniform_bound(embed_dim, embed_dim)))
            self.k_proj_weight = Parameter(uniform((embed_dim, self.kdim),
                                                   xavier_uniform_bound(self.kdim, embed_dim)))
            self.v_proj_weight = Parameter(uniform((embed_dim, self.vdim),
                                                   xavier_uniform_bound(self.vdim, embed_dim)))
            self.register_parameter("in_proj_weight", None)
        else:
            self.in_proj_weight = Parameter(uniform((3 * embed_dim, embed_dim),
                                                    xavier_uniform_bound(embed_dim, 3 * embed_dim)))
            self.register_parameter("q_proj_weight", None)
            self.register_parameter("k_proj_weight", None)
            self.register_parameter("v_proj_weight", None)
        if bias:
            self.in_proj_bias = Parameter(constant((3 * embed_dim,), 0.0))
        else:
            self.register_parameter("in_proj_bias", None)
        self.out_proj = Linear(embed_dim, embed_dim, bias=bias)
        if bias:
            self.out_proj.bias = constant((embed_dim,), 0.0)
        self.bias_k = None
        self.bias_v = None
        self.add_zero_attn = add_zero_attn

    def forward(self, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
                key_padding_mask: Optional[torch.Tensor] = None, need_weights: bool = True,
                attn_mask: Optional[torch.Tensor] = None,
                average_attn_weights: bool = True) -> Tuple[torch.Tensor, Optional[torch.Tensor]]:
        if self.bias_k is not None or self.bias_v is not None:
            raise RuntimeError("tsc.nn.MultiheadAttention does not support add_bias_kv=True")
        if self.add_zero_attn:
            raise RuntimeError("tsc.nn.MultiheadAttention does not support add_zero_attn=True")
        if key_padding_mask is not None:
            if key_padding_mask.dtype != torch.bool and not is_float_dtype(key_padding_mask.dtype):
                raise AssertionError("only bool and floating types of key_padding_mask are supported")
        is_batched = query.dim() == 3
        if self.batch_first and is_batched:
            query = query.transpose(1, 0)
            key = key.transpose(1, 0)
            value = value.transpose(1, 0)
        attn_output, attn_output_weights = multi_head_attention_forward(
            query, key, value, self.embed_dim, self.num_heads, self.in_proj_weight, self.in_proj_bias,
            self.q_proj_weight, self.k_proj_weight, self.v_proj_weight, self.out_proj.weight, self.out_proj.bias,
            key_padding_mask=key_padding_mask, need_weights=need_weights, attn_mask=attn_mask,
            average_attn_weights=average_attn_weights)
        if self.batch_first and is_batched:
            return attn_output.transpose(1, 0), attn_output_weights
        return attn_output, attn_output_weights


class TransformerEncoderLayer(Module):
    """A transformer encoder layer: self-attention and a feed-forward block, each with a
    residual connection and LayerNorm (torch.nn.TransformerEncoderLayer; inference)."""

    __constants__ = ["batch_first", "norm_first"]

    def __init__(self, d_model, nhead, dim_feedforward=2048, dropout=0.1, activation="relu", layer_norm_eps=1e-5,
                 batch_first=False, norm_first=False):
        super().__init__()
        if activation not in ("relu", "gelu"):
            raise ValueError(f"tsc.nn.TransformerEncoderLayer: activation should be 'relu' or 'gelu', not "
                             f"{activation!r}")
        self.self_attn = MultiheadAttention(d_model, nhead, dropout=dropout, batch_first=batch_first)
        self.linear1 = Linear(d_model, dim_feedforward)
        self.dropout = Dropout(dropout)
        self.linear2 = Linear(dim_feedforward, d_model)
        self.norm_first = norm_first
        self.norm1 = LayerNorm(d_model, eps=layer_norm_eps)
        self.norm2 = LayerNorm(d_model, eps=layer_norm_eps)
        self.dropout1 = Dropout(dropout)
        self.dropout2 = Dropout(dropout)
        self.activation_relu_or_gelu = 1 if activation == "relu" else 2
        # torch holds the activation function itself here; the compiled code reads
        # activation_relu_or_gelu instead.
        self.activation = activation

    def forward(self, src: torch.Tensor, src_mask: Optional[torch.Tensor] = None,
                src_key_padding_mask: Optional[torch.Tensor] = None) -> torch.Tensor:
        if src_key_padding_mask is not None:
            if src_key_padding_mask.dtype != torch.bool and not is_float_dtype(src_key_padding_mask.dtype):
                raise AssertionError("only bool and floating types of key_padding_mask are supported")
        x = src
        if self.norm_first:
            x = x + self._sa_block(self.norm1(x), src_mask, src_key_padding_mask)
            x = x + self._ff_block(self.norm2(x))
        else:
            x = self.norm1(x + self._sa_block(x, src_mask, src_key_padding_mask))
            x = self.norm2(x + self._ff_block(x))
        return x

    def _sa_block(self, x: torch.Tensor, attn_mask: Optional[torch.Tensor],
                  key_padding_mask: Optional[torch.Tensor]) -> torch.Tensor:
        x = self.self_attn(x, x, x, attn_mask=attn_mask, key_padding_mask=key_padding_mask, need_weights=False)[0]
        return self.dropout1(x)

    def _ff_block(self, x: torch.Tensor) -> torch.Tensor:
        h = self.linear1(x)
        if self.activation_relu_or_gelu == 1:
            h = F.relu(h)
        elif self.activation_relu_or_gelu == 2:
            h = F.gelu(h)
        else:
            raise RuntimeError("tsc.nn.TransformerEncoderLayer supports the activations relu and gelu only")
        x = self.linear2(self.dropout(h))
        return self.dropout2(x)
