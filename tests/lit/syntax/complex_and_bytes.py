# Literal forms of Python that the language does not have.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

# CHECK: {{.*}}.py:[[@LINE+3]]:9: error: complex numbers are not supported
# CHECK-NEXT: {{^}}z = 1 + 2.5j{{$}}
# CHECK-NEXT: {{^}}        ^~~~{{$}}
z = 1 + 2.5j
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: bytes literals are not supported
b = b"abc"
# CHECK: {{.*}}.py:[[@LINE+1]]:11: error: bytes literals are not supported
c = "a" + Rb'\d'
# CHECK-NOT: error
