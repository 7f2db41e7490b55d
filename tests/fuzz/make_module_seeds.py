#!/usr/bin/python3
"""tests/fuzz/make_module_seeds.py - Writes the module-archive seeds of tests/fuzz/corpus/ (seed_module_*.pt).

  PYTHONPATH=BUILD/python make_module_seeds.py

Archives of scripted torch.nn modules (docs/modules.md): a small CNN (nested objects, every
attribute kind), a two-layer LSTM (a list attribute holding the parameters themselves, so
storages are shared) and a module with buffer views, a list and a dict attribute. They seed
the loader's object and tensor rebuilding. Rerun after a change to the archive format.
"""
import pathlib

import torch
import torch.nn as nn

import tsc

CORPUS = pathlib.Path(__file__).resolve().parent / "corpus"


class Holder(nn.Module):
    def __init__(self):
        super().__init__()
        base = torch.arange(12.0)
        self.register_buffer("a", base[2:8].view(2, 3))
        self.register_buffer("b", base)
        self.sizes = [1, 2]
        self.names = {"x": 1}

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.a.sum() + self.b[0] + self.sizes[0] + self.names["x"]


def main():
    torch.manual_seed(0)
    cnn = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
                        nn.Flatten(), nn.Linear(4, 2))
    tsc.script(cnn.eval()).save(CORPUS / "seed_module_cnn.pt")
    tsc.script(nn.LSTM(3, 4, num_layers=2).eval()).save(CORPUS / "seed_module_lstm.pt")
    tsc.script(Holder()).save(CORPUS / "seed_module_views.pt")


if __name__ == "__main__":
    main()
