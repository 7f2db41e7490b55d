# tests/python/test_archive_modules.py - Module archives (_C.save_module) read back as torch.load would, and by tsc.
import io
import os
import pickle
import zipfile

import numpy as np
import pytest

import tsc
from tsc import _C

torch = pytest.importorskip("torch")

SOURCE = """
import torch
from typing import Dict, List, Optional, Tuple


class Inner:
    def __init__(self, w: torch.Tensor, scale: float):
        self.w = w
        self.scale = scale

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * self.w * self.scale


class Holder:
    def __init__(self, w: torch.Tensor, b: torch.Tensor, counts: torch.Tensor, half: torch.Tensor):
        self.w = w
        self.b = b
        self.row = w[1]
        self.col = w[:, 2]
        self.counts = counts
        self.half = half
        self.inner = Inner(b, 2.0)
        self.n = 3
        self.names: List[str] = ["a", "b"]
        self.sizes: List[int] = [1, 2, 3]
        self.table: Dict[str, float] = {"x": 1.5}
        self.pair: Tuple[int, str] = (7, "seven")
        self.nothing: Optional[int] = None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.inner.forward(torch.matmul(x, self.w) + self.b)
"""


class _Obj:
    """What a `__torch__` GLOBAL unpickles to here: a bag of attributes."""

    def __setstate__(self, state):
        self.__dict__.update(state)


def torch_style_load(path):
    """Reads data.pkl as torch.load does: storages from data/<key> through
    persistent_load (one per key), tensors through torch._utils._rebuild_tensor_v2."""
    zf = zipfile.ZipFile(path)
    prefix = zf.namelist()[0].split("/")[0]
    storages = {}

    class Unpickler(pickle.Unpickler):
        def find_class(self, module, name):
            if module == "__torch__":
                return type(name, (_Obj,), {})
            return super().find_class(module, name)

        def persistent_load(self, pid):
            kind, storage_type, key, location, numel = pid
            assert kind == "storage" and location == "cpu"
            if key not in storages:
                data = bytearray(zf.read(f"{prefix}/data/{key}"))
                dtype = storage_type(0).dtype
                flat = torch.frombuffer(data, dtype=dtype) if data else torch.empty(0, dtype=dtype)
                assert flat.numel() == numel
                storages[key] = flat.storage()
            return storages[key]

    return Unpickler(io.BytesIO(zf.read(f"{prefix}/data.pkl"))).load(), zf, prefix


@pytest.fixture
def saved(make_module, tmp_path):
    mod = make_module(SOURCE, name="holder_model")
    Holder = tsc.script(mod.Holder)
    w = torch.arange(12, dtype=torch.float32).reshape(4, 3) / 8
    b = torch.tensor([0.5, -1.0, 2.0])
    counts = torch.tensor([[1, -2], [3, 1 << 40]], dtype=torch.int64)
    half = torch.tensor([1.5, -0.25], dtype=torch.float16)
    obj = Holder(w, b, counts, half)
    path = str(tmp_path / "holder.pt")
    _C.save_module(obj, path)
    return obj, path, dict(w=w, b=b, counts=counts, half=half)


def test_data_pkl_reads_back_with_torch_storages(saved):
    obj, path, orig = saved
    root, zf, prefix = torch_style_load(path)
    assert type(root).__name__ == "Holder"
    assert torch.equal(root.w, orig["w"])
    assert torch.equal(root.b, orig["b"])
    assert torch.equal(root.row, orig["w"][1])
    assert torch.equal(root.col, orig["w"][:, 2])
    assert root.col.stride() == (3,)
    assert torch.equal(root.counts, orig["counts"])
    assert root.counts.dtype == torch.int64
    assert torch.equal(root.half, orig["half"])
    assert root.half.dtype == torch.float16
    assert type(root.inner).__name__ == "Inner"
    assert torch.equal(root.inner.w, orig["b"])
    assert root.inner.scale == 2.0
    assert root.n == 3
    assert root.names == ["a", "b"]
    assert root.sizes == [1, 2, 3]
    assert root.table == {"x": 1.5}
    assert root.pair == (7, "seven")
    assert root.nothing is None
    # w, row and col view one storage; b and inner.w are one tensor.
    assert root.row.storage().data_ptr() == root.w.storage().data_ptr()
    assert root.col.storage().data_ptr() == root.w.storage().data_ptr()
    assert root.inner.w.storage().data_ptr() == root.b.storage().data_ptr()
    data = sorted(n for n in zf.namelist() if n.startswith(f"{prefix}/data/"))
    assert data == [f"{prefix}/data/{k}" for k in "0123"]
    with open(path, "rb") as f:
        raw = f.read()
    for info in zf.infolist():
        # Record data starts 30 bytes + name + extra after the local header.
        name_len = int.from_bytes(raw[info.header_offset + 26 : info.header_offset + 28], "little")
        extra_len = int.from_bytes(raw[info.header_offset + 28 : info.header_offset + 30], "little")
        assert (info.header_offset + 30 + name_len + extra_len) % 64 == 0, info.filename
        if info.filename.startswith(f"{prefix}/data/"):
            assert info.compress_type == zipfile.ZIP_STORED


def test_loaded_module_archive_has_its_root(saved):
    obj, path, orig = saved
    program = _C.load(path)
    root = program.root
    assert root is not None
    assert np.array_equal(np.asarray(root.w), orig["w"].numpy())
    assert np.array_equal(np.asarray(root.row), orig["w"][1].numpy())
    assert np.array_equal(np.asarray(root.counts), orig["counts"].numpy())
    assert root.names == ["a", "b"]
    assert root.table == {"x": 1.5}
    x = torch.tensor([[1.0, 2.0, 3.0, 4.0]])
    expected = ((x @ orig["w"] + orig["b"]) * orig["b"] * 2.0).numpy()
    np.testing.assert_allclose(np.asarray(root.forward(x)), expected, rtol=1e-6)
    np.testing.assert_allclose(np.asarray(obj.forward(x)), expected, rtol=1e-6)


def test_inplace_writes_to_loaded_weights_leave_the_file_alone(saved):
    obj, path, orig = saved
    with open(path, "rb") as f:
        before = f.read()
    root = _C.load(path).root
    w = np.asarray(root.w)
    w[:] = 0.0
    assert np.asarray(root.row).sum() == 0.0  # a view of the same storage
    with open(path, "rb") as f:
        assert f.read() == before


def test_function_archives_have_no_root(make_module, tmp_path):
    mod = make_module(
        """
        def twice(x: int) -> int:
            return 2 * x
        """,
        name="fns",
    )
    f = tsc.script(mod.twice)
    path = str(tmp_path / "f.pt")
    f.save(path)
    assert _C.load(path).root is None


def test_save_module_reports_bad_paths(saved, tmp_path):
    obj, _, _ = saved
    with pytest.raises(RuntimeError, match="cannot open"):
        _C.save_module(obj, str(tmp_path / "missing" / "dir" / "m.pt"))
