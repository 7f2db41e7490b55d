# A missing input file is an error (exit 1) that names the file.
# RUN: not %tsc %t.does-not-exist.py 2>&1 | FileCheck %s
# RUN: %python %S/../Inputs/expect_exit.py 1 %tsc %t.does-not-exist.py
# CHECK: tsc: error: cannot read '{{.*}}does-not-exist.py'
