#!/usr/bin/python3
"""tests/fuzz/interop_test.py - tsc's archives against other zip and pickle implementations.

  1. Python's zipfile reads tsc's archives: names in PyTorch's order, CRCs,
     every record's data 64-byte aligned through an 'FB' extra, flags 0x0808,
     ZIP64 end records; Python's pickle reads the .pkl records.
  2. tsc's reader reads zips written by Python's zipfile: stored, deflated,
     ZIP64, with a comment; and a tsc archive rewritten by zipfile (unaligned,
     no data descriptors) still loads.
  3. With torch installed: PyTorch's own zip reader (PyTorchFileReader) reads
     tsc's archive, and tsc's reader reads what torch.jit.save writes.

Run by ctest: interop_test.py --tool PATH/archive_tool --work DIR
"""
import argparse
import io
import pathlib
import pickle
import pickletools
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib

SOURCE = '''class Counter:
    def __init__(self, start: int):
        self.count = start

    def bump(self) -> int:
        self.count += 1
        return self.count


def add(x: int, y: int) -> int:
    return x + y


def main() -> int:
    c = Counter(40)
    c.bump()
    return add(c.bump(), 0)
'''

IR = '''class Counter:
  count : int
  def __init__
  def bump

graph @Counter.__init__(%self : Counter, %start : int) -> NoneType:
  prim::SetAttr[name="count"](%self, %start)  # prog.py:3:9
  %0 : NoneType = prim::Constant()  # prog.py:2:5
  return (%0)

graph @Counter.bump(%self : Counter) -> int:
  %0 : int = prim::GetAttr[name="count"](%self)  # prog.py:6:9
  %1 : int = prim::Constant[value=1]()  # prog.py:6:23
  %2 : int = aten::add(%0, %1)  # prog.py:6:9
  prim::SetAttr[name="count"](%self, %2)  # prog.py:6:9
  %3 : int = prim::GetAttr[name="count"](%self)  # prog.py:7:16
  return (%3)

graph @add(%x : int, %y : int) -> int:
  %0 : int = aten::add(%x, %y)  # prog.py:11:12
  return (%0)

graph @main() -> int:
  %c : Counter = prim::CreateObject()  # prog.py:15:9
  %0 : int = prim::Constant[value=40]()  # prog.py:15:17
  %1 : NoneType = prim::CallMethod[name="__init__"](%c, %0)  # prog.py:15:9
  %2 : int = prim::CallMethod[name="bump"](%c)  # prog.py:16:5
  %3 : int = prim::CallMethod[name="bump"](%c)  # prog.py:17:16
  %4 : int = prim::Constant[value=0]()  # prog.py:17:26
  %5 : int = prim::CallFunction[name="add"](%3, %4)  # prog.py:17:12
  return (%5)
'''

EXPECTED_NAMES = [
    "prog/extra/tsc/version",
    "prog/extra/tsc/sources.pkl",
    "prog/extra/tsc/ir.txt",
    "prog/data.pkl",
    "prog/code/prog.py",
    "prog/constants.pkl",
    "prog/version",
]

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print(f"FAIL: {what}")


class Tool:
    def __init__(self, path, work):
        self.path = path
        self.work = work

    def run(self, *args, ok=True):
        p = subprocess.run([self.path, *map(str, args)], cwd=self.work, capture_output=True)
        if ok and p.returncode != 0:
            raise AssertionError(f"archive_tool {' '.join(map(str, args))} failed: {p.stderr.decode()}")
        return p

    def records(self, archive):
        out = {}
        for line in self.run("list", archive).stdout.decode().splitlines():
            name, method, csize, usize, crc, offset = line.rsplit(" ", 5)
            out[name] = (method, int(csize), int(usize), int(crc, 16), int(offset))
        return out

    def cat(self, archive, name):
        return self.run("cat", archive, name).stdout


class StubUnpickler(pickle.Unpickler):
    """Resolves every GLOBAL to a recording stub instead of importing it."""

    class Stub:
        def __init__(self, *args):
            self.args = args
            self.state = None

        def __setstate__(self, state):
            self.state = state

    def find_class(self, module, name):
        stub = type(name, (StubUnpickler.Stub,), {"qualified": (module, name)})
        return stub


def data_offset(raw, info):
    """Offset of a record's data, from its local header (what an mmap reader needs)."""
    sig, = struct.unpack_from("<I", raw, info.header_offset)
    assert sig == 0x04034B50, f"no local header for {info.filename}"
    name_len, extra_len = struct.unpack_from("<HH", raw, info.header_offset + 26)
    return info.header_offset + 30 + name_len + extra_len, extra_len


def test_python_reads_tsc_archive(tool, work):
    archive = work / "prog.pt"
    tool.run("write", archive, "prog.ir")
    raw = archive.read_bytes()
    with zipfile.ZipFile(archive) as z:
        check(z.testzip() is None, "zipfile.testzip finds no CRC error in a tsc archive")
        check(z.namelist() == EXPECTED_NAMES, f"record names and order: {z.namelist()}")
        for info in z.infolist():
            offset, extra_len = data_offset(raw, info)
            check(offset % 64 == 0, f"{info.filename}: data offset {offset} is 64-byte aligned")
            local_extra = raw[info.header_offset + 30 + len(info.filename):][:extra_len]
            check(local_extra[:2] == b"FB", f"{info.filename}: local extra is PyTorch's 'FB' padding")
            check(set(local_extra[4:]) <= {ord("Z")}, f"{info.filename}: padding is 'Z's")
            check(info.flag_bits == 0x0808, f"{info.filename}: flags 0x0808, got {info.flag_bits:#x}")
            want = zipfile.ZIP_DEFLATED if info.filename.endswith("code/prog.py") else zipfile.ZIP_STORED
            check(info.compress_type == want, f"{info.filename}: compression {info.compress_type}")
            data = z.read(info)
            check(zlib.crc32(data) == info.CRC, f"{info.filename}: CRC")
        check(z.read("prog/code/prog.py").decode() == SOURCE, "code/prog.py is the source")
        check(z.read("prog/version") == b"3\n", "version record")
        check(z.read("prog/extra/tsc/version") == b"1\n", "tsc version record")
        check(z.read("prog/extra/tsc/ir.txt").decode() == IR, "the IR record is the module's IR with locations")
        check(pickle.loads(z.read("prog/extra/tsc/sources.pkl")) == (("code/prog.py", "prog.py"),),
              "sources.pkl is a plain pickle of (record, filename) pairs")
        check(pickle.loads(z.read("prog/constants.pkl")) == (), "constants.pkl is an empty tuple")
        data_pkl = z.read("prog/data.pkl")
        pickletools.dis(data_pkl, out=io.StringIO())  # a well-formed opcode stream
        top = StubUnpickler(io.BytesIO(data_pkl)).load()
        check(top.qualified == ("__torch__", "PlaceholderModule") and top.state == {"training": True},
              "data.pkl is a PlaceholderModule object with {'training': True}")
    # ZIP64 end record, locator and classic end record, as PyTorch writes.
    check(raw[-22:-18] == b"PK\x05\x06", "classic end record last")
    check(raw[-42:-38] == b"PK\x06\x07", "ZIP64 locator before it")
    check(raw[-98:-94] == b"PK\x06\x06", "ZIP64 end record before that")
    loaded = tool.run("load", archive).stdout.decode()
    check(loaded == IR + f"source prog.py {len(SOURCE)}\n", "archive_tool load prints the IR back")

    forced = work / "prog64.pt"
    tool.run("rezip", archive, forced, "--zip64")
    with zipfile.ZipFile(forced) as z:
        check(z.testzip() is None, "zipfile reads an archive with ZIP64 extras on every record")
        check(z.read("prog/code/prog.py").decode() == SOURCE, "ZIP64 record content")
        raw64 = forced.read_bytes()
        for info in z.infolist():
            check(data_offset(raw64, info)[0] % 64 == 0, f"ZIP64 {info.filename} aligned")
    check(tool.run("load", forced).stdout.decode() == loaded, "a ZIP64 archive loads the same")


