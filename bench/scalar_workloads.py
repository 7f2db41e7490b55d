#!/usr/bin/python3
"""bench/scalar_workloads.py - The scalar workload benchmark (`make bench-scalar`).

Runs each workload of bench/scalar/ (recursive fib, an integer loop, nbody, mandelbrot, a sieve
over a List[bool], a list-of-lists matmul, a string/dict word count) under three engines, in
the same run, and prints a table of median times and ratios:

  tsc        `tsc run FILE --entry NAME --time --backend=interp ARG ...` (the interpreter; see
             --native for the JIT): the call alone, as timed inside the
             process by `--time` (process start, compiling and printing are not counted; their
             cost is printed below the table). One process per measurement.
  CPython    /usr/bin/python3: a worker process imports the module and times the call with
             time.perf_counter (or time.process_time with --clock cpu).
  torch.jit  the same function through torch.jit.script in another worker, after --warmup calls
             (the profiling executor optimizes a graph only after its profiling runs). A function
             torch rejects is reported as "rejected" with the first line of torch's error.

Measurements are interleaved (tsc, CPython, torch, then again) so that a change of load on the
machine hits the three engines alike. All three must return the same result (compared as
repr() text); a difference is reported and makes the exit status 1.

With --native, the comparison is the LLVM backend's (docs/jit.md, the optimizer/JIT issue) and
every ratio is to C++:

  tsc jit    `tsc run --backend=auto`: native code where the backend makes it (word_count falls
             back to the interpreter); the `jit:` line of --time gives the compile time.
  C++ -O2    bench/scalar/NAME.cpp, the same program written plainly in C++, compiled once with
             `g++ -O2` into a temporary directory; it prints `time:` lines as `tsc run --time` does.
  numba      numba.njit over every function of the module (so that calls between them, recursion
             included, are compiled too), timed after --warmup calls; the first call's time is
             reported as numba's compile time.
  CPython, torch.jit as above.

Usage: /usr/bin/python3 bench/scalar_workloads.py [--tsc BUILD/tools/tsc] [--python PATH] [--runs N] [--warmup N]
           [--clock wall|cpu] [--only NAME,...] [--no-torch] [--json FILE] [--strict] [--native [--cxx G++]]
"""

import argparse
import datetime
import inspect
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORKLOAD_DIR = HERE / "scalar"
PYTHON = "/usr/bin/python3"


@dataclass(frozen=True)
class Workload:
    name: str          # the module (bench/scalar/NAME.py) and its entry function
    args: tuple        # int arguments of the entry
    numeric: bool      # the target: >= 2x CPython when numeric, >= 1x otherwise
    what: str


WORKLOADS = [
    Workload("fib", (27,), True, "recursive fib(27)"),
    Workload("int_loop", (10_000_000,), True, "10M-iteration integer loop"),
    Workload("nbody", (10_000,), True, "nbody, 5 bodies, 10,000 steps"),
    Workload("mandelbrot", (200, 50), True, "mandelbrot 200x200, 50 iterations"),
    Workload("sieve", (2_000_000,), True, "sieve over a List[bool], n = 2,000,000"),
    Workload("matmul", (120,), True, "120x120 list-of-lists matmul"),
    Workload("word_count", (20_000,), False, "word count (str.split + dict), 20,000 lines"),
]

NUMERIC_TARGET = 2.0   # interpreter at least 2x faster than CPython on every numeric workload
STRING_TARGET = 1.0    # and no slower on the string one

