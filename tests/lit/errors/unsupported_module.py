# Imports are recorded, not executed: only torch, math, typing (and tsc) may be imported.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
import math
from typing import List, Optional
# CHECK: {{.*}}.py:[[@LINE+1]]:8: error: module 'numpy' is not supported
import numpy as np
# CHECK: {{.*}}.py:[[@LINE+1]]:1: error: module 'os.path' is not supported
from os.path import join
# CHECK: {{.*}}.py:[[@LINE+1]]:20: error: 'typing.NamedTuple' is not supported
from typing import NamedTuple


def f(x: float) -> float:
    return math.sqrt(x)
# CHECK-NOT: error:
