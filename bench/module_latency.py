#!/usr/bin/python3
"""bench/module_latency.py - Scripted nn.Module latency, archive load time, memory and first calls: tsc against torch.

Usage: /usr/bin/python3 bench/module_latency.py [BUILD_DIR] [--models a,b] [--threads 1,2] [--quick]
           [--backend auto|interp|jit] [--seconds S] [--rounds R] [--repeats N] [--loads N] [--json FILE]
(BUILD_DIR defaults to build; tsc is imported from BUILD_DIR/python, so build its Python module.)

The models are those of bench/module_models.py (MLP, small CNN with BatchNorm, LSTM and GRU of 50
steps, a TransformerEncoderLayer, torchvision resnet18 and mobilenet_v2). For each one:

1. Latency, in one worker process per model and thread setting (OMP_NUM_THREADS and
   OPENBLAS_NUM_THREADS set in its environment, torch.set_num_threads too; default 1 and 2):
     eager        the torch model itself, under torch.no_grad()
     script       torch.jit.script(model), steady state after warm-up calls (the profiling
                  executor optimizes the graph after its profiling runs)
     ofi          torch.jit.trace -> torch.jit.freeze -> torch.jit.optimize_for_inference
                  (torch's fastest path for inference: BatchNorm folded into convs, constants
                  propagated, oneDNN where torch sees a gain)
     tsc          tsc.script(model), called with a tsc.Tensor sharing the input's memory
     tsc loaded   tsc.load of the archive tsc.script(model).save wrote
   Warm-up calls first (at least 3 each), then --rounds rounds; in each round every engine makes
   enough calls to fill its share of --seconds, one engine after the other (so a change of load on
   the machine hits all alike). A cell is the median over rounds of the mean call time. The
   ratios are tsc / script and tsc / ofi: BELOW 1 MEANS TSC IS FASTER. The "diff" column is the
   largest difference of tsc's outputs from eager torch's, relative to the largest magnitude of
   that output.
2. Cold start, in fresh processes, one thread, --repeats of each side (interleaved), medians:
     torch        torch.jit.load of torch.jit.script(model).save(...), called under no_grad
     tsc          tsc.load of tsc's archive
   Each process reads the input from a .npy file, then records its resident memory (VmRSS) as
   the baseline, imports the library, loads the archive (timed: the first load in the process),
   calls it ten times (the first and the tenth call timed) and loads the archive --loads more
   times (the median of those is the warm in-process load time). Memory columns are growth over
   the baseline: after the import, after the load, after the first call; "load anon/file" splits
   the load's own growth into anonymous memory (RssAnon: copied data) and file-backed memory
   (RssFile: mapped pages that were read, such as an mmap-ed archive's). A process that fails
   is reported below the tables; the row is the median of the others.
Compile times (torch.jit.script, trace+freeze+optimize_for_inference, tsc.script) are reported
from the first thread setting's workers.

Until tsc can script modules, or when it fails on one, every tsc cell says `tsc: <error>` and the
full messages follow the tables; the torch columns are measured regardless. A worker that dies
(a crash in either library) is run again without tsc so the torch figures survive.
--quick: a smoke run (one thread, short rounds, one cold-start process per side).
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = "/usr/bin/python3"
WARMUP = 3          # untimed calls per engine before timing (the profiling executor needs 2)
CALLS = 10          # calls per cold-start process: the first and the last are reported
ENGINES = ("eager", "script", "ofi", "tsc", "tsc_loaded")
ENGINE_TITLES = {"eager": "eager ms", "script": "torch.jit.script ms", "ofi": "trace+freeze+ofi ms",
                 "tsc": "tsc ms", "tsc_loaded": "tsc loaded ms"}


# ---------------------------------------------------------------- helpers shared by the workers

def rss_bytes(field: str = "VmRSS") -> int:
    """This process's resident set size (VmRSS), or its anonymous (RssAnon) or file-backed
    (RssFile: mapped files, such as an mmap-ed archive, and shared libraries) part."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def short_error(side: str, e: BaseException) -> str:
    text = str(e).strip()
    first = text.splitlines()[0] if text else ""
    return f"{side}: {type(e).__name__}: {first}" if first else f"{side}: {type(e).__name__}"


def flat_arrays(out) -> list:
    """The tensors of a (possibly nested tuple/list) result as numpy arrays, in order."""
    import numpy as np  # noqa: PLC0415
    if isinstance(out, (tuple, list)):
        return [a for o in out for a in flat_arrays(o)]
    if hasattr(out, "detach"):  # a torch tensor
        out = out.detach()
    return [np.asarray(out)]


def relative_difference(got, want) -> float:
    """max |got - want| / max |want| over every tensor of the result (shapes must agree)."""
    import numpy as np  # noqa: PLC0415
    g, w = flat_arrays(got), flat_arrays(want)
    if len(g) != len(w):
        raise ValueError(f"result has {len(g)} tensors, torch's {len(w)}")
    worst = 0.0
    for a, b in zip(g, w):
        if a.shape != b.shape:
            raise ValueError(f"result shape {a.shape}, torch's {b.shape}")
        scale = float(np.max(np.abs(b))) if b.size else 0.0
        diff = float(np.max(np.abs(a.astype(np.float64) - b.astype(np.float64)))) if b.size else 0.0
        worst = max(worst, diff / scale if scale > 0 else diff)
    return worst


def set_threads_from_env(torch) -> int:
    n = int(os.environ.get("OMP_NUM_THREADS", "1"))
    torch.set_num_threads(n)
    return n


# ---------------------------------------------------------------- worker: latency of one model

def latency_worker(args) -> dict:
    import warnings  # noqa: PLC0415
    warnings.simplefilter("ignore")  # trace warnings about tensors turned into constants
    import numpy as np  # noqa: PLC0415
    import torch  # noqa: PLC0415
    sys.path.insert(0, str(HERE))
    import module_models  # noqa: PLC0415

    threads = set_threads_from_env(torch)
    m = module_models.build(args.model)
    model, x = m.model, m.example
    res: dict = {"model": m.name, "size": m.size, "threads": threads, "errors": {}, "compile_s": {},
                 "ms": {}, "samples": {}, "calls": {}, "diff": {}}
    errors = res["errors"]
    engines: dict = {}
    with torch.no_grad():
        want = model(x)
        engines["eager"] = (model, x)
        try:
            t0 = time.perf_counter()
            scripted = torch.jit.script(model)
            res["compile_s"]["script"] = time.perf_counter() - t0
            engines["script"] = (scripted, x)
        except Exception as e:  # noqa: BLE001  (torch raises several kinds)
            errors["script"] = short_error("torch", e)
        try:
            t0 = time.perf_counter()
            traced = torch.jit.trace(model, (x,), check_trace=False)
            ofi = torch.jit.optimize_for_inference(torch.jit.freeze(traced.eval()))
            res["compile_s"]["ofi"] = time.perf_counter() - t0
            engines["ofi"] = (ofi, x)
        except Exception as e:  # noqa: BLE001
            errors["ofi"] = short_error("torch", e)
    if "script" in engines:
        try:
            np.save(Path(args.save) / f"{m.name}.input.npy", x.numpy())
            torch.jit.save(engines["script"][0], str(Path(args.save) / f"{m.name}.torch.pt"))
        except Exception as e:  # noqa: BLE001
            errors["save_torch"] = short_error("torch", e)

    if not args.no_tsc:
        try:
            sys.path.insert(0, args.tsc_python)
            import tsc  # noqa: PLC0415
            res["tsc_version"] = tsc.__version__
            xt = tsc.as_tensor(x)
            try:
                t0 = time.perf_counter()
                sm = tsc.script(model, backend=args.backend)
                res["compile_s"]["tsc"] = time.perf_counter() - t0
                engines["tsc"] = (sm, xt)
            except Exception as e:  # noqa: BLE001  (CompileError, TypeError, ... all reported)
                errors["tsc"] = errors["tsc_loaded"] = short_error("tsc", e)
            if "tsc" in engines:
                archive = Path(args.save) / f"{m.name}.tsc.pt"
                try:
                    t0 = time.perf_counter()
                    sm.save(str(archive))
                    res["compile_s"]["tsc_save"] = time.perf_counter() - t0
                    engines["tsc_loaded"] = (tsc.load(str(archive), backend=args.backend), xt)
                except Exception as e:  # noqa: BLE001
                    errors["tsc_loaded"] = short_error("tsc", e)
        except Exception as e:  # noqa: BLE001  (tsc not importable, as_tensor failing, ...)
            errors["tsc"] = errors["tsc_loaded"] = short_error("tsc", e)
    else:
        errors["tsc"] = errors["tsc_loaded"] = f"tsc: {args.no_tsc}"

    # Warm-up, and a first check of every engine's result against eager torch.
    per_call = {}
    for name in list(engines):
        fn, inp = engines[name]
        try:
            with torch.no_grad():
                t = 0.0
                for _ in range(WARMUP):
                    t0 = time.perf_counter()
                    out = fn(inp)
                    t = time.perf_counter() - t0
            res["diff"][name] = relative_difference(out, want)
            per_call[name] = max(t, 1e-6)
        except Exception as e:  # noqa: BLE001
            errors[name] = short_error("tsc" if name.startswith("tsc") else "torch", e)
            del engines[name]

    # Interleaved rounds: each engine fills its share of the time budget per round.
    budget = args.seconds / args.rounds
    calls = {name: max(1, round(budget / per_call[name])) for name in engines}
    samples: dict = {name: [] for name in engines}
    with torch.no_grad():
        for _ in range(args.rounds):
            for name, (fn, inp) in engines.items():
                k = calls[name]
                t0 = time.perf_counter()
                for _ in range(k):
                    fn(inp)
                samples[name].append((time.perf_counter() - t0) / k * 1e3)
    res["samples"] = samples
    res["calls"] = calls
    res["ms"] = {name: statistics.median(s) for name, s in samples.items()}
    return res


