# inline: small non-recursive functions are inlined (the result is folded here); recursive ones stay
# calls; an exception raised in inlined code shows the same traceback as without inlining.
# RUN: %tsc %s --passes=inline --emit=ir-opt | FileCheck %s --check-prefix=INLINE
# RUN: %tsc %s --emit=ir-opt | FileCheck %s --check-prefix=OPT
# RUN: not %tsc run %s --entry main 2>&1 | FileCheck %s --check-prefix=TRACE
# RUN: not %tsc run %s --entry main --passes=none 2>&1 | FileCheck %s --check-prefix=TRACE
# RUN: %tsc %s -o %t.pt
# RUN: not %tsc run %t.pt --entry main 2>&1 | FileCheck %s --check-prefix=TRACE
def check(x: int) -> int:
    if x > 10:
        raise ValueError(f"{x} is too big")
    return x


def scale(x: int) -> int:
    return check(x * 3)


def fact(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact(n - 1)


def main() -> int:
    total = fact(3)
    for i in range(5):
        total += scale(i)
    return total

# INLINE-LABEL: graph @scale(%x : int) -> int:
# INLINE-NOT:   prim::CallFunction
# INLINE:       prim::RaiseException[exc="ValueError"]
# INLINE-LABEL: graph @fact(%n : int) -> int:
# INLINE:       prim::CallFunction[name="fact"]
# INLINE-LABEL: graph @main() -> int:
# INLINE:       prim::CallFunction[name="fact"]
# INLINE-NOT:   prim::CallFunction
# INLINE:       return

# fact stays a call (recursive); the loop is unrolled, scale and check inlined into each copy and folded:
# total + 0 goes, then + 3, + 6, + 9, and scale(4) == check(12) leaves only the raise.
# OPT-LABEL: graph @main() -> int:
# OPT-NEXT:    %[[THREE:.*]] : int = prim::Constant[value=3]()
# OPT-NEXT:    %[[T0:.*]] : int = prim::CallFunction[name="fact"](%[[THREE]])
# OPT-NEXT:    %[[T1:.*]] : int = aten::add(%[[T0]], %[[THREE]])
# OPT-NEXT:    %[[SIX:.*]] : int = prim::Constant[value=6]()
# OPT-NEXT:    %[[T2:.*]] : int = aten::add(%[[T1]], %[[SIX]])
# OPT-NEXT:    %[[NINE:.*]] : int = prim::Constant[value=9]()
# OPT-NEXT:    %[[T3:.*]] : int = aten::add(%[[T2]], %[[NINE]])
# OPT:         %[[MSG:.*]] : str = prim::Constant[value="12 is too big"]()
# OPT-NEXT:    prim::RaiseException[exc="ValueError"](%[[MSG]])

# TRACE:      Traceback (most recent call last):
# TRACE-NEXT:   File "{{.*}}inline.py", line 28, in main
# TRACE-NEXT:     total += scale(i)
# TRACE-NEXT:   File "{{.*}}inline.py", line 16, in scale
# TRACE-NEXT:     return check(x * 3)
# TRACE-NEXT:   File "{{.*}}inline.py", line 11, in check
# TRACE-NEXT:     raise ValueError(f"{x} is too big")
# TRACE-NEXT: ValueError: 12 is too big
