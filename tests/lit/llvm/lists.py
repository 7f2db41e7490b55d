# Lists of int/float/bool compile natively: a read loads the item after a bounds check that raises
# the interpreter's IndexError, a store writes it in place, append calls the runtime.
# RUN: %tsc %s --emit=llvm | FileCheck %s
# RUN: %tsc run %s --entry total --backend=jit "[1, 2, 3]" | FileCheck %s --check-prefix=OUT
# RUN: not %tsc run %s --entry total --backend=jit "[]" 2>&1 | FileCheck %s --check-prefix=ERR
from typing import List

# CHECK-NOT: runs in the interpreter
# CHECK-LABEL: @tsc.entry.total(ptr
# CHECK: load ptr, ptr %{{.*}}, align 8, !tbaa
# CHECK: call void @tsc_rt_raise(
# CHECK: store i64 %{{.*}}, ptr %{{.*}}, align 8, !tbaa
# CHECK: call i1 @tsc_rt_list_append(
# OUT: 10
# ERR: Traceback (most recent call last):
# ERR-NEXT: File "{{.*}}lists.py", line [[@LINE+3]], in total
# ERR: IndexError: list index out of range
def total(xs: List[int]) -> int:
    xs[0] = xs[0] * 2
    xs.append(len(xs))
    s = 0
    for x in xs:
        s += x
    return s
