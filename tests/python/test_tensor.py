# tests/python/test_tensor.py - tsc.Tensor: construction, repr, numpy and DLPack sharing, operators, errors.
import gc
import hashlib
import sys
import weakref

import pytest

import tsc

np = pytest.importorskip("numpy")

try:
    import torch
    import torch.utils.dlpack
except ImportError:  # pragma: no cover - torch is installed on the reference machine
    torch = None

needs_torch = pytest.mark.skipif(torch is None, reason="torch is not installed: no eager reference to compare with")

DTYPES = ["bool", "uint8", "int8", "int16", "int32", "int64", "float16", "float32", "float64"]


def tdt(name):
    return getattr(torch, name)


def same(t, ref):
    """t (tsc.Tensor) has ref's (torch.Tensor) shape, dtype and values."""
    assert isinstance(t, tsc.Tensor)
    assert t.shape == tuple(ref.shape)
    assert t.dtype.name == str(ref.dtype).replace("torch.", "")
    np.testing.assert_allclose(t.numpy().astype(np.float64), ref.double().numpy(), rtol=1e-6, atol=1e-6,
                               equal_nan=True)


# ---- dtypes and construction ----

def test_dtype_objects():
    assert repr(tsc.float32) == "tsc.float32"
    assert str(tsc.int64) == "tsc.int64"
    assert tsc.float is tsc.float32 and tsc.long is tsc.int64 and tsc.double is tsc.float64
    assert tsc.tensor([1.0]).dtype is tsc.float32
    assert tsc.float32 == "float32" and tsc.float32 != tsc.float64
    assert tsc.float16.itemsize == 2 and tsc.float16.is_floating_point and not tsc.int8.is_floating_point
    assert {tsc.int64: 1}[tsc.tensor([1]).dtype] == 1
    assert isinstance(tsc.int8, tsc.dtype)


@needs_torch
@pytest.mark.parametrize("data", [
    3, 2.5, True, [1, 2, 3], [1, 2.0], [True, False], [[1, 2], [3, 4]], [[True], [2]], [], [[]],
    [[1.5, -2.25, 3.0]], (1, 2), [[[1]], [[2]]], [1e10, 1e-5],
])
def test_tensor_infers_dtype_and_shape_like_torch(data):
    t = tsc.tensor(data)
    ref = torch.tensor(data)
    assert t.shape == tuple(ref.shape)
    assert t.ndim == ref.ndim and t.dim() == ref.dim()
    assert t.numel() == ref.numel()
    assert repr(t.dtype) == str(ref.dtype).replace("torch.", "tsc.")
    assert t.tolist() == ref.tolist()
    assert repr(t) == repr(ref) and str(t) == str(ref)


@needs_torch
@pytest.mark.parametrize("dtype", DTYPES)
def test_tensor_with_dtype_matches_torch(dtype):
    data = [[0, 1, 2], [3, 4, 5]]
    t = tsc.tensor(data, dtype=getattr(tsc, dtype))
    ref = torch.tensor(data, dtype=tdt(dtype))
    assert t.dtype.name == dtype
    assert repr(t) == repr(ref)
    assert t.tolist() == ref.tolist()
    # dtype also accepted as a torch dtype or a str
    assert tsc.tensor(data, dtype=tdt(dtype)).dtype is getattr(tsc, dtype)
    assert tsc.tensor(data, dtype=dtype).dtype is getattr(tsc, dtype)


@needs_torch
def test_repr_matches_torch_for_larger_and_float_values():
    for data in ([[0.1, 1234.5], [-3.0, 1e-4]], list(range(2000)), [1e20, 1.0], [float("nan"), float("inf"), -1.0]):
        assert repr(tsc.tensor(data)) == repr(torch.tensor(data))


def test_item_len_iter_and_scalars():
    assert tsc.tensor(3).item() == 3 and isinstance(tsc.tensor(3).item(), int)
    assert tsc.tensor(2.5).item() == 2.5
    assert tsc.tensor(True).item() is True
    assert tsc.tensor([[7]]).item() == 7
    t = tsc.tensor([[1, 2, 3], [4, 5, 6]])
    assert len(t) == 2
    assert [row.tolist() for row in t] == [[1, 2, 3], [4, 5, 6]]
    assert float(tsc.tensor([1.5])) == 1.5 and int(tsc.tensor(7)) == 7
    assert bool(tsc.tensor([0])) is False
    with pytest.raises(TypeError, match="len\\(\\) of a 0-d tensor"):
        len(tsc.tensor(1))
    with pytest.raises(TypeError, match="iteration over a 0-d tensor"):
        iter(tsc.tensor(1))
    with pytest.raises(RuntimeError, match="a Tensor with 2 elements cannot be converted to Scalar"):
        tsc.tensor([1, 2]).item()
    with pytest.raises(RuntimeError, match="more than one value is ambiguous"):
        bool(tsc.tensor([1, 2]))


