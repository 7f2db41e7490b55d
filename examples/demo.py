#!/usr/bin/python3
"""examples/demo.py - Scripts the CNN of examples/cnn.py, saves it, runs it from Python and C++ beside torch eager.

    PYTHONPATH=build/python /usr/bin/python3 examples/demo.py [--build-dir build] [--batch 1] [--repeat 20]

`make demo` runs it after the build. The steps:

 1. build the model (examples/cnn.py: torch.nn when torch imports, else tsc.nn; eval mode,
    fixed seed) and an input (numpy, float32 [batch, 3, 32, 32]) saved as BUILD/demo/input.npy;
 2. `sm = tsc.script(model)`, `sm.save(BUILD/demo/cnn.pt)`;
 3. Python: `tsc.load(BUILD/demo/cnn.pt)(x)`;
 4. C++: `BUILD/examples/cpp/resnet_infer cnn.pt input.npy --repeat N` (its top-5 classes
    and scores, and its latency);
 5. torch eager (`with torch.no_grad(): model(x)`) when torch imports: the model itself, or
    for `--backend tsc.nn` its torch.nn twin with the same weights;

then prints the outputs side by side (first values of row 0, the top-5 classes, the largest
absolute difference from the reference: torch eager, or tsc in Python without torch) and
each latency (median of --repeat calls after a first one, which is reported apart).
Exit status 0 when every path ran and agrees within 1e-4 (absolute, on scores of size ~1-10),
1 otherwise (a failing step prints what failed), 2 for bad usage.
"""
import argparse
import os
import pathlib
import re
import statistics
import subprocess
import sys
import time

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import cnn  # noqa: E402  (examples/cnn.py, found through the line above)

TOLERANCE = 1e-4

_ROW = re.compile(r"^row (\d+):$")
_ENTRY = re.compile(r"^\s+(\d+)\. class (\d+)\s+score (\S+)(?:\s+(.*))?$")
_LATENCY = re.compile(r"^latency: first ([\d.]+) ms, median ([\d.]+) ms, min ([\d.]+) ms over (\d+) runs$")
_LOAD = re.compile(r"^load: ([\d.]+) ms$")


def parse_resnet_infer(stdout: str) -> dict:
    """What resnet_infer printed: {"rows": [[(class, score, label or None), ...] per row],
    "first_ms", "median_ms", "min_ms", "runs", "load_ms"}. Raises ValueError for a line it
    does not expect."""
    out = {"rows": []}
    for line in stdout.splitlines():
        if line.startswith(("input: ", "output: ")):
            continue
        if m := _ROW.match(line):
            if int(m.group(1)) != len(out["rows"]):
                raise ValueError(f"rows out of order at {line!r}")
            out["rows"].append([])
        elif m := _ENTRY.match(line):
            if not out["rows"] or int(m.group(1)) != len(out["rows"][-1]) + 1:
                raise ValueError(f"unexpected entry {line!r}")
            out["rows"][-1].append((int(m.group(2)), float(m.group(3)), m.group(4)))
        elif m := _LATENCY.match(line):
            out.update(first_ms=float(m.group(1)), median_ms=float(m.group(2)), min_ms=float(m.group(3)),
                       runs=int(m.group(4)))
        elif m := _LOAD.match(line):
            out["load_ms"] = float(m.group(1))
        else:
            raise ValueError(f"unexpected line {line!r}")
    if "runs" not in out or "load_ms" not in out:
        raise ValueError("no latency or load line")
    return out


def time_calls(fn, repeat: int):
    """(result of the first call, first call's ms, median ms of `repeat` more calls)."""
    start = time.perf_counter()
    result = fn()
    first = (time.perf_counter() - start) * 1e3
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1e3)
    return result, first, statistics.median(times)


def top5(row: np.ndarray):
    return [int(i) for i in np.argsort(-row, kind="stable")[:5]]


