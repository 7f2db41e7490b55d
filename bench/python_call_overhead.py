#!/usr/bin/python3
"""bench/python_call_overhead.py - What a call of a trivial scripted function costs over a plain Python call.

    PYTHONPATH=build/python /usr/bin/python3 bench/python_call_overhead.py [--runs N] [--number N]

Times `f(1)` for `def f(x: int) -> int: return x`, once as plain Python and once through
tsc.script (argument conversion, GIL release, the interpreter, result conversion), with
timeit: the median of several runs of many calls each. Prints both per-call times and their
difference in nanoseconds; the issue's budget for the difference is 1000 ns (docs/python.md).
"""
import argparse
import os
import statistics
import sys
import tempfile
import timeit

SOURCE = '''
def f(x: int) -> int:
    return x


def g(x: int, y: float = 2.0) -> float:
    return x * y
'''


def load_module():
    """The functions come from a real file, as tsc.script needs their source."""
    import importlib.util

    folder = tempfile.mkdtemp(prefix="tsc_bench_")
    path = os.path.join(folder, "trivial.py")
    with open(path, "w") as f:
        f.write(SOURCE)
    spec = importlib.util.spec_from_file_location("tsc_bench_trivial", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def per_call_ns(stmt, namespace, number, runs):
    times = timeit.repeat(stmt, globals=namespace, number=number, repeat=runs)
    return statistics.median(times) / number * 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--number", type=int, default=200000)
    args = parser.parse_args()

    import tsc

    module = load_module()
    namespace = {"f": module.f, "sf": tsc.script(module.f), "g": module.g, "sg": tsc.script(module.g)}
    rows = [
        ("f(1)", "f(1)", "sf(1)"),
        ("g(1, y=3.0)", "g(1, y=3.0)", "sg(1, y=3.0)"),
    ]
    print(f"python {sys.version.split()[0]}, tsc {tsc.__version__}; median of {args.runs} runs "
          f"of {args.number} calls")
    print(f"{'call':<14}{'python ns':>12}{'tsc ns':>12}{'overhead ns':>14}")
    worst = 0.0
    for label, plain, scripted in rows:
        python_ns = per_call_ns(plain, namespace, args.number, args.runs)
        tsc_ns = per_call_ns(scripted, namespace, args.number, args.runs)
        worst = max(worst, tsc_ns - python_ns)
        print(f"{label:<14}{python_ns:>12.1f}{tsc_ns:>12.1f}{tsc_ns - python_ns:>14.1f}")
    print(f"largest overhead: {worst:.1f} ns per call (budget 1000 ns)")


if __name__ == "__main__":
    main()
