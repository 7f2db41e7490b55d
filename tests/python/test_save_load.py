# tests/python/test_save_load.py - ScriptFunction.save / tsc.load round trips, and archives that do not load.
import os

import pytest

import tsc

SOURCE = '''
from typing import Dict, List
import tsc

LIMIT = 4


class Stack:
    def __init__(self):
        self.items: List[int] = []

    def push(self, x: int) -> None:
        self.items.append(x)

    def size(self) -> int:
        return len(self.items)


def helper(xs: List[int]) -> int:
    return sum(xs[:LIMIT])


@tsc.script
def entry(xs: List[int], scale: float = 2.0) -> float:
    return helper(xs) * scale


@tsc.script
def build(n: int) -> Stack:
    s = Stack()
    for i in range(n):
        s.push(i * i)
    return s


@tsc.script
def words(text: str) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


@tsc.script
def fail(x: int) -> int:
    if x < 0:
        raise ValueError("negative: " + str(x))
    return x
'''


@pytest.fixture
def m(make_module):
    return make_module(SOURCE)


def test_function_round_trip(m, tmp_path):
    path = tmp_path / "entry.pt"
    m.entry.save(str(path))
    loaded = tsc.load(path)
    assert loaded([1, 2, 3, 4, 5]) == m.entry([1, 2, 3, 4, 5]) == 20.0
    assert loaded.entry([1], scale=0.5) == 0.5
    assert loaded.helper([7, 8]) == 15
    assert loaded.function_names() == ["entry", "helper"]
    assert loaded.entry.schema == m.entry.schema
    assert loaded.entry.graph == m.entry.graph
    assert loaded.entry.code == m.entry.code


def test_class_round_trip(m, tmp_path):
    path = tmp_path / "build.pt"
    m.build.save(str(path))
    loaded = tsc.load(str(path))
    s = loaded.build(4)
    assert s.items == [0, 1, 4, 9] and s.size() == 4
    fresh = loaded.Stack()
    fresh.push(3)
    assert fresh.items == [3]
    assert loaded.class_names() == ["Stack"]


def test_saved_class_itself(m, tmp_path, make_module):
    stack = tsc.script(make_module(SOURCE, name="again").Stack)
    path = tmp_path / "stack.pt"
    stack.save(str(path))
    loaded = tsc.load(path)
    s = loaded.Stack()
    s.push(1)
    s.push(2)
    assert s.size() == 2


def test_loaded_functions_keep_conversions_and_tracebacks(m, tmp_path):
    for fn in (m.words, m.fail):
        fn.save(str(tmp_path / f"{fn.name}.pt"))
    words = tsc.load(tmp_path / "words.pt")
    assert words("a b a") == {"a": 2, "b": 1}
    fail = tsc.load(tmp_path / "fail.pt")
    with pytest.raises(ValueError) as info:
        fail(-2)
    assert info.value.script_message == "negative: -2"
    filename, line, function, text = info.value.script_traceback[-1]
    assert (filename, function, text) == (m.__file__, "fail", 'raise ValueError("negative: " + str(x))')
    assert open(m.__file__).read().split("\n")[line - 1].strip() == text


def test_archives_written_by_the_command_line_load(tmp_path, tsc_binary):
    import subprocess

    source = tmp_path / "model.py"
    source.write_text("def main(x: int) -> int:\n    return x * 7\n\n\ndef other() -> str:\n    return 'o'\n")
    subprocess.run([tsc_binary, str(source), "-o", str(tmp_path / "model.pt")], check=True)
    m = tsc.load(tmp_path / "model.pt")
    assert m.main(6) == 42 and m.other() == "o" and m(2) == 14


def test_missing_file_is_a_load_error(tmp_path):
    with pytest.raises(tsc.LoadError, match="nope.pt"):
        tsc.load(tmp_path / "nope.pt")
    assert issubclass(tsc.LoadError, RuntimeError)


def test_corrupt_archives_are_load_errors_naming_the_problem(m, tmp_path):
    path = tmp_path / "good.pt"
    m.entry.save(str(path))
    data = path.read_bytes()
    garbage = tmp_path / "garbage.pt"
    garbage.write_bytes(b"this is not a zip archive" * 4)
    with pytest.raises(tsc.LoadError, match=r"garbage\.pt.*not a zip archive"):
        tsc.load(garbage)
    truncated = tmp_path / "truncated.pt"
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(tsc.LoadError, match="truncated.pt"):
        tsc.load(truncated)
    # Flip bytes inside the IR record: the CRC check (or the IR parser) reports it.
    at = data.find(b"graph @entry")
    assert at > 0
    damaged = tmp_path / "damaged.pt"
    damaged.write_bytes(data[:at] + b"GRAPH" + data[at + 5:])
    with pytest.raises(tsc.LoadError, match="damaged.pt"):
        tsc.load(damaged)


def test_save_to_an_unwritable_place_fails(m, tmp_path):
    with pytest.raises(RuntimeError):
        m.entry.save(str(tmp_path / "no" / "such" / "dir" / "x.pt"))
    assert not os.path.exists(tmp_path / "no")
