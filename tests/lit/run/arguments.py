# ARGs are Python literals converted to the entry's parameter types; an int is accepted for a float.
# RUN: %tsc run %s --entry describe 3 2.5 '"it'"'"'s"' '[1, -2]' '{"a": 1.5}' '(1, "x")' None True | FileCheck %s --check-prefix=ALL
# RUN: %tsc run %s --entry describe -3 7 "'s'" '[]' '{}' '(0, "")' 4 False | FileCheck %s --check-prefix=CONVERT
# RUN: %tsc run %s --entry defaults 1 | FileCheck %s --check-prefix=DEFAULT
# RUN: %tsc run %s --entry defaults 1 2.0 | FileCheck %s --check-prefix=GIVEN
# RUN: %tsc run %s --entry nested '[[1, 2], [], [3]]' '{"k": [1.0, 2.5]}' | FileCheck %s --check-prefix=NESTED
from typing import Dict, List, Optional, Tuple


def describe(i: int, f: float, s: str, xs: List[int], d: Dict[str, float], t: Tuple[int, str],
             o: Optional[int], b: bool) -> str:
    return f"{i} {f} {s!r} {xs} {d} {t} {o} {b}"


def defaults(a: int, b: float = 0.5) -> float:
    return a + b


def nested(xss: List[List[int]], m: Dict[str, List[float]]) -> Tuple[int, float]:
    total = 0
    for xs in xss:
        total += sum(xs)
    return total, sum(m["k"])

# ALL: '3 2.5 "it\'s" [1, -2] {\'a\': 1.5} (1, \'x\') None True'
# CONVERT: "-3 7.0 's' [] {} (0, '') 4 False"
# DEFAULT: 1.5
# GIVEN: 3.0
# NESTED: (6, 3.5)
