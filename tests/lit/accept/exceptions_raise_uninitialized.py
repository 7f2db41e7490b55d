# When one branch raises, a variable assigned only in the other branches is prim::Uninitialized on the raising path.
# RUN: %tsc %s --emit=ir | FileCheck %s


def parse_sign(c: str) -> int:
    if c == "+":
        s = 1
    elif c == "-":
        s = -1
    else:
        raise ValueError("expected '+' or '-'")
    return s
# CHECK-LABEL: graph @parse_sign(%c : str) -> int:
# CHECK: [[S:%[a-z0-9_.]+]] : int = prim::If(
# CHECK: block1():
# CHECK: [[S2:%[a-z0-9_.]+]] : int = prim::If(
# CHECK: block1():
# CHECK: [[M:%[a-z0-9_.]+]] : str = prim::Constant[value="expected '+' or '-'"]()
# CHECK-NEXT: prim::RaiseException[exc="ValueError"]([[M]])
# CHECK-NEXT: [[U:%[a-z0-9_.]+]] : int = prim::Uninitialized()
# CHECK-NEXT: -> ([[U]])
# CHECK: -> ([[S2]])
# CHECK: return ([[S]])
