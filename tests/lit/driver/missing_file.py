# A missing input file is an error (exit 1) that names the file.
# RUN: not %tsc %t.does-not-exist.py 2>&1 | FileCheck %s
# RUN: %tsc %t.does-not-exist.py > /dev/null 2>&1; test $? -eq 1
# CHECK: tsc: error: cannot read '{{.*}}does-not-exist.py'
