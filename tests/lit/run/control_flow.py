# Loops that swap, carry, break, continue and return early; values that alias their inputs (node = node.next, s = s + t).
# RUN: %tsc run %s | FileCheck %s
from typing import Dict, List, Optional, Tuple


class Node:
    def __init__(self, value: int, next: Optional["Node"]):
        self.value = value
        self.next = next


def linked(n: int) -> Tuple[int, int]:
    head: Optional[Node] = None
    for i in range(n):
        head = Node(i, head)
    total = 0
    count = 0
    node = head
    while node is not None:
        total += node.value
        count += 1
        node = node.next
    return total, count


def swap_loop(n: int) -> Tuple[int, int, int]:
    a = 1
    b = 2
    c = 3
    for i in range(n):
        a, b, c = c, a, b + i
    return a, b, c


def nested_break(n: int) -> List[Tuple[int, int]]:
    out: List[Tuple[int, int]] = []
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            if (i + j) % 3 == 0:
                continue
            out.append((i, j))
        if len(out) > 10:
            break
    return out


def str_alias(n: int) -> Tuple[str, str, List[str]]:
    s = "a"
    t = s
    keep: List[str] = []
    for i in range(n):
        s = s + str(i)
        if i % 2 == 0:
            keep.append(s)
        t = t + "-"
    return s, t, keep


def list_walk(depth: int) -> int:
    x: List[List[int]] = [[1], [2, 3]]
    total = 0
    for _ in range(depth):
        x = [x[1], x[0] + x[1]]
        total += len(x[1])
    return total


def tuple_walk(n: int) -> Tuple[int, int]:
    t = (0, 1)
    for _ in range(n):
        a, b = t
        t = (b, a + b)
    return t


def search(xs: List[int], target: int) -> int:
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1)


def early(xs: List[int]) -> Tuple[int, int]:
    best = -1
    idx = 0
    while idx < len(xs):
        v = xs[idx]
        if v < 0:
            return best, idx
        if v > best:
            best = v
        idx += 1
    return best, -1


def dict_loop(words: List[str]) -> Dict[str, List[int]]:
    pos: Dict[str, List[int]] = {}
    for i, w in enumerate(words):
        if w not in pos:
            pos[w] = []
        pos[w].append(i)
    return pos


def cond_chain(n: int) -> List[str]:
    out: List[str] = []
    for i in range(n):
        if i % 15 == 0:
            out.append("fizzbuzz")
        elif i % 5 == 0:
            out.append("buzz")
        elif i % 3 == 0:
            out.append("fizz")
        else:
            out.append(str(i))
    return out


def acc_floats(n: int) -> Tuple[float, float]:
    s = 0.0
    p = 1.0
    for i in range(1, n + 1):
        s += 1.0 / i
        p *= 1.0 + 1.0 / (i * i)
    return s, p


def count_until(limit: int) -> int:
    total = 0
    i = 0
    while True:
        i += 1
        if i % 2 == 0:
            continue
        total += i
        if total > limit:
            break
    return total


def shadow(n: int) -> int:
    x = 0
    for i in range(n):
        y = x
        x = y + i
        if x > 20:
            x = x - y
    return x


def opt_walk(xs: List[Optional[int]]) -> int:
    total = 0
    for x in xs:
        if x is None:
            continue
        total += x
    return total


def main() -> None:
    print(linked(100), linked(0))
    print(swap_loop(7))
    print(nested_break(6))
    print(str_alias(5))
    print(list_walk(6), tuple_walk(30))
    print(search([1, 3, 5, 7, 9, 11], 7), search([1, 3, 5], 4))
    print(early([3, 9, 2, -1, 50]), early([1, 2]))
    print(dict_loop(["a", "b", "a", "c", "b", "a"]))
    print(cond_chain(16))
    print(acc_floats(50))
    print(count_until(100), shadow(12), opt_walk([1, None, 3, None]))

# CHECK: (4950, 100) (0, 0)
# CHECK-NEXT: (10, 6, 11)
# CHECK-NEXT: [(1, 0), (1, 1), (2, 0), (2, 2), (3, 1), (3, 2), (4, 0), (4, 1), (4, 3), (4, 4), (5, 0), (5, 2), (5, 3), (5, 5)]
# CHECK-NEXT: ('a01234', 'a-----', ['a0', 'a012', 'a01234'])
# CHECK-NEXT: 84 (832040, 1346269)
# CHECK-NEXT: 3 -3
# CHECK-NEXT: (9, 3) (2, -1)
# CHECK-NEXT: {'a': [0, 2, 5], 'b': [1, 4], 'c': [3]}
# CHECK-NEXT: ['fizzbuzz', '1', '2', 'fizz', '4', 'buzz', 'fizz', '7', '8', 'fizz', 'buzz', '11', 'fizz', '13', '14', 'fizzbuzz']
# CHECK-NEXT: (4.499205338329423, 3.604007277545255)
# CHECK-NEXT: 121 11 4
# CHECK-NEXT: None
