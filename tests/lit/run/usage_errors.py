# `tsc run` usage errors exit 2 with a message; compile errors exit 1.
# RUN: not %tsc run %s --entry add 1 2>&1 | FileCheck %s --check-prefix=COUNT
# RUN: %python %S/../Inputs/expect_exit.py 2 %tsc run %s --entry add 1
# RUN: not %tsc run %s --entry add 1 '"x"' 2>&1 | FileCheck %s --check-prefix=TYPE
# RUN: %python %S/../Inputs/expect_exit.py 2 %tsc run %s --entry add 1 '"x"'
# RUN: not %tsc run %s --entry add 1 'y' 2>&1 | FileCheck %s --check-prefix=LITERAL
# RUN: not %tsc run %s --entry add 1 '1 +' 2>&1 | FileCheck %s --check-prefix=SYNTAX
# RUN: not %tsc run %s --entry nope 2>&1 | FileCheck %s --check-prefix=ENTRY
# RUN: %python %S/../Inputs/expect_exit.py 2 %tsc run %s --entry nope
# RUN: not %tsc run %s --entry add 1 2.5 2>&1 | FileCheck %s --check-prefix=FLOAT
# RUN: not %tsc run %s --entry add 1 [1] 2>&1 | FileCheck %s --check-prefix=LIST
# RUN: %python %S/../Inputs/expect_exit.py 2 %tsc run %S/../Inputs/run_not_python.txt
# RUN: %python %S/../Inputs/expect_exit.py 2 %tsc run
# RUN: echo 'def f() -> int:' > %t.py
# RUN: echo '    return "s"' >> %t.py
# RUN: %python %S/../Inputs/expect_exit.py 1 %tsc run %t.py --entry f
def add(a: int, b: int) -> int:
    return a + b

# COUNT: tsc: error: 'add' takes 2 arguments, 1 given
# TYPE: tsc: error: argument 2 ('b') of 'add': expected a value of type 'int', found '"x"'
# LITERAL: tsc: error: argument 2 ('b') of 'add': expected a value of type 'int', found 'y'
# SYNTAX: tsc: error: argument 2 ('b') of 'add': '1 +' is not a Python literal
# ENTRY: tsc: error: no function 'nope' in '{{.*}}usage_errors.py'
# FLOAT: tsc: error: argument 2 ('b') of 'add': expected a value of type 'int', found '2.5'
# LIST: tsc: error: argument 2 ('b') of 'add': expected a value of type 'int', found '[1]'
