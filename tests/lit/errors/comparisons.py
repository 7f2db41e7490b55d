# Comparisons need comparable operands; `in` needs a container of the item's type.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import Dict, List


def f(n: int, s: str, l: List[int], names: List[str], d: Dict[str, int]) -> bool:
    ok = n < 2.5 and s <= "m" and l == [1] and "k" in d and 3 in (1, "a", 3)
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: '<' is not supported between 'int' and 'str'
    a = n < s
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: '==' is not supported between 'List[int]' and 'List[str]'
    b = l == names
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: 'in' is not supported between 'int' and 'List[str]'
    c = n in names
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: argument of type 'int' is not iterable
    e = 1 in n
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: 'in' is not supported between 'int' and 'Dict[str, int]'
    return n in d
# CHECK-NOT: error:
