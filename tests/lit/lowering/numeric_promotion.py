# Python's numeric tower: bool operands become ints (aten::Int), an int mixed
# with a float becomes a float (aten::Float), `/` is always a float, int ** int
# stays an int except with a negative constant exponent (2 ** -1 == 0.5), and
# an int passed or assigned where a float is declared is converted.
# RUN: %tsc %s --emit=ir | FileCheck %s


def mix(n: int, x: float, flag: bool) -> float:
    a = n + x
    b = flag + 1
    c = n / 2
    d = n ** 2
    e = n ** -2
    y: float = 3
    return a + b + c + d + e + y
# CHECK-LABEL: graph @mix(%n : int, %x : float, %flag : bool) -> float:
# CHECK-NEXT: [[NF:%[a-z0-9_.]+]] : float = aten::Float(%n)
# CHECK-NEXT: %a : float = aten::add([[NF]], %x)
# CHECK-NEXT: [[ONE:%[a-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK-NEXT: [[FI:%[a-z0-9_.]+]] : int = aten::Int(%flag)
# CHECK-NEXT: %b : int = aten::add([[FI]], [[ONE]])
# CHECK-NEXT: [[TWO:%[a-z0-9_.]+]] : int = prim::Constant[value=2]()
# CHECK-NEXT: %c : float = aten::div(%n, [[TWO]])
# CHECK-NEXT: [[TWO2:%[a-z0-9_.]+]] : int = prim::Constant[value=2]()
# CHECK-NEXT: %d : int = aten::pow(%n, [[TWO2]])
# CHECK-NEXT: [[M2:%[a-z0-9_.]+]] : int = prim::Constant[value=-2]()
# CHECK-NEXT: [[NF2:%[a-z0-9_.]+]] : float = aten::Float(%n)
# CHECK-NEXT: [[M2F:%[a-z0-9_.]+]] : float = aten::Float([[M2]])
# CHECK-NEXT: %e : float = aten::pow([[NF2]], [[M2F]])
# The literal is converted at compile time.
# CHECK-NEXT: %y : float = prim::Constant[value=3.0]()


def half(x: float) -> float:
    return x / 2


def call_with_int() -> float:
    return half(3)
# CHECK-LABEL: graph @call_with_int() -> float:
# CHECK-NEXT: [[THREE:%[a-z0-9_.]+]] : float = prim::Constant[value=3.0]()
# CHECK-NEXT: [[R:%[a-z0-9_.]+]] : float = prim::CallFunction[name="half"]([[THREE]])
# CHECK-NEXT: return ([[R]])