# ---------------------------------------------------------------- worker: one cold start

def fresh_worker(args) -> dict:
    import numpy as np  # noqa: PLC0415
    arr = np.load(args.input)
    res: dict = {"side": args.side}
    base = rss_bytes()
    t0 = time.perf_counter()
    if args.side == "tsc":
        sys.path.insert(0, args.tsc_python)
        import tsc  # noqa: PLC0415
        res["import_s"] = time.perf_counter() - t0
        res["torch_imported"] = "torch" in sys.modules
        x = tsc.from_numpy(arr)

        def load():
            return tsc.load(args.archive, backend=args.backend)

        def call(m):
            return m(x)
    else:
        import torch  # noqa: PLC0415
        res["import_s"] = time.perf_counter() - t0
        torch.set_num_threads(1)
        torch.set_grad_enabled(False)  # as torch.no_grad() around every call
        x = torch.from_numpy(arr)

        def load():
            return torch.jit.load(args.archive).eval()

        def call(m):
            return m(x)
    res["rss_import"] = rss_bytes() - base
    anon, file = rss_bytes("RssAnon"), rss_bytes("RssFile")
    t0 = time.perf_counter()
    m = load()
    res["load_s"] = time.perf_counter() - t0
    res["rss_load"] = rss_bytes() - base
    res["rss_load_anon"] = rss_bytes("RssAnon") - anon  # growth during the load alone
    res["rss_load_file"] = rss_bytes("RssFile") - file
    times = []
    for i in range(CALLS):
        t0 = time.perf_counter()
        call(m)
        times.append(time.perf_counter() - t0)
        if i == 0:
            res["rss_call1"] = rss_bytes() - base
    res["call_s"] = times
    res["rss_calls"] = rss_bytes() - base
    loads = []
    for _ in range(args.loads):
        t0 = time.perf_counter()
        again = load()
        loads.append(time.perf_counter() - t0)
        del again
    res["more_loads_s"] = loads
    return res


