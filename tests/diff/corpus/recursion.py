# tests/diff/corpus/recursion.py - Direct and mutual recursion, recursion over containers, and RecursionError.
from typing import Dict, List


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def factorial(n: int) -> int:
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def gcd(a: int, b: int) -> int:
    if b == 0:
        return a
    return gcd(b, a % b)


def power(base: float, exp: int) -> float:
    if exp == 0:
        return 1.0
    if exp < 0:
        return 1.0 / power(base, -exp)
    half = power(base, exp // 2)
    if exp % 2 == 0:
        return half * half
    return half * half * base


def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def forever(n: int) -> int:
    return forever(n + 1) + 1


def hanoi(n: int, src: str, dst: str, via: str, moves: List[str]) -> None:
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(f"{src}->{dst}")
    hanoi(n - 1, via, dst, src, moves)


def hanoi_moves(n: int) -> List[str]:
    moves: List[str] = []
    hanoi(n, "A", "C", "B", moves)
    return moves


def permutations(xs: List[int]) -> List[List[int]]:
    if len(xs) <= 1:
        return [xs.copy()]
    out: List[List[int]] = []
    for i in range(len(xs)):
        rest = xs[:i] + xs[i + 1:]
        for p in permutations(rest):
            out.append([xs[i]] + p)
    return out


def subsets_sum(xs: List[int], target: int) -> int:
    if len(xs) == 0:
        return 1 if target == 0 else 0
    return subsets_sum(xs[1:], target - xs[0]) + subsets_sum(xs[1:], target)


def merge_sort(xs: List[int]) -> List[int]:
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out: List[int] = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]


def quick_sort(xs: List[int]) -> List[int]:
    if len(xs) <= 1:
        return xs
    pivot = xs[0]
    less = [x for x in xs[1:] if x < pivot]
    more = [x for x in xs[1:] if x >= pivot]
    return quick_sort(less) + [pivot] + quick_sort(more)


def binary_search(xs: List[int], target: int, lo: int, hi: int) -> int:
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binary_search(xs, target, mid + 1, hi)
    return binary_search(xs, target, lo, mid - 1)


def memo_fib(n: int, memo: Dict[int, int]) -> int:
    if n in memo:
        return memo[n]
    v = n if n < 2 else memo_fib(n - 1, memo) + memo_fib(n - 2, memo)
    memo[n] = v
    return v


def fib_memo(n: int) -> int:
    memo: Dict[int, int] = {}
    return memo_fib(n, memo)


def flatten_depth(s: str, level: int) -> str:
    if level == 0:
        return s
    return "(" + flatten_depth(s, level - 1) + ")"


def count_paths(r: int, c: int) -> int:
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)


def digits_reversed(n: int) -> str:
    if n < 10:
        return str(n)
    return str(n % 10) + digits_reversed(n // 10)


def collatz_len(n: int) -> int:
    if n == 1:
        return 1
    if n % 2 == 0:
        return 1 + collatz_len(n // 2)
    return 1 + collatz_len(3 * n + 1)


def countdown_print(n: int) -> int:
    if n < 0:
        return 0
    print(n)
    return 1 + countdown_print(n - 1)
