# f-string fields may hold arbitrary expressions (arithmetic, calls, methods, subscripts); each is evaluated in order.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def progress(done: int, total: int, items: List[str]) -> str:
    return f"{done}/{total} ({done * 100 // total}%) last={items[-1].upper()} n={len(items)}"
# CHECK-LABEL: graph @progress(%done : int, %total : int, %items : List[str]) -> str:
# CHECK: [[M:%[a-z0-9_.]+]] : int = aten::mul(%done,
# CHECK: [[P:%[a-z0-9_.]+]] : int = aten::floordiv([[M]], %total)
# CHECK: [[LAST:%[a-z0-9_.]+]] : str = aten::__getitem__(%items,
# CHECK: [[UP:%[a-z0-9_.]+]] : str = aten::upper([[LAST]])
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%items)
# CHECK: aten::format({{%[a-z0-9_.]+}}, %done, %total, [[P]], [[UP]], [[N]])


def header(title: str, width: int) -> str:
    line = "=" * width
    return f"{line}\n{title.center(width)}\n{line}"
# CHECK-LABEL: graph @header(%title : str, %width : int) -> str:
# CHECK: [[LINE:%[a-z0-9_.]+]] : str = aten::mul({{%[a-z0-9_.]+}}, %width)
# CHECK: [[C:%[a-z0-9_.]+]] : str = aten::center(%title, %width
# CHECK: aten::format({{%[a-z0-9_.]+}}, [[LINE]], [[C]], [[LINE]])
