# continue skips the rest of the body: the statements after it run only when the continue was not taken,
# and assignments made before the continue are kept.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def sum_positive(l: List[int]) -> int:
    total = 0
    for v in l:
        if v <= 0:
            continue
        total += v
    return total
# CHECK-LABEL: graph @sum_positive(%l : List[int]) -> int:
# CHECK: [[T0:%[a-z0-9_.]+]] : int = prim::Constant[value=0]()
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::Loop({{%[a-z0-9_.]+}}, {{%[a-z0-9_.]+}}, [[T0]])
# CHECK-NEXT: block0({{%[a-z0-9_.]+}} : int, [[TB:%[a-z0-9_.]+]] : int):
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::__getitem__(%l,
# CHECK: aten::le([[V]],
# CHECK: : int{{.*}} = prim::If(
# CHECK: aten::add([[TB]], [[V]])
# CHECK: return ([[R]])


def non_comment_lines(lines: List[str]) -> List[str]:
    out: List[str] = []
    for line in lines:
        s = line.strip()
        if s == "":
            continue
        if s.startswith("#"):
            continue
        out.append(s)
    return out
# CHECK-LABEL: graph @non_comment_lines(%lines : List[str]) -> List[str]:
# CHECK: [[OUT:%[a-z0-9_.]+]] : List[str] = prim::ListConstruct()
# CHECK: prim::Loop(
# CHECK: [[S:%[a-z0-9_.]+]] : str = aten::strip(
# CHECK: aten::eq([[S]],
# CHECK: aten::startswith([[S]],
# CHECK: aten::append([[OUT]], [[S]])
# CHECK: return ([[OUT]])


def count_non_blank(s: str) -> int:
    i = 0
    n = 0
    while i < len(s):
        if s[i] == " ":
            i += 1
            continue
        n += 1
        i += 1
    return n
# CHECK-LABEL: graph @count_non_blank(%s : str) -> int:
# CHECK: prim::Loop(
# CHECK: aten::eq(
# CHECK: prim::If(
# CHECK-NEXT: block0():
# CHECK-NEXT: [[ONE:%[a-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK-NEXT: [[I1:%[a-z0-9_.]+]] : int = aten::add({{%[a-z0-9_.]+}}, [[ONE]])
# CHECK-NOT: block1():
# CHECK: -> ({{.*}}[[I1]]{{[,)]}}
# CHECK: block1():
# CHECK: return (
