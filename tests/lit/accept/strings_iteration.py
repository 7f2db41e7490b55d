# Iterating a str loops over aten::len(s) with aten::__getitem__ giving one-character strs.
# RUN: %tsc %s --emit=ir | FileCheck %s


def count_digits(s: str) -> int:
    n = 0
    for c in s:
        if c.isdigit():
            n += 1
    return n
# CHECK-LABEL: graph @count_digits(%s : str) -> int:
# CHECK: [[L:%[a-z0-9_.]+]] : int = aten::len(%s)
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::Loop([[L]],
# CHECK: block0([[I:%[a-z0-9_.]+]] : int, {{%[a-z0-9_.]+}} : int):
# CHECK: [[C:%[a-z0-9_.]+]] : str = aten::__getitem__(%s, [[I]])
# CHECK: [[D:%[a-z0-9_.]+]] : bool = aten::isdigit([[C]])
# CHECK: prim::If([[D]])
# CHECK: return ([[R]])


def caesar(s: str, k: int) -> str:
    out = ""
    for c in s:
        out += chr((ord(c) - 97 + k) % 26 + 97)
    return out
# CHECK-LABEL: graph @caesar(%s : str, %k : int) -> str:
# CHECK: prim::Loop(
# CHECK: [[C:%[a-z0-9_.]+]] : str = aten::__getitem__(%s,
# CHECK: [[O:%[a-z0-9_.]+]] : int = aten::ord([[C]])
# CHECK: [[CH:%[a-z0-9_.]+]] : str = aten::chr(
# CHECK: : str = aten::add({{%[a-z0-9_.]+}}, [[CH]])
