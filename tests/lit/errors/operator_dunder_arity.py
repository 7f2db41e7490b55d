# A dunder method used as an operator must take the operator's operands.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s


class Odd:
    def __init__(self):
        self.x = 1

    def __eq__(self) -> bool:
        return True


def check(a: Odd, b: Odd) -> bool:
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: 'Odd.__eq__' must take 2 parameters to be used as an operator, but takes 1
    return a == b
