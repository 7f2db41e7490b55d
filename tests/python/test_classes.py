# tests/python/test_classes.py - tsc.script(SomeClass): construction, attributes, methods, objects in and out.
import pytest

import tsc

SOURCE = '''
from typing import List, Optional
import tsc


@tsc.script
class Counter:
    def __init__(self, start: int, step: int = 1):
        self.count = start
        self.step = step
        self.history: List[int] = []

    def bump(self) -> int:
        self.history.append(self.count)
        self.count += self.step
        return self.count

    def scaled(self, k: float) -> float:
        return self.count * k


class Node:
    def __init__(self, value: int, next: Optional["Node"]):
        self.value = value
        self.next = next


@tsc.script
def total(c: Counter) -> int:
    return c.count + c.step


@tsc.script
def make(n: int) -> Counter:
    c = Counter(n, 2)
    c.bump()
    return c


@tsc.script
def chain(n: int) -> Optional[Node]:
    head: Optional[Node] = None
    for i in range(n):
        head = Node(i, head)
    return head


@tsc.script
def chain_sum(head: Optional[Node]) -> int:
    s = 0
    while head is not None:
        s += head.value
        head = head.next
    return s
'''


@pytest.fixture
def m(make_module):
    return make_module(SOURCE)


def test_calling_a_script_class_runs_init(m):
    c = m.Counter(5)
    assert (c.count, c.step, c.history) == (5, 1, [])
    c2 = m.Counter(start=1, step=3)
    assert c2.bump() == 4 and c2.bump() == 7
    assert c2.history == [1, 4]
    assert c2.scaled(0.5) == 3.5
    assert isinstance(c2, m.Counter)
    assert not isinstance(3, m.Counter)


def test_methods_behave_like_python(m):
    py = m.Counter.__wrapped__(2, 5)
    sc = m.Counter(2, 5)
    for _ in range(3):
        assert sc.bump() == py.bump()
    assert sc.history == py.history
    assert sc.scaled(1.5) == py.scaled(1.5)


def test_attributes_are_settable_with_their_type_checked(m):
    c = m.Counter(1)
    c.count = 41
    assert c.bump() == 42
    with pytest.raises(TypeError, match=r"^attribute 'count' of 'Counter' must be int, not str$"):
        c.count = "x"
    with pytest.raises(AttributeError, match=r"'Counter' object has no attribute 'missing'"):
        c.missing
    with pytest.raises(AttributeError, match=r"'Counter' object has no attribute 'extra'"):
        c.extra = 1


def test_objects_pass_in_and_out_of_functions_and_are_shared(m):
    c = m.Counter(10, 3)
    assert m.total(c) == 13
    made = m.make(4)
    assert (made.count, made.history) == (6, [4])
    assert isinstance(made, m.Counter)
    made.bump()
    assert m.total(made) == 10
    # the object is shared, not copied: a method call through a function is visible here
    assert made == made and hash(made) == hash(made)


def test_linked_objects_round_trip(m):
    head = m.chain(4)
    assert head.value == 3 and head.next.value == 2
    assert m.chain_sum(head) == 6
    assert m.chain(0) is None


def test_unbound_methods_and_introspection(m):
    c = m.Counter(1)
    assert m.Counter.bump(c) == 2
    assert m.Counter.name == "Counter"
    assert m.Counter.methods == ["__init__", "bump", "scaled"]
    assert m.Counter.attributes == [("count", "int"), ("step", "int"), ("history", "List[int]")]
    assert m.Counter.code.startswith("class Counter:\n    def __init__(self, start: int, step: int = 1):\n")
    assert "graph @Counter.bump" in m.Counter.graph
    assert sorted(dir(c)) == sorted(["count", "step", "history", "__init__", "bump", "scaled"])
    with pytest.raises(TypeError, match=r"^Counter.__init__\(\) missing 1 required positional argument: 'start'$"):
        m.Counter()
    with pytest.raises(TypeError, match=r"argument 'k' must be float, not str"):
        c.scaled("2")


def test_wrong_class_is_a_type_error(m, make_module):
    other = make_module('''
        class Counter:
            def __init__(self):
                self.other = "different layout"
    ''', name="other")
    foreign = tsc.script(other.Counter)()
    with pytest.raises(TypeError, match=r"^total\(\): argument 'c' must be Counter, not Counter$"):
        m.total(foreign)
