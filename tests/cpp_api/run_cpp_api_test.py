#!/usr/bin/python3
"""tests/cpp_api/run_cpp_api_test.py - Installs tsc, builds examples/cpp against the package, runs it.

The steps a user takes: `cmake --install BUILD --prefix PREFIX`, then configure
examples/cpp with CMAKE_PREFIX_PATH=PREFIX (find_package(tsc) + tsc::runtime),
compile a program with the installed `tsc ... -o prog.pt`, and run
`cpp_demo prog.pt NAME ARG...`. The expected results come from running the
same program under CPython: repr() of the result, or the exception's name and
message.
"""
import argparse
import importlib.util
import os
import pathlib
import shutil
import subprocess
import sys

PROGRAM = '''\
from typing import Dict, List, Tuple

from torch import Tensor


def add(x: int, y: int) -> int:
    return x + y


def mean(x: float, y: float) -> float:
    return (x + y) / 2


def greet(name: str, times: int) -> str:
    return ", ".join(["hello " + name] * times)


def helper(a: int, b: int) -> int:
    return a // b


def divide(a: int, b: int) -> int:
    return helper(a, b) + 1


def squares(n: int) -> List[int]:
    out: List[int] = []
    for i in range(n):
        out.append(i * i)
    return out


def stats(text: str) -> Tuple[int, Dict[str, int]]:
    counts: Dict[str, int] = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return len(counts), counts


def check(flag: bool) -> str:
    assert flag, "flag must be set"
    return "ok"


def main() -> float:
    return mean(1, 2) * 10.0


def affine(x: Tensor) -> Tensor:
    return x * 2 + 1


def middle(x: Tensor) -> Tensor:
    return x[1:3]
'''

# (function, the floats tensor_demo wraps): the result is checked against torch.
TENSOR_CALLS = [
    ("affine", ["1", "2.5", "-3"]),
    ("middle", ["1", "2", "3", "4"]),
]

# (function, arguments as cpp_demo reads them, the same arguments for CPython)
CALLS = [
    ("add", ["2", "40"], (2, 40)),
    ("add", ["-9223372036854775807", "-1"], (-9223372036854775807, -1)),
    ("mean", ["1", "2.5"], (1, 2.5)),
    ("greet", ["tsc", "2"], ("tsc", 2)),
    ("greet", ["x y", "0"], ("x y", 0)),
    ("squares", ["5"], (5,)),
    ("stats", ["b a b"], ("b a b",)),
    ("check", ["True"], (True,)),
    ("check", ["False"], (False,)),
    ("divide", ["7", "2"], (7, 2)),
    ("divide", ["7", "0"], (7, 0)),
    ("main", [], ()),
]


def run(cmd, **kwargs):
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], text=True, capture_output=True, **kwargs)


def must(cmd, **kwargs):
    r = run(cmd, **kwargs)
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return r


