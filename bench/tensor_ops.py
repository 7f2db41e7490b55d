#!/usr/bin/python3
"""bench/tensor_ops.py - The tensor library against torch eager, one thread each, same run.

Usage: /usr/bin/python3 bench/tensor_ops.py [BUILD_DIR]   (default: build)
Runs BUILD_DIR/bench/tsc_tensor_bench (build it first:
`cmake --build BUILD_DIR --target tsc_tensor_bench`) with OMP_NUM_THREADS=1 /
OPENBLAS_NUM_THREADS=1, times the same ops in torch with torch.set_num_threads(1),
and prints a table of medians (of 7 rounds each side, each side run
TSC_BENCH_REPEAT times alternating, default 3, and the median of those taken)
with ratios torch / tsc: above 1 means tsc is faster.
"""
import os
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent

# One thread on torch's side too: torch.set_num_threads(1) bounds its own
# OpenMP pool but not the BLAS it calls (Debian's torch links the system
# OpenBLAS, which otherwise runs matmul and linear on every core). These must
# be set before torch is imported.
os.environ["OMP_NUM_THREADS"] = "1"
os.environ["OPENBLAS_NUM_THREADS"] = "1"
ROUNDS = 7
REPEAT = int(os.environ.get("TSC_BENCH_REPEAT", "3"))


def ours(exe: pathlib.Path) -> dict:
    if not exe.exists():
        sys.exit(f"{exe} not found: build it with `cmake --build {exe.parent.parent} --target tsc_tensor_bench`")
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    out = subprocess.run([str(exe)], check=True, capture_output=True, text=True, env=env).stdout
    return {line.split()[0]: float(line.split()[1]) for line in out.splitlines()}


def median_us(f, reps: int) -> float:
    f()  # warm up, as the C++ side does
    rounds = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        for _ in range(reps):
            f()
        rounds.append((time.perf_counter() - t0) / reps * 1e6)
    return statistics.median(rounds)


def theirs() -> dict:
    import torch
    import torch.nn.functional as F
    torch.set_num_threads(1)
    n = 1 << 20
    x = torch.arange(n, dtype=torch.float32) * 1e-6 + 0.5
    y = x + 1.0
    s1024 = x.view(256, 4096)[:, :1024].contiguous()
    a = x[: 512 * 512].view(512, 512) / 100.0
    b = a + 0.25
    m = x.view(1024, 1024)
    o1, o2 = torch.ones(1), torch.ones(1)
    ln_w, ln_b = torch.ones(1024), torch.zeros(1024)
    lin_x, lin_w, lin_b = torch.rand(64, 784), torch.rand(512, 784), torch.rand(512)
    conv_x, conv_w, conv_b = torch.rand(8, 32, 16, 16), torch.rand(32, 32, 3, 3), torch.rand(32)
    conv1_x, conv1_w, conv1_b = torch.rand(8, 3, 32, 32), torch.rand(16, 3, 3, 3), torch.rand(16)
    cases = {
        "add_1M": (lambda: torch.add(x, y), 50), "mul_1M": (lambda: torch.mul(x, y), 50),
        "div_1M": (lambda: torch.div(x, y), 50), "add_scalar_1M": (lambda: torch.add(x, 1.5), 50),
        "relu_1M": (lambda: torch.relu(x), 50),
        "exp_1M": (lambda: torch.exp(x), 20), "log_1M": (lambda: torch.log(x), 20),
        "tanh_1M": (lambda: torch.tanh(x), 20), "sigmoid_1M": (lambda: torch.sigmoid(x), 20),
        "silu_1M": (lambda: F.silu(x), 20), "gelu_tanh_1M": (lambda: F.gelu(x, approximate="tanh"), 20),
        "sum_1M": (lambda: torch.sum(x), 50), "mean_1M": (lambda: torch.mean(x), 50),
        "max_1M": (lambda: torch.max(x), 50), "min_1M": (lambda: torch.min(x), 50),
        "argmax_1M": (lambda: torch.argmax(x), 20), "var_1M": (lambda: torch.var(x), 20),
        "sum_dim1_1024x1024": (lambda: torch.sum(m, 1), 50), "sum_dim0_1024x1024": (lambda: torch.sum(m, 0), 20),
        "amax_dim1_1024x1024": (lambda: torch.amax(m, 1), 20),
        "softmax_256x1024": (lambda: torch.softmax(s1024, 1), 50),
        "log_softmax_256x1024": (lambda: torch.log_softmax(s1024, 1), 50),
        "layer_norm_256x1024": (lambda: F.layer_norm(s1024, (1024,), ln_w, ln_b), 50),
        "matmul_512": (lambda: torch.matmul(a, b), 10),
        "linear_64x784x512": (lambda: F.linear(lin_x, lin_w, lin_b), 20),
        "conv2d_8x32x16x16_k3": (lambda: F.conv2d(conv_x, conv_w, conv_b, 1, 1), 20),
        "conv2d_8x3x32x32_k3": (lambda: F.conv2d(conv1_x, conv1_w, conv1_b, 1, 1), 20),
        "add_1elem": (lambda: torch.add(o1, o2), 100000),
    }
    return {k: median_us(f, r) for k, (f, r) in cases.items()}


def main():
    build_dir = ROOT / (sys.argv[1] if len(sys.argv) > 1 else "build")
    # Both sides REPEAT times, alternating, and the median per op: on a shared
    # machine the load changes between one side's run and the other's.
    mines, refs = [], []
    for _ in range(REPEAT):
        mines.append(ours(build_dir / "bench" / "tsc_tensor_bench"))
        refs.append(theirs())
    mine = {k: statistics.median(m[k] for m in mines) for k in mines[0]}
    ref = {k: statistics.median(r[k] for r in refs) for k in refs[0]}
    print(f"one thread each (OMP_NUM_THREADS=1, OPENBLAS_NUM_THREADS=1, torch.set_num_threads(1)); "
          f"median of {REPEAT} alternating runs of {ROUNDS}-round medians")
    print(f"{'op':24} {'tsc us':>10} {'torch us':>10} {'torch/tsc':>10}")
    for k, v in mine.items():
        print(f"{k:24} {v:10.2f} {ref[k]:10.2f} {ref[k] / v:10.2f}")


if __name__ == "__main__":
    main()
