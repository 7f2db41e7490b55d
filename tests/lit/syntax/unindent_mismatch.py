# A dedent to a column no enclosing block uses.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

def f(x: int) -> int:
    if x > 0:
        x = 1
    # CHECK: {{.*}}.py:[[@LINE+1]]:3: error: unindent does not match any outer indentation level
  return x
# CHECK-NOT: error
