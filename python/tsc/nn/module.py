"""tsc.nn.module - Module and Parameter: a small, torch-free module system.

`tsc.nn.Module` keeps torch.nn.Module's layout (`training`, and the ordered dicts `_parameters`,
`_buffers` and `_modules` that `__setattr__` fills), so that the walker that scripts a torch module
(docs/modules.md) reads a tsc.nn module the same way. Tensors are `tsc.Tensor`s made from numpy
arrays; `manual_seed(n)` seeds the numpy Generator that initialises new weights.

Only the Python side lives here (bookkeeping, state dicts, initialisation); the forward methods of
the layers are compiled code (layers.py, rnn.py, transformer.py) and run once scripted.
"""
import collections
import math

import numpy as np

from .. import _C

_generator = np.random.default_rng()


def manual_seed(seed):
    """Seeds the numpy Generator that initialises the weights of new tsc.nn modules."""
    global _generator
    _generator = np.random.default_rng(seed)
    return _generator


def generator():
    """The numpy Generator that initialises new weights (see manual_seed)."""
    return _generator


def uniform(shape, bound):
    """A float32 tsc.Tensor of `shape` drawn from U(-bound, bound), as torch's init.uniform_."""
    data = _generator.uniform(-bound, bound, size=shape).astype(np.float32)
    return _C.tensor(data)


def constant(shape, value, dtype=np.float32):
    """A tsc.Tensor of `shape` filled with `value`."""
    return _C.tensor(np.full(shape, value, dtype=dtype))


def kaiming_uniform_bound(fan_in, a=math.sqrt(5)):
    """torch.nn.init.kaiming_uniform_'s bound for leaky_relu with slope `a` (torch's default for
    Linear and Conv weights: a = sqrt(5), which gives 1 / sqrt(fan_in))."""
    gain = math.sqrt(2.0 / (1 + a * a))
    return gain * math.sqrt(3.0 / fan_in) if fan_in > 0 else 0.0


def xavier_uniform_bound(fan_in, fan_out):
    """torch.nn.init.xavier_uniform_'s bound (gain 1)."""
    return math.sqrt(6.0 / (fan_in + fan_out))


class Parameter:
    """Marks a tensor as a parameter: `self.weight = Parameter(t)` in a Module stores the
    tsc.Tensor `t` (converted with tsc.as_tensor) in `_parameters`.

    tsc.Tensor cannot be subclassed from Python, so unlike torch.nn.Parameter this is a marker:
    the module holds (and `self.weight` gives back) the tsc.Tensor itself.
    """

    __slots__ = ("data",)

    def __init__(self, data=None, requires_grad=True):
        del requires_grad  # no autograd: accepted for torch's signature
        self.data = None if data is None else _C.as_tensor(data)

    def __repr__(self):
        return f"Parameter containing:\n{self.data!r}"


def _as_tensor(value, what):
    if isinstance(value, _C.Tensor):
        return value
    try:
        return _C.as_tensor(value)
    except (TypeError, ValueError, RuntimeError) as e:
        raise TypeError(f"cannot assign '{type(value).__name__}' as {what}: {e}") from None


def _array_of(value):
    """A numpy array with the data of a tsc.Tensor, numpy array, torch tensor or nested list."""
    if isinstance(value, _C.Tensor):
        return np.asarray(value)
    if hasattr(value, "detach") and hasattr(value, "numpy"):  # a torch tensor
        return value.detach().cpu().numpy()
    return np.asarray(value)


class Module:
    """Base class of tsc.nn's modules, with torch.nn.Module's attribute layout and API.

    Assigning a Parameter (or any tensor to a name already registered as a parameter) goes to
    `_parameters`, a Module to `_modules`, a tensor to a name registered as a buffer to
    `_buffers`; anything else is a plain attribute. Subclasses write `forward` in the language
    tsc compiles; `__constants__` lists the attributes folded as constants, as in torch.
    """

    training: bool
    __constants__ = []

    def __init__(self):
        object.__setattr__(self, "training", True)
        object.__setattr__(self, "_parameters", collections.OrderedDict())
        object.__setattr__(self, "_buffers", collections.OrderedDict())
        object.__setattr__(self, "_non_persistent_buffers_set", set())
        object.__setattr__(self, "_modules", collections.OrderedDict())

    # ---- registration ----

    def register_parameter(self, name, param):
        """Adds a parameter (a Parameter, a tensor, or None for an absent one such as a bias)."""
        self._check_name(name, "parameter")
        if isinstance(param, Parameter):
            param = param.data
        elif param is not None:
            param = _as_tensor(param, f"parameter '{name}'")
        self._forget(name)
        self._parameters[name] = param

    def register_buffer(self, name, tensor, persistent=True):
        """Adds a buffer (a tensor, or None); a non-persistent one is left out of state_dict."""
        self._check_name(name, "buffer")
        if tensor is not None:
            tensor = _as_tensor(tensor, f"buffer '{name}'")
        self._forget(name)
        self._buffers[name] = tensor
        if persistent:
            self._non_persistent_buffers_set.discard(name)
        else:
            self._non_persistent_buffers_set.add(name)

    def add_module(self, name, module):
        """Adds a submodule (or None)."""
        if module is not None and not isinstance(module, Module):
            raise TypeError(f"{type(module).__name__} is not a Module subclass")
        self._check_name(name, "module")
        self._forget(name)
        self._modules[name] = module

    def _check_name(self, name, kind):
        if "_parameters" not in self.__dict__:
            raise AttributeError(f"cannot assign {kind} before Module.__init__() call")
        if not isinstance(name, str):
            raise TypeError(f"{kind} name should be a string. Got {type(name).__name__}")
        if "." in name or name == "":
            raise KeyError(f"{kind} name can't contain \".\" or be empty, got {name!r}")

    def _forget(self, name):
        self.__dict__.pop(name, None)
        for store in (self._parameters, self._buffers, self._modules):
            store.pop(name, None)
        self._non_persistent_buffers_set.discard(name)

    def __setattr__(self, name, value):
        params = self.__dict__.get("_parameters")
        if isinstance(value, Parameter):
            self.register_parameter(name, value)
        elif params is not None and name in params:
            self._parameters[name] = None if value is None else _as_tensor(value, f"parameter '{name}'")
        elif isinstance(value, Module):
            self.add_module(name, value)
        elif params is not None and name in self._modules:
            if value is not None:
                raise TypeError(f"cannot assign '{type(value).__name__}' as child module '{name}' "
                                "(tsc.nn.Module or None expected)")
            self._modules[name] = None
        elif params is not None and name in self._buffers:
            self._buffers[name] = None if value is None else _as_tensor(value, f"buffer '{name}'")
        else:
            object.__setattr__(self, name, value)

    def __getattr__(self, name):
        # Only called when normal lookup fails: parameters, buffers and submodules.
        d = self.__dict__
        for store in ("_parameters", "_buffers", "_modules"):
            values = d.get(store)
            if values is not None and name in values:
                return values[name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __delattr__(self, name):
        for store in (self._parameters, self._buffers, self._modules):
            if name in store:
                del store[name]
                self._non_persistent_buffers_set.discard(name)
                return
        object.__delattr__(self, name)

    def __dir__(self):
        return sorted(set(object.__dir__(self)) | set(self._parameters) | set(self._buffers) | set(self._modules))

    # ---- calling ----

    def forward(self, *args):
        raise NotImplementedError(f"Module [{type(self).__name__}] is missing the required \"forward\" function")

    def __call__(self, *args, **kwargs):
        return self.forward(*args, **kwargs)

    # ---- modes ----

    def train(self, mode=True):
        """Sets the training flag of this module and every submodule; returns self."""
        if not isinstance(mode, bool):
            raise ValueError("training mode is expected to be boolean")
        object.__setattr__(self, "training", mode)
        for module in self.children():
            module.train(mode)
        return self

    def eval(self):
        """train(False): the mode tsc compiles (docs/nn.md)."""
        return self.train(False)

    # ---- traversal ----

    def named_children(self):
        for name, module in self._modules.items():
            if module is not None:
                yield name, module

    def children(self):
        for _, module in self.named_children():
            yield module

    def named_modules(self, memo=None, prefix=""):
        if memo is None:
            memo = set()
        if id(self) in memo:
            return
        memo.add(id(self))
        yield prefix, self
        for name, module in self._modules.items():
            if module is None:
                continue
            yield from module.named_modules(memo, prefix + ("." if prefix else "") + name)

    def modules(self):
        for _, module in self.named_modules():
            yield module

    def _named_members(self, store, prefix, recurse):
        seen = set()
        modules = self.named_modules(prefix=prefix) if recurse else [(prefix, self)]
        for module_prefix, module in modules:
            for name, value in getattr(module, store).items():
                if value is None or id(value) in seen:
                    continue
                seen.add(id(value))
                yield module_prefix + ("." if module_prefix else "") + name, value

    def named_parameters(self, prefix="", recurse=True):
        """(name, tsc.Tensor) for every parameter, each shared one once, in torch's order."""
        return self._named_members("_parameters", prefix, recurse)

    def parameters(self, recurse=True):
        for _, p in self.named_parameters(recurse=recurse):
            yield p

    def named_buffers(self, prefix="", recurse=True):
        return self._named_members("_buffers", prefix, recurse)

    def buffers(self, recurse=True):
        for _, b in self.named_buffers(recurse=recurse):
            yield b

    # ---- state ----

    def state_dict(self, destination=None, prefix="", keep_vars=False):
        """An OrderedDict of every parameter and persistent buffer (tsc.Tensors, shared, not
        copied), named as torch names them ("layer1.0.conv1.weight")."""
        del keep_vars
        if destination is None:
            destination = collections.OrderedDict()
        for name, p in self._parameters.items():
            if p is not None:
                destination[prefix + name] = p
        for name, b in self._buffers.items():
            if b is not None and name not in self._non_persistent_buffers_set:
                destination[prefix + name] = b
        for name, module in self._modules.items():
            if module is not None:
                module.state_dict(destination, prefix + name + ".")
        return destination

    def load_state_dict(self, state_dict, strict=True):
        """Copies values (tsc.Tensors, numpy arrays, torch tensors) into this module's
        parameters and buffers, in place; returns (missing_keys, unexpected_keys). With strict,
        missing or unexpected keys raise RuntimeError in torch's words; a shape mismatch
        always does."""
        own = self.state_dict()
        missing = [k for k in own if k not in state_dict]
        unexpected = [k for k in state_dict if k not in own]
        errors = []
        if strict:
            if unexpected:
                errors.append("Unexpected key(s) in state_dict: " + ", ".join(f'"{k}"' for k in unexpected) + ". ")
            if missing:
                errors.append("Missing key(s) in state_dict: " + ", ".join(f'"{k}"' for k in missing) + ". ")
        arrays = {}
        for key, target in own.items():
            if key not in state_dict:
                continue
            source = _array_of(state_dict[key])
            if tuple(source.shape) != tuple(target.shape):
                errors.append(f"size mismatch for {key}: copying a param with shape {list(source.shape)} from "
                              f"checkpoint, the shape in current model is {list(target.shape)}.")
                continue
            arrays[key] = source
        if errors:
            raise RuntimeError(f"Error(s) in loading state_dict for {type(self).__name__}:\n\t" + "\n\t".join(errors))
        for key, source in arrays.items():
            np.asarray(own[key])[...] = source
        return _IncompatibleKeys(missing, unexpected)

    # ---- printing ----

    def extra_repr(self):
        return ""

    def __repr__(self):
        lines = []
        extra = self.extra_repr()
        if extra:
            lines = extra.split("\n")
        for name, module in self._modules.items():
            text = repr(module).replace("\n", "\n  ")
            lines.append(f"({name}): {text}")
        main = type(self).__name__ + "("
        if lines:
            if len(lines) == 1 and not self._modules:
                main += lines[0]
            else:
                main += "\n  " + "\n  ".join(lines) + "\n"
        return main + ")"


_IncompatibleKeys = collections.namedtuple("IncompatibleKeys", ["missing_keys", "unexpected_keys"])
