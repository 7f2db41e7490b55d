# A script exception prints Python's traceback on stderr and exits 1; output printed before it stays on stdout.
# RUN: not %tsc run %s --entry main 2>&1 | FileCheck %s
# RUN: %python %S/../Inputs/expect_exit.py 1 %tsc run %s --entry main
# RUN: not %tsc run %s --entry main 2>/dev/null > %t.out
# RUN: FileCheck %s --check-prefix=STDOUT < %t.out
def check(x: int) -> int:
    if x > 10:
        raise ValueError(f"{x} is too big")
    return x


def scale(x: int) -> int:
    return check(x * 3)


def main() -> int:
    print("before")
    total = 0
    for i in range(5):
        total += scale(i)
    return total

# STDOUT: before
# STDOUT-NOT: Traceback
# CHECK: before
# CHECK-NEXT: Traceback (most recent call last):
# CHECK-NEXT:   File "{{.*}}traceback.py", line 20, in main
# CHECK-NEXT:     total += scale(i)
# CHECK-NEXT:   File "{{.*}}traceback.py", line 13, in scale
# CHECK-NEXT:     return check(x * 3)
# CHECK-NEXT:   File "{{.*}}traceback.py", line 8, in check
# CHECK-NEXT:     raise ValueError(f"{x} is too big")
# CHECK-NEXT: ValueError: 12 is too big