def test_tsc_reads_python_zips(tool, work):
    contents = {
        "top/a.txt": b"hello",
        "top/empty": b"",
        "top/big.txt": b"".join(b"line %d\n" % i for i in range(2000)),
        "top/\u00fcnicode.txt": "gr\u00fc\u00df".encode(),
        "top/bin": bytes(range(256)) * 3,
    }
    for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        path = work / f"py_{method}.zip"
        with zipfile.ZipFile(path, "w", compression=method) as z:
            z.comment = b"a comment written by zipfile"
            for name, data in contents.items():
                z.writestr(name, data)
            with z.open("top/forced64", "w", force_zip64=True) as f:
                f.write(b"zip64 entry")
        got = tool.records(path)
        want = dict(contents, **{"top/forced64": b"zip64 entry"})
        check(sorted(got) == sorted(want), f"tsc lists zipfile's names ({method}): {sorted(got)}")
        for name, data in want.items():
            check(tool.cat(path, name) == data, f"tsc reads zipfile's {name} ({method})")
            if name in got:
                check(got[name][2] == len(data) and got[name][3] == zlib.crc32(data), f"sizes and CRC of {name}")

    # A tsc archive rewritten by zipfile (no alignment, no data descriptors) still loads.
    rewritten = work / "rewritten.pt"
    with zipfile.ZipFile(work / "prog.pt") as src, zipfile.ZipFile(rewritten, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
    check(tool.run("load", rewritten).stdout.decode() == IR + f"source prog.py {len(SOURCE)}\n",
          "a zipfile-rewritten tsc archive loads")

    # Damage is reported, not crashed on.
    bad = work / "bad.pt"
    raw = bytearray((work / "prog.pt").read_bytes())
    at = raw.find(b"return (%5)")
    raw[at] = ord("R")
    bad.write_bytes(bytes(raw))
    p = tool.run("load", bad, ok=False)
    check(p.returncode == 1 and b"archive '" in p.stderr and b"crc mismatch" in p.stderr,
          f"a corrupted record is named: {p.stderr!r}")


def test_torch(tool, work):
    try:
        import torch  # noqa: F401  (Debian's python3-torch; optional)
    except ImportError:
        print("torch not installed: skipping the torch interop checks")
        return
    import torch

    # PyTorch's reader (miniz) reads tsc's archive.
    reader = torch._C.PyTorchFileReader(str(work / "prog.pt"))
    records = sorted(reader.get_all_records())
    check(records == sorted(n[len("prog/"):] for n in EXPECTED_NAMES), f"PyTorchFileReader records: {records}")
    check(reader.get_record("code/prog.py").decode() == SOURCE, "PyTorchFileReader inflates code/prog.py")
    check(reader.get_record("version") == b"3\n", "PyTorchFileReader reads the version")

    # tsc's reader reads torch.jit.save's archive (deflated code records, data/0).
    script = work / "torch_saved.py"
    script.write_text(
        "import torch\n"
        "class M(torch.nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.w = torch.nn.Parameter(torch.ones(3))\n"
        "    def forward(self, x: torch.Tensor) -> torch.Tensor:\n"
        "        return x * self.w + torch.div(x, 2)\n"
        f"torch.jit.script(M()).save({str(work / 'saved.pt')!r})\n")
    subprocess.run([sys.executable, str(script)], check=True, capture_output=True)
    saved = work / "saved.pt"
    got = tool.records(saved)
    with zipfile.ZipFile(saved) as z:
        check(sorted(got) == sorted(z.namelist()), "tsc lists torch.jit.save's records")
        check(any(v[0] == "deflated" for v in got.values()), "torch.jit.save deflated some record")
        for name in z.namelist():
            check(tool.cat(saved, name) == z.read(name), f"tsc reads torch's {name}")
            check(got[name][4] % 64 == 0, f"torch's {name} is 64-byte aligned too")
        check(z.read("saved/version") == b"4\n", "torch.div on tensors makes PyTorch write version 4")
        (work / "saved_data.pkl").write_bytes(z.read("saved/data.pkl"))
    repr_text = tool.run("pickle", work / "saved_data.pkl").stdout.decode()
    check(repr_text.startswith("OBJECT(GLOBAL('__torch__', 'M'), (), {'w': REDUCE(GLOBAL('torch._utils', "
                               "'_rebuild_tensor_v2')"), f"tsc reads torch's data.pkl: {repr_text[:120]}")
    p = tool.run("load", saved, ok=False)
    check(p.returncode == 1 and b"'saved/extra/tsc/version' is missing; the archive was not written by tsc"
          in p.stderr, f"loading a PyTorch archive says why it cannot: {p.stderr!r}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", required=True)
    ap.add_argument("--work", required=True)
    args = ap.parse_args()
    work = pathlib.Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    (work / "prog.py").write_text(SOURCE)
    (work / "prog.ir").write_text(IR)
    tool = Tool(args.tool, work)
    test_python_reads_tsc_archive(tool, work)
    test_tsc_reads_python_zips(tool, work)
    test_torch(tool, work)
    if failures:
        print(f"{len(failures)} interop check(s) failed")
        return 1
    print("all interop checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