TIME_LINE = re.compile(r"^time: ([0-9.eE+-]+) s wall, ([0-9.eE+-]+) s cpu$", re.MULTILINE)


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--tsc", default=str(HERE.parent / "build" / "tools" / "tsc"),
                   help="the tsc binary (default: build/tools/tsc)")
    p.add_argument("--python", default=PYTHON, help="the CPython to compare with (default /usr/bin/python3)")
    p.add_argument("--runs", type=int, default=5, help="timed calls per engine and workload; medians "
                   "are reported (default 5)")
    p.add_argument("--warmup", type=int, default=3, help="untimed torch.jit calls before timing (default 3)")
    p.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                   help="wall: elapsed time (perf_counter); cpu: the process's CPU time (process_time), "
                        "less sensitive to other jobs on a shared machine (default wall)")
    p.add_argument("--only", help="comma-separated workload names (default: all)")
    p.add_argument("--no-torch", action="store_true", help="skip torch.jit.script")
    p.add_argument("--json", metavar="FILE", help="also write every sample and result to FILE")
    p.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    p.add_argument("--native", action="store_true",
                   help="compare tsc's JIT with C++ -O2, numba, CPython and torch.jit (ratios to C++)")
    p.add_argument("--cxx", default="g++", help="the C++ compiler for --native (default g++, run with -O2)")
    p.add_argument("--worker", choices=("cpython", "torch", "numba"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.runs < 1:
        p.error("--runs must be at least 1")
    if args.warmup < 0:
        p.error("--warmup must not be negative")
    return args


# ---- workers: one process per Python engine, driven by JSON lines on stdin/stdout ----

def worker_main(engine: str, clock_name: str) -> int:
    """Serves requests {"op": "prepare"|"time", "name": N, "args": [...], "warmup": K}.
    prepare imports (and for torch, scripts and warms up) the workload; time calls it once."""
    import importlib  # noqa: PLC0415
    sys.dont_write_bytecode = True  # leave no __pycache__ in the source tree
    sys.path.insert(0, str(WORKLOAD_DIR))
    clock = time.perf_counter if clock_name == "wall" else time.process_time
    torch = None
    numba = None
    if engine == "torch":
        import torch  # noqa: PLC0415,F811  (only this worker needs it)
    if engine == "numba":
        import warnings  # noqa: PLC0415
        warnings.simplefilter("ignore")  # numba's deprecation notes about reflected lists
        import numba  # noqa: PLC0415  (only this worker needs it)
    functions = {}
    out = sys.stdout
    for line in sys.stdin:
        req = json.loads(line)
        name, call_args = req["name"], tuple(req["args"])
        reply: dict = {}
        try:
            if req["op"] == "prepare":
                fn = getattr(importlib.import_module(name), name)
                if torch is not None:
                    try:
                        fn = torch.jit.script(fn)
                    except Exception as e:  # noqa: BLE001  (torch raises several kinds)
                        text = str(e).strip()
                        first = text.splitlines()[0] if text else ""
                        reply = {"rejected": f"{type(e).__name__}: {first}"}
                        functions[name] = None
                        out.write(json.dumps(reply) + "\n")
                        out.flush()
                        continue
                    for _ in range(req.get("warmup", 0)):
                        fn(*call_args)
                    reply["version"] = torch.__version__
                elif numba is not None:
                    module = importlib.import_module(name)
                    # Every function of the module, so that calls between them are compiled too.
                    for fname, f in list(vars(module).items()):
                        if inspect.isfunction(f) and f.__module__ == name:
                            setattr(module, fname, numba.njit(f))
                    fn = getattr(module, name)
                    try:
                        start = clock()
                        fn(*call_args)
                        reply["compile_s"] = clock() - start
                    except Exception as e:  # noqa: BLE001  (numba raises several kinds)
                        text = str(e).strip()
                        first = text.splitlines()[0] if text else ""
                        functions[name] = None
                        out.write(json.dumps({"rejected": f"{type(e).__name__}: {first}"}) + "\n")
                        out.flush()
                        continue
                    for _ in range(req.get("warmup", 0)):
                        fn(*call_args)
                    reply["version"] = numba.__version__
                else:
                    reply["version"] = platform.python_version()
                functions[name] = fn
            else:
                fn = functions[name]
                start = clock()
                result = fn(*call_args)
                seconds = clock() - start
                reply = {"seconds": seconds, "result": repr(result)}
        except Exception as e:  # noqa: BLE001  (reported to the runner, which names the workload)
            reply = {"error": f"{type(e).__name__}: {e}"}
        out.write(json.dumps(reply) + "\n")
        out.flush()
    return 0


class Worker:
    """A worker process of this script for one engine; its stderr goes to a temporary file."""

    def __init__(self, python: str, engine: str, clock: str):
        self.engine = engine
        self.log = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(
            [python, str(Path(__file__).resolve()), "--worker", engine, "--clock", clock],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, text=True, bufsize=1)

    def request(self, **req) -> dict:
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            self.log.seek(0)
            tail = self.log.read()[-2000:]
            raise SystemExit(f"scalar_workloads: error: the {self.engine} worker died\n{tail}")
        return json.loads(line)

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()
        self.log.close()


# ---- tsc ----

def tsc_supports(tsc: str, option: str) -> bool:
    proc = subprocess.run([tsc, "run", "--help"], capture_output=True, text=True)
    return re.search(rf"(^|\s){re.escape(option)}\b", proc.stdout) is not None


JIT_LINE = re.compile(r"^jit: (\d+) functions native, (\d+) interpreted; compile ([0-9.]+) ms cpu", re.MULTILINE)


def run_tsc(tsc: str, w: Workload, clock: str, repeat: int, backend: str = "", cxx_binary: str = "") -> dict:
    """Runs `tsc run` once. With repeat > 0 (`tsc run --repeat N`), the process calls the entry
    N times and prints one time line per call. Returns the call times, the result and the
    process's own wall time. With `cxx_binary`, runs that C++ program instead (same output)."""
    if cxx_binary:
        cmd = [cxx_binary] + (["--repeat", str(repeat)] if repeat > 0 else [])
    else:
        cmd = [tsc, "run", str(WORKLOAD_DIR / f"{w.name}.py"), "--entry", w.name, "--time"]
        if backend:
            cmd += [f"--backend={backend}"]
        if repeat > 0:
            cmd += ["--repeat", str(repeat)]
    cmd += [str(a) for a in w.args]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    process_s = time.perf_counter() - start
    if proc.returncode != 0:
        return {"error": f"exit {proc.returncode}: " + (proc.stderr.strip().splitlines() or [""])[0]}
    times = [(float(m.group(1)), float(m.group(2))) for m in TIME_LINE.finditer(proc.stderr)]
    if not times:
        return {"error": "no 'time: ...' line on stderr from `tsc run --time`"}
    lines = proc.stdout.rstrip("\n").splitlines()
    samples = [wall if clock == "wall" else cpu for wall, cpu in times]
    jit = JIT_LINE.search(proc.stderr)
    return {"samples": samples, "result": lines[-1] if lines else "",
            "overhead": process_s - sum(wall for wall, _ in times),
            "jit": (int(jit.group(1)), int(jit.group(2)), float(jit.group(3))) if jit else None}


# ---- the run ----

@dataclass
class Row:
    workload: Workload
    tsc: list = field(default_factory=list)
    cpython: list = field(default_factory=list)
    torch: list = field(default_factory=list)
    overhead: list = field(default_factory=list)   # tsc process wall minus its calls
    results: dict = field(default_factory=dict)    # engine -> set of repr texts
    errors: dict = field(default_factory=dict)     # engine -> message
    torch_rejected: str = ""


def note_result(row: Row, engine: str, reply: dict, samples: list) -> None:
    if "error" in reply:
        row.errors.setdefault(engine, reply["error"])
        return
    samples.append(reply["seconds"])
    row.results.setdefault(engine, set()).add(reply["result"])


def measure(w: Workload, args: argparse.Namespace, cpython: Worker, torch: Worker | None,
            tsc_repeat: bool) -> Row:
    row = Row(w)
    call_args = list(w.args)
    reply = cpython.request(op="prepare", name=w.name, args=call_args)
    if "error" in reply:
        row.errors["cpython"] = reply["error"]
    if torch is not None:
        reply = torch.request(op="prepare", name=w.name, args=call_args, warmup=args.warmup)
        if "rejected" in reply:
            row.torch_rejected = reply["rejected"]
        elif "error" in reply:
            row.errors["torch"] = reply["error"]
    torch_ok = torch is not None and not row.torch_rejected and "torch" not in row.errors

    def tsc_once(repeat: int) -> None:
        # The interpreter's benchmark: without --native, native code stays off.
        out = run_tsc(args.tsc, w, args.clock, repeat, backend="interp" if args.has_backend else "")
        if "error" in out:
            row.errors.setdefault("tsc", out["error"])
            return
        row.tsc.extend(out["samples"])
        row.overhead.append(out["overhead"])
        row.results.setdefault("tsc", set()).add(out["result"])

    if tsc_repeat:
        tsc_once(args.runs)
    for _ in range(args.runs):
        if not tsc_repeat and "tsc" not in row.errors:
            tsc_once(0)
        if "cpython" not in row.errors:
            note_result(row, "cpython", cpython.request(op="time", name=w.name, args=call_args), row.cpython)
        if torch_ok and "torch" not in row.errors:
            note_result(row, "torch", torch.request(op="time", name=w.name, args=call_args), row.torch)
    return row


# ---- --native: tsc's JIT against C++ -O2, numba, CPython and torch.jit ----

@dataclass
class NativeRow:
    workload: Workload
    samples: dict = field(default_factory=dict)   # engine -> seconds per call
    results: dict = field(default_factory=dict)   # engine -> set of repr texts
    errors: dict = field(default_factory=dict)    # engine -> message
    rejected: dict = field(default_factory=dict)  # engine -> why numba/torch refused the function
    jit: tuple | None = None                      # (native functions, interpreted ones, compile ms cpu)
    numba_compile_s: float | None = None


NATIVE_ENGINES = ("jit", "cxx", "numba", "cpython", "torch")


def compile_cxx(cxx: str, workloads: list, out_dir: str) -> dict:
    """g++ -O2 each bench/scalar/NAME.cpp; returns name -> binary (or an "error: ..." text)."""
    binaries = {}
    for w in workloads:
        source = WORKLOAD_DIR / f"{w.name}.cpp"
        binary = os.path.join(out_dir, w.name)
        proc = subprocess.run([cxx, "-O2", "-std=c++20", "-o", binary, str(source)], capture_output=True, text=True)
        binaries[w.name] = binary if proc.returncode == 0 else "error: " + (proc.stderr.strip().splitlines() or [""])[0]
    return binaries


def measure_native(w: Workload, args: argparse.Namespace, workers: dict, cxx_binary: str) -> NativeRow:
    row = NativeRow(w)
    call_args = list(w.args)
    for engine, worker in workers.items():
        reply = worker.request(op="prepare", name=w.name, args=call_args, warmup=args.warmup)
        if "rejected" in reply:
            row.rejected[engine] = reply["rejected"]
        elif "error" in reply:
            row.errors[engine] = reply["error"]
        elif "compile_s" in reply:
            row.numba_compile_s = reply["compile_s"]
    if cxx_binary.startswith("error: "):
        row.errors["cxx"] = cxx_binary[len("error: "):]

    def process(engine: str) -> None:
        out = run_tsc(args.tsc, w, args.clock, 0, backend="auto",
                      cxx_binary=cxx_binary if engine == "cxx" else "")
        if "error" in out:
            row.errors.setdefault(engine, out["error"])
            return
        row.samples.setdefault(engine, []).extend(out["samples"])
        row.results.setdefault(engine, set()).add(out["result"])
        if engine == "jit" and out["jit"]:
            row.jit = out["jit"]

    # Interleaved: one call of every engine, then again (see the module docstring).
    for _ in range(args.runs):
        for engine in NATIVE_ENGINES:
            if engine in row.errors or engine in row.rejected:
                continue
            if engine in ("jit", "cxx"):
                process(engine)
            elif engine in workers:
                reply = workers[engine].request(op="time", name=w.name, args=call_args)
                if "error" in reply:
                    row.errors.setdefault(engine, reply["error"])
                else:
                    row.samples.setdefault(engine, []).append(reply["seconds"])
                    row.results.setdefault(engine, set()).add(reply["result"])
    return row


def main_native(args: argparse.Namespace, workloads: list) -> int:
    tsc_version = subprocess.run([args.tsc, "--version"], capture_output=True, text=True).stdout.strip()
    cxx_version = subprocess.run([args.cxx, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    workers = {"numba": Worker(args.python, "numba", args.clock), "cpython": Worker(args.python, "cpython", args.clock)}
    if not args.no_torch:
        workers["torch"] = Worker(args.python, "torch", args.clock)
    load_before = load_average()
    started = datetime.datetime.now(datetime.timezone.utc)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        binaries = compile_cxx(args.cxx, workloads, tmp)
        for w in workloads:
            print(f"  running {w.name} ...", file=sys.stderr, flush=True)
            rows.append(measure_native(w, args, workers, binaries[w.name]))
    for worker in workers.values():
        worker.close()
    load_after = load_average()
    clock_text = "wall time" if args.clock == "wall" else "CPU time"
    print(f"scalar workloads, native code: median of {args.runs} calls per engine, {clock_text}, ratios to C++ -O2")
    print(f"  date {started:%Y-%m-%d %H:%M} UTC; machine: {machine_description()}; "
          f"load average {load_before} before, {load_after} after")
    print(f"  {tsc_version} (tsc run --backend=auto); {cxx_version} -O2; numba ({args.warmup} warm-up calls); "
          f"CPython; " + ("torch.jit.script" if "torch" in workers else "torch: skipped"))
    print()
    header = ["workload", "C++ ms", "tsc jit ms", "numba ms", "CPython ms", "torch.jit ms", "jit/C++", "numba/C++",
              "CPython/C++", "jit compile ms/fn", "numba compile ms", "results", "target"]
    table = []
    mismatch = False
    missed = False
    for row in rows:
        m = {e: median_ms(row.samples.get(e, [])) for e in NATIVE_ENGINES}
        texts = {t for ts in row.results.values() for t in ts}
        same = not row.errors and len(texts) == 1
        mismatch |= not same

        def cell(engine: str) -> str:
            if engine in row.rejected:
                return "rejected"
            if engine in row.errors:
                return "error"
            return fmt_ms(m[engine])

        jit_cell = "—"
        if row.jit:
            native, interpreted, ms = row.jit
            jit_cell = f"{ms / native:.1f} ({native} fn)" if native else f"— ({interpreted} interp.)"
        target = "—"
        if row.workload.numeric and m["jit"] is not None and m["cxx"] is not None:
            ok = m["jit"] <= 1.2 * m["cxx"] and (m["numba"] is None or m["jit"] < m["numba"])
            missed |= not ok
            target = "met" if ok else "MISSED"
        table.append([row.workload.what, cell("cxx"), cell("jit"), cell("numba"), cell("cpython"), cell("torch"),
                      fmt_ratio(m["jit"], m["cxx"]), fmt_ratio(m["numba"], m["cxx"]), fmt_ratio(m["cpython"], m["cxx"]),
                      jit_cell, "—" if row.numba_compile_s is None else f"{row.numba_compile_s * 1000:.0f}",
                      "same" if same else ("error" if row.errors else "DIFFERENT"), target])
    widths = [max(len(header[i]), *(len(r[i]) for r in table)) for i in range(len(header))]
    print("| " + " | ".join(h.ljust(widths[i]) for i, h in enumerate(header)) + " |")
    print("|" + "|".join("-" * (widths[i] + 2) if i == 0 else "-" * (widths[i] + 1) + ":"
                         for i in range(len(header))) + "|")
    for r in table:
        print("| " + " | ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)) + " |")
    print()
    print("  target (numeric workloads): tsc jit within 1.2x of C++ -O2 and faster than numba")
    for row in rows:
        for engine, why in row.rejected.items():
            print(f"  {engine} rejects {row.workload.name}: {why}")
        for engine, message in row.errors.items():
            print(f"  {row.workload.name}: {engine} failed: {message}")
        if not row.errors and len({t for ts in row.results.values() for t in ts}) > 1:
            for engine, texts in row.results.items():
                print(f"  {row.workload.name}: {engine} returned {' / '.join(sorted(texts))}")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "date": started.isoformat(), "machine": machine_description(), "clock": args.clock, "runs": args.runs,
            "workloads": [{"name": r.workload.name, "samples_s": r.samples, "errors": r.errors,
                           "rejected": r.rejected, "jit": r.jit, "numba_compile_s": r.numba_compile_s,
                           "results": {k: sorted(v) for k, v in r.results.items()}} for r in rows],
        }, indent=2) + "\n", encoding="utf-8")
    if mismatch:
        return 1
    return 1 if args.strict and missed else 0


def median_ms(samples: list) -> float | None:
    return statistics.median(samples) * 1000.0 if samples else None


def agreement(row: Row) -> tuple[bool, str]:
    """(all engines that ran agree, a short description)."""
    texts = set()
    for engine_texts in row.results.values():
        texts |= engine_texts
    if row.errors:
        return False, "error"
    if len(texts) == 1:
        return True, "same"
    return False, "DIFFERENT"


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
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def fmt_ms(ms: float | None) -> str:
    return "—" if ms is None else (f"{ms:.1f}" if ms >= 10 else f"{ms:.2f}")


def fmt_ratio(num: float | None, den: float | None) -> str:
    return "—" if num is None or den is None or den == 0 else f"{num / den:.2f}×"


def main() -> int:
    args = parse_args()
    if args.worker:
        return worker_main(args.worker, args.clock)

    workloads = WORKLOADS
    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        known = {w.name for w in WORKLOADS}
        unknown = [n for n in wanted if n not in known]
        if unknown:
            print(f"scalar_workloads: error: unknown workload '{unknown[0]}' (known: {', '.join(sorted(known))})",
                  file=sys.stderr)
            return 2
        workloads = [w for w in WORKLOADS if w.name in wanted]
    if not Path(args.tsc).exists():
        print(f"scalar_workloads: error: no tsc binary at '{args.tsc}'; build it (`make build`) or pass --tsc",
              file=sys.stderr)
        return 2
    if not tsc_supports(args.tsc, "--time"):
        print(f"scalar_workloads: error: '{args.tsc} run' has no --time option", file=sys.stderr)
        return 2
    if args.native:
        if not tsc_supports(args.tsc, "--backend"):
            print(f"scalar_workloads: error: '{args.tsc} run' has no --backend option", file=sys.stderr)
            return 2
        return main_native(args, workloads)
    tsc_repeat = tsc_supports(args.tsc, "--repeat")
    args.has_backend = tsc_supports(args.tsc, "--backend")
    tsc_version = subprocess.run([args.tsc, "--version"], capture_output=True, text=True).stdout.strip()

    cpython = Worker(args.python, "cpython", args.clock)
    torch = None if args.no_torch else Worker(args.python, "torch", args.clock)
    if torch is not None:
        probe = subprocess.run([args.python, "-c", "import torch; print(torch.__version__)"],
                               capture_output=True, text=True)
        if probe.returncode != 0:
            print(f"scalar_workloads: torch is not importable with {args.python}; skipping torch.jit.script "
                  "(Debian's python3-torch provides it)", file=sys.stderr)
            torch.close()
            torch = None
    python_version = subprocess.run([args.python, "-c", "import platform; print(platform.python_version())"],
                                    capture_output=True, text=True).stdout.strip()
    torch_version = ""
    if torch is not None:
        torch_version = subprocess.run([args.python, "-c", "import torch; print(torch.__version__)"],
                                       capture_output=True, text=True).stdout.strip()

    load_before = load_average()
    started = datetime.datetime.now(datetime.timezone.utc)
    rows = []
    for w in workloads:
        print(f"  running {w.name} ...", file=sys.stderr, flush=True)
        rows.append(measure(w, args, cpython, torch, tsc_repeat))
    cpython.close()
    if torch is not None:
        torch.close()
    load_after = load_average()

    clock_text = "wall time (perf_counter; tsc run --time's wall figure)" if args.clock == "wall" else \
        "CPU time (process_time; tsc run --time's cpu figure)"
    tsc_how = f"tsc run --time --repeat {args.runs} (one process)" if tsc_repeat else \
        "tsc run --time, one process per call"
    calls = "1 call" if args.runs == 1 else f"median of {args.runs} calls"
    print(f"scalar workloads: {calls} per engine, {clock_text}")
    print(f"  date {started:%Y-%m-%d %H:%M} UTC; machine: {machine_description()}; "
          f"load average {load_before} before, {load_after} after")
    print(f"  {tsc_version} ({tsc_how}); CPython {python_version} ({args.python}); "
          + (f"torch {torch_version} (torch.jit.script, {args.warmup} warm-up call{'' if args.warmup == 1 else 's'})" if torch else "torch: skipped"))
    print()
    header = ["workload", "tsc ms", "CPython ms", "torch.jit ms", "CPython/tsc", "torch/tsc", "results", "target"]
    table = []
    missed = False
    mismatch = False
    for row in rows:
        w = row.workload
        t, c, j = median_ms(row.tsc), median_ms(row.cpython), median_ms(row.torch)
        same, same_text = agreement(row)
        mismatch |= not same
        need = NUMERIC_TARGET if w.numeric else STRING_TARGET
        if t is None or c is None:
            target = "—"
        else:
            met = c / t >= need
            missed |= not met
            target = f"≥{need:g}×: {'met' if met else 'MISSED'}"
        torch_cell = "rejected" if row.torch_rejected else ("—" if torch is None else fmt_ms(j))
        table.append([w.what, fmt_ms(t), fmt_ms(c), torch_cell, fmt_ratio(c, t), fmt_ratio(j, t),
                      same_text, target])
    widths = [max(len(header[i]), *(len(r[i]) for r in table)) for i in range(len(header))]
    print("| " + " | ".join(h.ljust(widths[i]) for i, h in enumerate(header)) + " |")
    print("|" + "|".join("-" * (widths[i] + 2) if i == 0 else "-" * (widths[i] + 1) + ":"
                         for i in range(len(header))) + "|")
    for r in table:
        print("| " + " | ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i])
                                for i, cell in enumerate(r)) + " |")
    print()
    for row in rows:
        name = row.workload.name
        if row.torch_rejected:
            print(f"  torch.jit.script rejects {name}: {row.torch_rejected}")
        for engine, message in row.errors.items():
            print(f"  {name}: {engine} failed: {message}")
        if not row.errors and len({t for s in row.results.values() for t in s}) > 1:
            for engine, texts in row.results.items():
                print(f"  {name}: {engine} returned {' / '.join(sorted(texts))}")
    overheads = [f"{r.workload.name} {median_ms(r.overhead):.0f}" for r in rows if r.overhead]
    if overheads:
        print("  tsc process start + compile + exit, not counted above (ms): " + ", ".join(overheads))
    results = [f"{r.workload.name} = {next(iter(r.results['cpython']))}" for r in rows
               if "cpython" in r.results and len(r.results["cpython"]) == 1]
    print("  results: " + ", ".join(results))

    if args.json:
        Path(args.json).write_text(json.dumps({
            "date": started.isoformat(), "machine": machine_description(),
            "load_before": load_before, "load_after": load_after, "clock": args.clock, "runs": args.runs,
            "tsc": tsc_version, "python": python_version, "torch": torch_version,
            "workloads": [{"name": r.workload.name, "args": list(r.workload.args), "tsc_s": r.tsc,
                           "cpython_s": r.cpython, "torch_s": r.torch, "tsc_overhead_s": r.overhead,
                           "results": {k: sorted(v) for k, v in r.results.items()}, "errors": r.errors,
                           "torch_rejected": r.torch_rejected} for r in rows],
        }, indent=2) + "\n", encoding="utf-8")
    if mismatch:
        return 1
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
