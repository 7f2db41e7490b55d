#!/usr/bin/python3
"""bench/tensor_ops.py - The tensor library against torch eager, one thread each, same run.

Usage: /usr/bin/python3 bench/tensor_ops.py [BUILD_DIR]   (default: build-tensor)
Builds bench/tensor_bench.cpp against BUILD_DIR's static libraries (tsc_runtime must be
built there), runs it with OMP_NUM_THREADS=1 / OPENBLAS_NUM_THREADS=1, times the same ops
in torch with torch.set_num_threads(1), and prints a table with ratios (torch time / ours:
above 1 means we are faster).
"""
import os
import pathlib
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def build(build_dir: pathlib.Path) -> pathlib.Path:
    exe = build_dir / "tensor_bench"
    libs = [build_dir / f"libtsc_{n}.a" for n in ("runtime", "passes", "ir")]
    cmd = ["g++", "-std=c++20", "-O3", "-fopenmp", f"-I{ROOT}", str(ROOT / "bench/tensor_bench.cpp"), "-o", str(exe)]
    cmd += [str(p) for p in libs if p.exists()] + ["-lopenblas", "-lz", "-lfmt"]
    subprocess.run(cmd, check=True)
    return exe


def ours(exe):
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    out = subprocess.run([str(exe)], check=True, capture_output=True, text=True, env=env).stdout
    return {line.split()[0]: float(line.split()[1]) for line in out.splitlines()}


def best_us(f, reps):
    best = 1e30
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(reps):
            f()
        best = min(best, (time.perf_counter() - t0) / reps * 1e6)
    return best


def theirs():
    import torch
    torch.set_num_threads(1)
    n = 1 << 20
    x = torch.arange(n, dtype=torch.float32) * 1e-6 + 0.5
    y = x + 1.0
    s1024 = x.view(256, 4096)[:, :1024].contiguous()
    a = x[: 512 * 512].view(512, 512) / 100.0
    b = a + 0.25
    o1, o2 = torch.ones(1), torch.ones(1)
    m = x.view(1024, 1024)
    cases = {
        "add_1M": (lambda: torch.add(x, y), 50), "mul_1M": (lambda: torch.mul(x, y), 50),
        "div_1M": (lambda: torch.div(x, y), 50), "add_scalar_1M": (lambda: torch.add(x, 1.5), 50),
        "exp_1M": (lambda: torch.exp(x), 20), "tanh_1M": (lambda: torch.tanh(x), 20),
        "sigmoid_1M": (lambda: torch.sigmoid(x), 20), "relu_1M": (lambda: torch.relu(x), 50),
        "sum_1M": (lambda: torch.sum(x), 50), "mean_1M": (lambda: torch.mean(x), 50), "max_1M": (lambda: torch.max(x), 50),
        "sum_dim1_1024x1024": (lambda: torch.sum(m, 1), 50), "sum_dim0_1024x1024": (lambda: torch.sum(m, 0), 20),
        "softmax_256x1024": (lambda: torch.softmax(s1024, 1), 50), "matmul_512": (lambda: torch.matmul(a, b), 10),
        "add_1elem": (lambda: torch.add(o1, o2), 100000),
    }
    return {k: best_us(f, r) for k, (f, r) in cases.items()}


def main():
    build_dir = ROOT / (sys.argv[1] if len(sys.argv) > 1 else "build-tensor")
    mine = ours(build(build_dir))
    ref = theirs()
    print(f"{'op':24} {'tsc us':>10} {'torch us':>10} {'torch/tsc':>10}")
    for k, v in mine.items():
        print(f"{k:24} {v:10.2f} {ref[k]:10.2f} {ref[k] / v:10.2f}")


if __name__ == "__main__":
    main()
