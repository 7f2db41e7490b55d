"""tsc._script - tsc.script: find the source of a function or class, resolve its free names, compile.

A scripted function is compiled from its own source text, taken from the user's file with
``inspect``, so every diagnostic and traceback names the real file, line and column. The names
it uses but does not define are resolved the way TorchScript does (docs/python.md, "Name
resolution"), in its closure, then its module's globals, then builtins:

- module-level functions and classes it uses are compiled too, recursively and once each,
  into the same program;
- int, float, bool, str, None and tuples of them are captured by value, as constants;
- the modules math, torch and typing (under any alias) and the typing names List, Dict,
  Tuple, Optional, Any and Union are understood, as are names imported from them;
- Python's builtins are left to the compiler, which knows those the language has;
- anything else is a CompileError that names the variable and says why.
"""
import ast
import builtins
import collections
import functools
import inspect
import linecache
import math
import os
import sys
import sysconfig
import types
import typing
import weakref

from . import _C
from ._errors import CompileError

# The backends tsc.script accepts (docs/jit.md): "auto" runs each function as native code where
# the LLVM backend compiles it and interprets the rest; "interp" interprets everything; "jit"
# requires native code for every function (a CompileError says which one cannot be and why).
# Without an explicit backend, $TSC_BACKEND chooses, else "auto".
BACKENDS = ("auto", "interp", "jit")

IMPORTS_FILE = "<tsc imports>"
CONSTANTS_FILE = "<tsc constants>"

_UNDERSTOOD_MODULES = ("math", "torch", "typing")
_TYPING_NAMES = ("List", "Dict", "Tuple", "Optional", "Any", "Union")
# Modules whose members may be imported by name (`from math import sqrt`).
_MEMBER_MODULES = ("math", "typing", "torch", "torch.nn.functional", "torch.nn", "torch.jit")
_CONSTANT_KINDS = "only int, float, bool, str, None and tuples of them are captured as constants"
_MISSING = object()

# Compiled programs, per root object and backend. Weak keys: a function that goes away
# takes its compiled form with it.
_cache = weakref.WeakKeyDictionary()


def _check_backend(backend, origin="backend"):
    if not isinstance(backend, str) or backend not in BACKENDS:
        choices = ", ".join(repr(b) for b in BACKENDS)
        raise ValueError(f"unknown tsc {origin} {backend!r}; choose one of {choices}")


def default_backend():
    """$TSC_BACKEND when set (it must name a backend), else "auto"."""
    backend = os.environ.get("TSC_BACKEND")
    if not backend:
        return "auto"
    _check_backend(backend, "backend in TSC_BACKEND")
    return backend


def script(obj=None, *, backend=None):
    """Compiles a function or a class (also usable as ``@tsc.script`` and
    ``@tsc.script(backend=...)``).

    A function gives a ScriptFunction: call it like the original, with positional and keyword
    arguments and defaults; it also has ``.graph``, ``.code``, ``.schema`` and ``.save(path)``.
    A class gives a ScriptClass: calling it builds a script object. Raises tsc.CompileError
    (at decoration time) when the code is outside the language or ill-typed, and ValueError
    for an unknown backend. The same object scripted twice compiles once.
    """
    backend = default_backend() if backend is None else backend
    _check_backend(backend)
    if obj is None:
        return functools.partial(script, backend=backend)
    if isinstance(obj, (_C.ScriptFunction, _C.ScriptClass)):
        return obj
    from . import _module
    if isinstance(obj, _module.RecursiveScriptModule):
        return obj
    if _module.is_module(obj):
        return _module.script_module(obj, backend)
    if isinstance(obj, types.FunctionType) or inspect.isclass(obj):
        per_backend = _cache.get(obj)
        if per_backend is not None and backend in per_backend:
            return per_backend[backend]
        result = _compile_root(obj, backend)
        _cache.setdefault(obj, {})[backend] = result
        return result
    if isinstance(obj, types.MethodType):
        raise TypeError("tsc.script takes a function or a class, not a bound method; script its class")
    raise TypeError(f"tsc.script takes a function or a class, not {type(obj).__name__!r}")


def _compile_root(obj, backend):
    unit = _Unit()
    program = unit.compile(obj, backend)
    if inspect.isclass(obj):
        result = program.script_class(obj.__name__)
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            try:
                setattr(result, attr, getattr(obj, attr))
            except AttributeError:
                pass
        result.__wrapped__ = obj
        return result
    result = program.function(obj.__name__)
    functools.update_wrapper(result, obj)
    return result


class _Fragment:
    """The source lines of one function or class in its file."""

    def __init__(self, obj):
        self.obj = obj
        kind = "class" if inspect.isclass(obj) else "function"
        self.what = f"{kind} '{obj.__qualname__}'"
        try:
            filename = inspect.getsourcefile(obj) or inspect.getfile(obj)
            lines, start = inspect.getsourcelines(obj)
        except (OSError, TypeError) as e:
            message = (f"cannot get the source code of {self.what}: {e}; tsc.script compiles "
                       "functions and classes defined in a source file")
            raise CompileError(f"tsc: error: {message}", message=message) from None
        self.filename = filename
        start = max(start, 1)
        self.file_text = _file_text(filename, obj, lines, start)
        self.last_line = start + len(lines) - 1
        # Parse for name analysis. An indented fragment (a method, a nested function) parses
        # inside `if 1:`, which keeps its columns; line numbers are shifted back by `offset`.
        text = "".join(lines)
        indented = lines[0][:1] in (" ", "\t")
        self.offset = start - 2 if indented else start - 1
        self.node = None
        self.first_line = start
        try:
            tree = ast.parse("if 1:\n" + text if indented else text)
            body = tree.body[0].body if indented else tree.body
            node = body[0]
        except (SyntaxError, IndexError, AttributeError, ValueError):
            return  # the compiler reports the syntax error at its true place
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            self.node = node
            # Decorators (@tsc.script among them) are not compiled: start at `def`/`class`.
            self.first_line = node.lineno + self.offset

    def line_of(self, node):
        return node.lineno + self.offset

    def error(self, node, message):
        """A CompileError at `node` (an ast node of this fragment)."""
        line = self.line_of(node)
        col = node.col_offset + 1
        end = node.end_col_offset if node.end_lineno == node.lineno else node.col_offset + 1
        text = _C.format_error(self.filename, self.file_text, line, col, max(end - node.col_offset, 1), message)
        return CompileError(text, self.filename, line, col, message)


def _file_text(filename, obj, lines, start):
    """The whole text of `filename` as inspect saw it, or the fragment alone at its lines."""
    module = sys.modules.get(getattr(obj, "__module__", None) or "")
    file_lines = linecache.getlines(filename, getattr(module, "__dict__", None))
    if file_lines[start - 1:start - 1 + len(lines)] == lines:
        text = "".join(file_lines)
    else:
        text = "\n" * (start - 1) + "".join(lines)
    if not text.endswith("\n"):
        text += "\n"
    return text


def _walk_scope(nodes):
    """The nodes of one scope: nested functions, lambdas and classes are yielded (their names
    bind here) but not entered."""
    stack = list(reversed(nodes))
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        stack.extend(reversed(list(ast.iter_child_nodes(node))))


class _Uses:
    """Free names of a fragment, each with its first use (for error locations)."""

    def __init__(self):
        self.first = {}

    def add(self, name, node):
        old = self.first.get(name)
        if old is None or (node.lineno, node.col_offset) < (old.lineno, old.col_offset):
            self.first[name] = node

    def scan(self, node, bound=frozenset()):
        """Every name `node` (an expression in an enclosing scope) loads. String annotations
        ("Point") are parsed so that the names in them count too."""
        if node is None:
            return
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load) and sub.id not in bound:
                self.add(sub.id, sub)
            elif isinstance(sub, ast.Constant) and isinstance(sub.value, str) and sub is node:
                self._scan_string_annotation(sub)

    def _scan_string_annotation(self, node):
        try:
            expr = ast.parse(node.value, mode="eval")
        except SyntaxError:
            return
        for sub in ast.walk(expr):
            if isinstance(sub, ast.Name):
                self.add(sub.id, node)

    def function(self, node, with_decorators):
        if with_decorators:
            for d in node.decorator_list:
                self.scan(d)
        args = node.args
        params = args.posonlyargs + args.args + args.kwonlyargs
        params += [a for a in (args.vararg, args.kwarg) if a is not None]
        for a in params:
            self.scan(a.annotation)
        self.scan(node.returns)
        for d in args.defaults + [d for d in args.kw_defaults if d is not None]:
            self.scan(d)
        # Imports and `except ... as` inside a function are errors the compiler reports; the
        # names they would bind resolve like the rest, as they do when `tsc` compiles the file.
        bound = {a.arg for a in params}
        for sub in _walk_scope(node.body):
            if isinstance(sub, ast.Name) and not isinstance(sub.ctx, ast.Load):
                bound.add(sub.id)
            elif isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                bound.add(sub.name)
        for sub in _walk_scope(node.body):
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load) and sub.id not in bound:
                self.add(sub.id, sub)
            elif isinstance(sub, ast.AnnAssign) and isinstance(sub.annotation, ast.Constant):
                self._scan_string_annotation(sub.annotation)

    def class_def(self, node, with_decorators):
        if with_decorators:
            for d in node.decorator_list:
                self.scan(d)
        for b in node.bases:
            self.scan(b)
        for k in node.keywords:
            self.scan(k.value)
        for stmt in node.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.function(stmt, with_decorators=True)
            elif isinstance(stmt, ast.AnnAssign):
                self.scan(stmt.annotation)
                self.scan(stmt.value)
            else:
                self.scan(stmt)


