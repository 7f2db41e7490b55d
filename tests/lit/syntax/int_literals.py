# Integer literals that Python rejects, and ones that do not fit in int64.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: leading zeros in decimal integer literals are not permitted
a = 0777
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: invalid decimal literal
b = 1__000
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: invalid decimal literal
c = 12abc
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: invalid hexadecimal literal
d = 0x
# CHECK: {{.*}}.py:[[@LINE+1]]:9: error: invalid digit '2' in binary literal
e = 0b102
# CHECK: {{.*}}.py:[[@LINE+1]]:7: error: invalid digit '9' in octal literal
f = 0o9
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: integer literal '9223372036854775808' does not fit in 64 bits
g = 9223372036854775808
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: integer literal '0xFFFF_FFFF_FFFF_FFFF' does not fit in 64 bits
h = 0xFFFF_FFFF_FFFF_FFFF
# CHECK: {{.*}}.py:[[@LINE+1]]:9: error: integer literal '9223372036854775808' does not fit in 64 bits
j = 1 - 9223372036854775808
# CHECK: {{.*}}.py:[[@LINE+1]]:6: error: integer literal '9223372036854775808' does not fit in 64 bits
k = -9223372036854775808 ** 2
# These are fine: zeros, underscores between digits, the largest and the smallest int64.
i = 00 + 0_0 + 1_000 + 9223372036854775807 + 0x7FFF_FFFF_FFFF_FFFF
m = -9223372036854775808 + -0x8000_0000_0000_0000
# CHECK-NOT: error
