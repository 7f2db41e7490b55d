# hex(), bin() and oct() format an int as a prefixed str.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def radix_forms(n: int) -> List[str]:
    return [hex(n), bin(n), oct(n)]
# CHECK-LABEL: graph @radix_forms(%n : int) -> List[str]:
# CHECK: [[H:%[a-z0-9_.]+]] : str = aten::hex(%n)
# CHECK: [[B:%[a-z0-9_.]+]] : str = aten::bin(%n)
# CHECK: [[O:%[a-z0-9_.]+]] : str = aten::oct(%n)
# CHECK: [[L:%[a-z0-9_.]+]] : List[str] = prim::ListConstruct([[H]], [[B]], [[O]])
# CHECK: return ([[L]])


def bit_count(n: int) -> int:
    return bin(n).count("1")
# CHECK-LABEL: graph @bit_count(%n : int) -> int:
# CHECK: [[B:%[a-z0-9_.]+]] : str = aten::bin(%n)
# CHECK: : int = aten::count([[B]],
