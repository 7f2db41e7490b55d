# 'in' calls aten::__contains__ with the container first; 'not in' negates it with aten::__not__.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List


def has_tag(tags: List[str], t: str) -> bool:
    return t in tags
# CHECK-LABEL: graph @has_tag(%tags : List[str], %t : str) -> bool:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::__contains__(%tags, %t)
# CHECK: return ([[C]])


def lacks_key(d: Dict[str, int], k: str) -> bool:
    return k not in d
# CHECK-LABEL: graph @lacks_key(%d : Dict[str, int], %k : str) -> bool:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::__contains__(%d, %k)
# CHECK: [[N:%[a-z0-9_.]+]] : bool = aten::__not__([[C]])
# CHECK: return ([[N]])


def has_substring(s: str, sub: str) -> bool:
    return sub in s
# CHECK-LABEL: graph @has_substring(%s : str, %sub : str) -> bool:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::__contains__(%s, %sub)
# CHECK: return ([[C]])


def is_small_prime(n: int) -> bool:
    return n in [2, 3, 5, 7]
# CHECK-LABEL: graph @is_small_prime(%n : int) -> bool:
# CHECK: [[L:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct(
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::__contains__([[L]], %n)
# CHECK: return ([[C]])


def known_id(ids: Dict[int, str], i: int) -> bool:
    return i in ids
# CHECK-LABEL: graph @known_id(%ids : Dict[int, str], %i : int) -> bool:
# CHECK: aten::__contains__(%ids, %i)
