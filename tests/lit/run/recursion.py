# Unbounded recursion raises RecursionError (never a crash); repeated frames collapse as in Python.
# RUN: not %tsc run %s --entry forever 0 2>&1 | FileCheck %s
# RUN: %tsc run %s --entry deep 900 | FileCheck %s --check-prefix=DEEP
def forever(n: int) -> int:
    return forever(n + 1) + 1


def deep(n: int) -> int:
    if n == 0:
        return 0
    return deep(n - 1) + 1

# CHECK: Traceback (most recent call last):
# CHECK-NEXT:   File "{{.*}}recursion.py", line 5, in forever
# CHECK-NEXT:     return forever(n + 1) + 1
# CHECK-NEXT:   File "{{.*}}recursion.py", line 5, in forever
# CHECK-NEXT:     return forever(n + 1) + 1
# CHECK-NEXT:   File "{{.*}}recursion.py", line 5, in forever
# CHECK-NEXT:     return forever(n + 1) + 1
# CHECK-NEXT:   [Previous line repeated 997 more times]
# CHECK-NEXT: RecursionError: maximum recursion depth exceeded
# DEEP: 900
