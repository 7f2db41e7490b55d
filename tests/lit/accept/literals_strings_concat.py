# Adjacent string literals (any quote style, across lines in brackets) fold into one constant.
# RUN: %tsc %s --emit=ir | FileCheck %s


def banner(name: str) -> str:
    prefix = "Hello, " 'dear ' """friend """
    return prefix + name + ("!" "!")
# CHECK-LABEL: graph @banner(%name : str) -> str:
# CHECK: [[P:%[a-z0-9_.]+]] : str = prim::Constant[value="Hello, dear friend "]()
# CHECK: [[A:%[a-z0-9_.]+]] : str = aten::add([[P]], %name)
# CHECK: [[BANG:%[a-z0-9_.]+]] : str = prim::Constant[value="!!"]()
# CHECK: [[R:%[a-z0-9_.]+]] : str = aten::add([[A]], [[BANG]])
# CHECK: return ([[R]])
# CHECK-NOT: prim::Constant[value="Hello, "]


def usage() -> str:
    return ("usage: tool [options]\n"
            "  -h  show help\n"
            r"  -p  path like C:\tmp")
# CHECK-LABEL: graph @usage() -> str:
# CHECK: [[U:%[a-z0-9_.]+]] : str = prim::Constant[value="usage: tool [options]\n  -h  show help\n  -p  path like C:\\tmp"]()
# CHECK: return ([[U]])
