"""tsc.nn.rnn - LSTM and GRU whose forward tsc compiles.

torch 1.13's own `nn.LSTM.forward`/`nn.GRU.forward` leave the language: they are overloaded on
PackedSequence (`@overload` + `_overload_method`), unpack a PackedSequence with isinstance, and
compute everything in one `_VF.lstm`/`_VF.gru` call. These classes define `forward` again in the
language, reading exactly the attributes torch's instances have (`_flat_weights`, `num_layers`,
`hidden_size`, `bias`, `batch_first`, `bidirectional`, `proj_size`, ...), so scripting a torch
`nn.LSTM` takes its methods from here and its values from the instance (REPLACEMENTS in
tsc/nn/__init__.py). Inference only: dropout between layers is not applied (eval mode); a
PackedSequence input and proj_size > 0 are not supported (docs/nn.md).

Constructed directly, they are torch-free modules with torch's attributes and initialisation.
"""
import math
from typing import List, Optional, Tuple

from .functional import gru, lstm
from .module import Module, Parameter, uniform
from ._torch import torch


def check_rnn_input(input: torch.Tensor, input_size: int) -> None:
    """torch's RNNBase.check_input for a 3-D input (batch dim already added)."""
    if input.dim() != 3:
        raise RuntimeError(f"input must have 3 dimensions, got {input.dim()}")
    if input_size != input.size(-1):
        raise RuntimeError(f"input.size(-1) must be equal to input_size. Expected {input_size}, got {input.size(-1)}")


def check_hidden_size(hx: torch.Tensor, expected: List[int], what: str) -> None:
    """torch's RNNBase.check_hidden_size: `what` is "hidden[0]", "hidden[1]" or "hidden"."""
    size = list(hx.size())
    if size != expected:
        raise RuntimeError(f"Expected {what} size {expected}, got {size}")


def _init_rnn(module, mode, input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional,
              proj_size):
    """RNNBase.__init__ and reset_parameters of torch 1.13 (without proj_size > 0)."""
    if not isinstance(dropout, (int, float)) or isinstance(dropout, bool) or not 0 <= dropout <= 1:
        raise ValueError("dropout should be a number in range [0, 1] representing the probability of an element "
                         "being zeroed")
    if proj_size != 0:
        raise ValueError(f"tsc.nn.{mode} does not support proj_size > 0")
    module.mode = mode
    module.input_size = input_size
    module.hidden_size = hidden_size
    module.num_layers = num_layers
    module.bias = bias
    module.batch_first = batch_first
    module.dropout = float(dropout)
    module.bidirectional = bidirectional
    module.proj_size = proj_size
    gate_size = (4 if mode == "LSTM" else 3) * hidden_size
    directions = 2 if bidirectional else 1
    # reset_parameters: every weight from U(-1/sqrt(hidden_size), 1/sqrt(hidden_size)), in
    # parameter order.
    bound = 1.0 / math.sqrt(hidden_size) if hidden_size > 0 else 0.0
    names = []
    all_weights = []
    for layer in range(num_layers):
        for direction in range(directions):
            layer_input_size = input_size if layer == 0 else hidden_size * directions
            suffix = "_reverse" if direction == 1 else ""
            shapes = [("weight_ih", (gate_size, layer_input_size)), ("weight_hh", (gate_size, hidden_size))]
            if bias:
                shapes += [("bias_ih", (gate_size,)), ("bias_hh", (gate_size,))]
            layer_names = []
            for stem, shape in shapes:
                name = f"{stem}_l{layer}{suffix}"
                setattr(module, name, Parameter(uniform(shape, bound)))
                layer_names.append(name)
            names.extend(layer_names)
            all_weights.append(layer_names)
    module._flat_weights_names = names
    module._all_weights = all_weights
    module._flat_weights = [getattr(module, name) for name in names]


class _RNNBase(Module):
    """Python-side behaviour shared by LSTM and GRU (nothing here is compiled): assigning a
    weight by name keeps `_flat_weights` up to date, as torch's RNNBase does."""

    def __setattr__(self, attr, value):
        names = self.__dict__.get("_flat_weights_names")
        super().__setattr__(attr, value)
        if names is not None and attr in names:
            self._flat_weights[names.index(attr)] = getattr(self, attr)

    def extra_repr(self):
        return _rnn_repr(self)