def test_tensor_rejects_bad_data():
    with pytest.raises(ValueError, match="expected sequence of length 2 at dim 1 \\(got 1\\)"):
        tsc.tensor([[1, 2], [3]])
    with pytest.raises(TypeError, match="invalid data type 'str'"):
        tsc.tensor("a")
    with pytest.raises(RuntimeError, match="Could not infer dtype of NoneType"):
        tsc.tensor([1, None])
    with pytest.raises(RuntimeError, match="Overflow when unpacking long"):
        tsc.tensor(2**63)
    with pytest.raises(TypeError, match="dtype must be a tsc.dtype"):
        tsc.tensor([1], dtype=3)


def test_tensor_copies_and_as_tensor_shares():
    a = np.arange(6, dtype=np.float32)
    copied = tsc.tensor(a)
    shared = tsc.as_tensor(a)
    a[0] = 42
    assert copied.tolist()[0] == 0.0
    assert shared.tolist()[0] == 42.0
    t = tsc.tensor([1, 2])
    assert tsc.as_tensor(t) is t or tsc.as_tensor(t).data_ptr() == t.data_ptr()
    assert tsc.as_tensor([1.0, 2.0]).dtype is tsc.float32
    assert tsc.as_tensor(a, dtype=tsc.float64).dtype is tsc.float64


# ---- numpy ----

@pytest.mark.parametrize("dtype", DTYPES)
def test_numpy_shares_memory_both_ways(dtype):
    t = tsc.tensor([[0, 1, 0], [1, 0, 1]], dtype=getattr(tsc, dtype))
    a = np.asarray(t)
    assert a.dtype == np.dtype(dtype if dtype != "bool" else "bool")
    assert a.shape == (2, 3)
    a[1, 2] = 0
    assert t.tolist()[1][2] == 0
    b = t.numpy()
    assert np.shares_memory(a, b)
    t[0, 0] = 1
    assert a[0, 0] == 1 and b[0, 0] == 1


