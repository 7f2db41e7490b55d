# Characters that cannot start any token.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

# CHECK: {{.*}}.py:[[@LINE+1]]:9: error: invalid character '$'
x = 1 + $y
# CHECK: {{.*}}.py:[[@LINE+1]]:7: error: invalid character '?'
y = x ? 1 : 2
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: invalid character '€' (U+20AC)
z = €5
# CHECK: {{.*}}.py:[[@LINE+1]]:7: error: invalid character '!'
w = x ! y
# CHECK-NOT: error
