# A return inside a for loop carries a return flag and value out of the loop; the value starts as prim::Uninitialized.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def first_negative(l: List[int]) -> int:
    for v in l:
        if v < 0:
            return v
    return 0
# CHECK-LABEL: graph @first_negative(%l : List[int]) -> int:
# CHECK: {{%[a-z0-9_.]+}} : int = prim::Uninitialized()
# CHECK: prim::Loop(
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::__getitem__(%l,
# CHECK: aten::lt([[V]],
# CHECK: prim::If(
# CHECK: aten::__not__(
# CHECK: return (


def contains_word(text: str, word: str) -> bool:
    for w in text.split():
        if w == word:
            return True
    return False
# CHECK-LABEL: graph @contains_word(%text : str, %word : str) -> bool:
# CHECK: [[WS:%[a-z0-9_.]+]] : List[str] = aten::split(%text
# CHECK: {{%[a-z0-9_.]+}} : bool = prim::Uninitialized()
# CHECK: prim::Loop(
# CHECK: aten::__getitem__([[WS]],
# CHECK: aten::eq(
# CHECK: return (
