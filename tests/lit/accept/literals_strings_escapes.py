# Escape sequences are decoded by the lexer and re-escaped by the printer (\n \t \r \\ \" and \xNN).
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def escaped() -> List[str]:
    return ["tab\there", "line\nbreak", "carriage\r", "back\\slash", "bell\a", "nul\x00byte", "\x41\x42", "\u0043", "\101", "quote\"s"]
# CHECK-LABEL: graph @escaped() -> List[str]:
# CHECK: prim::Constant[value="tab\there"]()
# CHECK: prim::Constant[value="line\nbreak"]()
# CHECK: prim::Constant[value="carriage\r"]()
# CHECK: prim::Constant[value="back\\slash"]()
# CHECK: prim::Constant[value="bell\x07"]()
# CHECK: prim::Constant[value="nul\x00byte"]()
# CHECK: prim::Constant[value="AB"]()
# CHECK: prim::Constant[value="C"]()
# CHECK: prim::Constant[value="A"]()
# CHECK: prim::Constant[value="quote\"s"]()
# CHECK: List[str] = prim::ListConstruct(


def csv_line(fields: List[str]) -> str:
    return "\t".join(fields) + "\n"
# CHECK-LABEL: graph @csv_line(%fields : List[str]) -> str:
# CHECK: [[TAB:%[a-z0-9_.]+]] : str = prim::Constant[value="\t"]()
# CHECK: [[J:%[a-z0-9_.]+]] : str = aten::join([[TAB]], %fields)
# CHECK: [[NL:%[a-z0-9_.]+]] : str = prim::Constant[value="\n"]()
# CHECK: [[R:%[a-z0-9_.]+]] : str = aten::add([[J]], [[NL]])
# CHECK: return ([[R]])
