# Float literals (exponents, leading/trailing dots, underscores) print as Python's repr of their value.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def physical_constants() -> List[float]:
    return [2e3, 1E-5, .25, 3., 6.02e23, 1_000.5, 1e16, 2.5e-3]
# CHECK-LABEL: graph @physical_constants() -> List[float]:
# CHECK: [[A:%[a-z0-9_.]+]] : float = prim::Constant[value=2000.0]()
# CHECK: [[B:%[a-z0-9_.]+]] : float = prim::Constant[value=1e-05]()
# CHECK: [[C:%[a-z0-9_.]+]] : float = prim::Constant[value=0.25]()
# CHECK: [[D:%[a-z0-9_.]+]] : float = prim::Constant[value=3.0]()
# CHECK: [[E:%[a-z0-9_.]+]] : float = prim::Constant[value=6.02e+23]()
# CHECK: [[F:%[a-z0-9_.]+]] : float = prim::Constant[value=1000.5]()
# CHECK: [[G:%[a-z0-9_.]+]] : float = prim::Constant[value=1e+16]()
# CHECK: [[H:%[a-z0-9_.]+]] : float = prim::Constant[value=0.0025]()
# CHECK: [[L:%[a-z0-9_.]+]] : List[float] = prim::ListConstruct([[A]], [[B]], [[C]], [[D]], [[E]], [[F]], [[G]], [[H]])
# CHECK: return ([[L]])


def circle_area(r: float) -> float:
    return 3.14159 * r * r
# CHECK-LABEL: graph @circle_area(%r : float) -> float:
# CHECK: [[PI:%[a-z0-9_.]+]] : float = prim::Constant[value=3.14159]()
# CHECK: [[M1:%[a-z0-9_.]+]] : float = aten::mul([[PI]], %r)
# CHECK: [[M2:%[a-z0-9_.]+]] : float = aten::mul([[M1]], %r)
# CHECK: return ([[M2]])


def whole() -> float:
    return 1.0
# CHECK-LABEL: graph @whole() -> float:
# CHECK: [[ONE:%[a-z0-9_.]+]] : float = prim::Constant[value=1.0]()
# CHECK: return ([[ONE]])
