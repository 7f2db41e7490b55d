"""tsc._module - tsc.script(module): compiles an nn.Module instance with its weights.

The instance is walked the way TorchScript walks it (docs/modules.md):

- each module becomes an object of a compiled class whose attribute slots hold its parameters,
  buffers, submodules and plain attributes (int, float, bool, str, tensors, and lists, tuples,
  dicts and Optionals of them), with types inferred from the values;
- names in a class's ``__constants__`` (any class of its MRO), attributes annotated ``Final``,
  ``training`` and attributes holding None are constants, folded into the code (conditions on
  them are decided at compile time, so eval-only code is what gets compiled);
- ``forward``, methods marked ``@tsc.export`` / ``@torch.jit.export`` and every method they reach
  through ``self.NAME(...)`` are compiled from their source, found along the class's MRO; a
  method marked ``@tsc.ignore`` / ``@torch.jit.ignore`` / ``@torch.jit.unused`` is not compiled
  and compiled code may not call it;
- modules whose torch source leaves the language (LSTM, GRU, MultiheadAttention,
  TransformerEncoderLayer) get their methods from the scripted definitions in tsc.nn, reading
  the same attributes;
- two instances of one class with the same attribute types and constants share a compiled
  class; a different configuration gets a class of its own (``Conv2d_1``).

Values the compiled code cannot hold (a Python function in an attribute, a global the
resolver cannot capture) are recorded with the reason and reported only if compiled code
uses them, at that use.
"""
import ast
import inspect
import os
import sys
import typing

from . import _C
from . import _script

_CONTAINER_NAMES = {"ModuleList": "list", "Sequential": "list", "ModuleDict": "dict"}
# torch.nn.Module's own bookkeeping in an instance's __dict__: never attributes.
_MODULE_INTERNALS = frozenset((
    "training", "_parameters", "_buffers", "_modules", "_non_persistent_buffers_set", "_backward_hooks",
    "_forward_hooks", "_forward_pre_hooks", "_state_dict_hooks", "_load_state_dict_pre_hooks",
    "_load_state_dict_post_hooks", "_is_full_backward_hook", "_state_dict_pre_hooks", "dump_patches",
    "_version", "_forward_hooks_with_kwargs", "_forward_pre_hooks_with_kwargs", "_backward_pre_hooks",
    "__annotations__", "_compiled_call_impl",
))


def _torch():
    return sys.modules.get("torch")


def _tsc_nn():
    from . import nn
    return nn


def is_module(obj):
    """Whether `obj` is an instance tsc.script compiles as a module (torch.nn.Module or tsc.nn.Module)."""
    torch = _torch()
    if torch is not None and isinstance(obj, torch.nn.Module):
        return True
    try:
        return isinstance(obj, _tsc_nn().Module)
    except ImportError:
        return False


def _is_tensor(value):
    torch = _torch()
    return isinstance(value, _C.Tensor) or (torch is not None and isinstance(value, torch.Tensor))


def _container_kind(module):
    for klass in type(module).__mro__:
        kind = _CONTAINER_NAMES.get(klass.__name__)
        if kind and klass.__module__.split(".")[0] in ("torch", "tsc"):
            return kind
    return ""


def _base_classes():
    """The Module base classes whose methods are never compiled (torch's and tsc.nn's)."""
    bases = []
    torch = _torch()
    if torch is not None:
        bases.append(torch.nn.Module)
    try:
        bases.append(_tsc_nn().Module)
    except ImportError:
        pass
    return tuple(bases)


def _modifier(fn):
    """'export', 'ignore' or None: what @tsc.export/@tsc.ignore or torch.jit's decorators say."""
    mark = getattr(fn, "_tsc_modifier", None)
    if mark:
        return mark
    mod = getattr(fn, "_torchscript_modifier", None)
    if mod is None:
        return None
    name = getattr(mod, "name", str(mod)).upper()
    if "EXPORT" in name:
        return "export"
    if "IGNORE" in name or "UNUSED" in name:
        return "ignore"
    return None


