# A bank ledger: accounts with histories, transfers that validate and raise, interest, and a batch processor.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List, Tuple

OVERDRAFT_LIMIT = 100.0
INTEREST_RATE = 0.02


class Account:
    def __init__(self, owner: str, balance: float = 0.0):
        self.owner = owner
        self.balance = balance
        self.history: List[Tuple[str, float]] = []

    def deposit(self, amount: float) -> None:
        if amount <= 0.0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount: float) -> bool:
        if self.balance - amount < -OVERDRAFT_LIMIT:
            return False
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return True

    def add_interest(self, months: int) -> float:
        earned = 0.0
        for _ in range(months):
            if self.balance > 0.0:
                gain = self.balance * INTEREST_RATE / 12
                self.balance += gain
                earned += gain
        return earned


class Bank:
    def __init__(self):
        self.accounts: Dict[str, Account] = {}

    def open(self, owner: str, initial: float) -> Account:
        acct = Account(owner, initial)
        self.accounts[owner] = acct
        return acct

    def transfer(self, src: str, dst: str, amount: float) -> bool:
        if src not in self.accounts or dst not in self.accounts:
            raise KeyError(f"unknown account in {src}->{dst}")
        if not self.accounts[src].withdraw(amount):
            return False
        self.accounts[dst].deposit(amount)
        return True


def process(bank: Bank, batch: List[Tuple[str, str, float]]) -> Tuple[int, int]:
    ok = 0
    failed = 0
    for src, dst, amount in batch:
        if bank.transfer(src, dst, amount):
            ok += 1
        else:
            failed += 1
    return ok, failed
# CHECK-LABEL: class Account:
# CHECK-NEXT: owner : str
# CHECK-NEXT: balance : float
# CHECK-NEXT: history : List[Tuple[str, float]]
# CHECK-LABEL: class Bank:
# CHECK-NEXT: accounts : Dict[str, Account]

# CHECK-LABEL: graph @Account.__init__(%self : Account, %owner : str, %balance : float = 0.0) -> NoneType:

# CHECK-LABEL: graph @Account.withdraw(%self : Account, %amount : float) -> bool:
# CHECK: [[L:%[A-Za-z0-9_.]+]] : float = prim::Constant[value=100.0]()
# CHECK: aten::neg([[L]])

# CHECK-LABEL: graph @Account.add_interest(%self : Account, %months : int) -> float:
# CHECK: prim::Loop(%months,
# CHECK: prim::Constant[value=0.02]()
# CHECK: prim::SetAttr[name="balance"](%self,

# CHECK-LABEL: graph @Bank.open(%self : Bank, %owner : str, %initial : float) -> Account:
# CHECK: [[A:%[a-z0-9_.]+]] : Account = prim::CreateObject()
# CHECK: prim::CallMethod[name="__init__"]([[A]], %owner, %initial)
# CHECK: aten::_set_item({{%[a-z0-9_.]+}}, %owner, [[A]])
# CHECK: return ([[A]])

# CHECK-LABEL: graph @Bank.transfer(%self : Bank, %src : str, %dst : str, %amount : float) -> bool:
# CHECK: prim::RaiseException[exc="KeyError"](
# CHECK: prim::CallMethod[name="withdraw"](
# CHECK: prim::CallMethod[name="deposit"](

# CHECK-LABEL: graph @process(%bank : Bank, %batch : List[Tuple[str, str, float]]) -> Tuple[int, int]:
# CHECK: prim::Loop(
# CHECK: : str, {{%[a-z0-9_.]+}} : str, {{%[a-z0-9_.]+}} : float = prim::TupleUnpack(
# CHECK: prim::CallMethod[name="transfer"](%bank,
# CHECK: prim::TupleConstruct(
