# tests/python/test_ops_conformance.py - Every op of the tensor issue through a scripted function against torch eager.
"""The op conformance suite.

Each case of conformance_cases.py is compiled once with tsc.script and run, for each dtype, on
several shapes (broadcast pairs, zero-size, 0-dim) and layouts (contiguous, transposed, sliced
with a step, expanded), with the same torch tensors (passed zero-copy through DLPack) that torch
eager gets. Results must have torch's dtype and shape and its values within a tolerance by
dtype; where eager raises, tsc must raise the same builtin exception type. Where torch 1.13 has
no CPU kernel for float16/bfloat16 ("not implemented for 'Half'"), tsc may compute instead: its
result is compared with eager on float32 inputs, rounded to the dtype.
"""
import importlib.util
import math
import sys

import pytest

import tsc

np = pytest.importorskip("numpy")
torch = pytest.importorskip("torch")
import torch.utils.dlpack  # noqa: E402

import conformance_cases as cc  # noqa: E402

# torch eager's own warnings on some inputs (deprecated F.sigmoid, padding='same' with even kernels,
# writes into expanded tensors) are part of what the cases exercise.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

TOLERANCE = {  # (rtol, atol) by result dtype
    torch.float16: (2e-3, 2e-3),
    torch.bfloat16: (1.6e-2, 1.6e-2),
    torch.float32: (1.3e-6, 1e-5),
    torch.float64: (1e-7, 1e-7),
}

HEADER = ("import torch\nimport torch.nn.functional as F\nfrom torch import Tensor\n"
          "from typing import List, Tuple, Optional\n\n\n")


@pytest.fixture(scope="module")
def cases_module(tmp_path_factory):
    """All case functions (and eager references) in one real file, imported once."""
    parts = [HEADER]
    for c in cc.CASES:
        for dt in c.dtypes if "{dt}" in c.body else [None]:
            src = c.source()
            if dt:
                src = src.replace(c.fn_name, f"{c.fn_name}_{dt}").replace("{dt}", f"torch.{dt}")
            parts.append(src + "\n\n")
        if c.ref:
            parts.append(c.source(ref=True) + "\n\n")
    path = tmp_path_factory.mktemp("conformance") / "conformance_fns.py"
    path.write_text("".join(parts))
    spec = importlib.util.spec_from_file_location("tsc_conformance_fns", str(path))
    module = importlib.util.module_from_spec(spec)
    sys.modules["tsc_conformance_fns"] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("tsc_conformance_fns", None)


_compiled = {}


def compiled(module, name):
    """tsc.script of the function, once; a CompileError is remembered and re-raised."""
    if name not in _compiled:
        try:
            _compiled[name] = tsc.script(getattr(module, name))
        except tsc.CompileError as e:
            _compiled[name] = e
    result = _compiled[name]
    if isinstance(result, Exception):
        raise result
    return result


# ---- inputs ----

def values(rng, shape, dtype, kind):
    """Seeded numpy values of `shape` for a torch dtype name, of a value kind (see Case.values)."""
    if dtype == "bool":
        return rng.random(shape) < 0.5
    if kind == "distinct":  # no ties (topk's order among equal values is unspecified)
        n = int(np.prod(shape))
        v = rng.permutation(n).reshape(shape)
        return v if dtype != "int8" or n <= 128 else v % 128
    integral = dtype in cc.INTS
    if integral:
        lo, hi = (0, 20) if dtype == "uint8" else (-10, 10)
        if kind == "positive":
            lo = max(lo, 1)
        if kind == "small":
            lo, hi = 0, 4
        v = np.asarray(rng.integers(lo, hi, size=shape))
        if kind == "nonzero":
            v[v == 0] = 3
        return v
    v = np.asarray(rng.standard_normal(shape) * 3)
    if kind == "positive":
        v = np.abs(v) + 0.5
    elif kind == "small":
        v = np.asarray(rng.integers(0, 4, size=shape)).astype(np.float64)
    elif kind == "nonzero":
        v[np.abs(v) < 0.1] = 1.5
    elif kind == "special" and v.size:
        flat = v.reshape(-1)
        specials = [np.nan, np.inf, -np.inf, 0.0, -0.0, 1e-30, 0.5, -1.0]
        for i, s in enumerate(specials):
            if i * 3 < flat.size:
                flat[(i * 3) % flat.size] = s
    return v


