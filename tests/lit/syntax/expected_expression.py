# An operator or keyword where an operand must come, and stray tokens after a
# complete statement.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

# CHECK: {{.*}}.py:[[@LINE+1]]:8: error: expected an expression
x = 1 +
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: expected an expression
y = = 2
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: expected 'else' after 'if' expression
z = 1 if x
# CHECK: {{.*}}.py:[[@LINE+1]]:7: error: invalid syntax
w = 1 2
# CHECK: {{.*}}.py:[[@LINE+1]]:7: error: invalid syntax
print "hello"
# CHECK: {{.*}}.py:[[@LINE+1]]:1: error: 'else' without a matching 'if', 'for' or 'while'
else:
    pass
# CHECK-NOT: error
