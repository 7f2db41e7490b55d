# Assignment, deletion and loop targets that are not names, attributes,
# subscripts or tuples/lists of them; CPython's wording.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

# CHECK: {{.*}}.py:[[@LINE+1]]:1: error: cannot assign to function call
f() = 1
# CHECK: {{.*}}.py:[[@LINE+1]]:4: error: cannot assign to literal
a, 1 = 2, 3
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: cannot assign to comparison
x = a < b = c
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: cannot assign to function call
for f() in range(3):
    pass
# CHECK: {{.*}}.py:[[@LINE+1]]:8: error: cannot delete literal
del a, 1
# CHECK: {{.*}}.py:[[@LINE+1]]:1: error: 'tuple' is an illegal expression for augmented assignment
a, b += 1
# CHECK: {{.*}}.py:[[@LINE+1]]:1: error: only single target (not list) can be annotated
[a, b]: int = 1
# CHECK: {{.*}}.py:[[@LINE+1]]:1: error: starred assignment target must be in a list or tuple
*a = [1]
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: can't use starred expression here
b = *a
a, *b = [1, 2, 3]
# CHECK-NOT: error