def _namespaces(obj):
    """(closure variables, globals) that the free names of `obj` resolve in."""
    if inspect.isclass(obj):
        module = sys.modules.get(obj.__module__)
        globals_ = getattr(module, "__dict__", {})
        functions = [v for v in vars(obj).values() if isinstance(v, types.FunctionType)]
    else:
        globals_ = obj.__globals__
        functions = [obj]
    closure = {}
    for fn in functions:
        if not fn.__closure__:
            continue
        for name, cell in zip(fn.__code__.co_freevars, fn.__closure__):
            if name == "__class__":
                continue
            try:
                closure[name] = cell.cell_contents
            except ValueError:  # an empty cell: the variable is not assigned yet
                pass
    return closure, globals_


def _literal(value):
    """Python source for a constant value, or raises ValueError with the reason."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        v = int(value)
        if not -2**63 < v < 2**63:
            raise ValueError(f"the int {v}, which does not fit in 64 bits")
        return repr(v)
    if isinstance(value, float):
        v = float(value)
        if math.isnan(v):
            raise ValueError("nan, which has no literal")
        if math.isinf(v):
            return "1e999" if v > 0 else "-1e999"
        return repr(v)
    if isinstance(value, str):
        return repr(str(value))
    if isinstance(value, tuple):
        items = []
        for x in value:
            try:
                items.append(_literal(x))
            except ValueError as e:
                raise ValueError(f"a tuple holding {e}") from None
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    raise ValueError(_describe(value))


def _describe(value):
    """'a dict', 'a list', 'a bytes object', "a 'Config' object" ..."""
    kind = type(value)
    if kind in (dict, list, set, frozenset):
        return f"a {kind.__name__}"
    if kind in (bytes, bytearray):
        return f"a {kind.__name__} object"
    if kind is complex:
        return "a complex number"
    article = "an" if kind.__qualname__[:1].lower() in "aeiou" else "a"
    return f"{article} '{kind.__qualname__}' object"


# Python's own library: its functions and classes are never compiled (their
# source uses far more of Python than the language has), so a use of one is
# reported at the user's line instead of deep inside the library.
_STDLIB_DIRS = tuple(os.path.realpath(sysconfig.get_paths()[key]) + os.sep for key in ("stdlib", "platstdlib"))


def _in_stdlib(value):
    try:
        path = inspect.getsourcefile(value) or inspect.getfile(value)
    except (OSError, TypeError):
        return False
    if path.startswith("<frozen "):  # os, posixpath, ... are frozen into the interpreter
        return True
    path = os.path.realpath(path)
    return path.startswith(_STDLIB_DIRS) and os.sep + "site-packages" + os.sep not in path \
        and os.sep + "dist-packages" + os.sep not in path


def _typing_spelling(value):
    r = repr(value)
    return r if r.startswith("typing.") else f"typing.{getattr(value, '_name', None) or r}"


class _Unit:
    """Everything one root object needs, compiled together as one program."""

    def __init__(self):
        self.files = {}
        self.fragments = []
        self.queue = collections.deque()
        self.queued = {}  # id -> object (kept alive while compiling)
        self.names = {}  # global name -> (kind, identity) it stands for in this program
        self.imports = []
        self.constants = []

    def compile(self, root, backend):
        self._enqueue(root, root.__name__, None, None)
        return self.compile_with({}, [], [], backend)

    def compile_with(self, files, method_fragments, extra_files, backend):
        """Compiles what is queued, plus `extra_files` ([(name, text)], compiled whole, before the
        fragments: module class headers) and `method_fragments` ((file, first, last, class):
        methods attached to those classes, whose files are in `files`)."""
        while self.queue:
            obj = self.queue.popleft()
            fragment = _Fragment(obj)
            self.files.setdefault(fragment.filename, fragment.file_text)
            self.fragments.append((fragment.filename, fragment.first_line, fragment.last_line, ""))
            if fragment.node is not None:
                self._resolve(obj, fragment)
        all_files = dict(self.files)
        for name, text in files.items():
            all_files.setdefault(name, text)
        fragments = []
        for filename, lines in ((IMPORTS_FILE, self.imports), (CONSTANTS_FILE, self.constants)):
            if lines:
                all_files[filename] = "\n".join(lines) + "\n"
                fragments.append((filename, 1, 0, ""))
        for name, text in extra_files:
            all_files[name] = text
            fragments.append((name, 1, 0, ""))
        return _C.compile(all_files, fragments + self.fragments + list(method_fragments), backend)

    def _enqueue(self, obj, name, fragment, node):
        self._bind(name, ("object", id(obj)), fragment, node, f"{'class' if inspect.isclass(obj) else 'function'}"
                   f" '{obj.__module__}.{obj.__qualname__}'")
        if id(obj) not in self.queued:
            self.queued[id(obj)] = obj
            self.queue.append(obj)

    def _bind(self, name, key, fragment, node, description):
        old = self.names.get(name)
        if old is None:
            self.names[name] = (key, description)
            return True
        if old[0] == key:
            return False
        message = (f"name '{name}' refers to {description} here but to {old[1]} elsewhere in the code "
                   "compiled with it; tsc compiles them into one program, where a name means one thing")
        raise fragment.error(node, message)

    def _resolve(self, obj, fragment, lenient=False):
        """Resolves the free names of `obj`. `lenient` (module methods): a name that cannot be
        captured is declared unsupported, an error only where compiled code uses it."""
        uses = _Uses()
        if isinstance(fragment.node, ast.ClassDef):
            uses.class_def(fragment.node, with_decorators=False)
        else:
            uses.function(fragment.node, with_decorators=False)
        closure, globals_ = _namespaces(obj)
        for name, node in sorted(uses.first.items(), key=lambda item: (item[1].lineno, item[1].col_offset)):
            if name in closure:
                value = closure[name]
            elif name in globals_:
                value = globals_[name]
            else:
                continue  # a builtin, or unknown: the compiler knows the first and reports the second
            if getattr(builtins, name, _MISSING) is value:
                continue
            if not lenient:
                self._resolve_value(name, value, fragment, node)
                continue
            try:
                self._resolve_value(name, value, fragment, node)
            except CompileError as e:
                if name in self.names:
                    raise
                self.names[name] = (("unsupported", e.message), f"'{name}' (which cannot be compiled)")
                self.constants.append(f"{name} = __tsc_unsupported__({e.message!r})")

    def _resolve_value(self, name, value, fragment, node):
        if isinstance(value, (_C.ScriptFunction, _C.ScriptClass)):
            original = getattr(value, "__wrapped__", None)
            if original is None:
                raise fragment.error(node, f"name '{name}' is a {type(value).__name__} loaded from an archive; "
                                           "tsc.script compiles Python source, so use the original definition")
            value = original
        if isinstance(value, types.ModuleType):
            return self._import_module(name, value, fragment, node)
        if value is None or isinstance(value, (bool, int, float, str, tuple)):
            try:
                literal = _literal(value)
            except ValueError as e:
                raise fragment.error(node, f"name '{name}' is {e}; {_CONSTANT_KINDS}") from None
            if self._bind(name, ("constant", literal), fragment, node, f"the constant {literal}"):
                self.constants.append(f"{name} = {literal}")
            return
        for typing_name in _TYPING_NAMES:
            if value is getattr(typing, typing_name):
                line = f"from typing import {typing_name}" + (f" as {name}" if name != typing_name else "")
                if self._bind(name, ("import", line), fragment, node, f"'typing.{typing_name}'"):
                    self.imports.append(line)
                return
        if getattr(value, "__module__", None) == "typing":
            raise fragment.error(node, f"name '{name}' refers to '{_typing_spelling(value)}', which tsc does not "
                                       "support; only List, Dict, Tuple, Optional, Any and Union from typing "
                                       "are understood")
        member = self._module_member(name, value)
        if member is not None:
            module_name, attr = member
            line = f"from {module_name} import {attr}" + (f" as {name}" if name != attr else "")
            if self._bind(name, ("import", line), fragment, node, f"'{module_name}.{attr}'"):
                self.imports.append(line)
            return
        if (isinstance(value, types.FunctionType) or inspect.isclass(value)) and _in_stdlib(value):
            kind = "class" if inspect.isclass(value) else "function"
            raise fragment.error(node, f"name '{name}' refers to {kind} '{value.__module__}.{value.__qualname__}' "
                                       "from Python's standard library, which tsc cannot compile; tsc compiles "
                                       "your own functions and classes")
        if isinstance(value, types.FunctionType):
            if value.__name__ == "<lambda>":
                raise fragment.error(node, f"name '{name}' is a lambda; tsc compiles only functions "
                                           "defined with 'def'")
            if value.__name__ != name:
                raise fragment.error(node, f"name '{name}' refers to function '{value.__name__}'; tsc compiles "
                                           f"a function under its own name, so call it as '{value.__name__}'")
            try:
                inspect.getsourcelines(value)
            except (OSError, TypeError) as e:
                raise fragment.error(node, f"name '{name}' refers to function '{value.__module__}."
                                           f"{value.__qualname__}', whose source tsc cannot get ({e})") from None
            return self._enqueue(value, name, fragment, node)
        if inspect.isclass(value):
            if value.__module__ == "builtins":
                raise fragment.error(node, f"name '{name}' refers to the builtin '{value.__name__}'; "
                                           f"use '{value.__name__}' by its own name")
            if value.__name__ != name:
                raise fragment.error(node, f"name '{name}' refers to class '{value.__name__}'; tsc compiles "
                                           f"a class under its own name, so use it as '{value.__name__}'")
            try:
                inspect.getsourcefile(value)
                inspect.getsourcelines(value)
            except (OSError, TypeError):
                raise fragment.error(node, f"name '{name}' refers to class '{value.__module__}."
                                           f"{value.__qualname__}', which has no Python source that tsc "
                                           "could compile") from None
            return self._enqueue(value, name, fragment, node)
        if isinstance(value, (types.BuiltinFunctionType, types.BuiltinMethodType)):
            module = getattr(value, "__module__", None) or "builtins"
            raise fragment.error(node, f"name '{name}' refers to the built-in function '{module}."
                                       f"{value.__name__}', which tsc cannot compile")
        if callable(value) and not isinstance(value, (list, dict, set)):
            raise fragment.error(node, f"name '{name}' is {_describe(value)}, which tsc cannot compile; "
                                       "only functions and classes defined with 'def' and 'class' are compiled")
        raise fragment.error(node, f"name '{name}' is {_describe(value)}; {_CONSTANT_KINDS}")

    def _import_module(self, name, module, fragment, node):
        module_name = module.__name__
        if module_name.split(".")[0] not in _UNDERSTOOD_MODULES and module_name != "tsc":
            raise fragment.error(node, f"name '{name}' refers to module '{module_name}', which tsc cannot "
                                       "compile; only math, torch and typing are understood")
        line = f"import {module_name}" if name == module_name else f"import {module_name} as {name}"
        if self._bind(name, ("import", line), fragment, node, f"module '{module_name}'"):
            self.imports.append(line)

    @staticmethod
    def _module_member(name, value):
        """(module, attribute) when `value` is a member of a module the compiler understands."""
        if isinstance(value, (types.FunctionType, type)) and not getattr(value, "__module__", "").startswith(
                ("math", "torch", "typing")):
            return None
        for module_name in _MEMBER_MODULES:
            module = sys.modules.get(module_name)
            if module is None:
                continue
            for attr in (name, getattr(value, "__name__", None)):
                if isinstance(attr, str) and getattr(module, attr, _MISSING) is value:
                    return module_name, attr
        return None
