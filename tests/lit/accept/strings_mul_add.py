# str '+' concatenates and str '*' int repeats (Python semantics), also via += in a loop.
# RUN: %tsc %s --emit=ir | FileCheck %s


def rule(n: int) -> str:
    return "-" * n
# CHECK-LABEL: graph @rule(%n : int) -> str:
# CHECK: [[D:%[a-z0-9_.]+]] : str = prim::Constant[value="-"]()
# CHECK: [[R:%[a-z0-9_.]+]] : str = aten::mul([[D]], %n)
# CHECK: return ([[R]])


def bracket(s: str) -> str:
    return "[" + s + "]"
# CHECK-LABEL: graph @bracket(%s : str) -> str:
# CHECK: [[A:%[a-z0-9_.]+]] : str = aten::add({{%[a-z0-9_.]+}}, %s)
# CHECK: [[B:%[a-z0-9_.]+]] : str = aten::add([[A]],
# CHECK: return ([[B]])


def indent(s: str, level: int) -> str:
    out = "  " * level
    out += s
    return out
# CHECK-LABEL: graph @indent(%s : str, %level : int) -> str:
# CHECK: [[P:%[a-z0-9_.]+]] : str = aten::mul({{%[a-z0-9_.]+}}, %level)
# CHECK: [[R:%[a-z0-9_.]+]] : str = aten::add([[P]], %s)
# CHECK: return ([[R]])


def repeat_word(w: str, times: int) -> str:
    out = ""
    for i in range(times):
        if i > 0:
            out += " "
        out += w
    return out
# CHECK-LABEL: graph @repeat_word(%w : str, %times : int) -> str:
# CHECK: [[E:%[a-z0-9_.]+]] : str = prim::Constant[value=""]()
# CHECK: [[R:%[a-z0-9_.]+]] : str = prim::Loop(%times, {{%[a-z0-9_.]+}}, [[E]])
# CHECK: : str = aten::add(
# CHECK: return ([[R]])