def make_tensor(rng, spec, shape, dtype, kind, layout):
    """A torch tensor of `shape` in `layout`, for one argument spec (T, idx:N, mask, f32, i64)."""
    if spec in ("T", "U"):
        tdtype = dtype.split("+")[0] if spec == "T" else dtype.split("+")[-1]
    elif spec.startswith("idx:"):
        tdtype = "int64"
    elif spec == "mask":
        tdtype = "bool"
    else:
        tdtype = {"f32": "float32", "i64": "int64"}[spec]
    shape = tuple(shape)
    if layout == "t" and len(shape) >= 2:
        base_shape = shape[:-2] + (shape[-1], shape[-2])
    elif layout == "step" and len(shape) >= 1:
        base_shape = shape[:-1] + (shape[-1] * 2,)
    elif layout == "expand" and len(shape) >= 1:
        base_shape = (1,) + shape[1:]
    else:
        base_shape = shape
    if spec.startswith("idx:"):
        v = rng.integers(0, int(spec[4:]), size=base_shape)
    else:
        v = values(rng, base_shape, tdtype, kind)
    t = torch.from_numpy(np.asarray(v)).to(getattr(torch, tdtype))
    if layout == "t" and len(shape) >= 2:
        t = t.transpose(-1, -2)
    elif layout == "step" and len(shape) >= 1:
        t = t[..., ::2]
    elif layout == "expand" and len(shape) >= 1:
        t = t.expand(shape)
    assert tuple(t.shape) == shape
    return t


def make_inputs(case, dtype, shapes, layout):
    rng = np.random.default_rng(cc.seed_of(case.name, dtype, shapes, layout))
    out = []
    for i, (spec, shape) in enumerate(zip(case.args, shapes)):
        kind = case.values if i == 0 or case.values_b is None else case.values_b
        out.append(make_tensor(rng, spec, shape, dtype, kind, layout))
    return out


# ---- comparison ----

def to_torch(t):
    if isinstance(t, torch.Tensor):  # an argument the script wrote into
        return t
    assert isinstance(t, tsc.Tensor), f"expected a tsc.Tensor, got {type(t).__name__}"
    if t.dtype is tsc.bool:  # torch 1.13 imports no bool through DLPack
        return torch.from_numpy(np.array(t.numpy()))
    return torch.utils.dlpack.from_dlpack(t)


def builtin_base(exc_type):
    """The builtin exception class an exception type derives from (torch's LinAlgError is a RuntimeError)."""
    for k in exc_type.__mro__:
        if k.__module__ == "builtins":
            return k
    return Exception


def compare(actual, expected, rscale, path="result"):
    if isinstance(expected, torch.Tensor):
        got = to_torch(actual)
        assert got.dtype == expected.dtype, f"{path}: dtype {got.dtype}, torch gives {expected.dtype}"
        assert got.shape == expected.shape, f"{path}: shape {tuple(got.shape)}, torch gives {tuple(expected.shape)}"
        rtol, atol = TOLERANCE.get(expected.dtype, (0, 0))
        torch.testing.assert_close(got, expected, rtol=rtol * rscale, atol=atol * rscale, equal_nan=True,
                                   check_stride=False, msg=lambda m: f"{path}: {m}")
    elif isinstance(expected, (tuple, list)):  # torch.Size, return_types, lists
        assert isinstance(actual, (tuple, list)), f"{path}: {type(actual).__name__}, torch gives a sequence"
        assert len(actual) == len(expected), f"{path}: {len(actual)} items, torch gives {len(expected)}"
        for i, (a, e) in enumerate(zip(actual, expected)):
            compare(a, e, rscale, f"{path}[{i}]")
    elif isinstance(expected, float):
        assert isinstance(actual, float), f"{path}: {actual!r}, torch gives {expected!r}"
        assert (math.isnan(actual) and math.isnan(expected)) or math.isclose(actual, expected, rel_tol=1e-6,
                                                                              abs_tol=1e-6), \
            f"{path}: {actual!r}, torch gives {expected!r}"
    else:
        assert type(actual) is type(expected) and actual == expected, f"{path}: {actual!r}, torch gives {expected!r}"


