"""tests/examples/test_resnet_infer.py - resnet_infer (examples/cpp/resnet_infer.cpp): top-5 classes against torch, .npy reading, errors.

ctest (examples_resnet_infer) passes the binary as RESNET_INFER, the `tsc` command as
TSC_BINARY and the built package on PYTHONPATH. Each model case is one function in
MODEL_CASES that returns a Model: an archive, the torch function it was made from (the
reference: torch eager on the same input) and the input shape it takes. The top-5 classes
and scores resnet_infer prints are checked against torch.topk of the reference output.
test_demo runs examples/demo.py (the second half of `make demo`) end to end.
"""
import importlib.util
import os
import pathlib
import subprocess
import sys
import textwrap
from typing import Callable, NamedTuple, Tuple

import numpy as np
import pytest
import torch

REPO = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "examples"))

from demo import parse_resnet_infer  # noqa: E402  (examples/demo.py)

RTOL = 1e-5
ATOL = 1e-6


@pytest.fixture(scope="session")
def resnet_infer():
    path = os.environ.get("RESNET_INFER")
    if not path or not os.path.exists(path):
        pytest.skip("RESNET_INFER is not set to the built resnet_infer (ctest sets it)")
    return os.path.abspath(path)


@pytest.fixture(scope="session")
def tsc_binary():
    path = os.environ.get("TSC_BINARY")
    if not path or not os.path.exists(path):
        pytest.skip("TSC_BINARY is not set to the built tsc executable (ctest sets it)")
    return os.path.abspath(path)


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=300)


class Model(NamedTuple):
    archive: pathlib.Path
    reference: Callable[[torch.Tensor], torch.Tensor]  # torch eager, the same function
    input_shape: Tuple[int, ...]                        # one input item (without the batch dim)


# A fixed linear map 16 -> CLASSES as a `tsc FILE -o FILE.pt` program: the archive's
# top-level function is `forward`, which resnet_infer calls.
LINEAR_SOURCE = '''\
import torch
from torch import Tensor

CLASSES = {classes}
FEATURES = 16


def weights() -> Tensor:
    w = torch.arange(FEATURES * CLASSES, dtype=torch.float32).reshape(FEATURES, CLASSES)
    return torch.sin(w * 0.37 + 0.1)


def forward(x: Tensor) -> Tensor:
    b = torch.cos(torch.arange(CLASSES, dtype=torch.float32))
    return torch.matmul(x, weights()) + b
'''


def import_file(path: pathlib.Path):
    spec = importlib.util.spec_from_file_location(f"resnet_infer_case_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compile_function(tmp_path: pathlib.Path, tsc_binary: str, name: str, source: str) -> pathlib.Path:
    src = tmp_path / f"{name}.py"
    src.write_text(textwrap.dedent(source))
    archive = tmp_path / f"{name}.pt"
    r = run(tsc_binary, src, "-o", archive)
    assert r.returncode == 0, r.stderr
    return archive


def linear_function(tmp_path, tsc_binary, classes=10) -> Model:
    archive = compile_function(tmp_path, tsc_binary, f"linear{classes}", LINEAR_SOURCE.format(classes=classes))
    return Model(archive, import_file(tmp_path / f"linear{classes}.py").forward, (16,))


def scripted_cnn(tmp_path, backend: str) -> Model:
    """examples/cnn.py's model on `backend` through tsc.script(model).save(path); the reference
    is torch eager on the torch.nn model with the same weights (cnn.init_weights)."""
    tsc = pytest.importorskip("tsc")
    import cnn
    model, _ = cnn.build_model(seed=0, backend=backend)
    sm = tsc.script(model)
    archive = tmp_path / f"cnn_{backend}.pt"
    sm.save(str(archive))
    eager = model if backend == "torch" else cnn.build_model(seed=0, backend="torch")[0]

    def reference(x):
        with torch.no_grad():
            return eager(x)

    return Model(archive, reference, cnn.INPUT_SHAPE)


def cnn_torch_nn(tmp_path, tsc_binary) -> Model:
    return scripted_cnn(tmp_path, "torch")


def cnn_tsc_nn(tmp_path, tsc_binary) -> Model:
    return scripted_cnn(tmp_path, "tsc.nn")


MODEL_CASES = [linear_function, cnn_torch_nn, cnn_tsc_nn]


def write_input(path: pathlib.Path, x: np.ndarray, version=None) -> pathlib.Path:
    with open(path, "wb") as f:
        np.lib.format.write_array(f, x, version=version)
    return path


def check_top5(stdout: str, expected: torch.Tensor, labels=None):
    """The rows resnet_infer printed against torch.topk of `expected` ([N, C] or [C])."""
    parsed = parse_resnet_infer(stdout)
    rows = expected if expected.dim() == 2 else expected.unsqueeze(0)
    assert len(parsed["rows"]) == rows.shape[0]
    k = min(5, rows.shape[1])
    for row, entries in zip(rows, parsed["rows"]):
        values, indices = torch.topk(row, k)
        assert [c for c, _, _ in entries] == indices.tolist()
        np.testing.assert_allclose([s for _, s, _ in entries], values.numpy(), rtol=RTOL, atol=ATOL)
        if labels is not None:
            assert [label for _, _, label in entries] == [labels[c] if c < len(labels) else None
                                                          for c in indices.tolist()]
    return parsed


@pytest.mark.parametrize("case", MODEL_CASES, ids=lambda f: f.__name__)
@pytest.mark.parametrize("batch", [1, 3])
def test_top5_matches_torch(case, batch, tmp_path, resnet_infer, tsc_binary):
    model = case(tmp_path, tsc_binary)
    x = np.random.default_rng(batch).standard_normal((batch,) + model.input_shape).astype(np.float32)
    path = write_input(tmp_path / "x.npy", x)
    r = run(resnet_infer, model.archive, path, "--repeat", 4)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[:2] == [f"input: {path} <f4 [{batch}, {', '.join(map(str, model.input_shape))}]",
                                         f"output: float32 [{batch}, {model.reference(torch.from_numpy(x)).shape[1]}]"]
    parsed = check_top5(r.stdout, model.reference(torch.from_numpy(x)))
    assert parsed["runs"] == 4
    assert 0 <= parsed["min_ms"] <= parsed["median_ms"]
    assert parsed["first_ms"] > 0 and parsed["load_ms"] > 0


@pytest.mark.parametrize("version", [(1, 0), (2, 0), (3, 0)])
@pytest.mark.parametrize("dtype", ["<f4", "<f8", "<i4", "<i8", "|u1", "|i1"])
def test_npy_versions_and_dtypes(version, dtype, tmp_path, resnet_infer, tsc_binary):
    """Every accepted dtype is converted to float32, in every format version."""
    model = linear_function(tmp_path, tsc_binary)
    x = (np.random.default_rng(7).standard_normal((2, 16)) * 20).astype(dtype)
    path = write_input(tmp_path / "x.npy", x, version=version)
    r = run(resnet_infer, model.archive, path, "--repeat", 1)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == f"input: {path} {dtype} [2, 16]"
    check_top5(r.stdout, model.reference(torch.from_numpy(x.astype(np.float32))))


def test_one_dim_output_and_fewer_than_five_classes(tmp_path, resnet_infer, tsc_binary):
    """A [C] output is one row; with C = 3 each row lists 3 classes."""
    model = linear_function(tmp_path, tsc_binary, classes=3)
    x = np.random.default_rng(3).standard_normal(16).astype(np.float32)
    r = run(resnet_infer, model.archive, write_input(tmp_path / "x.npy", x))
    assert r.returncode == 0, r.stderr
    assert "output: float32 [3]" in r.stdout.splitlines()
    parsed = check_top5(r.stdout, model.reference(torch.from_numpy(x)))
    assert len(parsed["rows"][0]) == 3
    assert parsed["runs"] == 10  # the default --repeat


def test_labels(tmp_path, resnet_infer, tsc_binary):
    """Line i of the labels file names class i; classes past its end have no label."""
    model = linear_function(tmp_path, tsc_binary)
    labels = ["zero", "one", "two", "three", "four", "a five", "six"]
    (tmp_path / "labels.txt").write_text("\r\n".join(labels) + "\r\n")
    x = np.random.default_rng(5).standard_normal((4, 16)).astype(np.float32)
    r = run(resnet_infer, model.archive, write_input(tmp_path / "x.npy", x), f"--labels={tmp_path / 'labels.txt'}",
            "--repeat=2")
    assert r.returncode == 0, r.stderr
    check_top5(r.stdout, model.reference(torch.from_numpy(x)), labels=labels)


def test_nan_ranks_first_as_in_topk(tmp_path, resnet_infer, tsc_binary):
    archive = compile_function(tmp_path, tsc_binary, "identity", """\
        from torch import Tensor


        def forward(x: Tensor) -> Tensor:
            return x * 2.0
        """)
    x = np.array([[1.0, np.nan, 3.0, -2.0, 0.5, 7.0, 2.0]], dtype=np.float32)
    r = run(resnet_infer, archive, write_input(tmp_path / "x.npy", x))
    assert r.returncode == 0, r.stderr
    entries = parse_resnet_infer(r.stdout)["rows"][0]
    expected = torch.topk(torch.from_numpy(x[0] * 2), 5)
    assert [c for c, _, _ in entries] == expected.indices.tolist()
    assert np.isnan(entries[0][1])
    assert [s for _, s, _ in entries[1:]] == expected.values[1:].tolist()


def expect_error(r: subprocess.CompletedProcess, *fragments: str):
    assert r.returncode == 1, (r.returncode, r.stdout, r.stderr)
    assert r.stdout == ""
    assert r.stderr.startswith("resnet_infer: error: "), r.stderr
    for fragment in fragments:
        assert fragment in r.stderr, (fragment, r.stderr)


@pytest.fixture
def linear(tmp_path, tsc_binary):
    return linear_function(tmp_path, tsc_binary)


@pytest.fixture
def good_input(tmp_path):
    return write_input(tmp_path / "good.npy", np.ones((1, 16), dtype=np.float32))


def test_missing_files(tmp_path, resnet_infer, linear, good_input):
    missing_model = tmp_path / "nope.pt"
    expect_error(run(resnet_infer, missing_model, good_input), str(missing_model))
    missing_input = tmp_path / "nope.npy"
    expect_error(run(resnet_infer, linear.archive, missing_input), f"'{missing_input}': cannot open")
    missing_labels = tmp_path / "nope.txt"
    expect_error(run(resnet_infer, linear.archive, good_input, "--labels", missing_labels),
                 f"'{missing_labels}': cannot open the labels file")


def test_not_an_archive(tmp_path, resnet_infer, good_input):
    expect_error(run(resnet_infer, good_input, good_input), str(good_input), "not a zip archive")


def npy_bytes(header: str, data: bytes = b"", version=(1, 0)) -> bytes:
    """A .npy file with this header text (padded as numpy pads it) and data."""
    header_bytes = header.encode("latin1")
    prefix = 10 if version == (1, 0) else 12
    pad = (64 - (prefix + len(header_bytes) + 1) % 64) % 64
    header_bytes += b" " * pad + b"\n"
    length = len(header_bytes).to_bytes(2 if version == (1, 0) else 4, "little")
    return b"\x93NUMPY" + bytes(version) + length + header_bytes + data


BAD_INPUTS = {
    "not npy": (b"hello, world\n" * 4, "not a .npy file"),
    "empty": (b"", "not a .npy file"),
    "version 4.0": (npy_bytes("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", b"\0" * 4, (4, 0)),
                    ".npy format version 4.0 is not supported"),
    "fortran order": (npy_bytes("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 16), }", b"\0" * 128),
                      "fortran_order True is not supported"),
    "big-endian": (npy_bytes("{'descr': '>f4', 'fortran_order': False, 'shape': (1, 16), }", b"\0" * 64),
                   "dtype '>f4' is not supported (big-endian data)"),
    "complex": (npy_bytes("{'descr': '<c8', 'fortran_order': False, 'shape': (1, 16), }", b"\0" * 128),
                "dtype '<c8' is not supported"),
    "float16": (npy_bytes("{'descr': '<f2', 'fortran_order': False, 'shape': (1, 16), }", b"\0" * 32),
                "dtype '<f2' is not supported"),
    "structured": (npy_bytes("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }", b"\0" * 4),
                   "structured"),
    "truncated data": (npy_bytes("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 16), }", b"\0" * 100),
                       "truncated data: the shape needs 128 bytes, the file has 100"),
    "truncated header": (b"\x93NUMPY\x01\x00\xff\x00{'descr'", "truncated .npy header"),
    "no shape": (npy_bytes("{'descr': '<f4', 'fortran_order': False, }"), "the header lacks 'shape'"),
    "extra key": (npy_bytes("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'x': 1, }", b"\0" * 4),
                  "unexpected header entry 'x'"),
    "bad shape": (npy_bytes("{'descr': '<f4', 'fortran_order': False, 'shape': (1, -2), }"),
                  "expected a non-negative int"),
    "huge shape": (npy_bytes("{'descr': '<f4', 'fortran_order': False, 'shape': (4611686018427387904, 8), }"),
                   "the shape is too large"),
    "not a dict": (npy_bytes("['descr', '<f4']"), "expected '{'"),
}


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_npy(name, tmp_path, resnet_infer, linear):
    content, message = BAD_INPUTS[name]
    path = tmp_path / "bad.npy"
    path.write_bytes(content)
    expect_error(run(resnet_infer, linear.archive, path), f"'{path}': ", message)


def test_numpy_reads_what_the_bad_inputs_test_writes(tmp_path):
    """npy_bytes writes headers numpy itself accepts (so the cases above differ only in what they say)."""
    path = tmp_path / "ok.npy"
    path.write_bytes(npy_bytes("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", b"\0" * 24, (2, 0)))
    assert np.load(path).shape == (2, 3)


def test_script_exception(tmp_path, resnet_infer, linear):
    """An input the model rejects: the script's RuntimeError with its traceback."""
    x = write_input(tmp_path / "x.npy", np.ones((2, 7), dtype=np.float32))
    expect_error(run(resnet_infer, linear.archive, x), "Traceback (most recent call last):",
                 "RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x7 and 16x10)")


@pytest.mark.parametrize("result, body, message", [
    ("Tensor", "x.reshape(2, 2, 2)", "forward returned a tensor of shape [2, 2, 2], expected [N, C] or [C]"),
    ("Tensor", "x.long()", "forward returned a tensor of dtype torch.int64, expected torch.float32"),
    ("Tensor", "x[:, :0]", "forward returned a tensor of shape [1, 0], with no classes"),
    ("Tuple[Tensor, Tensor]", "x, x", "forward returned a value of type 'tuple', expected a Tensor"),
])
def test_bad_output(result, body, message, tmp_path, resnet_infer, tsc_binary):
    archive = compile_function(tmp_path, tsc_binary, "bad_output", f"""\
        from typing import Tuple
        from torch import Tensor


        def forward(x: Tensor) -> {result}:
            return {body}
        """)
    x = write_input(tmp_path / "x.npy", np.ones((1, 8), dtype=np.float32))
    expect_error(run(resnet_infer, archive, x), message)


def test_no_forward(tmp_path, resnet_infer, tsc_binary, good_input):
    archive = compile_function(tmp_path, tsc_binary, "main_only", """\
        def main() -> int:
            return 1
        """)
    expect_error(run(resnet_infer, archive, good_input), "AttributeError", "forward")


@pytest.mark.parametrize("args, message", [
    ([], "expected a model and an input file"),
    (["m.pt"], "expected a model and an input file"),
    (["m.pt", "x.npy", "extra"], "unexpected argument 'extra'"),
    (["m.pt", "x.npy", "--repeat", "0"], "--repeat takes a count from 1 to 1000000, not '0'"),
    (["m.pt", "x.npy", "--repeat=ten"], "--repeat takes a count from 1 to 1000000, not 'ten'"),
    (["m.pt", "x.npy", "--repeat"], "option '--repeat' needs a value"),
    (["m.pt", "x.npy", "--labels"], "option '--labels' needs a value"),
    (["m.pt", "x.npy", "--top=3"], "unknown option '--top=3'"),
])
def test_usage(args, message, resnet_infer):
    r = run(resnet_infer, *args)
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert r.stdout == ""
    assert r.stderr.splitlines() == [f"resnet_infer: {message}",
                                     "usage: resnet_infer model.pt input.npy [--repeat N] [--labels FILE]"]


def test_help(resnet_infer):
    r = run(resnet_infer, "--help")
    assert (r.returncode, r.stdout, r.stderr) == (
        0, "usage: resnet_infer model.pt input.npy [--repeat N] [--labels FILE]\n", "")


@pytest.mark.parametrize("backend", ["torch", "tsc.nn"])
def test_demo(backend, tmp_path, resnet_infer):
    """examples/demo.py (the second half of `make demo`) runs every path and they agree."""
    pytest.importorskip("tsc")
    build_dir = pathlib.Path(resnet_infer).parents[2]  # <build>/examples/cpp/resnet_infer
    r = run(sys.executable, REPO / "examples" / "demo.py", "--build-dir", build_dir, "--out-dir", tmp_path,
            "--backend", backend, "--batch", 2, "--repeat", 2)
    assert r.returncode == 0, r.stdout + r.stderr
    names = [line[:14].strip() for line in r.stdout.splitlines()]
    assert {"torch eager", "tsc, Python", "tsc, C++"} <= set(names), r.stdout
    assert (tmp_path / "cnn.pt").is_file() and np.load(tmp_path / "input.npy").shape == (2, 3, 32, 32)
