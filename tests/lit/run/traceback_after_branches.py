# The traceback names the line that raised even when the bytecode compiler has
# dropped a jump or fused a comparison into a branch just before it (the
# locations of dropped code must not shadow the instructions emitted there
# next). CPython reports line 16 for k=2 and line 15 for k=1.
# RUN: not %tsc run %s --entry round_nan 2 --backend=interp 2>&1 | FileCheck %s --check-prefix=LAST
# RUN: not %tsc run %s --entry round_nan 1 --backend=interp 2>&1 | FileCheck %s --check-prefix=MIDDLE
# RUN: not %tsc run %s --entry round_nan 2 --backend=auto 2>&1 | FileCheck %s --check-prefix=LAST
import math


def round_nan(k: int) -> int:
    if k == 0:
        return round(math.nan)
    if k == 1:
        return round(math.inf)
    return int(-math.inf)

# LAST:      File "{{.*}}traceback_after_branches.py", line 16, in round_nan
# LAST-NEXT:   return int(-math.inf)
# LAST-NEXT: OverflowError: cannot convert float infinity to integer
# MIDDLE:      File "{{.*}}traceback_after_branches.py", line 15, in round_nan
# MIDDLE-NEXT:   return round(math.inf)
# MIDDLE-NEXT: OverflowError: cannot convert float infinity to integer