def python_result(module, name, args):
    """("ok", repr) or ("error", "Name: message") under CPython."""
    try:
        return "ok", repr(getattr(module, name)(*args))
    except Exception as e:  # the expected outcome of some calls
        return "error", f"{type(e).__name__}: {e}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmake", required=True)
    ap.add_argument("--generator", required=True)
    ap.add_argument("--cxx", required=True)
    ap.add_argument("--build-dir", required=True, type=pathlib.Path)
    ap.add_argument("--source-dir", required=True, type=pathlib.Path)
    ap.add_argument("--work-dir", required=True, type=pathlib.Path)
    ap.add_argument("--cxx-flags", default="")
    opts = ap.parse_args()

    work = opts.work_dir
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    prefix = work / "prefix"
    failures = []

    # 1. Install.
    must([opts.cmake, "--install", opts.build_dir, "--prefix", prefix])
    header = prefix / "include" / "tsc" / "tsc.h"
    config = next(prefix.glob("lib*/cmake/tsc/tscConfig.cmake"), None)
    for path in [header, prefix / "bin" / "tsc", config]:
        if path is None or not path.is_file():
            failures.append(f"not installed: {path}")
    installed_headers = sorted(str(p.relative_to(prefix)) for p in (prefix / "include").rglob("*") if p.is_file())
    if installed_headers != ["include/tsc/tsc.h"]:
        failures.append(f"installed headers are {installed_headers}, expected only include/tsc/tsc.h")
    if config is not None:
        for f in config.parent.glob("*.cmake"):
            if str(opts.source_dir.resolve()) in f.read_text():
                failures.append(f"{f.name} refers to the source tree")
    if failures:
        print("\n".join(failures))
        return 1

    # 2. Build the example against the installed package only.
    example_build = work / "example-build"
    configure = [opts.cmake, "-S", opts.source_dir / "examples" / "cpp", "-B", example_build,
                 "-G", opts.generator, f"-DCMAKE_CXX_COMPILER={opts.cxx}", "-DCMAKE_BUILD_TYPE=Release",
                 f"-DCMAKE_PREFIX_PATH={prefix}"]
    if opts.cxx_flags:
        configure += [f"-DCMAKE_CXX_FLAGS={opts.cxx_flags}", f"-DCMAKE_EXE_LINKER_FLAGS={opts.cxx_flags}"]
    must(configure)
    must([opts.cmake, "--build", example_build])
    demo = example_build / "cpp_demo"

    # 3. Compile a program with the installed tsc.
    source = work / "prog.py"
    source.write_text(PROGRAM)
    archive = work / "prog.pt"
    must([prefix / "bin" / "tsc", source, "-o", archive])

    spec = importlib.util.spec_from_file_location("prog", source)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    # 4. Run it and compare with CPython.
    for name, cli_args, py_args in CALLS:
        kind, expected = python_result(module, name, py_args)
        r = run([demo, archive, name, *cli_args])
        if kind == "ok":
            if r.returncode != 0 or r.stdout != expected + "\n":
                failures.append(f"{name}{py_args}: expected {expected!r} and exit 0, got exit {r.returncode} "
                                f"stdout {r.stdout!r} stderr {r.stderr!r}")
        else:
            lines = r.stderr.splitlines()
            if (r.returncode != 1 or r.stdout != "" or not lines or lines[0] != "Traceback (most recent call last):"
                    or lines[-1] != expected):
                failures.append(f"{name}{py_args}: expected a traceback ending {expected!r} and exit 1, got exit "
                                f"{r.returncode} stdout {r.stdout!r} stderr {r.stderr!r}")
            # The frames name the file and the function at each level, innermost last.
            if name == "divide":
                line = PROGRAM.splitlines().index("    return a // b") + 1
                frame = [f", line {line}, in helper", "    return a // b"]
                if not any(a.endswith(frame[0]) and b == frame[1] for a, b in zip(lines, lines[1:])):
                    failures.append(f"divide's traceback lacks the frame of helper at line {line}: {r.stderr!r}")

    # Tensors over the caller's memory (examples/cpp/tensor_demo.cpp): torch's repr of the
    # result, its elements through an accessor, and the borrowed memory released at the end.
    import torch
    tensor_demo = example_build / "tensor_demo"
    for name, values in TENSOR_CALLS:
        y = getattr(module, name)(torch.tensor([float(v) for v in values], dtype=torch.float32))
        expected = repr(y) + "\n" + " ".join(f"{v:g}" for v in y.tolist()) + "\nreleased\n"
        r = run([tensor_demo, archive, name, *values])
        if r.returncode != 0 or r.stdout != expected:
            failures.append(f"tensor_demo {name}{values}: expected {expected!r}, got exit {r.returncode} "
                            f"stdout {r.stdout!r} stderr {r.stderr!r}")

    # Errors the embedding reports without running script code.
    r = run([demo, archive, "add", "1", "x"])
    if r.returncode != 1 or r.stderr.strip() != "TypeError: add() argument 'y' must be int, not str":
        failures.append(f"wrong argument type: exit {r.returncode} stderr {r.stderr!r}")
    r = run([demo, archive, "add", "1"])
    if r.returncode != 1 or r.stderr.strip() != "TypeError: add() missing 1 required positional argument: 'y'":
        failures.append(f"missing argument: exit {r.returncode} stderr {r.stderr!r}")
    r = run([demo, archive, "nope"])
    if r.returncode != 2 or "no function 'nope'" not in r.stderr or " greet " not in r.stderr:
        failures.append(f"missing function: exit {r.returncode} stderr {r.stderr!r}")
    missing = work / "missing.pt"
    r = run([demo, missing])
    if r.returncode != 1 or str(missing) not in r.stderr:
        failures.append(f"missing archive: exit {r.returncode} stderr {r.stderr!r}")
    r = run([demo, source])
    if r.returncode != 1 or "not a zip archive" not in r.stderr:
        failures.append(f"not an archive: exit {r.returncode} stderr {r.stderr!r}")

    for f in failures:
        print("FAIL:", f)
    print(f"cpp_api: {len(CALLS) + len(TENSOR_CALLS) + 5} checks, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
