# Functions, classes, modules and builtins are not values.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
import math


def helper(x: int) -> int:
    return x


class C:
    def __init__(self):
        self.v = 0

    def m(self) -> int:
        # CHECK: {{.*}}.py:[[@LINE+1]]:13: error: method 'm' cannot be used as a value; call it instead
        f = self.m
        return 0


def f() -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: function 'helper' cannot be used as a value; call it instead
    a = helper
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: class 'C' cannot be used as a value
    b = C
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: module 'math' cannot be used as a value
    c = math
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: 'len' cannot be used as a value; call it instead
    d = len
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: 'math.sqrt' cannot be used as a value; call it instead
    e = math.sqrt
    return 0
# CHECK-NOT: error:
