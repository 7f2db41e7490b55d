# Escape sequences that do not decode.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

# CHECK: {{.*}}.py:[[@LINE+1]]:8: error: truncated \xXX escape
a = "ab\x4"
# CHECK: {{.*}}.py:[[@LINE+1]]:6: error: truncated \uXXXX escape
b = '\u00e'
# CHECK: {{.*}}.py:[[@LINE+1]]:6: error: illegal Unicode character in escape
c = '\U00110000'
# CHECK: {{.*}}.py:[[@LINE+1]]:6: error: '\N{...}' escapes are not supported
d = '\N{BULLET}'
# Unknown escapes keep their backslash, as in Python: no error.
e = '\d\w' + r'\N'
# CHECK-NOT: error
