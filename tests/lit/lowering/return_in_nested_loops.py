# A return inside nested loops: each loop carries the return flag and the
# returned value (starting False and prim::Uninitialized), continues while the
# flag is false, and the code after the loops runs only when nothing returned.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def find_pair(l: List[int], target: int) -> int:
    for a in l:
        for b in l:
            if a + b == target:
                return a * b
    return -1
# CHECK-LABEL: graph @find_pair(%l : List[int], %target : int) -> int:
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%l)
# CHECK: [[T:%[a-z0-9_.]+]] : bool = prim::Constant[value=True]()
# CHECK: [[F:%[a-z0-9_.]+]] : bool = prim::Constant[value=False]()
# CHECK: [[U:%[a-z0-9_.]+]] : int = prim::Uninitialized()
# CHECK: [[RET:%[a-z0-9_.]+]] : bool, [[VAL:%[a-z0-9_.]+]] : int = prim::Loop([[N]], [[T]], [[F]], [[U]])
# CHECK-NEXT: block0([[I:%[a-z0-9_.]+]] : int, {{%[a-z0-9_.]+}} : bool, {{%[a-z0-9_.]+}} : int):
# CHECK: %a : int = aten::__getitem__(%l, [[I]])
# CHECK: [[IRET:%[a-z0-9_.]+]] : bool, [[IVAL:%[a-z0-9_.]+]] : int = prim::Loop(
# CHECK: %b : int = aten::__getitem__(%l,
# CHECK: [[HIT:%[a-z0-9_.]+]] : bool = aten::eq(
# The if yields (returned, value): (True, a * b) or (False, uninitialized).
# CHECK: [[R:%[a-z0-9_.]+]] : bool, [[V:%[a-z0-9_.]+]] : int = prim::If([[HIT]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[P:%[a-z0-9_.]+]] : int = aten::mul(%a, %b)
# CHECK-NEXT: [[YES:%[a-z0-9_.]+]] : bool = prim::Constant[value=True]()
# CHECK-NEXT: -> ([[YES]], [[P]])
# CHECK-NEXT: block1():
# CHECK-NEXT: [[NO:%[a-z0-9_.]+]] : bool = prim::Constant[value=False]()
# CHECK-NEXT: [[NOVAL:%[a-z0-9_.]+]] : int = prim::Uninitialized()
# CHECK-NEXT: -> ([[NO]], [[NOVAL]])
# CHECK-NEXT: [[GO:%[a-z0-9_.]+]] : bool = aten::__not__([[R]])
# CHECK-NEXT: -> ([[GO]], [[R]], [[V]])
# The outer loop stops when the inner one returned, and passes the flag on.
# CHECK-NEXT: [[OGO:%[a-z0-9_.]+]] : bool = aten::__not__([[IRET]])
# CHECK-NEXT: -> ([[OGO]], [[IRET]], [[IVAL]])
# CHECK-NEXT: [[REST:%[a-z0-9_.]+]] : bool = aten::__not__([[RET]])
# CHECK-NEXT: [[OUT:%[a-z0-9_.]+]] : int = prim::If([[REST]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[M1:%[a-z0-9_.]+]] : int = prim::Constant[value=-1]()
# CHECK-NEXT: -> ([[M1]])
# CHECK-NEXT: block1():
# CHECK-NEXT: -> ([[VAL]])
# CHECK-NEXT: return ([[OUT]])


def first_negative(rows: List[List[int]]):
    i = 0
    while i < len(rows):
        for v in rows[i]:
            if v < 0:
                return v
        i += 1
# The return type is inferred as Optional[int] (falling off the end returns None).
# CHECK-LABEL: graph @first_negative(%rows : List[List[int]]) -> Optional[int]:
# CHECK: [[MAX:%[a-z0-9_.]+]] : int = prim::Constant[value=9223372036854775807]()
# CHECK: %i{{[.0-9]*}} : int, [[WR:%[a-z0-9_.]+]] : bool, [[WV:%[a-z0-9_.]+]] : Optional[int] = prim::Loop([[MAX]],
# The while condition is evaluated again only when the body did not return.
# CHECK: [[C:%[a-z0-9_.]+]] : bool = prim::If({{%[a-z0-9_.]+}})
# CHECK-NEXT: block0():
# CHECK-NEXT: {{%[a-z0-9_.]+}} : int = aten::len(%rows)
# CHECK-NEXT: [[LT:%[a-z0-9_.]+]] : bool = aten::lt(
# CHECK-NEXT: -> ([[LT]])
# CHECK-NEXT: block1():
# CHECK-NEXT: [[STOP:%[a-z0-9_.]+]] : bool = prim::Constant[value=False]()
# CHECK-NEXT: -> ([[STOP]])
# CHECK-NEXT: -> ([[C]], %i{{[.0-9]*}}, {{%[a-z0-9_.]+}}, {{%[a-z0-9_.]+}})
# CHECK: [[AFTER:%[a-z0-9_.]+]] : bool = aten::__not__([[WR]])
# CHECK-NEXT: [[OUT2:%[a-z0-9_.]+]] : Optional[int] = prim::If([[AFTER]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[NONE:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK-NEXT: -> ([[NONE]])
# CHECK-NEXT: block1():
# CHECK-NEXT: -> ([[WV]])
# CHECK-NEXT: return ([[OUT2]])
