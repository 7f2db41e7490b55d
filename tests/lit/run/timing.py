# --time reports the call's wall and CPU time on stderr; stdout keeps only the result.
# RUN: %tsc run --time %s --entry triangle 1000 2>%t.err | FileCheck %s
# RUN: FileCheck %s --check-prefix=TIME < %t.err
def triangle(n: int) -> int:
    total = 0
    for i in range(n + 1):
        total += i
    return total

# CHECK: 500500
# TIME: time: {{[0-9]+\.[0-9]+}} s wall, {{[0-9]+\.[0-9]+}} s cpu
