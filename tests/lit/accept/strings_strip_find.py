# strip/lstrip/rstrip with and without chars, find/rfind, replace, startswith/endswith.
# RUN: %tsc %s --emit=ir | FileCheck %s


def clean_number(s: str) -> str:
    return s.lstrip("0").rstrip()
# CHECK-LABEL: graph @clean_number(%s : str) -> str:
# CHECK: [[Z:%[a-z0-9_.]+]] : str = prim::Constant[value="0"]()
# CHECK: [[L:%[a-z0-9_.]+]] : str = aten::lstrip(%s, [[Z]])
# CHECK: [[R:%[a-z0-9_.]+]] : str = aten::rstrip([[L]]
# CHECK: return ([[R]])


def find_eq(s: str) -> int:
    return s.find("=")
# CHECK-LABEL: graph @find_eq(%s : str) -> int:
# CHECK: [[E:%[a-z0-9_.]+]] : str = prim::Constant[value="="]()
# CHECK: [[I:%[a-z0-9_.]+]] : int = aten::find(%s, [[E]]
# CHECK: return ([[I]])


def last_slash(path: str) -> int:
    return path.rfind("/")
# CHECK-LABEL: graph @last_slash(%path : str) -> int:
# CHECK: [[I:%[a-z0-9_.]+]] : int = aten::rfind(%path,


def expand_tabs(s: str) -> str:
    return s.replace("\t", "    ")
# CHECK-LABEL: graph @expand_tabs(%s : str) -> str:
# CHECK: [[T:%[a-z0-9_.]+]] : str = prim::Constant[value="\t"]()
# CHECK: [[SP:%[a-z0-9_.]+]] : str = prim::Constant[value="    "]()
# CHECK: [[R:%[a-z0-9_.]+]] : str = aten::replace(%s, [[T]], [[SP]]
# CHECK: return ([[R]])


def is_comment_or_continued(line: str) -> bool:
    return line.startswith("#") or line.endswith("\\")
# CHECK-LABEL: graph @is_comment_or_continued(%line : str) -> bool:
# CHECK: [[H:%[a-z0-9_.]+]] : str = prim::Constant[value="#"]()
# CHECK: [[S:%[a-z0-9_.]+]] : bool = aten::startswith(%line, [[H]]
# CHECK: prim::If([[S]])
# CHECK: block1():
# CHECK: [[B:%[a-z0-9_.]+]] : str = prim::Constant[value="\\"]()
# CHECK: aten::endswith(%line, [[B]]


def trim_quotes(s: str) -> str:
    return s.strip("\"'")
# CHECK-LABEL: graph @trim_quotes(%s : str) -> str:
# CHECK: [[Q:%[a-z0-9_.]+]] : str = prim::Constant[value="\"'"]()
# CHECK: aten::strip(%s, [[Q]])
