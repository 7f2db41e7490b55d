# Strings that run to the end of their line (or, triple-quoted, of the file).
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: unterminated string literal
a = "abc
# CHECK: {{.*}}.py:[[@LINE+1]]:16: error: unterminated string literal
b = 'x' + 'it's'
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: unterminated triple-quoted string literal
c = """never
closed
# CHECK-NOT: error
