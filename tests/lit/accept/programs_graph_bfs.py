# Breadth-first search over an adjacency dict: queues as lists, visited dicts, Optional paths, comprehensions.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List, Optional


def build_graph(edges: List[List[int]]) -> Dict[int, List[int]]:
    adj: Dict[int, List[int]] = {}
    for e in edges:
        a, b = e[0], e[1]
        for u, v in [(a, b), (b, a)]:
            if u not in adj:
                adj[u] = []
            adj[u].append(v)
    return adj


def shortest_path(adj: Dict[int, List[int]], start: int, goal: int) -> Optional[List[int]]:
    parent: Dict[int, int] = {start: start}
    queue: List[int] = [start]
    while len(queue) > 0:
        node = queue.pop(0)
        if node == goal:
            path = [node]
            while node != start:
                node = parent[node]
                path.append(node)
            path.reverse()
            return path
        for nxt in adj[node]:
            if nxt not in parent:
                parent[nxt] = node
                queue.append(nxt)
    return None


def distances(adj: Dict[int, List[int]], start: int) -> Dict[int, int]:
    dist = {start: 0}
    frontier = [start]
    depth = 0
    while frontier:
        depth += 1
        nxt_frontier: List[int] = []
        for u in frontier:
            for v in adj[u]:
                if v not in dist:
                    dist[v] = depth
                    nxt_frontier.append(v)
        frontier = nxt_frontier
    return {k: d for k, d in dist.items() if d > 0}
# CHECK-LABEL: graph @build_graph(%edges : List[List[int]]) -> Dict[int, List[int]]:
# CHECK: [[ADJ:%[a-z0-9_.]+]] : Dict[int, List[int]] = prim::DictConstruct()
# CHECK: prim::Loop(
# CHECK: prim::Loop(
# CHECK: aten::__contains__([[ADJ]],
# CHECK: aten::append(
# CHECK: return ([[ADJ]])

# CHECK-LABEL: graph @shortest_path(%adj : Dict[int, List[int]], %start : int, %goal : int) -> Optional[List[int]]:
# CHECK: [[PAR:%[a-z0-9_.]+]] : Dict[int, int] = prim::DictConstruct(%start, %start)
# CHECK: [[Q:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct(%start)
# CHECK: prim::Loop(
# CHECK: aten::pop([[Q]],
# CHECK: prim::Loop(
# CHECK: aten::reverse(
# CHECK: aten::__getitem__(%adj,
# CHECK: aten::__contains__([[PAR]],
# CHECK: aten::append([[Q]],
# CHECK: : NoneType = prim::Constant()
# CHECK: return (

# CHECK-LABEL: graph @distances(%adj : Dict[int, List[int]], %start : int) -> Dict[int, int]:
# CHECK: : Dict[int, int] = prim::DictConstruct(%start,
# CHECK: prim::Loop(
# CHECK: aten::items(
