# A line indented deeper than its block: CPython's "unexpected indent".
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

def f(x: int) -> int:
    y = x
    # CHECK: {{.*}}.py:[[@LINE+3]]:9: error: unexpected indent
    # CHECK-NEXT: {{^}}        return y{{$}}
    # CHECK-NEXT: {{^}}        ^{{$}}
        return y
# CHECK-NOT: error