def fmt_values(row: np.ndarray, n: int = 4) -> str:
    return "[" + ", ".join(f"{v:8.4f}" for v in row[:n]) + ", ...]"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0].split(" - ", 1)[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build-dir", type=pathlib.Path, default=REPO / "build",
                    help="the CMake build folder (default: build/ at the repository root)")
    ap.add_argument("--out-dir", type=pathlib.Path, default=None, help="where cnn.pt and input.npy go (BUILD/demo)")
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=20, help="timed calls per path, after a first one")
    ap.add_argument("--backend", choices=cnn.BACKENDS, default="auto",
                    help="the model's package: torch.nn (torch), tsc.nn, or torch.nn when torch imports (auto)")
    opts = ap.parse_args()
    if opts.batch < 1 or opts.repeat < 1:
        ap.error("--batch and --repeat must be at least 1")
    out_dir = opts.out_dir or opts.build_dir / "demo"
    out_dir.mkdir(parents=True, exist_ok=True)
    archive = out_dir / "cnn.pt"
    input_path = out_dir / "input.npy"
    resnet_infer = opts.build_dir / "examples" / "cpp" / "resnet_infer"

    try:
        import tsc
    except ImportError as e:
        print(f"demo: cannot import tsc ({e}); run with PYTHONPATH={opts.build_dir / 'python'}", file=sys.stderr)
        return 1

    model, backend = cnn.build_model(seed=0, backend=opts.backend)
    x = cnn.make_input(opts.batch, seed=0)
    np.save(input_path, x)
    print(f"== CNN demo: examples/cnn.py on {backend}, batch {opts.batch} of 3x32x32 -> {cnn.CLASSES} classes")
    print(f"input: {input_path}")

    rows = []      # (path name, output [batch, classes] or None, first values text, first ms, median ms)
    failures = []

    reference = None
    if cnn.HAVE_TORCH:
        # torch eager on the torch.nn model, or on the torch.nn twin of the tsc.nn model (the
        # same weights: cnn.init_weights).
        import torch
        eager = model if backend == "torch.nn" else cnn.build_model(seed=0, backend="torch")[0]
        xt = torch.from_numpy(x)
        with torch.no_grad():
            y, first, median = time_calls(lambda: eager(xt), opts.repeat)
        reference = y.numpy()
        rows.append(("torch eager", reference, first, median))

    start = time.perf_counter()
    try:
        sm = tsc.script(model)
    except Exception as e:  # what the user needs to see is the reason, whatever its type
        for name, y, first, median in rows:
            print(f"{name}: {fmt_values(y[0])}  median {median:.3f} ms (first {first:.3f} ms)", flush=True)
        text = str(e)
        if len(text) > 600:  # a binding's TypeError quotes every argument, sources included
            text = text[:600] + " ..."
        print(f"demo: tsc.script(model) failed: {type(e).__name__}: {text}", file=sys.stderr)
        print("demo: scripting an nn.Module instance is what docs/modules.md describes; "
              "the archive, Python and C++ steps need it", file=sys.stderr)
        return 1
    script_ms = (time.perf_counter() - start) * 1e3
    sm.save(str(archive))
    print(f"scripted in {script_ms:.0f} ms; saved {archive} ({archive.stat().st_size / 1024:.0f} KiB)")

    loaded = tsc.load(str(archive))
    xs = tsc.from_numpy(x)
    try:
        y, first, median = time_calls(lambda: loaded(xs), opts.repeat)
        y = np.asarray(y)
        rows.append(("tsc, Python", y, first, median))
        if reference is None:
            reference = y
    except Exception as e:
        failures.append(f"tsc.load({str(archive)!r})(x) raised {type(e).__name__}: {e}")

    cpp = None
    if not resnet_infer.exists():
        failures.append(f"{resnet_infer} is missing (build the target resnet_infer)")
    else:
        r = subprocess.run([str(resnet_infer), str(archive), str(input_path), "--repeat", str(opts.repeat)],
                           capture_output=True, text=True)
        if r.returncode != 0:
            failures.append(f"resnet_infer exited {r.returncode}: {r.stderr.strip()}")
        else:
            cpp = parse_resnet_infer(r.stdout)

    print()
    print(f"{'':14} {'row 0, first values':45} {'top-5 classes':18} {'max |diff|':>11} "
          f"{'median':>10} {'first call':>11}")
    for name, y, first, median in rows:
        diff = float(np.abs(y - reference).max()) if reference is not None else float("nan")
        if diff > TOLERANCE:
            failures.append(f"{name} differs from the reference by {diff:.3g}")
        diff_text = "reference" if y is reference else f"{diff:.2e}"
        print(f"{name:14} {fmt_values(y[0]):45} {str(top5(y[0])):18} {diff_text:>11} "
              f"{median:7.3f} ms {first:8.3f} ms")
    if cpp is not None:
        # resnet_infer prints the top-5 of each row: compare those scores.
        classes = [c for c, _, _ in cpp["rows"][0]]
        diff = float("nan")
        if reference is not None:
            diff = max(abs(score - float(reference[r][c])) for r, entries in enumerate(cpp["rows"])
                       for c, score, _ in entries)
            if diff > TOLERANCE or any([c for c, _, _ in e] != top5(reference[r]) for r, e in enumerate(cpp["rows"])):
                failures.append(f"resnet_infer's top-5 differ from the reference (max |diff| {diff:.3g})")
        scores = "top-5 scores [" + ", ".join(f"{s:.4f}" for _, s, _ in cpp["rows"][0][:2]) + ", ...]"
        print(f"{'tsc, C++':14} {scores:45} {str(classes):18} {diff:11.2e} "
              f"{cpp['median_ms']:7.3f} ms {cpp['first_ms']:8.3f} ms")
        print(f"(C++: {resnet_infer} {archive.name} {input_path.name}; load {cpp['load_ms']:.2f} ms; "
              "its max |diff| is over the top-5 scores it prints)")
    ref_name = rows[0][0] if rows else "none"
    print(f"reference: {ref_name}; latency: median of {opts.repeat} calls after the first, "
          f"{os.cpu_count()} CPU(s)")

    for f in failures:
        print(f"demo: {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
