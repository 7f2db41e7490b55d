#!/usr/bin/python3
"""bench/module_models.py - The model zoo of the module benchmarks: torch.nn models in eval mode with an example input.

Each entry of MODELS is a function returning a Model: (name, torch eager model in eval mode,
example input tensor). Weights come from torch's default initialization under a fixed seed
(torch.manual_seed(0) inside every builder), so two processes build the same model; the
torchvision models are built with weights=None (nothing is downloaded).

The sizes of the first four were chosen so that torch's best path (torch.jit.trace ->
torch.jit.freeze -> torch.jit.optimize_for_inference, one thread) takes about what the modules
issue quotes for its own measurement (measured on the 2-core dev VM, load average about 1):

  model        size                                                      issue       here (trace+freeze+ofi)
  mlp          784-1024-1024-10, ReLU, batch 80                          2.77 ms     2.7 ms
  cnn_bn       3 conv3x3 (16, 32, 64 ch) + BatchNorm + ReLU, 2 max pools,
               global avg pool, linear 64->10; batch 12 of 3x32x32       557 us      490-570 us
                                                                         (eager 2.08)  (eager 2.0-2.8 ms)
  lstm         nn.LSTM(256, 640), 50 steps, batch 1 (in Recurrent)       31.9 ms     33 ms
  transformer  nn.TransformerEncoderLayer(256, 8, 1024, dropout 0),
               sequence 50, batch 1 (seq-first)                          1.08 ms     1.1 ms

  gru          nn.GRU(256, 640), 50 steps, batch 1 (in Recurrent; the LSTM's sizes, the issue quotes none)
  resnet18     torchvision resnet18, 1x3x224x224
  mobilenet_v2 torchvision mobilenet_v2, 1x3x224x224

`import module_models` needs only torch (and torchvision for the last two, which are left out,
with a note in SKIPPED, when torchvision is not importable).
"""
from __future__ import annotations

from typing import Callable, NamedTuple

import torch
import torch.nn as nn

SEED = 0


class Model(NamedTuple):
    name: str
    model: nn.Module        # eval mode
    example: torch.Tensor   # the input forward takes (one positional argument)
    size: str               # a short description of the sizes, for tables


