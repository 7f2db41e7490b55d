# Module-level int and float constants are folded into prim::Constant at each use.
# RUN: %tsc %s --emit=ir | FileCheck %s
MAX_RETRIES = 3
BASE_DELAY = 2.5
MASK = 0xFF


def backoff(attempt: int) -> float:
    if attempt > MAX_RETRIES:
        return 0.0
    return BASE_DELAY * attempt
# CHECK-LABEL: graph @backoff(%attempt : int) -> float:
# CHECK: [[M:%[A-Za-z0-9_.]+]] : int = prim::Constant[value=3]()
# CHECK: aten::gt(%attempt, [[M]])
# CHECK: [[B:%[A-Za-z0-9_.]+]] : float = prim::Constant[value=2.5]()
# CHECK: [[AF:%[A-Za-z0-9_.]+]] : float = aten::Float(%attempt)
# CHECK: aten::mul([[B]], [[AF]])
# CHECK-NOT: prim::GetAttr


def low_byte(x: int) -> int:
    return x & MASK
# CHECK-LABEL: graph @low_byte(%x : int) -> int:
# CHECK: [[M:%[A-Za-z0-9_.]+]] : int = prim::Constant[value=255]()
# CHECK: [[R:%[A-Za-z0-9_.]+]] : int = aten::__and__(%x, [[M]])
# CHECK: return ([[R]])


def retries_left(used: int) -> int:
    return MAX_RETRIES - used
# CHECK-LABEL: graph @retries_left(%used : int) -> int:
# CHECK: [[M:%[A-Za-z0-9_.]+]] : int = prim::Constant[value=3]()
# CHECK: aten::sub([[M]], %used)
