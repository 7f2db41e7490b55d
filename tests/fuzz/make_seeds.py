#!/usr/bin/python3
"""tests/fuzz/make_seeds.py - Writes the hand-made seeds of tests/fuzz/corpus/ (seed_* files).

  make_seeds.py --tool BUILD/tests/fuzz/archive_tool [--tsc BUILD/tools/tsc]

Seeds: archives written by tsc's writer (a small program; with --tsc to compile
them, examples/scalar.py and some tests/lit/accept programs), the small program
with ZIP64 extras everywhere and
rewritten by Python's zipfile, truncations and bit flips of them, and raw
protocol-2 pickles (CPython's and a torch data.pkl). The PyTorch-written
archives come from make_torch_seeds.py; inputs the fuzzer found are named by
their SHA-1 (scripts/fuzz.sh --merge). Rerun after a change to the archive
format, then replay the corpus (ctest -R archive_fuzz_corpus).
"""
import argparse
import pathlib
import pickle
import subprocess
import sys
import tempfile
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
from interop_test import IR, SOURCE  # noqa: E402  (the same small program)


# tests/lit/accept programs whose archives seed the IR parser's paths: classes, loops with
# exits, Optional refinement, nested containers and tuples, exceptions, strings, math.
LIT_PROGRAMS = [
    "classes_stack", "comprehensions_dict_filter", "exits_return_nested_loops", "optional_merge",
    "tuples_nested_unpack", "types_nested_containers", "programs_graph_bfs", "programs_tokenizer",
    "exceptions_raise_types", "lists_slicing", "dicts_pop_setdefault", "literals_strings_escapes",
    "math_functions", "loops_zip", "globals_str_bool_tuple", "types_any",
]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", required=True)
    ap.add_argument("--tsc")
    args = ap.parse_args()
    args.tool = str(pathlib.Path(args.tool).resolve())
    if args.tsc:
        args.tsc = str(pathlib.Path(args.tsc).resolve())
    corpus = HERE / "corpus"
    corpus.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        (work / "prog.py").write_text(SOURCE)
        (work / "prog.ir").write_text(IR)

        def tool(*a):
            subprocess.run([args.tool, *map(str, a)], cwd=work, check=True)

        tool("write", work / "m.pt", "prog.ir")
        archives = {"seed_tsc_prog.pt": (work / "m.pt").read_bytes()}
        tool("rezip", work / "m.pt", work / "m64.pt", "--zip64")
        archives["seed_tsc_prog_zip64.pt"] = (work / "m64.pt").read_bytes()
        with zipfile.ZipFile(work / "m.pt") as src, zipfile.ZipFile(work / "mz.pt", "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                dst.writestr(info.filename, src.read(info))
        archives["seed_tsc_prog_zipfile.pt"] = (work / "mz.pt").read_bytes()
        if args.tsc:
            # examples/scalar.py, and small programs covering the IR's constructs.
            programs = [ROOT / "examples/scalar.py"] + [ROOT / "tests/lit/accept" / f"{n}.py" for n in LIT_PROGRAMS]
            for program in programs:
                stem = program.stem
                (work / f"{stem}.py").write_text(program.read_text())
                ir = subprocess.run([args.tsc, f"{stem}.py", "--emit=ir", "--locations"], cwd=work, check=True,
                                    capture_output=True).stdout
                (work / f"{stem}.ir").write_bytes(ir)
                tool("write", work / f"{stem}.pt", f"{stem}.ir")
                name = "seed_tsc_scalar.pt" if stem == "scalar" else f"seed_tsc_lit_{stem}.pt"
                archives[name] = (work / f"{stem}.pt").read_bytes()

    for name, data in archives.items():
        (corpus / name).write_bytes(data)
    base = archives["seed_tsc_prog.pt"]
    stem = "seed_tsc_prog"
    (corpus / f"{stem}_cut_half.pt").write_bytes(base[: len(base) // 2])
    (corpus / f"{stem}_cut_end_record.pt").write_bytes(base[:-22])
    (corpus / f"{stem}_cut_last_byte.pt").write_bytes(base[:-1])
    # Bit flips in the places a parser reads: a local header, the IR, data.pkl, the directory, the end records.
    for label, offset in [("local_header", 26), ("ir", base.find(b"graph @add") + 3),
                          ("data_pkl", base.find(b"PlaceholderModule") - 3),
                          ("central_dir", base.find(b"PK\x01\x02") + 20),
                          ("zip64_end", base.find(b"PK\x06\x06") + 40), ("end", len(base) - 6)]:
        flipped = bytearray(base)
        flipped[offset] ^= 0x10
        (corpus / f"{stem}_flip_{label}.pt").write_bytes(bytes(flipped))

    value = ([1, -2, 1 << 40, 1.5, "h\u00e9", None, True], {"k": (1, 2, 3, 4)}, ())
    (corpus / "seed_pickle_cpython.pkl").write_bytes(pickle.dumps(value, protocol=2))
    shared = [1]
    (corpus / "seed_pickle_cpython_memo.pkl").write_bytes(pickle.dumps([shared, shared], protocol=2))
    loop = []
    loop.append(loop)
    (corpus / "seed_pickle_cpython_cycle.pkl").write_bytes(pickle.dumps(loop, protocol=2))
    torch_module = corpus / "torch_module.pt"
    if torch_module.exists():
        with zipfile.ZipFile(torch_module) as z:
            (corpus / "seed_pickle_torch_data.pkl").write_bytes(z.read("torch_module/data.pkl"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
