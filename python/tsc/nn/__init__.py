"""tsc.nn: modules for tsc.script, with torch and without it (docs/nn.md).

- Scripted definitions of torch.nn modules whose own source leaves the language: LSTM, GRU,
  MultiheadAttention, TransformerEncoderLayer. When a torch instance of one of these classes is
  scripted, its methods are compiled from the class here (REPLACEMENTS) and its attribute values
  are taken from the instance.
- A small torch-free module system (Module, Parameter, Linear, Conv2d, BatchNorm2d, ...) with
  torch's attribute names, so that models can be written, initialised and scripted where torch
  is absent. Weights are tsc.Tensors initialised as torch initialises them, from the numpy
  Generator that `manual_seed(n)` seeds.
- tsc.nn.functional: the math of the recurrent and attention modules as plain functions, each
  of which tsc.script compiles on its own.
"""
from . import functional
from ._torch import HAVE_TORCH, torch
from .layers import (AdaptiveAvgPool2d, AvgPool2d, BatchNorm2d, Conv2d, Dropout, Flatten, Identity, LayerNorm,
                     Linear, MaxPool2d, ModuleList, ReLU, Sequential)
from .module import Module, Parameter, manual_seed
from .rnn import GRU, LSTM
from .transformer import MultiheadAttention, TransformerEncoderLayer

# torch.nn class -> the tsc.nn class whose methods replace its own when an instance is scripted.
REPLACEMENTS = {}
if HAVE_TORCH:
    REPLACEMENTS = {
        torch.nn.LSTM: LSTM,
        torch.nn.GRU: GRU,
        torch.nn.MultiheadAttention: MultiheadAttention,
        torch.nn.TransformerEncoderLayer: TransformerEncoderLayer,
    }

__all__ = [
    "AdaptiveAvgPool2d",
    "AvgPool2d",
    "BatchNorm2d",
    "Conv2d",
    "Dropout",
    "Flatten",
    "GRU",
    "Identity",
    "LSTM",
    "LayerNorm",
    "Linear",
    "MaxPool2d",
    "Module",
    "ModuleList",
    "MultiheadAttention",
    "Parameter",
    "REPLACEMENTS",
    "ReLU",
    "Sequential",
    "TransformerEncoderLayer",
    "functional",
    "manual_seed",
]
