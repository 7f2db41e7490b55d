# tests/python/test_cli.py - `python -m tsc` behaves exactly like the `tsc` executable.
import os
import subprocess
import sys

import pytest

import tsc

MODEL = '''\
def main(x: int, y: float = 2.0) -> float:
    return x * y


def greet(name: str) -> str:
    return "hi " + name
'''

BROKEN = '''\
def main(x: int) -> int:
    return x + "1"
'''


def run(argv, cwd):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    return subprocess.run(argv, capture_output=True, text=True, cwd=cwd, env=env)


@pytest.fixture
def files(tmp_path):
    (tmp_path / "model.py").write_text(MODEL)
    (tmp_path / "broken.py").write_text(BROKEN)
    return tmp_path


ARGS = [
    ["--version"],
    ["model.py", "--emit=ir"],
    ["model.py", "--emit=ast"],
    ["run", "model.py", "3"],
    ["run", "model.py", "--entry", "greet", '"you"'],
    ["broken.py"],
    ["run", "model.py", "--entry", "nope"],
    ["missing.py"],
    [],
    ["model.py", "--emit=nonsense"],
]


@pytest.mark.parametrize("args", ARGS, ids=[" ".join(a) or "no-args" for a in ARGS])
def test_python_dash_m_tsc_matches_the_executable(files, tsc_binary, args):
    native = run([tsc_binary] + args, files)
    python = run([sys.executable, "-m", "tsc"] + args, files)
    assert (python.returncode, python.stdout, python.stderr) == (native.returncode, native.stdout, native.stderr)


def test_archive_output_matches(files, tsc_binary):
    native = run([tsc_binary, "model.py", "-o", "native.pt"], files)
    python = run([sys.executable, "-m", "tsc", "model.py", "-o", "python.pt"], files)
    assert native.returncode == python.returncode == 0
    # Same program; the archive's top folder is named after the file, so compare loaded behaviour.
    a = tsc.load(files / "native.pt")
    b = tsc.load(files / "python.pt")
    assert a.main(4) == b.main(4) == 8.0
    assert a.greet.graph == b.greet.graph


def test_exit_codes(files):
    assert run([sys.executable, "-m", "tsc", "model.py"], files).returncode == 0
    assert run([sys.executable, "-m", "tsc", "broken.py"], files).returncode == 1
    assert run([sys.executable, "-m", "tsc", "--no-such-flag"], files).returncode == 2


def test_main_is_callable_in_process(files, capfd):
    assert tsc._C.main(["tsc", "--version"]) == 0
    assert capfd.readouterr().out.strip().endswith(tsc.__version__)
