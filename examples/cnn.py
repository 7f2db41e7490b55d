"""examples/cnn.py - A small image classifier (3x32x32 in, 10 classes), as a torch.nn and as a tsc.nn module.

Two conv3x3 -> BatchNorm -> ReLU blocks (16 and 32 channels, a 2x2 max pool between them),
a global average pool, a flatten and a linear layer. The same network is written twice, once
on torch.nn (TorchCNN) and once on tsc.nn (TscCNN, the package's scripted definitions with
torch's constructor signatures), so that the demo runs without torch. Both get their weights
and BatchNorm statistics from one numpy generator (init_weights), so for a given seed the two
compute the same function.

    model, backend = build_model(seed=0)     # torch.nn when torch imports, else tsc.nn; eval mode
    x = make_input(batch=1, seed=0)          # float32 numpy array [1, 3, 32, 32]
    sm = tsc.script(model); sm.save("cnn.pt")

examples/demo.py (`make demo`) scripts it, saves it and runs it from Python and from C++
(examples/cpp/resnet_infer.cpp) beside torch eager; tests/examples/test_resnet_infer.py
checks resnet_infer on it.
"""
from typing import List, Tuple

import numpy as np

try:
    import torch
    import torch.nn as tnn
    HAVE_TORCH = True
except ImportError:
    HAVE_TORCH = False

try:
    import tsc.nn as snn
    HAVE_TSC_NN = True
except ImportError:
    HAVE_TSC_NN = False

INPUT_SHAPE = (3, 32, 32)
CLASSES = 10
BACKENDS = ("auto", "torch", "tsc.nn")

# The base classes exist whatever is installed, so both classes are always defined at
# module level (where inspect finds their source); building one needs its package.
_TorchModule = tnn.Module if HAVE_TORCH else object
_TscModule = snn.Module if HAVE_TSC_NN else object


class TorchCNN(_TorchModule):
    """The network on torch.nn."""

    def __init__(self, classes: int = CLASSES):
        if not HAVE_TORCH:
            raise ImportError("TorchCNN needs torch")
        super().__init__()
        self.features = tnn.Sequential(
            tnn.Conv2d(3, 16, 3, padding=1), tnn.BatchNorm2d(16), tnn.ReLU(), tnn.MaxPool2d(2),
            tnn.Conv2d(16, 32, 3, padding=1), tnn.BatchNorm2d(32), tnn.ReLU(),
        )
        self.pool = tnn.AdaptiveAvgPool2d(1)
        self.flatten = tnn.Flatten()
        self.fc = tnn.Linear(32, classes)

    def forward(self, x):
        return self.fc(self.flatten(self.pool(self.features(x))))


class TscCNN(_TscModule):
    """The same network on tsc.nn."""

    def __init__(self, classes: int = CLASSES):
        if not HAVE_TSC_NN:
            raise ImportError("TscCNN needs tsc.nn (PYTHONPATH=build/python)")
        super().__init__()
        self.features = snn.Sequential(
            snn.Conv2d(3, 16, 3, padding=1), snn.BatchNorm2d(16), snn.ReLU(), snn.MaxPool2d(2),
            snn.Conv2d(16, 32, 3, padding=1), snn.BatchNorm2d(32), snn.ReLU(),
        )
        self.pool = snn.AdaptiveAvgPool2d(1)
        self.flatten = snn.Flatten()
        self.fc = snn.Linear(32, classes)

    def forward(self, x):
        return self.fc(self.flatten(self.pool(self.features(x))))


def _as_numpy(t) -> np.ndarray:
    """A writable numpy view of a torch or tsc tensor (the parameter's own memory)."""
    if HAVE_TORCH and isinstance(t, torch.Tensor):
        return t.detach().numpy()
    return np.asarray(t)


def _tensors(model) -> List[Tuple[str, object]]:
    return list(model.named_parameters()) + list(model.named_buffers())


def init_weights(model, seed: int = 0) -> None:
    """Overwrites every parameter and BatchNorm statistic of `model` in place with values drawn
    from numpy's generator `seed`, in name order: conv and linear weights He-normal, biases and
    running means N(0, 0.1), BatchNorm weights and running variances U(0.5, 1.5) (so that the
    BatchNorm layers are not the identity). The same seed gives the same values on TorchCNN and
    TscCNN."""
    rng = np.random.default_rng(seed)
    for name, t in sorted(_tensors(model), key=lambda item: item[0]):
        leaf = name.rsplit(".", 1)[-1]
        a = _as_numpy(t)
        if leaf == "num_batches_tracked":
            continue
        if leaf in ("running_var",) or (leaf == "weight" and a.ndim == 1):
            values = rng.uniform(0.5, 1.5, a.shape)
        elif leaf in ("bias", "running_mean"):
            values = rng.normal(0.0, 0.1, a.shape)
        else:
            fan_in = int(np.prod(a.shape[1:]))
            values = rng.normal(0.0, np.sqrt(2.0 / fan_in), a.shape)
        a[...] = values.astype(a.dtype)


def build_model(seed: int = 0, backend: str = "auto"):
    """(model, backend name): TorchCNN when `backend` is "torch", or "auto" and torch imports;
    else TscCNN. Weights from init_weights(seed); eval mode."""
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {BACKENDS}, not {backend!r}")
    use_torch = backend == "torch" or (backend == "auto" and HAVE_TORCH)
    model = TorchCNN() if use_torch else TscCNN()
    init_weights(model, seed)
    model.eval()
    return model, "torch.nn" if use_torch else "tsc.nn"


def make_input(batch: int = 1, seed: int = 0) -> np.ndarray:
    """A float32 array [batch, 3, 32, 32] of N(0, 1) values from numpy's generator `seed`."""
    rng = np.random.default_rng(seed + 1000)
    return rng.standard_normal((batch,) + INPUT_SHAPE).astype(np.float32)
