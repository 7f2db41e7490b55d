# Two expressions side by side inside brackets: CPython's comma hint, with the
# range of both.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

# CHECK: {{.*}}.py:[[@LINE+3]]:12: error: invalid syntax; perhaps you forgot a comma?
# CHECK-NEXT: {{^}}x = max(1, 2 3){{$}}
# CHECK-NEXT: {{^}}           ^~~{{$}}
x = max(1, 2 3)
# CHECK: {{.*}}.py:[[@LINE+1]]:6: error: invalid syntax; perhaps you forgot a comma?
y = [a b]
# CHECK: {{.*}}.py:[[@LINE+1]]:11: error: invalid syntax; perhaps you forgot a comma?
z = {'a': 1 'b': 2}
# CHECK-NOT: error
