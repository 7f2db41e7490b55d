# The six comparison operators on ints, floats and strs produce bools through aten::eq/ne/lt/le/gt/ge.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def compare_all(a: int, b: int) -> List[bool]:
    return [a == b, a != b, a < b, a <= b, a > b, a >= b]
# CHECK-LABEL: graph @compare_all(%a : int, %b : int) -> List[bool]:
# CHECK: [[EQ:%[a-z0-9_.]+]] : bool = aten::eq(%a, %b)
# CHECK: [[NE:%[a-z0-9_.]+]] : bool = aten::ne(%a, %b)
# CHECK: [[LT:%[a-z0-9_.]+]] : bool = aten::lt(%a, %b)
# CHECK: [[LE:%[a-z0-9_.]+]] : bool = aten::le(%a, %b)
# CHECK: [[GT:%[a-z0-9_.]+]] : bool = aten::gt(%a, %b)
# CHECK: [[GE:%[a-z0-9_.]+]] : bool = aten::ge(%a, %b)
# CHECK: prim::ListConstruct([[EQ]], [[NE]], [[LT]], [[LE]], [[GT]], [[GE]])


def within(x: float, lo: float, hi: float) -> bool:
    return x >= lo and x <= hi
# CHECK-LABEL: graph @within(%x : float, %lo : float, %hi : float) -> bool:
# CHECK: [[C1:%[a-z0-9_.]+]] : bool = aten::ge(%x, %lo)
# CHECK: prim::If([[C1]])
# CHECK: aten::le(%x, %hi)


def same_word(a: str, b: str) -> bool:
    return a.lower() == b.lower()
# CHECK-LABEL: graph @same_word(%a : str, %b : str) -> bool:
# CHECK: [[LA:%[a-z0-9_.]+]] : str = aten::lower(%a)
# CHECK: [[LB:%[a-z0-9_.]+]] : str = aten::lower(%b)
# CHECK: [[EQ:%[a-z0-9_.]+]] : bool = aten::eq([[LA]], [[LB]])
# CHECK: return ([[EQ]])