def test_buffer_protocol_format_and_strides():
    t = tsc.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype=tsc.float64)
    m = memoryview(t)
    assert m.format == "d" and m.itemsize == 8 and m.shape == (2, 3) and m.strides == (24, 8)
    assert not m.readonly
    tt = t.t()
    m2 = memoryview(tt)
    assert m2.shape == (3, 2) and m2.strides == (8, 24)
    assert m2.tolist() == [[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]
    assert np.asarray(tt).tolist() == [[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]
    assert bytes(tt) == np.ascontiguousarray(np.asarray(tt)).tobytes()  # bytes() copies a strided buffer
    with pytest.raises(BufferError, match="not contiguous"):
        hashlib.sha1(tt)  # asks for a simple (contiguous) buffer
    assert hashlib.sha1(t).digest() == hashlib.sha1(np.asarray(t).tobytes()).digest()
    assert bytes(tsc.tensor([1, 2], dtype=tsc.uint8)) == b"\x01\x02"
    formats = {"bool": "?", "uint8": "B", "int8": "b", "int16": "h", "int32": "i", "int64": "q",
               "float16": "e", "float32": "f"}
    for name, fmt in formats.items():
        assert memoryview(tsc.tensor([1], dtype=getattr(tsc, name))).format == fmt
    zero_dim = np.asarray(tsc.tensor(2.5))
    assert zero_dim.shape == () and zero_dim == 2.5


def test_array_interface():
    t = tsc.tensor([[1, 2, 3], [4, 5, 6]], dtype=tsc.int32)[:, 1:]
    ai = t.__array_interface__
    assert ai["shape"] == (2, 2) and ai["typestr"] == "<i4" and ai["strides"] == (12, 4) and ai["version"] == 3
    assert ai["data"] == (t.data_ptr(), False)

    class Holder:
        __array_interface__ = ai
    a = np.asarray(Holder())
    a[0, 0] = 20
    assert t.tolist() == [[20, 3], [5, 6]]


def test_numpy_array_outlives_tensor():
    t = tsc.tensor([1.0, 2.0, 3.0])
    a = t.numpy()
    del t
    gc.collect()
    assert a.tolist() == [1.0, 2.0, 3.0]


def test_bfloat16_has_no_numpy_view():
    t = tsc.tensor([1.0], dtype=tsc.bfloat16)
    with pytest.raises(TypeError, match="Got unsupported ScalarType BFloat16"):
        t.numpy()
    with pytest.raises(BufferError, match="BFloat16"):
        memoryview(t)


@pytest.mark.parametrize("dtype", ["bool", "uint8", "int8", "int16", "int32", "int64", "float16", "float32",
                                   "float64"])
def test_from_numpy_shares_memory(dtype):
    a = np.zeros((2, 3), dtype=dtype)
    t = tsc.from_numpy(a)
    assert t.dtype.name == dtype and t.shape == (2, 3)
    a[1, 1] = 1
    assert t.tolist()[1][1] == 1
    t[0, 2] = 1
    assert a[0, 2] == 1


def test_from_numpy_keeps_the_array_alive():
    a = np.arange(1000, dtype=np.int64)
    ref = weakref.ref(a) if hasattr(a, "__weakref__") else None
    base_refs = sys.getrefcount(a)
    t = tsc.from_numpy(a)
    assert sys.getrefcount(a) > base_refs
    del a
    gc.collect()
    assert t.sum().item() == sum(range(1000))
    assert t[999].item() == 999
    del t
    gc.collect()
    if ref is not None:
        assert ref() is None


def test_from_numpy_non_contiguous():
    a = np.arange(24, dtype=np.float32).reshape(4, 6)
    view = a[::2, 1::3]
    t = tsc.from_numpy(view)
    assert t.shape == (2, 2) and t.stride() == (12, 3)
    assert not t.is_contiguous()
    assert t.tolist() == view.tolist()
    a[2, 4] = -1
    assert t.tolist()[1][1] == -1
    ft = tsc.from_numpy(np.asfortranarray(np.arange(6).reshape(2, 3)))
    assert ft.stride() == (1, 2) and ft.tolist() == [[0, 1, 2], [3, 4, 5]]


def test_from_numpy_errors_match_torch():
    with pytest.raises(ValueError, match="At least one stride in the given numpy array is negative"):
        tsc.from_numpy(np.arange(5)[::-1])
    with pytest.raises(TypeError, match="expected np.ndarray \\(got list\\)"):
        tsc.from_numpy([1, 2])
    with pytest.raises(TypeError, match="can't convert np.ndarray of type numpy.uint16"):
        tsc.from_numpy(np.zeros(3, np.uint16))
    with pytest.raises(ValueError, match="byte order"):
        tsc.from_numpy(np.zeros(3, ">f4"))
    # as_tensor copies what it cannot share? torch.as_tensor rejects negative strides too
    with pytest.raises(ValueError, match="negative"):
        tsc.as_tensor(np.arange(5)[::-1])
    # tensor() always copies, so it accepts them
    assert tsc.tensor(np.arange(5)[::-1]).tolist() == [4, 3, 2, 1, 0]


# ---- DLPack ----

def test_dlpack_capsule_protocol():
    t = tsc.tensor([1, 2, 3])
    assert t.__dlpack_device__() == (1, 0)
    cap = t.__dlpack__()
    assert "dltensor" in repr(cap)
    u = tsc.from_dlpack(cap)
    assert "used_dltensor" in repr(cap)
    assert u.tolist() == [1, 2, 3] and u.data_ptr() == t.data_ptr()
    with pytest.raises(RuntimeError, match="consumed only once"):
        tsc.from_dlpack(cap)
    # an unconsumed capsule frees its tensor when collected
    del cap
    t.__dlpack__()
    gc.collect()
    with pytest.raises(TypeError, match="__dlpack__"):
        tsc.from_dlpack([1, 2])
    with pytest.raises(ValueError, match="stream must be None"):
        t.__dlpack__(stream=1)


def test_dlpack_numpy_round_trip():
    if not hasattr(np, "from_dlpack"):
        pytest.skip("numpy has no from_dlpack")
    a = np.arange(6.0).reshape(2, 3)
    t = tsc.from_dlpack(a)
    a[0, 1] = 9
    assert t.tolist()[0][1] == 9
    b = np.from_dlpack(tsc.tensor([[1.0, 2.0]]))
    assert b.tolist() == [[1.0, 2.0]]


@needs_torch
@pytest.mark.parametrize("dtype", ["uint8", "int8", "int16", "int32", "int64", "float16", "bfloat16", "float32",
                                   "float64"])
def test_dlpack_torch_to_tsc_shares_memory(dtype):
    x = torch.arange(12).reshape(3, 4).to(tdt(dtype))
    t = tsc.from_dlpack(x)
    assert t.dtype.name == dtype and t.shape == (3, 4)
    x[1, 2] = 100
    assert t.tolist()[1][2] == 100
    t[2, 3] = 7
    assert x[2, 3].item() == 7
    # strided views keep their strides
    xt = x.t()
    tt = tsc.from_dlpack(xt)
    assert tt.stride() == xt.stride() and tt.tolist() == xt.tolist()


@needs_torch
@pytest.mark.parametrize("dtype", ["uint8", "int8", "int16", "int32", "int64", "float16", "bfloat16", "float32",
                                   "float64"])
def test_dlpack_tsc_to_torch_shares_memory(dtype):
    t = tsc.tensor([[0, 1, 2], [3, 4, 5]], dtype=getattr(tsc, dtype))
    x = torch.utils.dlpack.from_dlpack(t)
    assert x.dtype == tdt(dtype) and tuple(x.shape) == (2, 3)
    x[0, 0] = 50
    assert t.tolist()[0][0] == 50
    t[1, 1] = 60
    assert x[1, 1].item() == 60
    del t
    gc.collect()
    assert x.tolist()[1] == [3, 60, 5]  # torch holds the storage through the capsule's context
    xt = torch.utils.dlpack.from_dlpack(tsc.tensor([[1, 2], [3, 4]]).t())
    assert xt.tolist() == [[1, 3], [2, 4]] and xt.stride() == (1, 2)


@needs_torch
def test_as_tensor_accepts_torch_tensors():
    x = torch.ones(2, 2)
    t = tsc.as_tensor(x)
    x[0, 0] = 5
    assert t.tolist()[0][0] == 5
    assert tsc.tensor(x).tolist() == [[5.0, 1.0], [1.0, 1.0]]


# ---- operators and methods ----

OPS = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "floordiv": lambda a, b: a // b,
    "mod": lambda a, b: a % b,
    "pow": lambda a, b: a ** b,
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
}

OPERAND_DTYPES = ["int32", "int64", "float16", "float32", "float64", "uint8"]


def values(dtype, shape):
    n = int(np.prod(shape))
    base = [(i % 5) + 1 for i in range(n)]  # positive: no integer division by zero, no negative powers
    return np.array(base).reshape(shape).tolist()


def run_both(op, lhs, rhs):
    """op on tsc and on torch; returns (tsc result or exception, torch result or exception)."""
    def conv(x, mod):
        if isinstance(x, tuple):
            data, dtype = x
            return mod.tensor(data, dtype=getattr(mod, dtype))
        return x
    out = []
    for mod in (tsc, torch):
        try:
            out.append(op(conv(lhs, mod), conv(rhs, mod)))
        except Exception as e:  # compared by type below
            out.append(e)
    return out


@needs_torch
@pytest.mark.parametrize("name", list(OPS))
@pytest.mark.parametrize("da", OPERAND_DTYPES)
@pytest.mark.parametrize("db", ["int64", "float32", "float16", "uint8"])
def test_binary_operators_match_torch(name, da, db):
    op = OPS[name]
    lhs = (values(da, (2, 3)), da)
    rhs = (values(db, (3,)), db)  # broadcast
    got, ref = run_both(op, lhs, rhs)
    if isinstance(ref, Exception):
        assert type(got) is type(ref), (got, ref)
        return
    assert not isinstance(got, Exception), got
    same(got, ref)


@needs_torch
@pytest.mark.parametrize("name", list(OPS))
@pytest.mark.parametrize("dtype", ["bool", "uint8", "int64", "float16", "float32"])
@pytest.mark.parametrize("scalar", [2, 2.5, True])
def test_scalar_operands_on_either_side_match_torch(name, dtype, scalar):
    op = OPS[name]
    data = (values(dtype, (4,)), dtype) if dtype != "bool" else ([True, False, True, True], "bool")
    for lhs, rhs in ((data, scalar), (scalar, data)):
        got, ref = run_both(op, lhs, rhs)
        if isinstance(ref, Exception):
            assert type(got) is type(ref), (lhs, rhs, got, ref)
            continue
        assert not isinstance(got, Exception), (lhs, rhs, got)
        same(got, ref)


@needs_torch
def test_zero_dim_promotion_and_unary():
    a = tsc.tensor([1, 2], dtype=tsc.int8)
    assert (a + tsc.tensor(5)).dtype is tsc.int8  # a 0-dim int64 does not widen int8
    assert (a + tsc.tensor(5.0)).dtype is tsc.float32
    assert (tsc.tensor([1, 2], dtype=tsc.uint8) + 300).tolist() == (torch.tensor([1, 2], dtype=torch.uint8)
                                                                     + 300).tolist()
    assert (-tsc.tensor([1.5, -2.0])).tolist() == [-1.5, 2.0]
    assert (~tsc.tensor([True, False])).tolist() == [False, True]
    assert abs(tsc.tensor([-3])).tolist() == [3]


@needs_torch
def test_matmul_matches_torch():
    a = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    b = [[1.0, 0.5], [2.0, 1.0], [0.0, -1.0]]
    same(tsc.tensor(a) @ tsc.tensor(b), torch.tensor(a) @ torch.tensor(b))
    same(tsc.tensor(a) @ tsc.tensor([1.0, 2.0, 3.0]), torch.tensor(a) @ torch.tensor([1.0, 2.0, 3.0]))
    with pytest.raises(RuntimeError, match=r"mat1 and mat2 shapes cannot be multiplied \(2x3 and 2x3\)"):
        tsc.tensor(a) @ tsc.tensor(a)


@needs_torch
def test_methods_match_torch():
    data = [[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]]
    t, x = tsc.tensor(data), torch.tensor(data)
    same(t.sum(), x.sum())
    same(t.sum(1), x.sum(1))
    same(t.sum(dim=0, keepdim=True), x.sum(dim=0, keepdim=True))
    same(t.mean(), x.mean())
    same(t.mean((0, 1)), x.mean((0, 1)))
    same(t.max(), x.max())
    values_, indices = t.max(1)
    same(values_, x.max(1).values)
    same(indices, x.max(1).indices)
    same(t.reshape(3, 2), x.reshape(3, 2))
    same(t.reshape((-1,)), x.reshape((-1,)))
    same(t.view(6), x.view(6))
    same(t.transpose(0, 1), x.transpose(0, 1))
    same(t.t(), x.t())
    same(t.T, x.T)
    assert t.t().contiguous().is_contiguous() and not t.t().is_contiguous()
    c = t.clone()
    c[0, 0] = 100
    assert t.tolist()[0][0] == 1.0
    assert t.to(tsc.int64).dtype is tsc.int64 and t.long().dtype is tsc.int64
    assert tsc.tensor([1, 2]).float().dtype is tsc.float32
    assert t.sum(dtype=tsc.float64).dtype is tsc.float64
    assert t.view(6).data_ptr() == t.data_ptr()
    with pytest.raises(RuntimeError, match="view size is not compatible"):
        t.t().view(6)
    with pytest.raises(IndexError, match="Dimension out of range"):
        t.sum(2)
    with pytest.raises(RuntimeError, match="mean\\(\\)"):
        tsc.tensor([1, 2]).mean()


@needs_torch
def test_indexing_matches_torch():
    data = np.arange(24).reshape(2, 3, 4).tolist()
    t, x = tsc.tensor(data), torch.tensor(data)
    for key in (1, -1, (0, 2), (1, slice(None), 3), slice(0, 1), (Ellipsis, 1), (None, 0),
                (slice(None), slice(1, 3), slice(None, None, 2)), (0, tsc.tensor([2, 0]))):
        tkey = tuple(torch.tensor(k.tolist()) if isinstance(k, tsc.Tensor) else k for k in key) \
            if isinstance(key, tuple) else key
        same(t[key], x[tkey])
    assert t[0, 1].data_ptr() == t.data_ptr() + 4 * 8  # basic indexing is a view
    mask = t > 20
    same(t[mask], x[x > 20])
    t[0, 0] = 0
    t[1, :, 0] = tsc.tensor([7, 8, 9])
    x[0, 0] = 0
    x[1, :, 0] = torch.tensor([7, 8, 9])
    assert t.tolist() == x.tolist()
    with pytest.raises(IndexError, match="index 5 is out of bounds for dimension 0 with size 2"):
        t[5]
    with pytest.raises(IndexError, match="too many indices for tensor of dimension 3"):
        t[0, 0, 0, 0]
    with pytest.raises(ValueError, match="step must be greater than zero"):
        t[::-1]
    with pytest.raises(IndexError, match="only integers, slices"):
        t[1.5]


@needs_torch
def test_library_errors_keep_torch_wording():
    with pytest.raises(RuntimeError, match="The size of tensor a \\(3\\) must match the size of tensor b \\(4\\) "
                                           "at non-singleton dimension 1"):
        tsc.tensor(np.ones((2, 3))) + tsc.tensor(np.ones((2, 4)))
    with pytest.raises(RuntimeError, match="ZeroDivisionError"):
        tsc.tensor([1]) // tsc.tensor([0])
    with pytest.raises(RuntimeError, match="Subtraction, the `-` operator, with a bool tensor is not supported"):
        tsc.tensor([1]) - tsc.tensor([False])
    with pytest.raises(RuntimeError, match="Subtraction, the `-` operator, with two bool tensors is not supported"):
        True - tsc.tensor([False])
    with pytest.raises(TypeError):
        tsc.tensor([1]) + "a"


def test_unconsumed_capsule_releases_the_storage_once():
    a = np.arange(10.0)
    ref = weakref.ref(a)
    cap = tsc.from_numpy(a).__dlpack__()
    del a
    gc.collect()
    assert ref() is not None  # the capsule holds the tensor, which holds the array
    del cap
    gc.collect()
    assert ref() is None


def test_bool_tensors_go_through_dlpack_as_kdlbool():
    t = tsc.tensor([True, False])
    u = tsc.from_dlpack(t)
    assert u.dtype is tsc.bool and u.tolist() == [True, False] and u.data_ptr() == t.data_ptr()


@needs_torch
def test_dlpack_chains_release_the_producer():
    # numpy -> tsc -> torch: the array lives exactly as long as the torch tensor
    a = np.arange(10.0)
    ref = weakref.ref(a)
    x = torch.utils.dlpack.from_dlpack(tsc.from_numpy(a))
    del a
    gc.collect()
    assert ref() is not None and x[3].item() == 3.0
    del x
    gc.collect()
    assert ref() is None
    # numpy -> torch -> tsc
    b = np.arange(4, dtype=np.int32)
    ref = weakref.ref(b)
    t = tsc.from_dlpack(torch.from_numpy(b))
    del b
    gc.collect()
    assert ref() is not None and t.tolist() == [0, 1, 2, 3]
    del t
    gc.collect()
    assert ref() is None


@needs_torch
@pytest.mark.parametrize("dtype", ["bool", "uint8", "int32", "int64"])
def test_bitwise_operators_match_torch(dtype):
    a, b = [[1, 0, 3], [2, 5, 0]], [1, 1, 0]
    for op in (lambda x, y: x & y, lambda x, y: x | y, lambda x, y: x ^ y):
        got = op(tsc.tensor(a, dtype=getattr(tsc, dtype)), tsc.tensor(b, dtype=getattr(tsc, dtype)))
        ref = op(torch.tensor(a, dtype=tdt(dtype)), torch.tensor(b, dtype=tdt(dtype)))
        same(got, ref)


def test_conversions_of_one_element_tensors():
    assert int(tsc.tensor(2.7)) == 2 and float(tsc.tensor(3)) == 3.0
    assert [10, 20, 30][tsc.tensor(1)] == 20
    with pytest.raises(TypeError, match="only integer tensors of a single element"):
        [1][tsc.tensor(0.0)]
    t = tsc.tensor([1, 2, 3])
    t[[0, 2]] = 9
    assert t.tolist() == [9, 2, 9]


def test_from_dlpack_rejects_unsupported_dtypes_without_consuming():
    a = np.zeros(3, np.uint16)
    if not hasattr(a, "__dlpack__"):
        pytest.skip("numpy arrays have no __dlpack__")
    cap = a.__dlpack__()
    with pytest.raises(RuntimeError, match="unsupported DLPack dtype \\(code 1, bits 16, lanes 1\\)"):
        tsc.from_dlpack(cap)
    assert "used_dltensor" not in repr(cap)  # still the producer's: its destructor frees it
    del cap
    gc.collect()
