# `tsc run FILE` calls main(), lets it print, and prints repr() of its result.
# RUN: %tsc run %s | FileCheck %s
# RUN: %tsc run %s --entry square 7 | FileCheck %s --check-prefix=SQUARE
# RUN: %tsc run %s --entry nothing | FileCheck %s --check-prefix=NONE
from typing import List


def square(x: int) -> int:
    return x * x


def nothing() -> None:
    pass


def main() -> List[int]:
    print("squares up to", 4)
    return [square(i) for i in range(5)]


if __name__ == "__main__":
    print(main())

# CHECK: squares up to 4
# CHECK-NEXT: [0, 1, 4, 9, 16]
# SQUARE: 49
# NONE: None
