# A function may call itself: each recursive call is a prim::CallFunction naming the function.
# RUN: %tsc %s --emit=ir | FileCheck %s


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
# CHECK-LABEL: graph @fib(%n : int) -> int:
# CHECK: aten::lt(%n,
# CHECK: [[N1:%[a-z0-9_.]+]] : int = aten::sub(%n,
# CHECK: [[A:%[a-z0-9_.]+]] : int = prim::CallFunction[name="fib"]([[N1]])
# CHECK: [[N2:%[a-z0-9_.]+]] : int = aten::sub(%n,
# CHECK: [[B:%[a-z0-9_.]+]] : int = prim::CallFunction[name="fib"]([[N2]])
# CHECK: aten::add([[A]], [[B]])
# CHECK: return (


def gcd(a: int, b: int) -> int:
    if b == 0:
        return a
    return gcd(b, a % b)
# CHECK-LABEL: graph @gcd(%a : int, %b : int) -> int:
# CHECK: [[R:%[a-z0-9_.]+]] : int = aten::remainder(%a, %b)
# CHECK: prim::CallFunction[name="gcd"](%b, [[R]])


def factorial(n: int) -> int:
    return 1 if n <= 1 else n * factorial(n - 1)
# CHECK-LABEL: graph @factorial(%n : int) -> int:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::le(%n,
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::If([[C]])
# CHECK: block1():
# CHECK: [[F:%[a-z0-9_.]+]] : int = prim::CallFunction[name="factorial"](
# CHECK: [[M:%[a-z0-9_.]+]] : int = aten::mul(%n, [[F]])
# CHECK: -> ([[M]])
# CHECK: return ([[R]])


def power_set_size(items: int) -> int:
    if items == 0:
        return 1
    return 2 * power_set_size(items - 1)
# CHECK-LABEL: graph @power_set_size(%items : int) -> int:
# CHECK: prim::CallFunction[name="power_set_size"](
