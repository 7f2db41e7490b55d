# tests/diff/corpus/dicts.py - Dict methods and insertion order through pop/update/setdefault, KeyError, iteration.
from typing import Dict, List, Tuple


def get_item(d: Dict[str, int], k: str) -> int:
    return d[k]


def get_int_key(d: Dict[int, str], k: int) -> str:
    return d[k]


def get_default(d: Dict[str, int], k: str) -> Tuple[int, int]:
    return d.get(k, -1), d.get(k, 0) * 2


def get_optional(d: Dict[str, float], k: str) -> str:
    v = d.get(k)
    if v is None:
        return "missing"
    return f"found {v}"


def set_item(d: Dict[str, int], k: str, v: int) -> Dict[str, int]:
    d[k] = v
    return d


def reinsert_order(d: Dict[str, int], k: str) -> List[str]:
    v = d.pop(k)
    d[k] = v + 1
    return list(d.keys())


def pop_key(d: Dict[str, int], k: str) -> Tuple[int, Dict[str, int]]:
    v = d.pop(k)
    return v, d


def pop_default(d: Dict[str, int], k: str) -> Tuple[int, Dict[str, int]]:
    v = d.pop(k, 0)
    return v, d


def setdefault(d: Dict[str, List[int]], k: str, v: int) -> Dict[str, List[int]]:
    d.setdefault(k, []).append(v)
    return d


def setdefault_value(d: Dict[str, int], k: str) -> Tuple[int, Dict[str, int]]:
    v = d.setdefault(k, 42)
    return v, d


def update(d: Dict[str, int], e: Dict[str, int]) -> Dict[str, int]:
    d.update(e)
    return d


def clear_copy(d: Dict[str, int]) -> Tuple[Dict[str, int], Dict[str, int]]:
    c = d.copy()
    d.clear()
    return d, c


def copy_is_shallow(d: Dict[str, List[int]]) -> Dict[str, List[int]]:
    c = d.copy()
    for k in c:
        c[k].append(0)
    c["new"] = [1]
    return d


def contains(d: Dict[str, int], k: str) -> Tuple[bool, bool]:
    return k in d, k not in d


def length(d: Dict[int, int]) -> int:
    return len(d)


def del_key(d: Dict[str, int], k: str) -> Dict[str, int]:
    del d[k]
    return d


def keys_values_items(d: Dict[str, int]) -> Tuple[List[str], List[int], List[Tuple[str, int]]]:
    return list(d.keys()), list(d.values()), list(d.items())


def iterate_keys(d: Dict[str, int]) -> str:
    out = ""
    for k in d:
        out += k
    return out


def iterate_items(d: Dict[str, int]) -> List[str]:
    out: List[str] = []
    for k, v in d.items():
        out.append(f"{k}={v}")
    return out


def iterate_values(d: Dict[int, float]) -> float:
    total = 0.0
    for v in d.values():
        total += v
    return total


def dict_equal(a: Dict[str, int], b: Dict[str, int]) -> Tuple[bool, bool]:
    return a == b, a != b


def build_from_pairs(keys: List[str], values: List[int]) -> Dict[str, int]:
    d: Dict[str, int] = {}
    for i in range(len(keys)):
        d[keys[i]] = values[i]
    return d


def invert(d: Dict[str, int]) -> Dict[int, str]:
    out: Dict[int, str] = {}
    for k, v in d.items():
        out[v] = k
    return out


def count_chars(s: str) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for c in s:
        counts[c] = counts.get(c, 0) + 1
    return counts


def group_by_length(words: List[str]) -> Dict[int, List[str]]:
    groups: Dict[int, List[str]] = {}
    for w in words:
        if len(w) not in groups:
            groups[len(w)] = []
        groups[len(w)].append(w)
    return groups


def float_keys(k: float) -> Tuple[int, bool]:
    d: Dict[float, int] = {0.5: 1, 1.0: 2, -0.0: 3}
    return d.get(k, -1), k in d


def bool_keys(b: bool) -> Dict[bool, str]:
    d: Dict[bool, str] = {True: "yes", False: "no"}
    d[b] = "chosen"
    return d


def int_keys_order(n: int) -> Dict[int, int]:
    d: Dict[int, int] = {}
    for i in range(n, 0, -1):
        d[i * 7 % 10] = i
    return d


def nested_dict(k: str) -> Dict[str, Dict[str, int]]:
    d: Dict[str, Dict[str, int]] = {"a": {"x": 1}, "b": {}}
    d[k] = {"y": 2}
    d["a"]["z"] = 3
    return d


def aug_assign_values(d: Dict[str, int]) -> Dict[str, int]:
    for k in d.keys():
        d[k] *= 3
        d[k] -= 1
    return d


def mutate_while_snapshot(d: Dict[str, int]) -> Dict[str, int]:
    for k in d.keys():
        if d[k] < 0:
            d.pop(k)
    return d


def merge_counts(a: Dict[str, int], b: Dict[str, int]) -> Dict[str, int]:
    out = a.copy()
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


def max_key(d: Dict[str, int]) -> str:
    best = ""
    best_v = -1
    for k, v in d.items():
        if v > best_v:
            best = k
            best_v = v
    return best


def dict_truthiness(d: Dict[str, int]) -> bool:
    if d:
        return True
    return False


def tuple_values(d: Dict[str, Tuple[int, str]], k: str) -> str:
    n, s = d[k]
    return s * n


def repr_str_values(d: Dict[str, str], k: str, v: str) -> Dict[str, str]:
    d[k] = v
    return d
