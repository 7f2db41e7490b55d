# tests/python/test_tensor_args.py - Tensors as arguments and results of scripted functions (numpy, torch, tsc.Tensor).
import gc
import threading
from typing import Any, Dict, List, Optional, Tuple

import pytest

import tsc

np = pytest.importorskip("numpy")
torch = pytest.importorskip("torch")
import torch.utils.dlpack  # noqa: E402

from torch import Tensor  # noqa: E402

# numpy and torch share these dtypes; bfloat16 is torch's only (numpy has none).
SHARED_DTYPES = ["bool", "uint8", "int8", "int16", "int32", "int64", "float16", "float32", "float64"]


# ---- the scripted functions (module level, so that inspect finds their source) ----

def ident(x: Tensor) -> Tensor:
    return x


def plus_one(x: Tensor) -> Tensor:
    return x + 1


def twice(x: Tensor) -> Tensor:
    return x * 2


def add(x: Tensor, y: Tensor) -> Tensor:
    return x + y


def total(xs: List[Tensor]) -> Tensor:
    out = torch.zeros_like(xs[0])
    for x in xs:
        out = out + x
    return out


def split_two(x: Tensor) -> List[Tensor]:
    return [x, x + 1]


def pair(x: Tensor) -> Tuple[Tensor, int]:
    return x * 3, x.dim()


def maybe(x: Optional[Tensor], y: Tensor) -> Tensor:
    if x is None:
        return y
    return x + y


def maybe_default(y: Tensor, x: Optional[Tensor] = None) -> Optional[Tensor]:
    if x is None:
        return None
    return x * y


def by_name(d: Dict[str, Tensor]) -> Tensor:
    return d["a"] - d["b"]


def anything(x: Any) -> Any:
    return x


def shape_of(x: Tensor) -> List[int]:
    return x.size()


def dtype_sum(x: Tensor) -> Tensor:
    return x.sum()


class Holder:
    def __init__(self, w: Tensor):
        self.w = w

    def apply(self, x: Tensor) -> Tensor:
        return x @ self.w


@pytest.fixture(scope="module")
def fns():
    names = ["ident", "plus_one", "twice", "add", "total", "split_two", "pair", "maybe", "maybe_default",
             "by_name", "anything", "shape_of", "dtype_sum"]
    out = {name: tsc.script(globals()[name]) for name in names}
    out["Holder"] = tsc.script(Holder)
    return out


def as_np(t):
    assert isinstance(t, tsc.Tensor)
    return np.asarray(t)


# ---- numpy ----

def test_numpy_in_tsc_tensor_out(fns):
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    r = fns["plus_one"](a)
    assert isinstance(r, tsc.Tensor)
    assert r.shape == (2, 3) and r.dtype is tsc.float32
    np.testing.assert_array_equal(as_np(r), a + 1)


def test_numpy_argument_is_shared_not_copied(fns):
    a = np.arange(6, dtype=np.float64).reshape(2, 3)
    r = fns["ident"](a)
    assert r.data_ptr() == a.ctypes.data
    assert np.shares_memory(np.asarray(r), a)
    r[0, 1] = 42.0  # writing the result writes the caller's array
    assert a[0, 1] == 42.0


def test_numpy_array_outlives_its_name(fns):
    a = np.arange(4, dtype=np.int64)
    r = fns["ident"](a)
    del a
    gc.collect()
    assert as_np(r).tolist() == [0, 1, 2, 3]


