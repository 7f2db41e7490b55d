# break and continue: values assigned before a break leave the loop with it,
# statements after a possible exit run under prim::If(not exited), and the
# loop continues while no break happened. A variable assigned on one path and
# used after an if whose other paths all leave is visible there.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def first_even(l: List[int]) -> int:
    found = -1
    count = 0
    for v in l:
        if v < 0:
            continue
        count += 1
        if v % 2 == 0:
            found = v
            break
    return found * 100 + count
# CHECK-LABEL: graph @first_even(%l : List[int]) -> int:
# CHECK: %found : int = prim::Constant[value=-1]()
# CHECK: %count : int = prim::Constant[value=0]()
# CHECK: [[COUNT:%count[.0-9]*]] : int, [[FOUND:%found[.0-9]*]] : int = prim::Loop({{%[a-z0-9_.]+}}, {{%[a-z0-9_.]+}}, %count, %found)
# CHECK-NEXT: block0({{%[a-z0-9_.]+}} : int, [[CB:%count[.0-9]*]] : int, [[FB:%found[.0-9]*]] : int):
# `continue` is a flag; the rest of the body is guarded by its negation.
# CHECK: [[CONT:%[a-z0-9_.]+]] : bool = prim::If(
# CHECK: [[GO:%[a-z0-9_.]+]] : bool = aten::__not__([[CONT]])
# CHECK-NEXT: [[C2:%count[.0-9]*]] : int, [[F2:%found[.0-9]*]] : int, [[BRK:%[a-z0-9_.]+]] : bool, {{%[a-z0-9_.]+}} : bool = prim::If([[GO]])
# CHECK-NEXT: block0():
# CHECK: [[C3:%count[.0-9]*]] : int = aten::add([[CB]],
# `found = v; break` yields v with the break flag set.
# CHECK: [[F3:%found[.0-9]*]] : int, [[B3:%[a-z0-9_.]+]] : bool = prim::If(
# CHECK-NEXT: block0():
# CHECK-NEXT: [[TRUE:%[a-z0-9_.]+]] : bool = prim::Constant[value=True]()
# CHECK-NEXT: -> (%v, [[TRUE]])
# CHECK-NEXT: block1():
# CHECK-NEXT: [[FALSE:%[a-z0-9_.]+]] : bool = prim::Constant[value=False]()
# CHECK-NEXT: -> ([[FB]], [[FALSE]])
# CHECK: -> ([[C3]], [[F3]], [[B3]],
# On the continue path the values are unchanged.
# CHECK: block1():
# CHECK: -> ([[CB]], [[FB]],
# CHECK: [[NEXT:%[a-z0-9_.]+]] : bool = aten::__not__([[BRK]])
# CHECK-NEXT: -> ([[NEXT]], [[C2]], [[F2]])
# CHECK: aten::mul([[FOUND]],
# CHECK: aten::add({{%[a-z0-9_.]+}}, [[COUNT]])


def split_exit(l: List[int]) -> int:
    total = 0
    for x in l:
        if x > 10:
            y = x * 2
        elif x < 0:
            break
        else:
            continue
        total += y
    return total
# CHECK-LABEL: graph @split_exit(%l : List[int]) -> int:
# CHECK: prim::Loop(
# `y` is an output of the if: the branches that break or continue yield
# prim::Uninitialized for it.
# CHECK: [[Y:%y[.0-9]*]] : int, [[B:%[a-z0-9_.]+]] : bool, [[C:%[a-z0-9_.]+]] : bool = prim::If(
# CHECK: [[UY:%[a-z0-9_.]+]] : int = prim::Uninitialized()
# CHECK-NEXT: -> ([[UY]],
# CHECK: [[EXITED:%[a-z0-9_.]+]] : bool = aten::__or__([[B]], [[C]])
# CHECK-NEXT: [[GO:%[a-z0-9_.]+]] : bool = aten::__not__([[EXITED]])
# CHECK-NEXT: {{%total[.0-9]*}} : int, [[B2:%[a-z0-9_.]+]] : bool, {{%[a-z0-9_.]+}} : bool = prim::If([[GO]])
# CHECK-NEXT: block0():
# CHECK-NEXT: {{%total[.0-9]*}} : int = aten::add({{%total[.0-9]*}}, [[Y]])
# CHECK: [[NEXT:%[a-z0-9_.]+]] : bool = aten::__not__([[B2]])
# CHECK-NEXT: -> ([[NEXT]],
