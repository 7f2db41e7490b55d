# Deeply nested container types print in annotation spelling and flow through indexing.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List, Optional, Tuple


def lookup(table: Dict[str, List[Tuple[int, Optional[str]]]], key: str, i: int) -> Optional[str]:
    entries = table[key]
    entry = entries[i]
    return entry[1]
# CHECK-LABEL: graph @lookup(%table : Dict[str, List[Tuple[int, Optional[str]]]], %key : str, %i : int) -> Optional[str]:
# CHECK: [[E:%[a-z0-9_.]+]] : List[Tuple[int, Optional[str]]] = aten::__getitem__(%table, %key)
# CHECK: [[T:%[a-z0-9_.]+]] : Tuple[int, Optional[str]] = aten::__getitem__([[E]], %i)
# CHECK: [[V:%[a-z0-9_.]+]] : Optional[str] = prim::TupleIndex([[T]],
# CHECK: return ([[V]])


def adjacency(edges: List[Tuple[int, int]]) -> Dict[int, List[int]]:
    adj: Dict[int, List[int]] = {}
    for a, b in edges:
        if a not in adj:
            adj[a] = [b]
        else:
            adj[a].append(b)
    return adj
# CHECK-LABEL: graph @adjacency(%edges : List[Tuple[int, int]]) -> Dict[int, List[int]]:
# CHECK: : Dict[int, List[int]] = prim::DictConstruct()
# CHECK: : List[int] = prim::ListConstruct(
