# Mutually recursive functions call each other through prim::CallFunction in either definition order.
# RUN: %tsc %s --emit=ir | FileCheck %s


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)
# CHECK-LABEL: graph @is_even(%n : int) -> bool:
# CHECK: [[M:%[a-z0-9_.]+]] : int = aten::sub(%n,
# CHECK: [[R:%[a-z0-9_.]+]] : bool = prim::CallFunction[name="is_odd"]([[M]])


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)
# CHECK-LABEL: graph @is_odd(%n : int) -> bool:
# CHECK: [[M:%[a-z0-9_.]+]] : int = aten::sub(%n,
# CHECK: [[R:%[a-z0-9_.]+]] : bool = prim::CallFunction[name="is_even"]([[M]])


def hofstadter_f(n: int) -> int:
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))
# CHECK-LABEL: graph @hofstadter_f(%n : int) -> int:
# CHECK: [[F:%[a-z0-9_.]+]] : int = prim::CallFunction[name="hofstadter_f"](
# CHECK: [[M:%[a-z0-9_.]+]] : int = prim::CallFunction[name="hofstadter_m"]([[F]])
# CHECK: aten::sub(%n, [[M]])


def hofstadter_m(n: int) -> int:
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))
# CHECK-LABEL: graph @hofstadter_m(%n : int) -> int:
# CHECK: [[M:%[a-z0-9_.]+]] : int = prim::CallFunction[name="hofstadter_m"](
# CHECK: [[F:%[a-z0-9_.]+]] : int = prim::CallFunction[name="hofstadter_f"]([[M]])
# CHECK: aten::sub(%n, [[F]])
