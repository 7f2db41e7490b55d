# A header followed by a line that is not indented; the message names the header
# kind and its line, as CPython 3.11 does.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

def f(x: int) -> int:
    if x > 0:
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: expected an indented block after 'if' statement on line [[@LINE-1]]
    return x

def g():
# CHECK: {{.*}}.py:[[@LINE+1]]:1: error: expected an indented block after function definition on line [[@LINE-1]]
pass

# At the end of the file the error points after the ':'.
# CHECK: {{.*}}.py:[[@LINE+1]]:9: error: expected an indented block after 'while' statement on line [[@LINE+1]]
while 1:
