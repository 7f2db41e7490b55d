# tests/diff/corpus/classes.py - Classes: methods, lists of objects, objects holding objects, mutation through references.
from typing import Dict, List, Optional, Tuple


class Point:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    def add(self, other: "Point") -> "Point":
        return Point(self.x + other.x, self.y + other.y)

    def scale(self, k: float) -> None:
        self.x *= k
        self.y *= k

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y

    def text(self) -> str:
        return f"({self.x}, {self.y})"


class Counter:
    def __init__(self, start: int):
        self.count = start
        self.history: List[int] = []

    def bump(self, by: int = 1) -> int:
        self.history.append(self.count)
        self.count += by
        return self.count

    def reset(self) -> None:
        self.count = 0
        self.history.clear()


class Node:
    def __init__(self, value: int):
        self.value = value
        self.next: Optional[Node] = None


class LinkedList:
    def __init__(self):
        self.head: Optional[Node] = None
        self.size = 0

    def push(self, value: int) -> None:
        node = Node(value)
        node.next = self.head
        self.head = node
        self.size += 1

    def to_list(self) -> List[int]:
        out: List[int] = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out

    def reverse(self) -> None:
        prev: Optional[Node] = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev


class Stack:
    def __init__(self):
        self.items: List[str] = []

    def push(self, s: str) -> None:
        self.items.append(s)

    def pop(self) -> str:
        if len(self.items) == 0:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def peek(self) -> Optional[str]:
        if len(self.items) == 0:
            return None
        return self.items[-1]

    def is_empty(self) -> bool:
        return len(self.items) == 0


class Rect:
    def __init__(self, corner: Point, w: float, h: float):
        self.corner = corner
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def contains(self, p: Point) -> bool:
        return self.corner.x <= p.x <= self.corner.x + self.w and self.corner.y <= p.y <= self.corner.y + self.h


class Tree:
    def __init__(self, key: int):
        self.key = key
        self.left: Optional[Tree] = None
        self.right: Optional[Tree] = None

    def insert(self, key: int) -> None:
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)

    def inorder(self, out: List[int]) -> None:
        if self.left is not None:
            self.left.inorder(out)
        out.append(self.key)
        if self.right is not None:
            self.right.inorder(out)

    def height(self) -> int:
        lh = 0
        rh = 0
        if self.left is not None:
            lh = self.left.height()
        if self.right is not None:
            rh = self.right.height()
        return 1 + max(lh, rh)


class Matrix2:
    def __init__(self, a: int, b: int, c: int, d: int):
        self.a = a
        self.b = b
        self.c = c
        self.d = d

    def mul(self, o: "Matrix2") -> "Matrix2":
        return Matrix2(self.a * o.a + self.b * o.c, self.a * o.b + self.b * o.d,
                       self.c * o.a + self.d * o.c, self.c * o.b + self.d * o.d)

    def det(self) -> int:
        return self.a * self.d - self.b * self.c


def point_ops(x: float, y: float) -> Tuple[str, float]:
    p = Point(x, y)
    q = p.add(Point(1.0, -1.0))
    q.scale(2.0)
    return q.text(), q.norm2()


def counter_run(start: int, steps: int) -> Tuple[int, List[int]]:
    c = Counter(start)
    for i in range(steps):
        c.bump(i)
    c.bump()
    return c.count, c.history


def counter_reset(n: int) -> Tuple[int, int]:
    c = Counter(n)
    c.bump(5)
    c.reset()
    c.bump(by=2)
    return c.count, len(c.history)


def shared_reference(n: int) -> Tuple[int, int]:
    a = Counter(0)
    b = a
    for _ in range(n):
        b.bump()
    return a.count, b.count


def objects_in_list(n: int) -> List[int]:
    counters: List[Counter] = []
    for i in range(n):
        counters.append(Counter(i * 10))
    for c in counters:
        c.bump(c.count)
    first = counters[0]
    first.bump(1000)
    return [c.count for c in counters]


def linked_list(xs: List[int]) -> Tuple[List[int], List[int], int]:
    ll = LinkedList()
    for x in xs:
        ll.push(x)
    before = ll.to_list()
    ll.reverse()
    return before, ll.to_list(), ll.size


def stack_use(ops: List[str]) -> List[str]:
    s = Stack()
    out: List[str] = []
    for op in ops:
        if op == "-":
            out.append(s.pop())
        elif op == "?":
            top = s.peek()
            out.append("none" if top is None else top)
        else:
            s.push(op)
    out.append(str(s.is_empty()))
    return out


def rect_contains(px: float, py: float) -> Tuple[float, bool]:
    r = Rect(Point(0.0, 0.0), 4.0, 2.5)
    return r.area(), r.contains(Point(px, py))


def rect_shares_corner(dx: float) -> Tuple[float, float]:
    corner = Point(1.0, 1.0)
    r1 = Rect(corner, 1.0, 1.0)
    r2 = Rect(corner, 2.0, 2.0)
    corner.x += dx
    return r1.corner.x, r2.corner.x


def tree_sort(xs: List[int]) -> Tuple[List[int], int]:
    root = Tree(xs[0])
    for x in xs[1:]:
        root.insert(x)
    out: List[int] = []
    root.inorder(out)
    return out, root.height()


def matrix_power(n: int) -> Tuple[int, int]:
    result = Matrix2(1, 0, 0, 1)
    base = Matrix2(1, 1, 1, 0)
    k = n
    while k > 0:
        if k % 2 == 1:
            result = result.mul(base)
        base = base.mul(base)
        k //= 2
    return result.b, result.det()


def object_dict(names: List[str]) -> Dict[str, int]:
    table: Dict[str, Counter] = {}
    for name in names:
        if name not in table:
            table[name] = Counter(0)
        table[name].bump()
    out: Dict[str, int] = {}
    for name, c in table.items():
        out[name] = c.count
    return out


def identity_compare(n: int) -> Tuple[bool, bool, bool]:
    a = Counter(n)
    b = Counter(n)
    c = a
    return a is b, a is c, a.count == b.count


def optional_object(make: bool) -> str:
    p: Optional[Point] = None
    if make:
        p = Point(1.5, 2.0)
    if p is None:
        return "no point"
    return p.text()
