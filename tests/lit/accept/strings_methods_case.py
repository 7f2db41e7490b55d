# Case-changing str methods (lower, upper, capitalize, title, swapcase-free) return new strs.
# RUN: %tsc %s --emit=ir | FileCheck %s


def normalize(s: str) -> str:
    return s.strip().lower()
# CHECK-LABEL: graph @normalize(%s : str) -> str:
# CHECK: [[T:%[a-z0-9_.]+]] : str = aten::strip(%s{{[,)]}}
# CHECK: [[L:%[a-z0-9_.]+]] : str = aten::lower([[T]])
# CHECK: return ([[L]])


def shout(s: str) -> str:
    return s.upper() + "!"
# CHECK-LABEL: graph @shout(%s : str) -> str:
# CHECK: [[U:%[a-z0-9_.]+]] : str = aten::upper(%s)
# CHECK: [[R:%[a-z0-9_.]+]] : str = aten::add([[U]],
# CHECK: return ([[R]])


def headline(s: str) -> str:
    return s.title()
# CHECK-LABEL: graph @headline(%s : str) -> str:
# CHECK: [[T:%[a-z0-9_.]+]] : str = aten::title(%s)
# CHECK: return ([[T]])


def sentence(s: str) -> str:
    return s.capitalize()
# CHECK-LABEL: graph @sentence(%s : str) -> str:
# CHECK: [[C:%[a-z0-9_.]+]] : str = aten::capitalize(%s)
# CHECK: return ([[C]])
