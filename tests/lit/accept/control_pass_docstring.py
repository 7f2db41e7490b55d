# 'pass' and docstrings (function and class) generate no operations.
# RUN: %tsc %s --emit=ir | FileCheck %s


class Marker:
    """A class whose docstring is ignored."""

    def __init__(self):
        """Initialise with a zero tag."""
        self.tag = 0
# CHECK-LABEL: class Marker:
# CHECK-NEXT: tag : int


def identity(x: int) -> int:
    """Returns x unchanged."""
    if x > 0:
        pass
    else:
        pass
    return x
# CHECK-LABEL: graph @identity(%x : int) -> int:
# CHECK: return (%x)


def nothing_to_do() -> None:
    pass
# CHECK-LABEL: graph @nothing_to_do() -> NoneType:
# CHECK-NEXT: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK-NEXT: return ([[N]])