class SmallCNN(nn.Module):
    """Three 3x3 conv + BatchNorm + ReLU blocks, max pools between them, a global average pool
    and a linear classifier: the BatchNorm is what torch.jit.freeze folds into the convs."""

    def __init__(self, channels=(16, 32, 64), classes: int = 10):
        super().__init__()
        c1, c2, c3 = channels
        self.features = nn.Sequential(
            nn.Conv2d(3, c1, 3, padding=1), nn.BatchNorm2d(c1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(c1, c2, 3, padding=1), nn.BatchNorm2d(c2), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(c2, c3, 3, padding=1), nn.BatchNorm2d(c3), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
        )
        self.fc = nn.Linear(c3, classes)

    def forward(self, x):
        return self.fc(torch.flatten(self.features(x), 1))


class Recurrent(nn.Module):
    """An nn.LSTM or nn.GRU over a whole sequence, returning its output and final state.

    The wrapper is there for torch's sake: torch 1.13 under Python 3.11 scripts a bare nn.LSTM
    into a module with only `forward__0` and `forward__1` (its two @overload signatures) and no
    `forward`, so `torch.jit.script(nn.LSTM(...))(x)` raises AttributeError; called from another
    module's forward, the overload is resolved and scripting works."""

    def __init__(self, rnn: nn.Module):
        super().__init__()
        self.rnn = rnn

    def forward(self, x):
        out, state = self.rnn(x)
        return out, state


def _randomize_batchnorm(model: nn.Module) -> None:
    # Fresh BatchNorm layers have mean 0 and variance 1, which makes them the identity in eval
    # mode: give them running statistics and affine parameters that change the result, so a
    # compiler that mishandles them (or folds them wrongly) shows in the outputs.
    g = torch.Generator().manual_seed(SEED + 1)
    for m in model.modules():
        if isinstance(m, nn.BatchNorm2d):
            n = m.num_features
            m.running_mean.copy_(torch.randn(n, generator=g) * 0.1)
            m.running_var.copy_(torch.rand(n, generator=g) + 0.5)
            m.weight.data.copy_(torch.rand(n, generator=g) + 0.5)
            m.bias.data.copy_(torch.randn(n, generator=g) * 0.1)


def mlp() -> Model:
    torch.manual_seed(SEED)
    model = nn.Sequential(nn.Linear(784, 1024), nn.ReLU(), nn.Linear(1024, 1024), nn.ReLU(), nn.Linear(1024, 10))
    return Model("mlp", model.eval(), torch.randn(80, 784), "784-1024-1024-10, batch 80")


def cnn_bn() -> Model:
    torch.manual_seed(SEED)
    model = SmallCNN()
    _randomize_batchnorm(model)
    return Model("cnn_bn", model.eval(), torch.randn(12, 3, 32, 32), "3 conv+BN (16/32/64 ch), 12x3x32x32")


def lstm() -> Model:
    torch.manual_seed(SEED)
    return Model("lstm", Recurrent(nn.LSTM(256, 640)).eval(), torch.randn(50, 1, 256), "LSTM 256->640, 50 steps, batch 1")


def gru() -> Model:
    torch.manual_seed(SEED)
    return Model("gru", Recurrent(nn.GRU(256, 640)).eval(), torch.randn(50, 1, 256), "GRU 256->640, 50 steps, batch 1")


def transformer() -> Model:
    torch.manual_seed(SEED)
    model = nn.TransformerEncoderLayer(256, 8, dim_feedforward=1024, dropout=0.0)
    return Model("transformer", model.eval(), torch.randn(50, 1, 256), "encoder layer d256 h8 ff1024, seq 50")


def _torchvision():
    try:
        import torchvision.models
    except ImportError as e:  # Debian's python3-torchvision is optional
        return None, f"torchvision is not importable ({e})"
    return torchvision.models, None


def resnet18() -> Model:
    models, why = _torchvision()
    if models is None:
        raise ModuleNotFoundError(why)
    torch.manual_seed(SEED)
    return Model("resnet18", models.resnet18(weights=None).eval(), torch.randn(1, 3, 224, 224), "torchvision, 1x3x224x224")


def mobilenet_v2() -> Model:
    models, why = _torchvision()
    if models is None:
        raise ModuleNotFoundError(why)
    torch.manual_seed(SEED)
    return Model("mobilenet_v2", models.mobilenet_v2(weights=None).eval(), torch.randn(1, 3, 224, 224),
                 "torchvision, 1x3x224x224")


ALL: dict[str, Callable[[], Model]] = {
    "mlp": mlp,
    "cnn_bn": cnn_bn,
    "lstm": lstm,
    "gru": gru,
    "transformer": transformer,
    "resnet18": resnet18,
    "mobilenet_v2": mobilenet_v2,
}

_tv, _tv_why = _torchvision()
# The models this machine can build, and why the others are left out.
MODELS: dict[str, Callable[[], Model]] = {k: v for k, v in ALL.items() if _tv is not None or k not in ("resnet18", "mobilenet_v2")}
SKIPPED: dict[str, str] = {k: _tv_why for k in ALL if k not in MODELS}


def build(name: str) -> Model:
    """The model called `name`; KeyError naming the known ones otherwise."""
    if name not in ALL:
        raise KeyError(f"unknown model '{name}' (known: {', '.join(ALL)})")
    if name in SKIPPED:
        raise ModuleNotFoundError(f"model '{name}' is unavailable: {SKIPPED[name]}")
    return ALL[name]()


if __name__ == "__main__":
    for name in MODELS:
        m = build(name)
        params = sum(p.numel() for p in m.model.parameters())
        print(f"{m.name:14} {params:>10,} parameters  input {tuple(m.example.shape)}  {m.size}")
    for name, why in SKIPPED.items():
        print(f"{name:14} skipped: {why}")
