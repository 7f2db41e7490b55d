# The elements of a list display (and the keys and values of a dict display)
# must unify to one type; int and float mix as float.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import List


def f() -> int:
    ok = [1, 2.5]
    # CHECK: {{.*}}.py:[[@LINE+1]]:18: error: list elements must have one type, found 'int' and 'str'
    bad = [1, 2, "three"]
    # CHECK: {{.*}}.py:[[@LINE+1]]:31: error: dict values must have one type, found 'int' and 'List[int]'
    d = {"a": 1, "b": 2, "c": [3]}
    # CHECK: {{.*}}.py:[[@LINE+1]]:26: error: dict keys must have one type, found 'str' and 'int'
    e = {"a": 1, "b": 2, 3: 3}
    return len(ok)
# CHECK-NOT: error:
