# String literals in single, double and triple quotes decode to str constants printed in double quotes.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def quoting_styles() -> List[str]:
    a = 'single'
    b = "double"
    c = '''triple
single'''
    d = """triple "double" quotes"""
    e = 'it\'s'
    f = "say \"hi\""
    g = "it's"
    return [a, b, c, d, e, f, g]
# CHECK-LABEL: graph @quoting_styles() -> List[str]:
# CHECK: [[A:%[a-z0-9_.]+]] : str = prim::Constant[value="single"]()
# CHECK: [[B:%[a-z0-9_.]+]] : str = prim::Constant[value="double"]()
# CHECK: [[C:%[a-z0-9_.]+]] : str = prim::Constant[value="triple\nsingle"]()
# CHECK: [[D:%[a-z0-9_.]+]] : str = prim::Constant[value="triple \"double\" quotes"]()
# CHECK: [[E:%[a-z0-9_.]+]] : str = prim::Constant[value="it's"]()
# CHECK: [[F:%[a-z0-9_.]+]] : str = prim::Constant[value="say \"hi\""]()
# CHECK: [[G:%[a-z0-9_.]+]] : str = prim::Constant[value="it's"]()
# CHECK: [[L:%[a-z0-9_.]+]] : List[str] = prim::ListConstruct([[A]], [[B]], [[C]], [[D]], [[E]], [[F]], [[G]])
# CHECK: return ([[L]])


def empty_strings() -> List[str]:
    return ['', "", """"""]
# CHECK-LABEL: graph @empty_strings() -> List[str]:
# CHECK: [[X:%[a-z0-9_.]+]] : str = prim::Constant[value=""]()
# CHECK: [[Y:%[a-z0-9_.]+]] : str = prim::Constant[value=""]()
# CHECK: [[Z:%[a-z0-9_.]+]] : str = prim::Constant[value=""]()
# CHECK: prim::ListConstruct([[X]], [[Y]], [[Z]])
