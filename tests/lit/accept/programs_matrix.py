# Matrix utilities on List[List[float]]: identity, multiply, transpose, recursive determinant and a power loop.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def identity(n: int) -> List[List[float]]:
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def matmul(a: List[List[float]], b: List[List[float]]) -> List[List[float]]:
    n = len(a)
    m = len(b[0])
    k = len(b)
    if len(a[0]) != k:
        raise ValueError(f"shape mismatch: {n}x{len(a[0])} @ {k}x{m}")
    out: List[List[float]] = []
    for i in range(n):
        row = [0.0] * m
        for j in range(m):
            acc = 0.0
            for t in range(k):
                acc += a[i][t] * b[t][j]
            row[j] = acc
        out.append(row)
    return out


def minor(m: List[List[float]], col: int) -> List[List[float]]:
    return [row[:col] + row[col + 1:] for row in m[1:]]


def det(m: List[List[float]]) -> float:
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0.0
    sign = 1.0
    for c in range(n):
        total += sign * m[0][c] * det(minor(m, c))
        sign = -sign
    return total


def matpow(m: List[List[float]], e: int) -> List[List[float]]:
    result = identity(len(m))
    base = m
    while e > 0:
        if e % 2 == 1:
            result = matmul(result, base)
        base = matmul(base, base)
        e //= 2
    return result
# CHECK-LABEL: graph @identity(%n : int) -> List[List[float]]:
# CHECK: : List[List[float]] = prim::ListConstruct()
# CHECK: prim::Loop(%n,
# CHECK: : List[float] = prim::ListConstruct()
# CHECK: prim::Loop(%n,
# CHECK: : float = prim::If(

# CHECK-LABEL: graph @matmul(%a : List[List[float]], %b : List[List[float]]) -> List[List[float]]:
# CHECK: prim::RaiseException[exc="ValueError"](
# CHECK: prim::Loop(
# CHECK: prim::Loop(
# CHECK: [[ACC:%[a-z0-9_.]+]] : float = prim::Loop(
# CHECK: aten::_set_item({{%[a-z0-9_.]+}}, {{%[a-z0-9_.]+}}, [[ACC]])

# CHECK-LABEL: graph @minor(%m : List[List[float]], %col : int) -> List[List[float]]:
# CHECK: aten::slice(%m,
# CHECK: prim::Loop(
# CHECK: aten::add(

# CHECK-LABEL: graph @det(%m : List[List[float]]) -> float:
# CHECK: prim::Loop(
# CHECK: [[MI:%[a-z0-9_.]+]] : List[List[float]] = prim::CallFunction[name="minor"](%m,
# CHECK: prim::CallFunction[name="det"]([[MI]])
# CHECK: aten::neg(

# CHECK-LABEL: graph @matpow(%m : List[List[float]], %e : int) -> List[List[float]]:
# CHECK: prim::CallFunction[name="identity"](
# CHECK: prim::Constant[value=9223372036854775807]()
# CHECK: prim::Loop(
# CHECK: prim::CallFunction[name="matmul"](
# CHECK: prim::CallFunction[name="matmul"](
# CHECK: aten::floordiv(
