# math.floor / math.ceil return ints (as in Python 3); isnan/isinf/isfinite return bools; gcd/factorial take ints.
# RUN: %tsc %s --emit=ir | FileCheck %s
import math


def pages(items: int, per_page: int) -> int:
    return math.ceil(items / per_page)
# CHECK-LABEL: graph @pages(%items : int, %per_page : int) -> int:
# CHECK: [[Q:%[a-z0-9_.]+]] : float = aten::div(%items, %per_page)
# CHECK: [[C:%[a-z0-9_.]+]] : int = aten::ceil([[Q]])
# CHECK: return ([[C]])


def bucket(x: float, width: float) -> int:
    return math.floor(x / width)
# CHECK-LABEL: graph @bucket(%x : float, %width : float) -> int:
# CHECK: [[Q:%[a-z0-9_.]+]] : float = aten::div(%x, %width)
# CHECK: [[F:%[a-z0-9_.]+]] : int = aten::floor([[Q]])
# CHECK: return ([[F]])


def is_bad(x: float) -> bool:
    return math.isnan(x) or math.isinf(x) or not math.isfinite(x)
# CHECK-LABEL: graph @is_bad(%x : float) -> bool:
# CHECK: : bool = aten::isnan(%x)
# CHECK: : bool = aten::isinf(%x)
# CHECK: : bool = aten::isfinite(%x)


def lcm(a: int, b: int) -> int:
    return a * b // math.gcd(a, b)
# CHECK-LABEL: graph @lcm(%a : int, %b : int) -> int:
# CHECK: [[P:%[a-z0-9_.]+]] : int = aten::mul(%a, %b)
# CHECK: [[G:%[a-z0-9_.]+]] : int = aten::gcd(%a, %b)
# CHECK: [[R:%[a-z0-9_.]+]] : int = aten::floordiv([[P]], [[G]])
# CHECK: return ([[R]])


def choose(n: int, k: int) -> int:
    return math.factorial(n) // (math.factorial(k) * math.factorial(n - k))
# CHECK-LABEL: graph @choose(%n : int, %k : int) -> int:
# CHECK: : int = aten::factorial(%n)
# CHECK: : int = aten::factorial(%k)
