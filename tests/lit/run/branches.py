# A comparison computed in both branches of an if and tested after it: the test must see either branch's value.
# RUN: %tsc run %s | FileCheck %s
def pick(a: int, b: int, c: bool) -> int:
    if c:
        x = a < b
    else:
        x = b < a
    if x:
        return 1
    return 0


def chain(n: int) -> str:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    return "large"


def main() -> None:
    print(pick(1, 2, True), pick(1, 2, False), pick(2, 1, True), pick(2, 1, False))
    print(chain(-1), chain(0), chain(5), chain(50))

# CHECK: 1 0 0 1
# CHECK-NEXT: negative zero small large
# CHECK-NEXT: None