class LSTM(_RNNBase):
    """A multi-layer LSTM (torch.nn.LSTM's arguments, attributes and results; inference)."""

    __constants__ = ["mode", "input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout",
                     "bidirectional", "proj_size"]

    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0,
                 bidirectional=False, proj_size=0):
        super().__init__()
        _init_rnn(self, "LSTM", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional,
                  proj_size)

    def forward(self, input: torch.Tensor, hx: Optional[Tuple[torch.Tensor, torch.Tensor]] = None
                ) -> Tuple[torch.Tensor, Tuple[torch.Tensor, torch.Tensor]]:
        if self.proj_size != 0:
            raise RuntimeError("tsc.nn.LSTM does not support proj_size > 0")
        is_batched = input.dim() == 3
        batch_dim = 0 if self.batch_first else 1
        if not is_batched:
            input = input.unsqueeze(batch_dim)
        max_batch_size = input.size(0) if self.batch_first else input.size(1)
        num_directions = 2 if self.bidirectional else 1
        if hx is None:
            h0 = torch.zeros(self.num_layers * num_directions, max_batch_size, self.hidden_size, dtype=input.dtype)
            c0 = torch.zeros(self.num_layers * num_directions, max_batch_size, self.hidden_size, dtype=input.dtype)
        else:
            h0 = hx[0]
            c0 = hx[1]
            if is_batched:
                if h0.dim() != 3 or c0.dim() != 3:
                    raise RuntimeError(f"For batched 3-D input, hx and cx should also be 3-D but got "
                                       f"({h0.dim()}-D, {c0.dim()}-D) tensors")
            else:
                if h0.dim() != 2 or c0.dim() != 2:
                    raise RuntimeError(f"For unbatched 2-D input, hx and cx should also be 2-D but got "
                                       f"({h0.dim()}-D, {c0.dim()}-D) tensors")
                h0 = h0.unsqueeze(1)
                c0 = c0.unsqueeze(1)
        check_rnn_input(input, self.input_size)
        expected = [self.num_layers * num_directions, max_batch_size, self.hidden_size]
        check_hidden_size(h0, expected, "hidden[0]")
        check_hidden_size(c0, expected, "hidden[1]")
        output, h_n, c_n = lstm(input, h0, c0, self._flat_weights, self.bias, self.num_layers, self.bidirectional,
                                self.batch_first)
        if not is_batched:
            output = output.squeeze(batch_dim)
            h_n = h_n.squeeze(1)
            c_n = c_n.squeeze(1)
        return output, (h_n, c_n)


class GRU(_RNNBase):
    """A multi-layer GRU (torch.nn.GRU's arguments, attributes and results; inference)."""

    __constants__ = ["mode", "input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout",
                     "bidirectional", "proj_size"]

    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0,
                 bidirectional=False):
        super().__init__()
        _init_rnn(self, "GRU", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, 0)

    def forward(self, input: torch.Tensor, hx: Optional[torch.Tensor] = None
                ) -> Tuple[torch.Tensor, torch.Tensor]:
        is_batched = input.dim() == 3
        batch_dim = 0 if self.batch_first else 1
        if not is_batched:
            input = input.unsqueeze(batch_dim)
        max_batch_size = input.size(0) if self.batch_first else input.size(1)
        num_directions = 2 if self.bidirectional else 1
        if hx is None:
            h0 = torch.zeros(self.num_layers * num_directions, max_batch_size, self.hidden_size, dtype=input.dtype)
        else:
            h0 = hx
            if is_batched:
                if h0.dim() != 3:
                    raise RuntimeError(f"For batched 3-D input, hx should also be 3-D but got {h0.dim()}-D tensor")
            else:
                if h0.dim() != 2:
                    raise RuntimeError(f"For unbatched 2-D input, hx should also be 2-D but got {h0.dim()}-D tensor")
                h0 = h0.unsqueeze(1)
        check_rnn_input(input, self.input_size)
        check_hidden_size(h0, [self.num_layers * num_directions, max_batch_size, self.hidden_size], "hidden")
        output, h_n = gru(input, h0, self._flat_weights, self.bias, self.num_layers, self.bidirectional,
                          self.batch_first)
        if not is_batched:
            output = output.squeeze(batch_dim)
            h_n = h_n.squeeze(1)
        return output, h_n


def _rnn_repr(m):
    s = f"{m.input_size}, {m.hidden_size}"
    if m.num_layers != 1:
        s += f", num_layers={m.num_layers}"
    if m.bias is not True:
        s += f", bias={m.bias}"
    if m.batch_first is not False:
        s += f", batch_first={m.batch_first}"
    if m.dropout != 0:
        s += f", dropout={m.dropout}"
    if m.bidirectional is not False:
        s += f", bidirectional={m.bidirectional}"
    return s
