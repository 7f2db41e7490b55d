# dict.get with one argument is Optional[V]; with a default of type V it is V (the default is only used when missing).
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List, Optional


def port(cfg: Dict[str, int]) -> int:
    return cfg.get("port", 8080)
# CHECK-LABEL: graph @port(%cfg : Dict[str, int]) -> int:
# CHECK: [[K:%[a-z0-9_.]+]] : str = prim::Constant[value="port"]()
# CHECK: [[D:%[a-z0-9_.]+]] : int = prim::Constant[value=8080]()
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::get(%cfg, [[K]], [[D]])
# CHECK: return ([[V]])


def maybe_port(cfg: Dict[str, int]) -> Optional[int]:
    return cfg.get("port")
# CHECK-LABEL: graph @maybe_port(%cfg : Dict[str, int]) -> Optional[int]:
# CHECK: [[K:%[a-z0-9_.]+]] : str = prim::Constant[value="port"]()
# CHECK: [[V:%[a-z0-9_.]+]] : Optional[int] = aten::get(%cfg, [[K]]
# CHECK: return ([[V]])


def word_count(words: List[str]) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts
# CHECK-LABEL: graph @word_count(%words : List[str]) -> Dict[str, int]:
# CHECK: [[C:%[a-z0-9_.]+]] : Dict[str, int] = prim::DictConstruct()
# CHECK: prim::Loop(
# CHECK: [[W:%[a-z0-9_.]+]] : str = aten::__getitem__(%words,
# CHECK: [[G:%[a-z0-9_.]+]] : int = aten::get([[C]], [[W]],
# CHECK: [[S:%[a-z0-9_.]+]] : int = aten::add([[G]],
# CHECK: aten::_set_item([[C]], [[W]], [[S]])
# CHECK: return ([[C]])
