# for c in a str loops over its characters; a variable updated in the body is carried through the loop.
# RUN: %tsc %s --emit=ir | FileCheck %s


def count_vowels(s: str) -> int:
    n = 0
    for c in s.lower():
        if c in "aeiou":
            n += 1
    return n
# CHECK-LABEL: graph @count_vowels(%s : str) -> int:
# CHECK: [[L:%[a-z0-9_.]+]] : str = aten::lower(%s)
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len([[L]])
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::Loop([[N]],
# CHECK: [[C:%[a-z0-9_.]+]] : str = aten::__getitem__([[L]],
# CHECK: aten::__contains__({{%[a-z0-9_.]+}}, [[C]])
# CHECK: [[NB:%[a-z0-9_.]+]] : int = prim::If(
# CHECK: return ([[R]])


def run_lengths(s: str) -> str:
    out = ""
    prev = ""
    count = 0
    for c in s:
        if c == prev:
            count += 1
        else:
            if count > 0:
                out += prev + str(count)
            prev = c
            count = 1
    if count > 0:
        out += prev + str(count)
    return out
# CHECK-LABEL: graph @run_lengths(%s : str) -> str:
# CHECK: aten::len(%s)
# CHECK: prim::Loop(
# CHECK: aten::eq(
# CHECK: aten::str(
# CHECK: return (
