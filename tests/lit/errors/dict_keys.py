# Dict keys must be str, int, float, bool or Tensor, in annotations and displays.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import Dict, List, Tuple


# CHECK: {{.*}}.py:[[@LINE+1]]:15: error: dict keys must be str, int, float, bool or Tensor; found 'List[int]'
def f(d: Dict[List[int], int]) -> int:
    return 0


def g() -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:10: error: dict keys must be str, int, float, bool or Tensor; found 'Tuple[int, int]'
    d = {(1, 2): 3}
    return 0
# CHECK-NOT: error:
