# Bad usage exits with status 2 and says what was wrong.
# RUN: not %tsc 2>&1 | FileCheck %s --check-prefix=NOFILE
# RUN: %python %S/../Inputs/expect_exit.py 2 %tsc %s --emit=bogus
# RUN: %python %S/../Inputs/expect_exit.py 2 %tsc %s --no-such-flag
# RUN: %python %S/../Inputs/expect_exit.py 2 %tsc
# RUN: %python %S/../Inputs/expect_exit.py 0 %tsc %s
# NOFILE: tsc: error: no input file
def f() -> int:
    return 1
