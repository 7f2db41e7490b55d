# Several independent errors in one file are all reported, once each, and an
# error does not cascade into the uses of what it defined.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
from typing import List


class Account:
    def __init__(self, owner: str):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount: int) -> int:
        # CHECK: {{.*}}.py:[[@LINE+1]]:24: error: unsupported operand types for +: 'int' and 'str'
        self.balance = self.balance + "x"
        return self.balance


def summary(accounts: List[Account]) -> str:
    # CHECK: {{.*}}.py:[[@LINE+1]]:37: error: unknown name 'acounts'; did you mean 'accounts'?
    total = sum([a.balance for a in acounts])
    # The poisoned 'total' and 'acounts' report nothing more.
    text = f"{total} in {len(acounts)} accounts"
    return text + str(total)


def main() -> int:
    a = Account("ann")
    # CHECK: {{.*}}.py:[[@LINE+1]]:15: error: argument 'amount' of 'deposit' expects 'int' but got 'str'
    a.deposit("10")
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: return type 'int' of 'main' does not match returned 'str'
    return summary([a])
# CHECK-NOT: error:
