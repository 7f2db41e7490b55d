# Slice bounds may be Optional[int] (the schema's `int? start`, `int? end`), as in
# TorchScript; a None step means 1, as in Python.
# RUN: %tsc run %s --entry middle "[1, 2, 3, 4, 5]" 1 None | FileCheck %s --check-prefix=MID
# RUN: %tsc run %s --entry middle "[1, 2, 3, 4, 5]" None -2 | FileCheck %s --check-prefix=END
# RUN: %tsc run %s --entry tail "'hello'" -3 | FileCheck %s --check-prefix=TAIL
# RUN: %tsc run %s --entry every "'hello'" | FileCheck %s --check-prefix=EVERY
from typing import List, Optional


def middle(xs: List[int], a: Optional[int], b: Optional[int]) -> List[int]:
    return xs[a:b]


def tail(s: str, a: Optional[int]) -> str:
    return s[a:]


def every(s: str) -> str:
    return s[::None]

# MID: [2, 3, 4, 5]
# END: [1, 2, 3]
# TAIL: 'llo'
# EVERY: 'hello'
