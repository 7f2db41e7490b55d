# Classes: attribute slots are the class annotations, then the assignments to
# self in __init__ in order; construction is prim::CreateObject plus a
# prim::CallMethod of __init__ with defaults materialized; methods call each
# other through prim::CallMethod; `+=` on an attribute is GetAttr, op, SetAttr.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Optional


class Account:
    history: List[int]

    def __init__(self, owner: str, balance: int = 0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.note: Optional[str] = None

    def deposit(self, amount: int) -> int:
        self.balance += amount
        self.history.append(amount)
        return self.balance

    def deposit_twice(self, amount: int) -> int:
        self.deposit(amount)
        return self.deposit(amount)


class Bank:
    def __init__(self):
        self.accounts: List[Account] = []

    def open(self, owner: str) -> Account:
        a = Account(owner)
        self.accounts.append(a)
        return a


def run() -> int:
    b = Bank()
    acct = b.open("ann")
    acct.deposit_twice(5)
    return acct.balance + len(b.accounts)
# CHECK-LABEL: class Account:
# CHECK-NEXT: history : List[int]
# CHECK-NEXT: owner : str
# CHECK-NEXT: balance : int
# CHECK-NEXT: note : Optional[str]
# CHECK-NEXT: def __init__
# CHECK-NEXT: def deposit
# CHECK-NEXT: def deposit_twice
# CHECK-LABEL: class Bank:
# CHECK-NEXT: accounts : List[Account]

# CHECK-LABEL: graph @Account.__init__(%self : Account, %owner : str, %balance : int = 0) -> NoneType:
# CHECK-NEXT: prim::SetAttr[name="owner"](%self, %owner)
# CHECK-NEXT: prim::SetAttr[name="balance"](%self, %balance)
# The empty list takes its type from the class annotation.
# CHECK-NEXT: [[H:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK-NEXT: prim::SetAttr[name="history"](%self, [[H]])
# CHECK-NEXT: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK-NEXT: prim::SetAttr[name="note"](%self, [[N]])

# CHECK-LABEL: graph @Account.deposit(%self : Account, %amount : int) -> int:
# CHECK-NEXT: [[B:%[a-z0-9_.]+]] : int = prim::GetAttr[name="balance"](%self)
# CHECK-NEXT: [[S:%[a-z0-9_.]+]] : int = aten::add([[B]], %amount)
# CHECK-NEXT: prim::SetAttr[name="balance"](%self, [[S]])
# CHECK-NEXT: [[L:%[a-z0-9_.]+]] : List[int] = prim::GetAttr[name="history"](%self)
# CHECK-NEXT: {{%[a-z0-9_.]+}} : List[int] = aten::append([[L]], %amount)

# CHECK-LABEL: graph @Account.deposit_twice(%self : Account, %amount : int) -> int:
# CHECK-NEXT: {{%[a-z0-9_.]+}} : int = prim::CallMethod[name="deposit"](%self, %amount)
# CHECK-NEXT: [[R:%[a-z0-9_.]+]] : int = prim::CallMethod[name="deposit"](%self, %amount)
# CHECK-NEXT: return ([[R]])

# CHECK-LABEL: graph @Bank.open(%self : Bank, %owner : str) -> Account:
# CHECK-NEXT: %a : Account = prim::CreateObject()
# CHECK-NEXT: [[Z:%[a-z0-9_.]+]] : int = prim::Constant[value=0]()
# CHECK-NEXT: {{%[a-z0-9_.]+}} : NoneType = prim::CallMethod[name="__init__"](%a, %owner, [[Z]])
# CHECK: return (%a)

# CHECK-LABEL: graph @run() -> int:
# CHECK-NEXT: %b : Bank = prim::CreateObject()
# CHECK-NEXT: {{%[a-z0-9_.]+}} : NoneType = prim::CallMethod[name="__init__"](%b)
# CHECK: %acct : Account = prim::CallMethod[name="open"](%b,
# CHECK: prim::CallMethod[name="deposit_twice"](%acct,
# CHECK: prim::GetAttr[name="balance"](%acct)
