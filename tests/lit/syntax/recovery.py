# After a syntax error the parser resumes at the next statement: every
# independent error is reported once, in order, and nothing cascades.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

# CHECK: {{.*}}.py:[[@LINE+1]]:21: error: expected ':'
def f(x: int) -> int
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: expected an expression
    y = x +
    return y

def g(a: int, b: int) -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:11: error: invalid character '$'
    c = a $ b $ c
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: lambda expressions are not supported
    h = lambda: 1
    return a

# The indented line after a failed statement is checked, not reported as an indent.
# CHECK: {{.*}}.py:[[@LINE+1]]:7: error: invalid syntax
y = 1 2
    z = 3

class C:
    # CHECK: {{.*}}.py:[[@LINE+1]]:13: error: set literals are not supported
    flags = {1, 2}

# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: leading zeros in decimal integer literals are not permitted
q = 0777
# CHECK-NOT: error
