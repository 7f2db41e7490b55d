# Closing brackets without an opening one, or of the wrong kind.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

# CHECK: {{.*}}.py:[[@LINE+1]]:9: error: unmatched ')'
x = f(1))
# CHECK: {{.*}}.py:[[@LINE+1]]:10: error: closing parenthesis ')' does not match opening parenthesis '['
y = [1, 2)
z = (1,
# CHECK: {{.*}}.py:[[@LINE+1]]:7: error: closing parenthesis ']' does not match opening parenthesis '(' on line [[@LINE-1]]
     2]
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: unmatched '}'
w = }
# CHECK-NOT: error