# ---------------------------------------------------------------- the driver

def run_worker(argv: list[str], threads: int, tsc_python: str, timeout: int) -> tuple[dict | None, str]:
    """Runs this script as a worker; its result is the last line of its stdout (JSON)."""
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), OPENBLAS_NUM_THREADS=str(threads),
               PYTHONDONTWRITEBYTECODE="1")
    cmd = [PYTHON, str(Path(__file__).resolve()), "--tsc-python", tsc_python, *argv]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"worker ran past {timeout} s"
    if r.returncode != 0:
        tail = [line for line in r.stderr.strip().splitlines() if line.strip()][-1:] or [""]
        how = f"signal {-r.returncode}" if r.returncode < 0 else f"exit status {r.returncode}"
        return None, f"worker died ({how}) {tail[0]}".strip()
    lines = r.stdout.strip().splitlines()
    try:
        return json.loads(lines[-1]), ""
    except (IndexError, json.JSONDecodeError):
        return None, f"worker printed no result: {r.stdout[-200:]!r}"


def machine_description() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model or platform.processor() or platform.machine()}, {os.cpu_count()} cores"


def load_average() -> str:
    try:
        return "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "unknown"


def fmt_ms(ms: float | None) -> str:
    if ms is None:
        return "—"
    return f"{ms:.1f}" if ms >= 10 else (f"{ms:.2f}" if ms >= 0.1 else f"{ms:.3f}")


def fmt_ratio(num: float | None, den: float | None) -> str:
    return "—" if num is None or den is None or den == 0 else f"{num / den:.2f}×"


def fmt_mb(n: float | None) -> str:
    return "—" if n is None else f"{n / 2**20:.1f}"


