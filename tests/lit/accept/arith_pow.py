# '**' on two ints is an int (Python semantics); a float operand makes it float; '**' is right-associative.
# RUN: %tsc %s --emit=ir | FileCheck %s


def square(n: int) -> int:
    return n ** 2
# CHECK-LABEL: graph @square(%n : int) -> int:
# CHECK: [[TWO:%[a-z0-9_.]+]] : int = prim::Constant[value=2]()
# CHECK: [[P:%[a-z0-9_.]+]] : int = aten::pow(%n, [[TWO]])
# CHECK: return ([[P]])


def tower(a: int, b: int, c: int) -> int:
    return a ** b ** c
# CHECK-LABEL: graph @tower(%a : int, %b : int, %c : int) -> int:
# CHECK: [[E:%[a-z0-9_.]+]] : int = aten::pow(%b, %c)
# CHECK: [[P:%[a-z0-9_.]+]] : int = aten::pow(%a, [[E]])
# CHECK: return ([[P]])


def compound(rate: float, years: int) -> float:
    return (1.0 + rate) ** years
# CHECK-LABEL: graph @compound(%rate : float, %years : int) -> float:
# CHECK: [[B:%[a-z0-9_.]+]] : float = aten::add({{%[a-z0-9_.]+}}, %rate)
# CHECK: [[Y:%[a-z0-9_.]+]] : float = aten::Float(%years)
# CHECK: [[P:%[a-z0-9_.]+]] : float = aten::pow([[B]], [[Y]])
# CHECK: return ([[P]])


def root(x: float) -> float:
    return x ** 0.5
# CHECK-LABEL: graph @root(%x : float) -> float:
# CHECK: [[H:%[a-z0-9_.]+]] : float = prim::Constant[value=0.5]()
# CHECK: [[P:%[a-z0-9_.]+]] : float = aten::pow(%x, [[H]])
# CHECK: return ([[P]])
