#!/usr/bin/python3
"""bench/frontend_throughput.py - The frontend throughput benchmark (`make bench`).

Generates the 20,000-line program of bench/gen_program.py into a temporary folder, times
tsc's frontend on it with the tsc_frontend_bench binary (parse + sema/lowering + verify,
median of several runs, per phase), times the whole `tsc FILE.py` command as a process,
and compares with the target: 20,000 lines in under 200 ms. When torch is importable, it
also times torch.jit.script on one small function of the same program, for a side-by-side
ratio; when it is not, it says so and skips that part.

Usage: /usr/bin/python3 bench/frontend_throughput.py [--tsc BUILD/tools/tsc] [--bench BINARY]
           [--lines N] [--runs N] [--seed S] [--keep DIR] [--strict]
"""

import argparse
import ast
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen_program  # noqa: E402  (a sibling file, not an installed package)

TARGET_LINES = 20000
TARGET_MS = 200.0
TORCH_RUNS = 5


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--tsc", help="the tsc binary (BUILD/tools/tsc); the bench binary is looked up beside it "
                                 "in BUILD/bench/ and the command is timed as a whole too")
    p.add_argument("--bench", help="the tsc_frontend_bench binary (default: BUILD/bench/tsc_frontend_bench)")
    p.add_argument("--lines", type=int, default=gen_program.DEFAULT_LINES, help="program size (default 20000)")
    p.add_argument("--runs", type=int, default=7, help="runs per measurement; medians are reported (default 7)")
    p.add_argument("--seed", type=int, default=gen_program.DEFAULT_SEED, help="generator seed")
    p.add_argument("--keep", metavar="DIR", help="write the generated program to DIR and keep it")
    p.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    return p.parse_args()


def find_bench(args: argparse.Namespace) -> Path:
    if args.bench:
        return Path(args.bench)
    if args.tsc:
        return Path(args.tsc).resolve().parent.parent / "bench" / "tsc_frontend_bench"
    return HERE.parent / "build" / "bench" / "tsc_frontend_bench"


def run_bench(bench: Path, program: Path, runs: int) -> dict:
    proc = subprocess.run([str(bench), str(program), "--runs", str(runs), "--json"],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"frontend_throughput: error: {bench.name} exited with {proc.returncode} "
                         f"on {program} (use --keep DIR to keep the program)")
    return json.loads(proc.stdout)


def time_tsc_command(tsc: Path, program: Path, runs: int) -> float:
    """Median wall time in ms of `tsc FILE.py` (process start, read, compile, exit)."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run([str(tsc), str(program)], capture_output=True, text=True)
        samples.append((time.perf_counter() - start) * 1000.0)
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr[:4000])
            raise SystemExit(f"frontend_throughput: error: tsc exited with {proc.returncode} on {program}")
    return statistics.median(samples)


def torch_sample(text: str) -> tuple[str, str]:
    """The first TorchScript-1.13-compatible function of the program: (name, source)."""
    tree = ast.parse(text)
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name.startswith(gen_program.TORCH_SAMPLE_PREFIX):
            return node.name, ast.get_source_segment(text, node)
    raise SystemExit("frontend_throughput: error: the generated program has no sample function for torch")


def time_torch_script(name: str, source: str, workdir: Path) -> tuple[str, float, float] | None:
    """(torch version, first call ms, median ms of later calls) of torch.jit.script on `source`,
    or None when torch is not importable."""
    try:
        import torch  # noqa: PLC0415  (optional: only this comparison needs it)
    except ImportError:
        return None
    # torch.jit.script reads the function's source with inspect, so it must live in a file;
    # each run imports a fresh module so that no compiled function is reused from a cache.
    path = workdir / "torch_sample.py"
    path.write_text("from typing import Dict, List, Optional, Tuple\n\n\n" + source + "\n", encoding="utf-8")
    samples = []
    for run in range(TORCH_RUNS + 1):
        spec = importlib.util.spec_from_file_location(f"torch_sample_{run}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        fn = getattr(module, name)
        start = time.perf_counter()
        torch.jit.script(fn)
        samples.append((time.perf_counter() - start) * 1000.0)
    return torch.__version__, samples[0], statistics.median(samples[1:])


def main() -> int:
    args = parse_args()
    bench = find_bench(args)
    if not bench.exists():
        print(f"frontend_throughput: error: no benchmark binary at {bench}; build it with "
              f"`make build` (target tsc_frontend_bench) or pass --bench", file=sys.stderr)
        return 1
    text = gen_program.generate(args.lines, args.seed)

    with tempfile.TemporaryDirectory(prefix="tsc-bench-") as tmp:
        workdir = Path(args.keep) if args.keep else Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        program = workdir / "program.py"
        program.write_text(text, encoding="utf-8")

        result = run_bench(bench, program, args.runs)
        tsc_ms = None
        if args.tsc:
            tsc_ms = time_tsc_command(Path(args.tsc), program, args.runs)
        name, source = torch_sample(text)
        torch_result = time_torch_script(name, source, workdir)

    lines = result["lines"]
    phases = result["phases"]
    compile_ms = phases["compile (parse+lower+verify)"]["median_ms"]
    target_ms = TARGET_MS * lines / TARGET_LINES

    print(f"tsc frontend throughput on a generated program (bench/gen_program.py, seed {args.seed})")
    print(f"  {lines} lines, {result['functions']} functions and methods, {result['classes']} classes, "
          f"{result['nodes']} IR nodes; median of {result['runs']} runs")
    print()
    print(f"  {'phase':<32} {'median ms':>10} {'min ms':>10} {'lines/s':>12}")
    for phase, t in phases.items():
        rate = lines / (t["median_ms"] / 1000.0) if t["median_ms"] > 0 else float("inf")
        print(f"  {phase:<32} {t['median_ms']:>10.2f} {t['min_ms']:>10.2f} {rate:>12,.0f}")
    if tsc_ms is not None:
        rate = lines / (tsc_ms / 1000.0)
        print(f"  {'`tsc FILE.py` (whole process)':<32} {tsc_ms:>10.2f} {'':>10} {rate:>12,.0f}")
    print()
    met = compile_ms < target_ms
    scaled = "" if lines == TARGET_LINES else f" (the 200 ms for 20,000 lines target, scaled to {lines} lines)"
    print(f"  target: {lines} lines in under {target_ms:.0f} ms{scaled}: "
          f"{'met' if met else 'MISSED'} ({compile_ms:.1f} ms, {compile_ms / target_ms:.0%} of the budget)")

    if torch_result is None:
        print("  torch: not importable with this Python "
              f"({sys.executable}); skipped the torch.jit.script comparison "
              "(Debian's python3-torch provides it)")
    else:
        version, first_ms, warm_ms = torch_result
        per_fn = compile_ms / max(result["functions"], 1)
        print(f"  torch {version}: torch.jit.script({name}), a {source.count(chr(10)) + 1}-line function: "
              f"{first_ms:.1f} ms first call, {warm_ms:.1f} ms median of {TORCH_RUNS} more")
        print(f"    tsc: {compile_ms:.1f} ms for the whole {lines}-line program, {per_fn:.3f} ms per function "
              f"({result['functions']} functions and methods): {warm_ms / per_fn:,.0f}x less per function than "
              f"a warm torch.jit.script call, {first_ms / per_fn:,.0f}x less than the first")
    return 1 if args.strict and not met else 0


if __name__ == "__main__":
    sys.exit(main())
