# break sets an exit flag: the loop's next condition becomes 'not break', assignments made before the break are kept,
# and later statements in the body are guarded.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def find_first_even(l: List[int]) -> int:
    found = -1
    for v in l:
        if v % 2 == 0:
            found = v
            break
    return found
# CHECK-LABEL: graph @find_first_even(%l : List[int]) -> int:
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::Loop(
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::__getitem__(%l,
# CHECK: aten::remainder([[V]],
# CHECK: prim::If(
# CHECK-NEXT: block0():
# CHECK-NOT: block1():
# CHECK: -> ({{.*}}[[V]]{{[,)]}}
# CHECK: block1():
# CHECK: [[NB:%[a-z0-9_.]+]] : bool = aten::__not__(
# CHECK: -> ([[NB]],
# CHECK: return ([[R]])


def read_until_zero(l: List[int]) -> int:
    i = 0
    total = 0
    while True:
        if l[i] == 0:
            break
        total += l[i]
        i += 1
    return total
# CHECK-LABEL: graph @read_until_zero(%l : List[int]) -> int:
# CHECK-DAG: [[MAX:%[a-z0-9_.]+]] : int = prim::Constant[value=9223372036854775807]()
# CHECK-DAG: [[T:%[a-z0-9_.]+]] : bool = prim::Constant[value=True]()
# CHECK: prim::Loop([[MAX]], [[T]],
# CHECK: aten::eq(
# CHECK: prim::If(
# CHECK: aten::add(
# CHECK: aten::__not__(
# CHECK: return (