def upcast_reference(fn, inputs, dtype):
    """Eager on float32 copies of the float16/bfloat16 inputs, float32 results rounded back to the
    case's dtype (for a pair, the two dtypes' promotion)."""
    names = dtype.split("+")
    tdt = getattr(torch, names[0])
    for name in names[1:]:
        tdt = torch.promote_types(tdt, getattr(torch, name))
    up = [t.float() if t.dtype in (torch.float16, torch.bfloat16) else t for t in inputs]
    out = fn(*up)
    if tdt not in (torch.float16, torch.bfloat16):
        return out

    def down(v):
        if isinstance(v, torch.Tensor) and v.dtype == torch.float32:
            return v.to(tdt)
        if isinstance(v, (tuple, list)):
            return type(v)(down(x) for x in v) if not hasattr(v, "_fields") else tuple(down(x) for x in v)
        return v
    return down(out)


STATS = {"compared": 0, "errors_matched": 0, "gaps": 0}


def run_one(case, dtype, eager_fn, script_fn, shapes, layout, upcast_fn):
    """Runs one shapes x layout case; returns None or a failure message."""
    eager_in = make_inputs(case, dtype, shapes, layout)
    # Eager runs first; only cases that write into an argument need a second copy.
    script_in = make_inputs(case, dtype, shapes, layout) if case.inplace else eager_in
    expected_exc = None
    try:
        expected = eager_fn(*eager_in)
    except Exception as e:  # noqa: BLE001 - any torch error is an expected error
        expected_exc = e
    try:
        actual = script_fn(*script_in)
        actual_exc = None
    except Exception as e:  # noqa: BLE001
        actual_exc = e
    where = f"shapes={shapes} layout={layout}"
    if expected_exc is not None:
        gap = "not implemented for 'Half'" in str(expected_exc) or "not implemented for 'BFloat16'" in str(expected_exc)
        gap = gap or ("'Half'" in str(expected_exc) and "not implemented" in str(expected_exc))
        if gap and actual_exc is None:
            STATS["gaps"] += 1
            try:
                expected = upcast_reference(upcast_fn, make_inputs(case, dtype, shapes, layout), dtype)
                compare(actual, expected, case.rtol * 4)
            except (AssertionError, RuntimeError) as e:
                return f"{where}: torch has no {dtype} kernel; against float32 eager: {e}"
            return None
        base = ({"RuntimeError": RuntimeError}[case.script_error] if case.script_error
                else builtin_base(type(expected_exc)))
        if actual_exc is None:
            return f"{where}: torch raises {type(expected_exc).__name__}: {str(expected_exc)[:200]}; tsc returns"
        if not isinstance(actual_exc, base):
            return (f"{where}: torch raises {base.__name__} ({str(expected_exc)[:150]}), tsc raises "
                    f"{type(actual_exc).__name__}: {str(actual_exc).splitlines()[-1][:200]}")
        STATS["errors_matched"] += 1
        return None
    if actual_exc is not None:
        return (f"{where}: torch returns, tsc raises {type(actual_exc).__name__}: "
                f"{str(actual_exc).splitlines()[-1][:300]}")
    try:
        if case.compare == "meta":
            got = to_torch(actual)
            assert got.dtype == expected.dtype and got.shape == expected.shape, \
                f"{got.dtype}{tuple(got.shape)} vs {expected.dtype}{tuple(expected.shape)}"
        else:
            compare(actual, expected, case.rtol)
            if case.inplace:
                compare(script_in[0], eager_in[0], case.rtol, "argument a after the call")
    except AssertionError as e:
        return f"{where}: {e}"
    STATS["compared"] += 1
    return None


PARAMS = [pytest.param(c, dt, id=f"{c.name}-{dt}") for c in cc.CASES for dt in c.dtypes]


@pytest.mark.parametrize("case, dtype", PARAMS)
def test_op(cases_module, case, dtype):
    name = case.fn_name + (f"_{dtype}" if "{dt}" in case.body else "")
    script_fn = compiled(cases_module, name)
    eager_fn = getattr(cases_module, case.fn_name + "_ref") if case.ref else getattr(cases_module, name)
    # The float32 reference for dtypes torch has no kernel for (creation ops name their dtype).
    upcast_fn = getattr(cases_module, case.fn_name + "_float32", eager_fn) if "{dt}" in case.body else eager_fn
    failures = []
    for shapes in case.shapes:
        for layout in cc.applicable_layouts(case, shapes):
            msg = run_one(case, dtype, eager_fn, script_fn, shapes, layout, upcast_fn)
            if msg:
                failures.append(msg)
    assert not failures, f"{len(failures)} failing:\n" + "\n".join(failures[:8])


def test_case_count_is_in_the_thousands():
    n = cc.count()
    assert n >= 2000, n
    assert len({c.name for c in cc.CASES}) == len(cc.CASES), "case names must be unique"
