# Predicate and padding str methods: isalpha/isspace/isupper/islower/isalnum, count, zfill, ljust, rjust, splitlines.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def classify(c: str) -> str:
    if c.isspace():
        return "space"
    if c.isalpha():
        return "upper" if c.isupper() else "lower" if c.islower() else "letter"
    if c.isalnum():
        return "digit"
    return "other"
# CHECK-LABEL: graph @classify(%c : str) -> str:
# CHECK: : bool = aten::isspace(%c)
# CHECK: : bool = aten::isalpha(%c)
# CHECK: : bool = aten::isupper(%c)
# CHECK: : bool = aten::islower(%c)
# CHECK: : bool = aten::isalnum(%c)


def vowels(s: str) -> int:
    return s.count("a") + s.count("e")
# CHECK-LABEL: graph @vowels(%s : str) -> int:
# CHECK: [[A:%[a-z0-9_.]+]] : int = aten::count(%s,
# CHECK: [[E:%[a-z0-9_.]+]] : int = aten::count(%s,
# CHECK: aten::add([[A]], [[E]])


def table_row(name: str, qty: int) -> str:
    return name.ljust(10) + str(qty).rjust(5) + " #" + str(qty).zfill(4)
# CHECK-LABEL: graph @table_row(%name : str, %qty : int) -> str:
# CHECK: : str = aten::ljust(%name,
# CHECK: [[Q:%[a-z0-9_.]+]] : str = aten::str(%qty)
# CHECK: : str = aten::rjust([[Q]],
# CHECK: : str = aten::zfill(


def lines(text: str) -> List[str]:
    return text.splitlines()
# CHECK-LABEL: graph @lines(%text : str) -> List[str]:
# CHECK: [[L:%[a-z0-9_.]+]] : List[str] = aten::splitlines(%text
# CHECK: return ([[L]])
