# Indexing a str yields a one-character str; slicing uses aten::slice like lists.
# RUN: %tsc %s --emit=ir | FileCheck %s


def extension(name: str) -> str:
    dot = name.rfind(".")
    return name[dot + 1:]
# CHECK-LABEL: graph @extension(%name : str) -> str:
# CHECK: [[DOT:%[a-z0-9_.]+]] : int = aten::rfind(%name,
# CHECK: [[P:%[a-z0-9_.]+]] : int = aten::add([[DOT]],
# CHECK: [[R:%[a-z0-9_.]+]] : str = aten::slice(%name, [[P]],
# CHECK: return ([[R]])


def reverse(s: str) -> str:
    return s[::-1]
# CHECK-LABEL: graph @reverse(%s : str) -> str:
# CHECK: [[R:%[a-z0-9_.]+]] : str = aten::slice(%s,
# CHECK: return ([[R]])


def initial(s: str) -> str:
    return s[0]
# CHECK-LABEL: graph @initial(%s : str) -> str:
# CHECK: [[Z:%[a-z0-9_.]+]] : int = prim::Constant[value=0]()
# CHECK: [[C:%[a-z0-9_.]+]] : str = aten::__getitem__(%s, [[Z]])
# CHECK: return ([[C]])


def middle(s: str, a: int, b: int) -> str:
    return s[a:b]
# CHECK-LABEL: graph @middle(%s : str, %a : int, %b : int) -> str:
# CHECK: [[ONE:%[a-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK: [[R:%[a-z0-9_.]+]] : str = aten::slice(%s, %a, %b, [[ONE]])
# CHECK: return ([[R]])


def is_palindrome(s: str) -> bool:
    return s == s[::-1]
# CHECK-LABEL: graph @is_palindrome(%s : str) -> bool:
# CHECK: [[R:%[a-z0-9_.]+]] : str = aten::slice(%s,
# CHECK: [[E:%[a-z0-9_.]+]] : bool = aten::eq(%s, [[R]])
# CHECK: return ([[E]])
