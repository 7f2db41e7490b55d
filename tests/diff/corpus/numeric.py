# tests/diff/corpus/numeric.py - Integer and float edge cases: floor division and modulo signs, mixing, round, pow, bits.
from typing import List, Tuple


def floor_div(a: int, b: int) -> int:
    return a // b


def modulo(a: int, b: int) -> int:
    return a % b


def floor_div_float(a: float, b: float) -> float:
    return a // b


def modulo_float(a: float, b: float) -> float:
    return a % b


def true_div(a: int, b: int) -> float:
    return a / b


def true_div_float(a: float, b: float) -> float:
    return a / b


def div_mod_identity(a: int, b: int) -> bool:
    return (a // b) * b + a % b == a


def divmod_int(a: int, b: int) -> Tuple[int, int]:
    return divmod(a, b)


def divmod_float(a: float, b: float) -> Tuple[float, float]:
    return divmod(a, b)


def mixed_add(a: int, b: float) -> float:
    return a + b


def mixed_floor_div(a: int, b: float) -> float:
    return a // b


def mixed_mod(a: float, b: int) -> float:
    return a % b


def mixed_mul_sub(a: int, b: float, c: int) -> float:
    return a * b - c


def mixed_compare(a: int, b: float) -> Tuple[bool, bool, bool, bool]:
    return a == b, a < b, a >= b, a != b


def bool_arith(a: bool, b: bool) -> Tuple[int, int, float]:
    return a + b, a * 10 - b, a / 2


def int_of_float(x: float) -> int:
    return int(x)


def float_of_int(n: int) -> float:
    return float(n)


def round_int(x: float) -> int:
    return round(x)


def round_digits(x: float, n: int) -> float:
    return round(x, n)


def abs_int(n: int) -> int:
    return abs(n)


def abs_float(x: float) -> float:
    return abs(x)


def power_int(a: int, b: int) -> int:
    return a ** b


def power_float(a: float, b: float) -> float:
    return a ** b


def pow_builtin(a: int, b: int) -> int:
    return pow(a, b)


def pow_mixed(a: int, b: float) -> float:
    return pow(a, b)


def right_assoc_pow(a: int, b: int, c: int) -> int:
    return a ** b ** c


def neg_pow(a: int) -> int:
    return -a ** 2


def bit_ops(a: int, b: int) -> Tuple[int, int, int, int]:
    return a & b, a | b, a ^ b, ~a


def shift_left(a: int, n: int) -> int:
    return a << n


def shift_right(a: int, n: int) -> int:
    return a >> n


def bool_bit_ops(a: bool, b: bool) -> Tuple[bool, bool, bool]:
    return a & b, a | b, a ^ b


def chained(a: int, b: int, c: int) -> Tuple[bool, bool, bool, bool]:
    return a < b < c, a <= b <= c, a < b > c, a == b == c


def chained_float(a: float, b: int, c: float) -> bool:
    return a <= b < c


def precedence(a: int, b: int, c: int) -> Tuple[int, int, int, bool]:
    return a + b * c, (a + b) * c, a - b - c, a | b & c == c


def unary_ops(a: int) -> Tuple[int, int, int, bool]:
    return -a, +a, -(-a), not a


def augmented(a: int) -> List[int]:
    out: List[int] = []
    x = a
    x += 7
    out.append(x)
    x -= 3
    out.append(x)
    x *= -2
    out.append(x)
    x //= 3
    out.append(x)
    x %= 5
    out.append(x)
    x **= 3
    out.append(x)
    x <<= 2
    out.append(x)
    x >>= 1
    out.append(x)
    x &= 0xFF
    out.append(x)
    x |= 0x100
    out.append(x)
    x ^= 0x5
    out.append(x)
    return out


def augmented_float(a: float) -> List[float]:
    out: List[float] = []
    x = a
    x += 0.5
    out.append(x)
    x *= 3.0
    out.append(x)
    x /= 4.0
    out.append(x)
    x //= 0.5
    out.append(x)
    x %= 1.25
    out.append(x)
    x -= 10.0
    out.append(x)
    x **= 2.0
    out.append(x)
    return out


def int_literals(k: int) -> int:
    if k == 0:
        return 0x7F + 0o17 + 0b1011
    if k == 1:
        return 1_000_000 - 1
    if k == 2:
        return 9223372036854775807
    return -9223372036854775807 - 1


def sum_of_squares(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def mean(xs: List[float]) -> float:
    return sum(xs) / len(xs)


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def digits_sum(n: int) -> int:
    n = abs(n)
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def int_truthiness(a: int, b: float) -> Tuple[bool, bool, bool]:
    return bool(a), bool(b), not b


def max_int_arith(k: int) -> int:
    big = 9223372036854775807
    if k == 0:
        return big - 1 + 1
    if k == 1:
        return -big - 1
    if k == 2:
        return big // -1
    return big % 1000


def int_min_edges(k: int) -> int:
    x = -9223372036854775807 - 1
    if k == 0:
        return x % -1
    if k == 1:
        return x % 10
    if k == 2:
        return x >> 63
    if k == 3:
        return x >> 1
    if k == 4:
        return x // 1
    if k == 5:
        return x % 9223372036854775807
    if k == 6:
        return x // 9223372036854775807
    return x & 0xFF


def int_min_text() -> Tuple[str, str, str, str, str]:
    x = -9223372036854775807 - 1
    return str(x), hex(x), oct(x), bin(x), f"{x}"
