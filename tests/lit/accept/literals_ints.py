# Integer literals in every base and with underscores become int constants holding their decimal value.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def permission_masks() -> List[int]:
    return [0xFF, 0o755, 0b1010_0101, 1_000_000, 0X1f, 0O17, 0B11, 9223372036854775807]
# CHECK-LABEL: graph @permission_masks() -> List[int]:
# CHECK: [[A:%[a-z0-9_.]+]] : int = prim::Constant[value=255]()
# CHECK: [[B:%[a-z0-9_.]+]] : int = prim::Constant[value=493]()
# CHECK: [[C:%[a-z0-9_.]+]] : int = prim::Constant[value=165]()
# CHECK: [[D:%[a-z0-9_.]+]] : int = prim::Constant[value=1000000]()
# CHECK: [[E:%[a-z0-9_.]+]] : int = prim::Constant[value=31]()
# CHECK: [[F:%[a-z0-9_.]+]] : int = prim::Constant[value=15]()
# CHECK: [[G:%[a-z0-9_.]+]] : int = prim::Constant[value=3]()
# CHECK: [[H:%[a-z0-9_.]+]] : int = prim::Constant[value=9223372036854775807]()
# CHECK: [[L:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct([[A]], [[B]], [[C]], [[D]], [[E]], [[F]], [[G]], [[H]])
# CHECK: return ([[L]])


def low_nibble_with_flag(x: int) -> int:
    return x & 0x0F | 0b1000_0000
# CHECK-LABEL: graph @low_nibble_with_flag(%x : int) -> int:
# CHECK: [[M:%[a-z0-9_.]+]] : int = prim::Constant[value=15]()
# CHECK: [[AND:%[a-z0-9_.]+]] : int = aten::__and__(%x, [[M]])
# CHECK: [[FLAG:%[a-z0-9_.]+]] : int = prim::Constant[value=128]()
# CHECK: [[OR:%[a-z0-9_.]+]] : int = aten::__or__([[AND]], [[FLAG]])
# CHECK: return ([[OR]])


def kilobytes(n: int) -> int:
    return n * 1_024
# CHECK-LABEL: graph @kilobytes(%n : int) -> int:
# CHECK: [[K:%[a-z0-9_.]+]] : int = prim::Constant[value=1024]()
# CHECK: [[P:%[a-z0-9_.]+]] : int = aten::mul(%n, [[K]])
# CHECK: return ([[P]])
