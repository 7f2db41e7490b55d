# Bad usage exits with status 2 and says what was wrong.
# RUN: not %tsc 2>&1 | FileCheck %s --check-prefix=NOFILE
# RUN: %tsc %s --emit=bogus > /dev/null 2>&1; test $? -eq 2
# RUN: %tsc %s --no-such-flag > /dev/null 2>&1; test $? -eq 2
# RUN: %tsc > /dev/null 2>&1; test $? -eq 2
# NOFILE: tsc: error: no input file
def f() -> int:
    return 1
