# while loops are prim::Loop(INT64_MAX, first condition, carried...) whose body recomputes the condition as its first output.
# RUN: %tsc %s --emit=ir | FileCheck %s


def first_power_at_least(limit: int) -> int:
    p = 1
    while p < limit:
        p *= 2
    return p
# CHECK-LABEL: graph @first_power_at_least(%limit : int) -> int:
# CHECK-DAG: [[P0:%[a-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK-DAG: [[MAX:%[a-z0-9_.]+]] : int = prim::Constant[value=9223372036854775807]()
# CHECK-DAG: [[C0:%[a-z0-9_.]+]] : bool = aten::lt([[P0]], %limit)
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::Loop([[MAX]], [[C0]], [[P0]])
# CHECK-NEXT: block0({{%[a-z0-9_.]+}} : int, [[PB:%[a-z0-9_.]+]] : int):
# CHECK: [[P1:%[a-z0-9_.]+]] : int = aten::mul([[PB]],
# CHECK: [[C1:%[a-z0-9_.]+]] : bool = aten::lt([[P1]], %limit)
# CHECK-NEXT: -> ([[C1]], [[P1]])
# CHECK: return ([[R]])


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
# CHECK-LABEL: graph @collatz_steps(%n : int) -> int:
# CHECK-DAG: [[MAX:%[a-z0-9_.]+]] : int = prim::Constant[value=9223372036854775807]()
# CHECK-DAG: [[C0:%[a-z0-9_.]+]] : bool = aten::ne(%n,
# CHECK: prim::Loop([[MAX]], [[C0]],
# CHECK: aten::remainder(
# CHECK: prim::If(
# CHECK: aten::floordiv(
# CHECK: block1():
# CHECK: aten::mul(
# CHECK: [[C1:%[a-z0-9_.]+]] : bool = aten::ne(
# CHECK-NEXT: -> ([[C1]],
# CHECK: return (
