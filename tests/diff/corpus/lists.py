# tests/diff/corpus/lists.py - List methods, slicing with steps, operators and the errors Python raises for them.
from typing import List, Tuple


def append_extend(xs: List[int], ys: List[int]) -> List[int]:
    out = xs.copy()
    out.append(len(ys))
    out.extend(ys)
    out.extend(out)
    return out


def insert_at(xs: List[int], i: int, v: int) -> List[int]:
    xs.insert(i, v)
    return xs


def pop_last(xs: List[int]) -> Tuple[int, List[int]]:
    v = xs.pop()
    return v, xs


def pop_at(xs: List[int], i: int) -> Tuple[int, List[int]]:
    v = xs.pop(i)
    return v, xs


def remove_value(xs: List[int], v: int) -> List[int]:
    xs.remove(v)
    return xs


def index_of(xs: List[int], v: int) -> int:
    return xs.index(v)


def index_of_str(xs: List[str], v: str) -> int:
    return xs.index(v)


def count_of(xs: List[int], v: int) -> int:
    return xs.count(v)


def sort_ints(xs: List[int]) -> List[int]:
    xs.sort()
    return xs


def sort_desc(xs: List[int]) -> List[int]:
    xs.sort(reverse=True)
    return xs


def sort_floats(xs: List[float]) -> List[float]:
    xs.sort()
    return xs


def sort_strs(xs: List[str], rev: bool) -> List[str]:
    xs.sort(reverse=rev)
    return xs


def sorted_copy(xs: List[int]) -> Tuple[List[int], List[int], List[int]]:
    return sorted(xs), sorted(xs, reverse=True), xs


def reverse_in_place(xs: List[str]) -> List[str]:
    xs.reverse()
    return xs


def clear_copy(xs: List[int]) -> Tuple[List[int], List[int]]:
    ys = xs.copy()
    xs.clear()
    return xs, ys


def slice_basic(xs: List[int], a: int, b: int) -> List[int]:
    return xs[a:b]


def slice_step(xs: List[int], step: int) -> List[int]:
    return xs[::step]


def slice_full(xs: List[int], a: int, b: int, step: int) -> List[int]:
    return xs[a:b:step]


def slice_forms(xs: List[int]) -> Tuple[List[int], List[int], List[int], List[int]]:
    return xs[1:], xs[:-1], xs[-2:], xs[::-2]


def concat(xs: List[int], ys: List[int]) -> List[int]:
    return xs + ys


def repeat(xs: List[int], n: int) -> List[int]:
    return xs * n


def zeros(n: int) -> List[float]:
    return [0.0] * n


def equal(xs: List[int], ys: List[int]) -> Tuple[bool, bool]:
    return xs == ys, xs != ys


def equal_nested(xs: List[List[str]], ys: List[List[str]]) -> bool:
    return xs == ys


def contains(xs: List[int], v: int) -> Tuple[bool, bool]:
    return v in xs, v not in xs


def contains_str(xs: List[str], v: str) -> bool:
    return v in xs


def get_item(xs: List[int], i: int) -> int:
    return xs[i]


def set_item(xs: List[int], i: int, v: int) -> List[int]:
    xs[i] = v
    return xs


def del_item(xs: List[int], i: int) -> List[int]:
    del xs[i]
    return xs


def aliasing(xs: List[int]) -> Tuple[List[int], List[int]]:
    ys = xs
    zs = xs.copy()
    ys.append(99)
    zs.append(-1)
    return xs, zs


def aug_extend(xs: List[int], ys: List[int]) -> List[int]:
    alias = xs
    xs += ys
    return alias


def nested_mutation(n: int) -> List[List[int]]:
    grid: List[List[int]] = []
    for i in range(n):
        row: List[int] = []
        for j in range(n):
            row.append(i * n + j)
        grid.append(row)
    grid[0][0] = -1
    if n > 1:
        grid[n - 1].append(100)
    return grid


def shared_rows(n: int) -> List[List[int]]:
    row = [0] * n
    grid = [row, row]
    grid[0][0] = 7
    return grid


def min_max_list(xs: List[int]) -> Tuple[int, int]:
    return min(xs), max(xs)


def min_max_floats(xs: List[float]) -> Tuple[float, float]:
    return min(xs), max(xs)


def sum_list(xs: List[int]) -> int:
    return sum(xs)


def sum_floats(xs: List[float]) -> float:
    return sum(xs)


def list_len(xs: List[List[int]]) -> Tuple[int, int]:
    total = 0
    for row in xs:
        total += len(row)
    return len(xs), total


def stack_ops(ops: List[str]) -> List[int]:
    stack: List[int] = []
    for op in ops:
        if op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        else:
            stack.append(int(op))
    return stack


def queue_rotate(xs: List[int], k: int) -> List[int]:
    for _ in range(k):
        xs.append(xs.pop(0))
    return xs


def dedupe(xs: List[int]) -> List[int]:
    out: List[int] = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def flatten(xss: List[List[int]]) -> List[int]:
    out: List[int] = []
    for xs in xss:
        out.extend(xs)
    return out


def chunks(xs: List[int], n: int) -> List[List[int]]:
    out: List[List[int]] = []
    for i in range(0, len(xs), n):
        out.append(xs[i:i + n])
    return out


def list_of_str(xs: List[str]) -> List[str]:
    ys = list(xs)
    ys.append("new")
    return xs + ys


def bool_list(xs: List[bool]) -> Tuple[bool, bool, int]:
    return any(xs), all(xs), sum(xs)


def insert_sorted(xs: List[int], v: int) -> List[int]:
    i = 0
    while i < len(xs) and xs[i] < v:
        i += 1
    xs.insert(i, v)
    return xs


def truthiness(xs: List[int]) -> str:
    if xs:
        return "non-empty"
    return "empty"


def compare_lengths(a: List[str], b: List[str]) -> str:
    if len(a) > len(b):
        return "first"
    elif len(a) < len(b):
        return "second"
    return "tie"
