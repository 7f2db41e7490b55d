# Module-level str, bool and tuple constants are folded; a tuple constant is a TupleConstruct of constants and loops over it unroll.
# RUN: %tsc %s --emit=ir | FileCheck %s
PREFIX = "tsc"
VERBOSE = False
SIZES = (1, 2, 4)


def tag(name: str) -> str:
    return PREFIX + ":" + name
# CHECK-LABEL: graph @tag(%name : str) -> str:
# CHECK: [[P:%[A-Za-z0-9_.]+]] : str = prim::Constant[value="tsc"]()
# CHECK: aten::add([[P]],


def log(msg: str) -> bool:
    if VERBOSE:
        print(msg)
    return VERBOSE
# CHECK-LABEL: graph @log(%msg : str) -> bool:
# CHECK-NOT: prim::GetAttr
# CHECK: [[V:%[A-Za-z0-9_.]+]] : bool = prim::Constant[value=False]()
# CHECK-NEXT: return ([[V]])


def total_size() -> int:
    t = 0
    for s in SIZES:
        t += s
    return t
# CHECK-LABEL: graph @total_size() -> int:
# CHECK-NOT: prim::Loop
# CHECK: [[A:%[A-Za-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK: [[B:%[A-Za-z0-9_.]+]] : int = prim::Constant[value=2]()
# CHECK: [[C:%[A-Za-z0-9_.]+]] : int = prim::Constant[value=4]()
# CHECK: : Tuple[int, int, int] = prim::TupleConstruct([[A]], [[B]], [[C]])
# CHECK: aten::add(
# CHECK: aten::add(
# CHECK: aten::add(
# CHECK-NOT: prim::Loop
# CHECK: return (
