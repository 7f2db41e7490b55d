#!/usr/bin/python3
"""bench/tensor_overhead.py - Per-op cost of a scripted loop of one-element tensor adds: tsc, TorchScript, eager.

Usage: /usr/bin/python3 bench/tensor_overhead.py [BUILD_DIR] [--n N] [--runs R] [--compile-with TSC]
(BUILD_DIR defaults to build; build its `tsc` target first.)

The program is `loop(x, y, n)`: `for i in range(n): x = x + y` on two
one-element float32 tensors, so each iteration is one aten::add (output
allocation, dispatch, type promotion, refcounting) plus the loop itself.
  tsc          BUILD_DIR/tools/tsc run loop.pt --entry main N --backend=interp --time
               (the call's time, so compiling is not counted); wall and CPU.
  torchscript  torch.jit.script(loop)(x, y, N): TorchScript's interpreter.
  eager        the same loop in Python over libtorch eager (Python's own
               interpreter cost included: that is what eager code pays).
Everything runs on one thread (OMP_NUM_THREADS=1, torch.set_num_threads(1)).
Prints the median over R runs of ns per iteration and the ratio to tsc's wall
time (above 1: tsc is faster). --compile-with compiles the archive with
another tsc binary (the runtime under test is still BUILD_DIR's).
"""
import argparse
import os
import pathlib
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent

PROGRAM = '''\
import torch
from torch import Tensor


def loop(x: Tensor, y: Tensor, n: int) -> Tensor:
    for i in range(n):
        x = x + y
    return x


def main(n: int) -> Tensor:
    x = torch.zeros([1])
    y = torch.ones([1])
    return loop(x, y, n)
'''


def tsc_times(tsc: pathlib.Path, compiler: pathlib.Path, n: int, runs: int):
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / "loop.py"
        src.write_text(PROGRAM)
        archive = pathlib.Path(tmp) / "loop.pt"
        subprocess.run([str(compiler), str(src), "-o", str(archive)], check=True, env=env)
        wall, cpu = [], []
        for _ in range(runs):
            r = subprocess.run([str(tsc), "run", str(archive), "--entry", "main", str(n), "--backend=interp", "--time"],
                               check=True, capture_output=True, text=True, env=env)
            if r.stdout.strip() != f"tensor([{n}.])":
                sys.exit(f"tsc printed {r.stdout!r}, expected tensor([{n}.])")
            m = re.search(r"time: ([0-9.e+-]+) s wall, ([0-9.e+-]+) s cpu", r.stderr)
            if not m:
                sys.exit(f"no time in tsc's stderr: {r.stderr!r}")
            wall.append(float(m.group(1)) / n * 1e9)
            cpu.append(float(m.group(2)) / n * 1e9)
    return statistics.median(wall), statistics.median(cpu)


def loop(x, y, n: int):
    for i in range(n):
        x = x + y
    return x


def torch_times(n: int, runs: int):
    import torch
    torch.set_num_threads(1)
    x, y = torch.zeros(1), torch.ones(1)
    scripted = torch.jit.script(loop)
    scripted(x, y, 1000)  # warm up: profiling runs and optimization happen on the first calls
    scripted(x, y, 1000)

    def median_ns(f):
        samples = []
        for _ in range(runs):
            t0 = time.perf_counter()
            r = f(x, y, n)
            samples.append((time.perf_counter() - t0) / n * 1e9)
            assert r.item() == n
        return statistics.median(samples)

    return median_ns(scripted), median_ns(loop)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build_dir", nargs="?", default="build")
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--compile-with", type=pathlib.Path)
    opts = ap.parse_args()
    tsc = ROOT / opts.build_dir / "tools" / "tsc"
    if not tsc.exists():
        sys.exit(f"{tsc} not found: build it with `cmake --build {tsc.parent.parent} --target tsc`")
    wall, cpu = tsc_times(tsc, opts.compile_with or tsc, opts.n, opts.runs)
    ts, eager = torch_times(opts.n, opts.runs)
    print(f"x = x + y on float32[1], {opts.n} iterations, median of {opts.runs} runs, one thread")
    print(f"{'':28} {'ns/iter':>10} {'vs tsc':>8}")
    print(f"{'tsc interp (wall)':28} {wall:10.1f} {1.0:8.2f}")
    print(f"{'tsc interp (cpu)':28} {cpu:10.1f} {'':>8}")
    print(f"{'torch.jit.script':28} {ts:10.1f} {ts / wall:8.2f}")
    print(f"{'torch eager (python loop)':28} {eager:10.1f} {eager / wall:8.2f}")


if __name__ == "__main__":
    main()
