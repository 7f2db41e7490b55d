# Set displays and comprehensions, and dict unpacking, are rejected; dict
# displays and comprehensions are fine.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

# CHECK: {{.*}}.py:[[@LINE+3]]:5: error: set literals are not supported
# CHECK-NEXT: {{^}}s = {1, 2, 3}{{$}}
# CHECK-NEXT: {{^}}    ^~~~~~~~~{{$}}
s = {1, 2, 3}
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: set comprehensions are not supported
t = {x * 2 for x in range(3)}
# CHECK: {{.*}}.py:[[@LINE+1]]:14: error: dict unpacking ('**') is not supported
u = {'a': 1, **other}
d = {'a': 1, 'b': 2}
e = {k: v for k, v in d.items()}
# CHECK-NOT: error
