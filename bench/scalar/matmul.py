# bench/scalar/matmul.py - An n x n matrix product on lists of lists of floats.
#
# A workload of bench/scalar_workloads.py; valid TorchScript and valid Python 3.
# The inputs come from small integers, so every product and partial sum is
# exact in a double and the checksum does not depend on rounding.
from typing import List


def make_matrix(n: int, seed: int) -> List[List[float]]:
    m: List[List[float]] = []
    for i in range(n):
        row: List[float] = []
        for j in range(n):
            row.append(float((i * 31 + j * 17 + seed) % 11 - 5))
        m.append(row)
    return m


def multiply(a: List[List[float]], b: List[List[float]]) -> List[List[float]]:
    n = len(a)
    m = len(b[0])
    inner = len(b)
    c: List[List[float]] = []
    for i in range(n):
        ai = a[i]
        row = [0.0] * m
        for k in range(inner):
            aik = ai[k]
            bk = b[k]
            for j in range(m):
                row[j] += aik * bk[j]
        c.append(row)
    return c


def matmul(n: int) -> float:
    a = make_matrix(n, 1)
    b = make_matrix(n, 7)
    c = multiply(a, b)
    total = 0.0
    for i in range(n):
        row = c[i]
        for j in range(n):
            total += row[j] * ((i + 2 * j) % 5 - 2)
    return total
