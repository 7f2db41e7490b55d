# Optional parameters defaulting to None print '= None'; callers that omit them pass a None constant.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Optional


def greet(name: str, title: Optional[str] = None) -> str:
    if title is not None:
        return title + " " + name
    return name
# CHECK-LABEL: graph @greet(%name : str, %title : Optional[str] = None) -> str:
# CHECK: aten::__isnot__(%title,
# CHECK: [[T:%[a-z0-9_.]+]] : str = prim::unchecked_cast(%title)
# CHECK: aten::add([[T]],


def greet_plain() -> str:
    return greet("Ada")
# CHECK-LABEL: graph @greet_plain() -> str:
# CHECK-DAG: [[S:%[a-z0-9_.]+]] : str = prim::Constant[value="Ada"]()
# CHECK-DAG: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK: prim::CallFunction[name="greet"]([[S]], [[N]])


def greet_dr() -> str:
    return greet("Who", title="Dr.")
# CHECK-LABEL: graph @greet_dr() -> str:
# CHECK: [[S:%[a-z0-9_.]+]] : str = prim::Constant[value="Who"]()
# CHECK: [[T:%[a-z0-9_.]+]] : str = prim::Constant[value="Dr."]()
# CHECK: prim::CallFunction[name="greet"]([[S]], [[T]])


def top_k(values: List[int], k: Optional[int] = None) -> List[int]:
    s = sorted(values, reverse=True)
    if k is None:
        return s
    return s[:k]
# CHECK-LABEL: graph @top_k(%values : List[int], %k : Optional[int] = None) -> List[int]:
# CHECK: aten::sorted(%values,
# CHECK: aten::__is__(%k,
# CHECK: aten::slice(
