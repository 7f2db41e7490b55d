# A bracket left open. A line inside it that starts with a statement keyword
# ends it, so the errors after it are still found.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

def f(x: int) -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:16: error: '(' was never closed
    y = max(x, (1
    return y $
# CHECK: {{.*}}.py:[[@LINE-1]]:14: error: invalid character '$'

# At the end of the file the innermost open bracket is reported, as in CPython.
# CHECK: {{.*}}.py:[[@LINE+1]]:11: error: '[' was never closed
z = {'a': [1, 2,