@pytest.mark.filterwarnings("ignore:The given NumPy array is not writable")
@pytest.mark.parametrize("make", [
    lambda a: a.T,
    lambda a: a[:, ::2],
    lambda a: a[1:, 1::3],
    lambda a: np.asfortranarray(a),
    lambda a: np.broadcast_to(a[:1], (3, 6)),
], ids=["transposed", "step", "offset-step", "fortran", "broadcast"])
def test_non_contiguous_numpy_keeps_its_strides(fns, make):
    a = make(np.arange(18, dtype=np.float32).reshape(3, 6))
    r = fns["ident"](a)
    assert r.shape == a.shape
    assert r.stride() == tuple(s // a.itemsize for s in a.strides)
    assert r.data_ptr() == a.ctypes.data
    np.testing.assert_array_equal(as_np(fns["twice"](a)), a * 2)


def test_negative_strides_are_refused_with_torchs_error(fns):
    a = np.arange(4, dtype=np.float32)[::-1]
    with pytest.raises(ValueError, match=r"^ident\(\): argument 'x': At least one stride in the given numpy array "
                                         r"is negative"):
        fns["ident"](a)


def test_unsupported_numpy_dtype_is_a_type_error(fns):
    with pytest.raises(TypeError, match=r"^ident\(\): argument 'x': can't convert np.ndarray of type "
                                        r"numpy.uint16"):
        fns["ident"](np.zeros(3, dtype=np.uint16))


@pytest.mark.parametrize("dtype", SHARED_DTYPES)
def test_every_numpy_dtype_round_trips(fns, dtype):
    rng = np.random.default_rng(5)
    a = (rng.standard_normal((2, 3)) * 10).astype(dtype)
    r = fns["ident"](a)
    assert r.dtype.name == dtype
    out = as_np(r)
    assert out.dtype == a.dtype
    np.testing.assert_array_equal(out, a)
    assert np.shares_memory(out, a)


def test_zero_dim_and_zero_size_numpy(fns):
    r = fns["plus_one"](np.array(2.5))
    assert r.shape == () and r.item() == 3.5
    z = fns["twice"](np.zeros((0, 4), dtype=np.int32))
    assert z.shape == (0, 4) and z.dtype is tsc.int32


# ---- torch ----

def test_torch_in_tsc_tensor_out(fns):
    x = torch.arange(6, dtype=torch.float32).reshape(2, 3)
    r = fns["plus_one"](x)
    assert isinstance(r, tsc.Tensor)
    torch.testing.assert_close(torch.utils.dlpack.from_dlpack(r), x + 1)


def test_torch_argument_is_shared_both_ways(fns):
    x = torch.zeros(2, 3)
    r = fns["ident"](x)
    assert r.data_ptr() == x.data_ptr()
    r[1, 2] = 7.0  # visible in the caller's torch tensor
    assert x[1, 2].item() == 7.0
    back = torch.utils.dlpack.from_dlpack(r)
    back[0, 0] = -1.0
    assert x[0, 0].item() == -1.0


@pytest.mark.parametrize("dtype", SHARED_DTYPES + ["bfloat16"])
def test_every_torch_dtype_round_trips(fns, dtype):
    gen = torch.Generator().manual_seed(3)
    x = (torch.randn(3, 4, generator=gen) * 10).to(getattr(torch, dtype))
    r = fns["ident"](x)
    assert r.dtype.name == dtype
    assert r.data_ptr() == x.data_ptr()
    assert r.shape == tuple(x.shape)
    if dtype == "bool":  # torch 1.13 cannot import bool through DLPack
        assert r.tolist() == x.tolist()
    else:
        assert torch.equal(torch.utils.dlpack.from_dlpack(r), x)


@pytest.mark.parametrize("make", [
    lambda x: x.t(),
    lambda x: x[:, ::2],
    lambda x: x[1:, 1::3],
    lambda x: x[:1].expand(3, 6),
    lambda x: x.permute(1, 0)[2:],
], ids=["transposed", "step", "offset-step", "expanded", "permuted-slice"])
def test_non_contiguous_torch_keeps_its_strides(fns, make):
    x = make(torch.arange(18, dtype=torch.float32).reshape(3, 6))
    r = fns["ident"](x)
    assert r.shape == tuple(x.shape) and r.stride() == x.stride()
    assert r.data_ptr() == x.data_ptr()
    torch.testing.assert_close(torch.utils.dlpack.from_dlpack(fns["twice"](x)), x * 2)


def test_torch_bool_is_shared_as_bool(fns):
    x = torch.tensor([[True, False, True], [False, False, True]])
    r = fns["ident"](x.t())
    assert r.dtype is tsc.bool and r.shape == (3, 2) and r.data_ptr() == x.data_ptr()
    assert r.tolist() == x.t().tolist()
    s = fns["dtype_sum"](x)
    assert s.dtype is tsc.int64 and s.item() == 3


def test_zero_dim_and_zero_size_torch(fns):
    r = fns["plus_one"](torch.tensor(4, dtype=torch.int16))
    assert r.shape == () and r.dtype is tsc.int16 and r.item() == 5
    z = fns["twice"](torch.zeros(3, 0))
    assert z.shape == (3, 0)


def test_requires_grad_tensor_is_passed_detached(fns):
    w = torch.nn.Parameter(torch.ones(2, 2))
    r = fns["twice"](w)
    assert as_np(r).tolist() == [[2.0, 2.0], [2.0, 2.0]]
    shared = fns["ident"](w)
    assert shared.data_ptr() == w.data_ptr()  # detach() shares the memory
    assert w.requires_grad and w.grad is None


def test_mixed_sources_in_one_call(fns):
    a = np.ones((2, 2), dtype=np.float32)
    x = torch.full((2, 2), 2.0)
    t = tsc.tensor([[3.0, 3.0], [3.0, 3.0]])
    assert as_np(fns["add"](a, x)).tolist() == [[3.0, 3.0], [3.0, 3.0]]
    assert as_np(fns["add"](x, t)).tolist() == [[5.0, 5.0], [5.0, 5.0]]
    assert as_np(fns["total"]([a, x, t])).tolist() == [[6.0, 6.0], [6.0, 6.0]]


# ---- tsc.Tensor ----

def test_tsc_tensor_in_and_out_is_the_same_tensor_memory(fns):
    t = tsc.tensor([[1, 2], [3, 4]])
    r = fns["ident"](t)
    assert r.data_ptr() == t.data_ptr() and r.shape == t.shape and r.dtype is t.dtype
    r[0, 0] = 9
    assert t[0, 0].item() == 9


def test_result_keeps_its_memory_alive(fns):
    r = fns["plus_one"](tsc.tensor([1.0, 2.0]))
    arr = np.asarray(r)
    del r
    gc.collect()
    np.ones(1000)  # reuse freed memory, if any was freed
    assert arr.tolist() == [2.0, 3.0]


# ---- containers, Optional, Any, classes ----

def test_list_and_tuple_results(fns):
    a, b = fns["split_two"](np.array([1.0, 2.0]))
    assert isinstance(a, tsc.Tensor) and isinstance(b, tsc.Tensor)
    assert as_np(b).tolist() == [2.0, 3.0]
    t, n = fns["pair"](torch.ones(2, 2))
    assert isinstance(t, tsc.Tensor) and n == 2
    assert as_np(t).tolist() == [[3.0, 3.0], [3.0, 3.0]]


def test_optional_tensor(fns):
    y = torch.ones(3)
    assert as_np(fns["maybe"](None, y)).tolist() == [1.0, 1.0, 1.0]
    assert as_np(fns["maybe"](np.full(3, 2.0, dtype=np.float32), y)).tolist() == [3.0, 3.0, 3.0]
    assert fns["maybe_default"](y) is None
    assert as_np(fns["maybe_default"](y, x=torch.full((3,), 4.0))).tolist() == [4.0, 4.0, 4.0]


def test_dict_of_tensors(fns):
    r = fns["by_name"]({"a": torch.tensor([5, 6]), "b": np.array([1, 1])})
    assert r.dtype is tsc.int64 and as_np(r).tolist() == [4, 5]


def test_any_infers_tensor(fns):
    x = torch.tensor([1.0, 2.0])
    r = fns["anything"](x)
    assert isinstance(r, tsc.Tensor) and r.data_ptr() == x.data_ptr()
    rs = fns["anything"]([x, np.zeros(2, dtype=np.float32)])
    assert isinstance(rs, list) and all(isinstance(v, tsc.Tensor) for v in rs)
    assert rs[0].data_ptr() == x.data_ptr()


def test_tensor_attribute_of_a_script_object(fns):
    Holder_ = fns["Holder"]
    w = torch.eye(2) * 3
    h = Holder_(w)
    assert isinstance(h.w, tsc.Tensor) and h.w.data_ptr() == w.data_ptr()
    assert as_np(h.apply(np.ones((1, 2), dtype=np.float32))).tolist() == [[3.0, 3.0]]
    h.w = np.full((2, 2), 0.5, dtype=np.float32)
    assert as_np(h.apply(torch.ones(1, 2))).tolist() == [[1.0, 1.0]]
    with pytest.raises(TypeError, match=r"^attribute 'w' of 'Holder' must be Tensor, not float$"):
        h.w = 1.5


def test_shape_reaches_the_script(fns):
    assert fns["shape_of"](np.zeros((2, 0, 5))) == [2, 0, 5]
    assert fns["shape_of"](torch.zeros(())) == []


# ---- errors ----

@pytest.mark.parametrize("value, found", [
    (1.5, "float"), (3, "int"), (True, "bool"), ("s", "str"), (None, "NoneType"), ([1.0, 2.0], "list"),
    ((1,), "tuple"), (np.float32(1.0), "numpy.float32"),
])
def test_non_tensors_are_refused_as_torchscript_does(fns, value, found):
    # TorchScript refuses these too ("Expected a value of type 'Tensor' for argument 'x' but instead
    # found type 'float'"); here it is CPython's TypeError wording.
    with pytest.raises(TypeError, match=rf"^ident\(\): argument 'x' must be Tensor, not {found}$"):
        fns["ident"](value)


def test_torchscript_refuses_numbers_for_tensors_too():
    f = torch.jit.script(ident)
    with pytest.raises(RuntimeError, match="Expected a value of type 'Tensor'"):
        f(1.5)


def test_error_inside_a_container_names_the_place(fns):
    with pytest.raises(TypeError, match=r"^total\(\): argument 'xs' must be List\[Tensor\], but xs\[1\] is str$"):
        fns["total"]([torch.ones(1), "a"])
    with pytest.raises(TypeError, match=r"^by_name\(\): argument 'd' must be Dict\[str, Tensor\], "
                                        r"but d\['b'\] is float$"):
        fns["by_name"]({"a": torch.ones(1), "b": 1.0})
    with pytest.raises(ValueError, match=r"^total\(\): argument 'xs' \(xs\[0\]\): At least one stride"):
        fns["total"]([np.ones(3)[::-1]])


def test_script_errors_from_tensor_arguments(fns):
    with pytest.raises(RuntimeError, match=r"The size of tensor a \(3\) must match the size of tensor b \(4\)"):
        fns["add"](np.ones(3), torch.ones(4))


# ---- threads ----

def test_threads_share_arguments_and_results(fns):
    base = torch.arange(1000, dtype=torch.float64)
    arrays = [np.full(1000, float(i)) for i in range(8)]
    errors = []

    def work(i):
        try:
            for _ in range(50):
                r = fns["add"](base, arrays[i])
                assert r.data_ptr() != base.data_ptr()
                np.testing.assert_array_equal(as_np(r), base.numpy() + i)
                assert fns["ident"](arrays[i]).data_ptr() == arrays[i].ctypes.data
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
