# str.split (whitespace, separator, maxsplit) returns List[str]; sep.join(list) concatenates.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def words(line: str) -> List[str]:
    return line.split()
# CHECK-LABEL: graph @words(%line : str) -> List[str]:
# CHECK: [[W:%[a-z0-9_.]+]] : List[str] = aten::split(%line{{[,)]}}
# CHECK: return ([[W]])


def fields(line: str) -> List[str]:
    return line.split(",")
# CHECK-LABEL: graph @fields(%line : str) -> List[str]:
# CHECK: [[C:%[a-z0-9_.]+]] : str = prim::Constant[value=","]()
# CHECK: [[W:%[a-z0-9_.]+]] : List[str] = aten::split(%line, [[C]]
# CHECK: return ([[W]])


def key_of(line: str) -> str:
    return line.split(":", 1)[0]
# CHECK-LABEL: graph @key_of(%line : str) -> str:
# CHECK: [[C:%[a-z0-9_.]+]] : str = prim::Constant[value=":"]()
# CHECK: [[ONE:%[a-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK: [[P:%[a-z0-9_.]+]] : List[str] = aten::split(%line, [[C]], [[ONE]])
# CHECK: [[K:%[a-z0-9_.]+]] : str = aten::__getitem__([[P]],
# CHECK: return ([[K]])


def slug(title: str) -> str:
    return "-".join(title.lower().split())
# CHECK-LABEL: graph @slug(%title : str) -> str:
# CHECK: [[D:%[a-z0-9_.]+]] : str = prim::Constant[value="-"]()
# CHECK: [[L:%[a-z0-9_.]+]] : str = aten::lower(%title)
# CHECK: [[P:%[a-z0-9_.]+]] : List[str] = aten::split([[L]]
# CHECK: [[J:%[a-z0-9_.]+]] : str = aten::join([[D]], [[P]])
# CHECK: return ([[J]])
