# Functions without a return value have return type NoneType and can be called as statements.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def log_value(tag: str, v: int) -> None:
    print(tag, v)
# CHECK-LABEL: graph @log_value(%tag : str, %v : int) -> NoneType:
# CHECK: prim::Print(%tag, %v)
# CHECK: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK: return ([[N]])


def push_twice(l: List[int], v: int):
    l.append(v)
    l.append(v)
# CHECK-LABEL: graph @push_twice(%l : List[int], %v : int) -> NoneType:
# CHECK: aten::append(%l, %v)
# CHECK: aten::append(%l, %v)
# CHECK: return (


def run(n: int) -> int:
    log_value("n", n)
    buf: List[int] = []
    push_twice(buf, n)
    return len(buf)
# CHECK-LABEL: graph @run(%n : int) -> int:
# CHECK: [[S:%[a-z0-9_.]+]] : str = prim::Constant[value="n"]()
# CHECK: prim::CallFunction[name="log_value"]([[S]], %n)
# CHECK: [[B:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK: prim::CallFunction[name="push_twice"]([[B]], %n)
# CHECK: [[L:%[a-z0-9_.]+]] : int = aten::len([[B]])
# CHECK: return ([[L]])
