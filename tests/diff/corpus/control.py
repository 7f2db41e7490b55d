# tests/diff/corpus/control.py - Control flow: break/continue in nested loops, early returns, while loops, ranges.
from typing import List, Tuple


def first_negative(xs: List[int]) -> int:
    for i, x in enumerate(xs):
        if x < 0:
            return i
    return -1


def find_pair(xs: List[int], target: int) -> Tuple[int, int]:
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return -1, -1


def nested_break(n: int) -> List[Tuple[int, int]]:
    out: List[Tuple[int, int]] = []
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            if (i + j) % 2 == 1:
                continue
            out.append((i, j))
    return out


def outer_break_flag(grid: List[List[int]], target: int) -> str:
    found = False
    where = ""
    for r in range(len(grid)):
        for c in range(len(grid[r])):
            if grid[r][c] == target:
                found = True
                where = f"{r},{c}"
                break
        if found:
            break
    return where if found else "absent"


def while_countdown(n: int) -> List[int]:
    out: List[int] = []
    while n > 0:
        out.append(n)
        n -= 3
    return out


def while_break_continue(n: int) -> int:
    total = 0
    i = 0
    while True:
        i += 1
        if i > n:
            break
        if i % 3 == 0:
            continue
        total += i
    return total


def while_return(xs: List[int]) -> int:
    i = 0
    while i < len(xs):
        if xs[i] == 0:
            return i
        i += 1
    return len(xs)


def range_forms(a: int, b: int, step: int) -> List[int]:
    return [x for x in range(a, b, step)]


def range_one(n: int) -> List[int]:
    out: List[int] = []
    for i in range(n):
        out.append(i)
    return out


def range_neg_step(n: int) -> List[int]:
    out: List[int] = []
    for i in range(n, -n, -2):
        out.append(i)
    return out


def range_len(a: int, b: int, step: int) -> int:
    count = 0
    for _ in range(a, b, step):
        count += 1
    return count


def classify(n: int) -> str:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


def fizzbuzz(n: int) -> List[str]:
    out: List[str] = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out


def loop_var_after(n: int) -> int:
    last = -1
    for i in range(n):
        last = i
    return last


def nested_while(n: int) -> int:
    count = 0
    i = 0
    while i < n:
        j = 0
        while j < i:
            if j == 3:
                break
            count += 1
            j += 1
        i += 1
    return count


def conditional_expr(a: int, b: int) -> Tuple[int, str]:
    bigger = a if a > b else b
    label = "same" if a == b else ("a" if a > b else "b")
    return bigger, label


def short_circuit(xs: List[int], i: int) -> bool:
    return i < len(xs) and xs[i] > 0


def or_default(s: str, fallback: str) -> str:
    return s or fallback


def and_value(a: int, b: int) -> int:
    return a and b


def continue_in_for(xs: List[int]) -> List[int]:
    out: List[int] = []
    for x in xs:
        if x % 2 == 0:
            continue
        if x > 10:
            break
        out.append(x)
    return out


def prime_list(n: int) -> List[int]:
    primes: List[int] = []
    for k in range(2, n):
        is_prime = True
        for p in primes:
            if p * p > k:
                break
            if k % p == 0:
                is_prime = False
                break
        if is_prime:
            primes.append(k)
    return primes


def zip_loop(a: List[int], b: List[str]) -> List[str]:
    out: List[str] = []
    for x, y in zip(a, b):
        out.append(y * x)
    return out


def enumerate_start(xs: List[str]) -> List[str]:
    out: List[str] = []
    for i, x in enumerate(xs, 1):
        out.append(f"{i}.{x}")
    return out


def reversed_loop(xs: List[int]) -> List[int]:
    out: List[int] = []
    for x in reversed(xs):
        out.append(x * 2)
    return out


def string_loop_break(s: str) -> str:
    out = ""
    for c in s:
        if c == ".":
            break
        if c == " ":
            continue
        out += c
    return out


def early_return_nested(n: int) -> str:
    for i in range(n):
        j = 0
        while j < n:
            if i * j == 6:
                return f"{i}*{j}"
            j += 1
    return "none"


def pass_statement(n: int) -> int:
    if n > 0:
        pass
    else:
        n = -n
    return n


def chained_assign(n: int) -> Tuple[int, int, int]:
    a = b = c = n
    a += 1
    return a, b, c


def loop_modifies_list(n: int) -> List[int]:
    xs = [1]
    for i in range(n):
        xs.append(xs[i] * 2)
    return xs