class _NoType(Exception):
    pass


def _final_names(klass):
    names = set()
    for k in klass.__mro__:
        for name, ann in getattr(k, "__dict__", {}).get("__annotations__", {}).items():
            text = ann if isinstance(ann, str) else repr(ann)
            if typing.get_origin(ann) is typing.Final or ann is typing.Final or "Final" in text.split("[")[0]:
                names.add(name)
    return names


def _constant_names(klass):
    names = set()
    for k in klass.__mro__:
        names.update(getattr(k, "__dict__", {}).get("__constants__", ()) or ())
    return names | _final_names(klass)


def _constant_literal(value):
    """Python source of a constant value (lists become tuples, as in TorchScript)."""
    if isinstance(value, list):
        value = tuple(value)
    if isinstance(value, tuple):
        return "(" + ", ".join(_constant_literal(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    return _script._literal(value)


def _join(types, what):
    distinct = sorted(set(types))
    if len(distinct) == 1:
        return distinct[0]
    if set(distinct) <= {"int", "float"}:
        return "float"
    raise _NoType(f"{what} holds values of different types ({', '.join(distinct)})")


class _ModuleClass:
    """One compiled class: a module configuration (attributes with types, constants, methods)."""

    def __init__(self, python_class, impl, container):
        self.python_class = python_class
        self.impl = impl                # the class whose methods are compiled (tsc.nn's for replaced modules)
        self.container = container
        self.name = None
        self.attributes = []            # (name, type text, kind)
        self.constants = []             # (name, literal)
        self.unsupported = {}           # name -> why
        self.ignored = []
        self.methods = {}               # name -> function object
        self.method_owner = {}          # name -> the class of the MRO that defines it

    def key(self):
        return (self.python_class, self.impl, self.container, tuple(self.attributes), tuple(self.constants),
                tuple(sorted(self.unsupported.items())), tuple(self.ignored), tuple(sorted(self.methods)))

    @property
    def python_name(self):
        return f"{self.python_class.__module__}.{self.python_class.__qualname__}"

    def header(self):
        lines = [f"class {self.name}:",
                 f"    __tsc_module__({self.python_name!r}, {self.container!r})"]
        for name, type_text, kind in self.attributes:
            lines.append(f"    __tsc_attribute__({name!r}, {type_text}, {kind!r})")
        for name, literal in self.constants:
            lines.append(f"    __tsc_constant__({name!r}, {literal})")
        for name in self.ignored:
            lines.append(f"    __tsc_ignored__({name!r})")
        for name, why in sorted(self.unsupported.items()):
            lines.append(f"    __tsc_unsupported__({name!r}, {why!r})")
        return "\n".join(lines) + "\n"


class _Builder:
    def __init__(self, unit):
        self.unit = unit
        self.by_instance = {}   # id(module) -> _ModuleClass
        self.instances = {}     # id(module) -> module (kept alive)
        self.classes = []       # distinct _ModuleClass in creation order
        self.by_key = {}
        self.used_names = set()
        self.self_names = {}    # method function -> the self.NAMEs it reads (parsed once per call)

    # ---- types of values ----
    def type_of(self, value, what):
        if isinstance(value, bool):
            return "bool"
        if isinstance(value, int):
            return "int"
        if isinstance(value, float):
            return "float"
        if isinstance(value, str):
            return "str"
        if _is_tensor(value):
            return "Tensor"
        if is_module(value):
            return self.walk(value).name
        if isinstance(value, (list, tuple)) and not hasattr(value, "_fields"):
            items = [self.type_of(v, f"an element of {what}") for v in value]
            if isinstance(value, tuple):
                return "tuple[" + (", ".join(items) if items else "()") + "]"
            if not items:
                return "list[Tensor]"  # TorchScript's default for an empty list
            return f"list[{_join(items, what)}]"
        if isinstance(value, dict):
            if not value:
                raise _NoType(f"{what} is an empty dict, whose type cannot be inferred")
            keys = [self.type_of(k, f"a key of {what}") for k in value]
            vals = [self.type_of(v, f"a value of {what}") for v in value.values()]
            return f"dict[{_join(keys, what)}, {_join(vals, what)}]"
        if value is None:
            raise _NoType(f"{what} is None")
        if inspect.isfunction(value) or inspect.isbuiltin(value) or inspect.ismethod(value):
            raise _NoType(f"it holds the Python function '{getattr(value, '__qualname__', value)}', and compiled "
                          "code cannot call a function stored in an attribute")
        raise _NoType(f"it holds {_script._describe(value)}, which has no type in the language")

    # ---- the walk ----
    def walk(self, module):
        found = self.by_instance.get(id(module))
        if found is not None:
            return found
        self.instances[id(module)] = module
        python_class = type(module)
        nn = None
        try:
            nn = _tsc_nn()
        except ImportError:
            pass
        impl = getattr(nn, "REPLACEMENTS", {}).get(python_class, python_class) if nn else python_class
        mc = _ModuleClass(python_class, impl, _container_kind(module))
        constants = _constant_names(python_class) | _constant_names(impl)
        d = module.__dict__
        seen = set()

        def add_constant(name, value):
            try:
                mc.constants.append((name, _constant_literal(value)))
            except ValueError as e:
                mc.unsupported[name] = f"it is in __constants__ but holds {e}"

        mc.constants.append(("training", "False"))
        seen.add("training")
        for table, kind in ((d.get("_parameters", {}), "parameter"), (d.get("_buffers", {}), "buffer"),
                            (d.get("_modules", {}), "module")):
            for name, value in table.items():
                seen.add(name)
                if value is None:
                    mc.constants.append((name, "None"))
                elif kind == "module":
                    mc.attributes.append((name, self.walk(value).name, kind))
                else:
                    mc.attributes.append((name, "Tensor", kind))
        for name, value in d.items():
            if name in seen or name in _MODULE_INTERNALS:
                continue
            seen.add(name)
            if name in constants or value is None:
                add_constant(name, value)
                continue
            try:
                mc.attributes.append((name, self.type_of(value, f"attribute '{name}'"), "plain"))
            except _NoType as e:
                mc.unsupported[name] = str(e)
        for name in constants - seen:
            if hasattr(module, name) and not callable(getattr(type(module), name, None)):
                add_constant(name, getattr(module, name))
        self._collect_methods(mc)
        key = mc.key()
        shared = self.by_key.get(key)
        if shared is not None:
            self.by_instance[id(module)] = shared
            return shared
        mc.name = self._class_name(python_class.__name__)
        self.by_key[key] = mc
        self.by_instance[id(module)] = mc
        self.classes.append(mc)
        return mc

    def _class_name(self, base):
        name = base if base.isidentifier() else "Module"
        n = 0
        candidate = name
        while candidate in self.used_names or candidate in self.unit.names:
            n += 1
            candidate = f"{name}_{n}"
        self.used_names.add(candidate)
        return candidate

    def _find_method(self, klass, name):
        """(function, defining class) of method `name` along klass's MRO, skipping the Module bases."""
        bases = _base_classes()
        for k in klass.__mro__:
            if k in bases or k is object:
                return None, k
            fn = k.__dict__.get(name)
            if fn is not None:
                if isinstance(fn, (staticmethod, classmethod, property)):
                    return fn, k
                return (fn, k) if inspect.isfunction(fn) else (None, k)
        return None, None

    def _collect_methods(self, mc):
        roots = []
        fwd, _ = self._find_method(mc.impl, "forward")
        if fwd is not None and inspect.isfunction(fwd):
            roots.append("forward")
        for k in reversed(mc.impl.__mro__):
            if k in _base_classes() or k is object:
                continue
            for name, fn in k.__dict__.items():
                if inspect.isfunction(fn) and _modifier(fn) == "export" and name not in roots:
                    roots.append(name)
        pending = list(roots)
        while pending:
            name = pending.pop(0)
            if name in mc.methods or name in mc.ignored or name in mc.unsupported:
                continue
            fn, owner = self._find_method(mc.impl, name)
            if fn is None:
                if owner is not None and owner in _base_classes():
                    mc.unsupported[name] = (f"it is a method of '{owner.__module__}.{owner.__qualname__}', "
                                            "which compiled code cannot call")
                continue
            if not inspect.isfunction(fn):
                mc.unsupported[name] = f"it is a {type(fn).__name__}, which tsc does not compile"
                continue
            if _modifier(fn) == "ignore":
                mc.ignored.append(name)
                continue
            mc.methods[name] = fn
            mc.method_owner[name] = owner
            if fn not in self.self_names:
                self.self_names[fn] = _self_names(fn)
            for called in self.self_names[fn]:
                if called in mc.methods:
                    continue
                f2, owner2 = self._find_method(mc.impl, called)
                if f2 is not None:
                    pending.append(called)
                elif owner2 in _base_classes() and inspect.isfunction(getattr(owner2, called, None)):
                    pending.append(called)


def _self_names(fn):
    """Names read as `self.NAME` in the body of method `fn` (its first parameter is `self`)."""
    try:
        lines, _ = inspect.getsourcelines(fn)
    except (OSError, TypeError):
        return ()
    text = "".join(lines)
    try:
        tree = ast.parse("if 1:\n" + text if text[:1] in " \t" else text)
    except SyntaxError:
        return ()
    node = tree.body[0].body[0] if text[:1] in " \t" else tree.body[0]
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or not node.args.args:
        return ()
    self_name = node.args.args[0].arg
    out = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and sub.value.id == self_name:
            if sub.attr not in out:
                out.append(sub.attr)
    return tuple(out)


MODULE_FILE_PREFIX = "<tsc module "


def compile_module(module, backend):
    """Compiles `module` (an nn.Module instance); returns (program, root ScriptObject, builder)."""
    unit = _script._Unit()
    builder = _Builder(unit)
    root = builder.walk(module)
    files = {}
    method_fragments = []
    for mc in builder.classes:
        unit._bind(mc.name, ("module class", mc.name), None, None, f"the module class '{mc.name}'")
    for mc in builder.classes:
        for name, fn in mc.methods.items():
            fragment = _script._Fragment(fn)
            files.setdefault(fragment.filename, fragment.file_text)
            method_fragments.append((fragment.filename, fragment.first_line, fragment.last_line, mc.name))
            if fragment.node is not None:
                unit._resolve(fn, fragment, lenient=True)
    program = unit.compile_with(files, method_fragments,
                                [(f"{MODULE_FILE_PREFIX}{mc.name}>", mc.header()) for mc in builder.classes],
                                backend)
    return program, _Instances(program, builder).object_of(module), builder, root


class _Instances:
    """The script objects of a walked module tree and the tsc tensors of its torch tensors, each
    made once: a submodule used twice stays one object, and a tensor held twice (LSTM's
    _flat_weights holds the parameters themselves) stays one storage in the archive. The
    module tree keeps every torch tensor alive meanwhile, so ids are stable keys."""

    def __init__(self, program, builder):
        self.program = program
        self.builder = builder
        self.objects = {}  # id(module) -> ScriptObject
        self.tensors = {}  # id(torch tensor) -> tsc.Tensor

    def object_of(self, module):
        found = self.objects.get(id(module))
        if found is not None:
            return found
        mc = self.builder.by_instance[id(module)]
        obj = self.objects[id(module)] = self.program.script_class(mc.name)()
        tables = {"parameter": "_parameters", "buffer": "_buffers", "module": "_modules"}
        d = module.__dict__
        for name, _, kind in mc.attributes:
            value = d[tables[kind]][name] if kind in tables else d[name]
            setattr(obj, name, self.value_of(value))
        return obj

    def value_of(self, value):
        if is_module(value):
            return self.object_of(value)
        if isinstance(value, list):
            return [self.value_of(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self.value_of(v) for v in value)
        if isinstance(value, dict):
            return {k: self.value_of(v) for k, v in value.items()}
        torch = _torch()
        if torch is not None and isinstance(value, torch.Tensor):
            found = self.tensors.get(id(value))
            if found is None:
                found = self.tensors[id(value)] = _C.as_tensor(value.detach())
            return found
        return value


class RecursiveScriptModule:
    """A compiled module (``tsc.script(model)``, or ``tsc.load`` of a module archive).

    Calling it runs the compiled ``forward``; ``.forward`` and every other compiled method are
    attributes; submodules are RecursiveScriptModules, parameters and buffers tsc.Tensors
    (sharing memory with the original module's when scripted from one). ``.graph`` and
    ``.code`` show forward's IR and source; ``.save(path)`` writes an archive with the weights.
    """

    def __init__(self, obj, original_name=None):
        object.__setattr__(self, "_obj", obj)
        cls = obj.__script_class__
        object.__setattr__(self, "_class", cls)
        object.__setattr__(self, "_kinds", dict(cls.attribute_kinds))
        object.__setattr__(self, "original_name", original_name or cls.name)

    # ---- calling ----
    def __call__(self, *args, **kwargs):
        return self._obj.forward(*args, **kwargs)

    def __getattr__(self, name):
        obj = object.__getattribute__(self, "_obj")
        kinds = object.__getattribute__(self, "_kinds")
        value = getattr(obj, name)
        if kinds.get(name) == "module" and isinstance(value, _C.ScriptObject):
            return RecursiveScriptModule(value)
        return value

    def __setattr__(self, name, value):
        setattr(self._obj, name, value)

    def __dir__(self):
        return sorted(set(dir(type(self))) | set(dir(self._obj)))

    @property
    def training(self):
        return False

    # ---- introspection ----
    @property
    def graph(self):
        """forward's IR (docs/ir.md)."""
        return self._class.forward.graph

    @property
    def code(self):
        """forward's source."""
        return self._class.forward.code

    @property
    def script_class(self):
        """The compiled class (its .graph holds every method's IR)."""
        return self._class

    def _named(self, wanted, prefix=""):
        for name, kind in self._class.attribute_kinds:
            if kind in wanted:
                yield prefix + name, getattr(self._obj, name)
            elif kind == "module":
                yield from RecursiveScriptModule(getattr(self._obj, name))._named(wanted, prefix + name + ".")

    def named_parameters(self):
        """(dotted name, tsc.Tensor) of every parameter, as torch names them."""
        return list(self._named(("parameter",)))

    def parameters(self):
        return [t for _, t in self.named_parameters()]

    def named_buffers(self):
        return list(self._named(("buffer",)))

    def buffers(self):
        return [t for _, t in self.named_buffers()]

    def state_dict(self):
        """Parameters and buffers by dotted name (module order, as torch's state_dict)."""
        return dict(self._named(("parameter", "buffer")))

    def named_children(self):
        return [(name, RecursiveScriptModule(getattr(self._obj, name)))
                for name, kind in self._class.attribute_kinds if kind == "module"]

    def children(self):
        return [m for _, m in self.named_children()]

    def __iter__(self):
        return iter(self.children())

    def __len__(self):
        return len(self.named_children())

    def __getitem__(self, key):
        if isinstance(key, int):
            children = self.children()
            return children[key]
        return RecursiveScriptModule(getattr(self._obj, key))

    def eval(self):
        return self

    def save(self, path):
        """Writes the module (code and weights) as a .pt archive; tsc.load and tsc::load read it."""
        _C.save_module(self._obj, os.fspath(path))

    def __repr__(self):
        return f"<tsc.RecursiveScriptModule '{self.original_name}'>"


def script_module(module, backend):
    program, root_obj, builder, root = compile_module(module, backend)
    return RecursiveScriptModule(root_obj, root.python_name)
