# Raw strings keep their backslashes: each one prints escaped as \\ in the constant.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def patterns() -> List[str]:
    digits = r"\d+\.\d*"
    path = R'C:\new\table'
    two = r"\\"
    quote = r'\''
    return [digits, path, two, quote]
# CHECK-LABEL: graph @patterns() -> List[str]:
# CHECK: [[A:%[a-z0-9_.]+]] : str = prim::Constant[value="\\d+\\.\\d*"]()
# CHECK: [[B:%[a-z0-9_.]+]] : str = prim::Constant[value="C:\\new\\table"]()
# CHECK: [[C:%[a-z0-9_.]+]] : str = prim::Constant[value="\\\\"]()
# CHECK: [[D:%[a-z0-9_.]+]] : str = prim::Constant[value="\\'"]()
# CHECK: [[L:%[a-z0-9_.]+]] : List[str] = prim::ListConstruct([[A]], [[B]], [[C]], [[D]])
# CHECK: return ([[L]])


def windows_dir(name: str) -> str:
    return r"C:\Users" + "\\" + name
# CHECK-LABEL: graph @windows_dir(%name : str) -> str:
# CHECK: [[P:%[a-z0-9_.]+]] : str = prim::Constant[value="C:\\Users"]()
# CHECK: [[S:%[a-z0-9_.]+]] : str = prim::Constant[value="\\"]()
# CHECK: [[J:%[a-z0-9_.]+]] : str = aten::add([[P]], [[S]])
# CHECK: [[R:%[a-z0-9_.]+]] : str = aten::add([[J]], %name)
# CHECK: return ([[R]])
