# Compound statement headers without their ':' (reported just after the header,
# as CPython does); the parser recovers and checks the bodies.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

# CHECK: {{.*}}.py:[[@LINE+3]]:21: error: expected ':'
# CHECK-NEXT: {{^}}def f(x: int) -> int{{$}}
# CHECK-NEXT: {{^}}                    ^{{$}}
def f(x: int) -> int
    # CHECK: {{.*}}.py:[[@LINE+1]]:13: error: expected ':'
    if x > 0
        return x
    # CHECK: {{.*}}.py:[[@LINE+1]]:17: error: expected ':'
    while x < 10
        x += 1
    # CHECK: {{.*}}.py:[[@LINE+1]]:22: error: expected ':'
    for i in range(3)  # a comment does not move the position
        x += i
    return x

# CHECK: {{.*}}.py:[[@LINE+1]]:8: error: expected ':'
class C
    pass
# CHECK-NOT: error
