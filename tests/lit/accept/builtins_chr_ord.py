# ord() maps a one-character str to an int and chr() maps back.
# RUN: %tsc %s --emit=ir | FileCheck %s


def shift(c: str, k: int) -> str:
    return chr(ord(c) + k)
# CHECK-LABEL: graph @shift(%c : str, %k : int) -> str:
# CHECK: [[O:%[a-z0-9_.]+]] : int = aten::ord(%c)
# CHECK: [[S:%[a-z0-9_.]+]] : int = aten::add([[O]], %k)
# CHECK: [[R:%[a-z0-9_.]+]] : str = aten::chr([[S]])
# CHECK: return ([[R]])


def is_upper_ascii(c: str) -> bool:
    o = ord(c)
    return 65 <= o <= 90
# CHECK-LABEL: graph @is_upper_ascii(%c : str) -> bool:
# CHECK: [[O:%[a-z0-9_.]+]] : int = aten::ord(%c)
# CHECK: aten::le({{%[a-z0-9_.]+}}, [[O]])
# CHECK: aten::le([[O]],