def cell(text: str, width: int = 34) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def print_table(header: list[str], rows: list[list[str]], text_columns: int = 1) -> None:
    """A markdown table; the first `text_columns` columns left-aligned, the others right-aligned."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    print("| " + " | ".join(h.ljust(widths[i]) for i, h in enumerate(header)) + " |")
    print("|" + "|".join("-" * (widths[i] + 2) if i < text_columns else "-" * (widths[i] + 1) + ":"
                         for i in range(len(header))) + "|")
    for r in rows:
        print("| " + " | ".join(c.ljust(widths[i]) if i < text_columns else c.rjust(widths[i])
                                for i, c in enumerate(r)) + " |")
    print()


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("build_dir", nargs="?", default="build", help="tsc's build folder (default build): "
                   "tsc is imported from BUILD_DIR/python")
    p.add_argument("--models", help="comma-separated model names (default: all of bench/module_models.py)")
    p.add_argument("--threads", default=None, help="comma-separated thread counts (default 1,2; --quick: 1)")
    p.add_argument("--backend", default="auto", choices=("auto", "interp", "jit"),
                   help="tsc's backend for tsc.script and tsc.load (default auto)")
    p.add_argument("--seconds", type=float, default=None,
                   help="timed seconds per engine, model and thread setting (default 1.5; --quick 0.3)")
    p.add_argument("--rounds", type=int, default=None, help="interleaved rounds (default 7; --quick 3)")
    p.add_argument("--repeats", type=int, default=None, help="cold-start processes per side and model "
                   "(default 5; --quick 1)")
    p.add_argument("--loads", type=int, default=None, help="more loads per cold-start process, for the "
                   "in-process load time (default 10; --quick 3)")
    p.add_argument("--no-fresh", action="store_true", help="skip the cold-start part")
    p.add_argument("--quick", action="store_true", help="a smoke run: one thread, short rounds, one cold start")
    p.add_argument("--json", metavar="FILE", help="also write every sample and result to FILE")
    p.add_argument("--timeout", type=int, default=900, help="seconds before a worker is given up (default 900)")
    # Worker modes (internal).
    p.add_argument("--worker", choices=("latency", "fresh"), help=argparse.SUPPRESS)
    p.add_argument("--tsc-python", help=argparse.SUPPRESS)
    p.add_argument("--model", help=argparse.SUPPRESS)
    p.add_argument("--save", help=argparse.SUPPRESS)
    p.add_argument("--no-tsc", help=argparse.SUPPRESS)
    p.add_argument("--side", choices=("tsc", "torch"), help=argparse.SUPPRESS)
    p.add_argument("--archive", help=argparse.SUPPRESS)
    p.add_argument("--input", help=argparse.SUPPRESS)
    a = p.parse_args()
    a.threads = a.threads or ("1" if a.quick else "1,2")
    a.seconds = a.seconds if a.seconds is not None else (0.3 if a.quick else 1.5)
    a.rounds = a.rounds if a.rounds is not None else (3 if a.quick else 7)
    a.repeats = a.repeats if a.repeats is not None else (1 if a.quick else 5)
    a.loads = a.loads if a.loads is not None else (3 if a.quick else 10)
    if a.rounds < 1 or a.repeats < 1 or a.loads < 0 or a.seconds <= 0:
        p.error("--rounds and --repeats must be at least 1, --loads not negative, --seconds positive")
    return a


def main() -> int:
    args = parse_args()
    if args.worker:
        sys.dont_write_bytecode = True  # leave no __pycache__ in bench/
        result = latency_worker(args) if args.worker == "latency" else fresh_worker(args)
        print(json.dumps(result))
        return 0

    tsc_python = str((ROOT / args.build_dir / "python").resolve())
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(HERE))
    import module_models  # noqa: PLC0415
    names = list(module_models.MODELS)
    if args.models:
        names = [n.strip() for n in args.models.split(",") if n.strip()]
        unknown = [n for n in names if n not in module_models.ALL]
        if unknown:
            print(f"module_latency: error: unknown model '{unknown[0]}' (known: {', '.join(module_models.ALL)})",
                  file=sys.stderr)
            return 2
    skipped = {n: module_models.SKIPPED[n] for n in names if n in module_models.SKIPPED}
    names = [n for n in names if n not in skipped]
    try:
        threads = [int(t) for t in args.threads.split(",")]
    except ValueError:
        print(f"module_latency: error: --threads takes numbers, not '{args.threads}'", file=sys.stderr)
        return 2
    if not (Path(tsc_python) / "tsc").is_dir():
        print(f"module_latency: note: no tsc package in {tsc_python}; every tsc cell will say so "
              f"(build the Python module of {args.build_dir})", file=sys.stderr)

    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = load_average()
    try:
        load_1min = os.getloadavg()[0]
    except OSError:
        load_1min = 0.0
    report: dict = {"date": started.isoformat(timespec="seconds"), "machine": machine_description(),
                    "load_average_before": load_before, "load_1min_before": load_1min,
                    "threads": threads, "backend": args.backend,
                    "settings": {k: getattr(args, k) for k in ("seconds", "rounds", "repeats", "loads")},
                    "skipped": skipped, "latency": {}, "fresh": {}}
    workdir = tempfile.TemporaryDirectory(prefix="module_latency_")
    work = Path(workdir.name)

    # 1. Latency, one worker per model and thread setting; each saves its archives (torch's
    # scripted module, tsc's, the input) in its setting's folder.
    for n in threads:
        for name in names:
            print(f"  latency: {name}, {n} thread{'s' if n > 1 else ''} ...", file=sys.stderr, flush=True)
            argv = ["--worker", "latency", "--model", name, "--backend", args.backend,
                    "--seconds", str(args.seconds), "--rounds", str(args.rounds)]
            save = work / f"t{n}"
            save.mkdir(exist_ok=True)
            argv += ["--save", str(save)]
            res, why = run_worker(argv, n, tsc_python, args.timeout)
            if res is None:  # a crash: keep the torch figures
                print(f"  {name}: {why}; running it again without tsc", file=sys.stderr, flush=True)
                res, why2 = run_worker(argv + ["--no-tsc", why], n, tsc_python, args.timeout)
                if res is None:
                    res = {"model": name, "threads": n, "errors": {e: why2 for e in ENGINES}, "ms": {},
                           "compile_s": {}, "diff": {}}
            report["latency"][f"{name}/{n}"] = res

    # 2. Cold starts, one thread, interleaved sides.
    if not args.no_fresh:
        for name in names:
            print(f"  cold start: {name} ...", file=sys.stderr, flush=True)
            runs: dict = {"torch": [], "tsc": []}
            why: dict = {}
            failed: dict = {"torch": [], "tsc": []}
            saved = work / f"t{threads[0]}"
            archives = {"torch": saved / f"{name}.torch.pt", "tsc": saved / f"{name}.tsc.pt"}
            for side in ("torch", "tsc"):
                if not archives[side].exists():
                    err = report["latency"].get(f"{name}/{threads[0]}", {}).get("errors", {})
                    why[side] = err.get("tsc" if side == "tsc" else "script") or f"{side}: no archive was written"
                    if side == "tsc" and "tsc" not in err and "tsc_loaded" in err:
                        why[side] = err["tsc_loaded"]
            for _ in range(args.repeats):
                for side in ("torch", "tsc"):
                    if side in why:
                        continue
                    argv = ["--worker", "fresh", "--side", side, "--archive", str(archives[side]),
                            "--input", str(saved / f"{name}.input.npy"), "--backend", args.backend,
                            "--loads", str(args.loads)]
                    res, err = run_worker(argv, 1, tsc_python, args.timeout)
                    if res is None:  # the other repeats still run; the table says how many failed
                        failed[side].append(f"{side}: {err}")
                    else:
                        runs[side].append(res)
            report["fresh"][name] = {"runs": runs, "errors": why, "failed": failed, "archive_bytes":
                                     {s: a.stat().st_size for s, a in archives.items() if a.exists()}}

    report["load_average_after"] = load_average()
    print_report(report, names, threads, args)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n")
    workdir.cleanup()
    return 0


def print_report(report: dict, names: list[str], threads: list[int], args) -> None:
    notes: dict[str, str] = {}

    def err_cell(msg: str) -> str:
        notes.setdefault(msg, msg)
        return cell(msg)

    print(f"scripted nn.Module latency: median over {args.rounds} interleaved rounds of the mean call time, "
          f"{args.seconds:g} s per engine; torch under no_grad; tsc backend '{args.backend}'")
    print(f"  date {report['date']}; machine: {report['machine']}; load average {report['load_average_before']} "
          f"before, {report['load_average_after']} after")
    versions = [r.get("tsc_version") for r in report["latency"].values() if r.get("tsc_version")]
    import torch  # noqa: PLC0415  (the driver has imported module_models, so torch is loaded)
    print(f"  torch {torch.__version__}; tsc {versions[0] if versions else '(not loaded)'}; ratios tsc/torch: "
          f"below 1 means tsc is faster; diff: tsc's largest output difference from eager, relative")
    print()
    busy = report.get("load_1min_before", 0.0)
    for n in threads:
        print(f"### {n} thread{'s' if n > 1 else ''} (OMP_NUM_THREADS={n}, OPENBLAS_NUM_THREADS={n}, "
              f"torch.set_num_threads({n}))")
        print()
        if busy + n > (os.cpu_count() or 1) + 0.5:
            why = (": an OpenMP team waits at each barrier for a thread that was preempted" if n > 1 else "")
            print(f"  caution: load average {busy:.1f} before the run on {os.cpu_count()} cores: other jobs compete "
                  f"for the cores, so these figures are inflated{why}")
            print()
        header = ["model", "size", *(ENGINE_TITLES[e] for e in ENGINES), "tsc/script", "tsc/ofi", "diff"]
        rows = []
        for name in names:
            r = report["latency"][f"{name}/{n}"]
            ms, errs = r.get("ms", {}), r.get("errors", {})
            row = [name, r.get("size", "")]
            for e in ENGINES:
                row.append(fmt_ms(ms[e]) if e in ms else err_cell(errs.get(e, "not run")))
            row.append(fmt_ratio(ms.get("tsc"), ms.get("script")))
            row.append(fmt_ratio(ms.get("tsc"), ms.get("ofi")))
            d = [r["diff"][e] for e in ("tsc", "tsc_loaded") if e in r.get("diff", {})]
            row.append(f"{max(d):.1e}" if d else "—")
            rows.append(row)
        print_table(header, rows, 2)

    print(f"### compile time, s ({threads[0]} thread{'s' if threads[0] > 1 else ''}; "
          f"each the first in its process)")
    print()
    rows = []
    for name in names:
        c = report["latency"][f"{name}/{threads[0]}"].get("compile_s", {})
        rows.append([name] + [f"{c[k]:.3f}" if k in c else "—" for k in ("script", "ofi", "tsc", "tsc_save")])
    print_table(["model", "torch.jit.script", "trace+freeze+ofi", "tsc.script", "tsc save"], rows)

    if report["fresh"]:
        print(f"### cold start, one thread: median of {args.repeats} fresh process{'es' if args.repeats > 1 else ''} "
              f"per side; memory is growth over the process's RSS before the import, MB; load anon/file: "
              f"the load's own growth of anonymous (copied) and file-backed (mapped) memory")
        print()
        header = ["model", "side", "archive MB", "import ms", "load ms", f"load ms (next {args.loads})",
                  "RSS +import", "RSS +load", "load anon/file", "RSS +1st call", "1st call ms", f"{CALLS}th call ms", "1st/10th"]
        rows = []
        for name in names:
            fr = report["fresh"][name]
            for side in ("torch", "tsc"):
                runs = fr["runs"][side]
                failures = fr.get("failed", {}).get(side, [])
                if not runs:
                    text = fr["errors"].get(side) or (failures[0] if failures else f"{side}: not run")
                    rows.append([name, side] + [err_cell(text)] + ["—"] * (len(header) - 3))
                    continue
                if failures:
                    err_cell(f"{name}, {side} side: {len(failures)} of {len(failures) + len(runs)} cold-start "
                             f"processes failed (the row is the median of the others): {failures[0]}")

                def med(key, runs=runs):
                    return statistics.median(r[key] for r in runs)
                first = statistics.median(r["call_s"][0] for r in runs) * 1e3
                tenth = statistics.median(r["call_s"][-1] for r in runs) * 1e3
                more = [s for r in runs for s in r["more_loads_s"]]
                size = fr["archive_bytes"].get(side)
                rows.append([name, side, fmt_mb(size), fmt_ms(med("import_s") * 1e3), fmt_ms(med("load_s") * 1e3),
                             fmt_ms(statistics.median(more) * 1e3) if more else "—",
                             fmt_mb(med("rss_import")), fmt_mb(med("rss_load")),
                             f"{fmt_mb(med('rss_load_anon'))}/{fmt_mb(med('rss_load_file'))}", fmt_mb(med("rss_call1")),
                             fmt_ms(first), fmt_ms(tenth), fmt_ratio(first, tenth)])
        print_table(header, rows, 2)
        torch_in_tsc = [m for m in names for r in report["fresh"][m]["runs"]["tsc"] if r.get("torch_imported")]
        if torch_in_tsc:
            print(f"  note: `import tsc` imported torch in the tsc processes of {', '.join(sorted(set(torch_in_tsc)))}")
    if report["skipped"]:
        for name, why in report["skipped"].items():
            print(f"  {name}: skipped: {why}")
    if notes:
        print("errors:")
        for msg in notes.values():
            print(f"  {msg}")


if __name__ == "__main__":
    sys.exit(main())
