# Lambdas are outside the language; the error covers `lambda ...:`.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

def f(xs: List[int]) -> List[int]:
    # CHECK: {{.*}}.py:[[@LINE+3]]:27: error: lambda expressions are not supported
    # CHECK-NEXT: {{^}}    return sorted(xs, key=lambda v: -v){{$}}
    # CHECK-NEXT: {{^}}                          ^~~~~~~~~{{$}}
    return sorted(xs, key=lambda v: -v)
# CHECK-NOT: error
