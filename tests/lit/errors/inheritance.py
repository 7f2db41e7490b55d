# Classes may only derive from object: inheritance is not supported.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s


class A:
    def __init__(self):
        self.x = 1


class Plain(object):
    def __init__(self):
        self.y = 2


# CHECK: {{.*}}.py:[[@LINE+1]]:9: error: inheritance is not supported; class 'B' may only derive from 'object', not 'A'
class B(A):
    def get(self) -> int:
        return 1
# CHECK-NOT: error:
