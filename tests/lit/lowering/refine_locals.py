# Optional refinement of locals: `is None` / `is not None` in ifs (also through
# and/or and truthiness), asserts, early return, raise and continue. The refined
# value is a prim::unchecked_cast placed where the refinement starts to hold.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List, Optional


def early(x: Optional[int]) -> int:
    if x is None:
        return 0
    return x + 1
# CHECK-LABEL: graph @early(%x : Optional[int]) -> int:
# CHECK: [[ISNONE:%[a-z0-9_.]+]] : bool = aten::__is__(%x, {{%[a-z0-9_.]+}})
# CHECK: [[RET:%[a-z0-9_.]+]] : bool, [[VAL:%[a-z0-9_.]+]] : int = prim::If([[ISNONE]])
# The cast follows the if: x is not None wherever execution continues.
# CHECK: [[X:%x[.0-9]+]] : int = prim::unchecked_cast(%x)
# CHECK-NEXT: [[GO:%[a-z0-9_.]+]] : bool = aten::__not__([[RET]])
# CHECK-NEXT: [[OUT:%[a-z0-9_.]+]] : int = prim::If([[GO]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[ONE:%[a-z0-9_.]+]] : int = prim::Constant[value=1]()
# CHECK-NEXT: [[SUM:%[a-z0-9_.]+]] : int = aten::add([[X]], [[ONE]])
# CHECK-NEXT: -> ([[SUM]])
# CHECK-NEXT: block1():
# CHECK-NEXT: -> ([[VAL]])
# CHECK-NEXT: return ([[OUT]])


def both(a: Optional[int], b: Optional[int]) -> int:
    if a is not None and b is not None:
        return a + b
    return -1
# CHECK-LABEL: graph @both(%a : Optional[int], %b : Optional[int]) -> int:
# CHECK: [[A:%[a-z0-9_.]+]] : bool = aten::__isnot__(%a,
# CHECK-NEXT: [[AND:%[a-z0-9_.]+]] : bool = prim::If([[A]])
# CHECK-NEXT: block0():
# CHECK: [[B:%[a-z0-9_.]+]] : bool = aten::__isnot__(%b,
# CHECK-NEXT: -> ([[B]])
# CHECK: prim::If([[AND]])
# CHECK-NEXT: block0():
# CHECK-DAG: [[BI:%b[.0-9]+]] : int = prim::unchecked_cast(%b)
# CHECK-DAG: [[AI:%a[.0-9]+]] : int = prim::unchecked_cast(%a)
# CHECK: aten::add([[AI]], [[BI]])


def asserted(x: Optional[str]) -> int:
    assert x is not None, "need x"
    return len(x)
# CHECK-LABEL: graph @asserted(%x : Optional[str]) -> int:
# CHECK: [[OK:%[a-z0-9_.]+]] : bool = aten::__isnot__(%x,
# CHECK-NEXT: prim::If([[OK]])
# CHECK-NEXT: block0():
# CHECK-NEXT: -> ()
# CHECK-NEXT: block1():
# CHECK-NEXT: [[MSG:%[a-z0-9_.]+]] : str = prim::Constant[value="need x"]()
# CHECK-NEXT: prim::RaiseException[exc="AssertionError"]([[MSG]])
# CHECK-NEXT: -> ()
# CHECK-NEXT: [[XS:%x[.0-9]+]] : str = prim::unchecked_cast(%x)
# CHECK-NEXT: [[LEN:%[a-z0-9_.]+]] : int = aten::len([[XS]])
# CHECK-NEXT: return ([[LEN]])


def raising(x: Optional[int]) -> int:
    if x is None:
        raise ValueError("x is None")
    return x * 2
# A branch that raises needs no outputs and no guard for what follows.
# CHECK-LABEL: graph @raising(%x : Optional[int]) -> int:
# CHECK: prim::RaiseException[exc="ValueError"]
# CHECK: [[XI:%x[.0-9]+]] : int = prim::unchecked_cast(%x)
# CHECK-NOT: prim::If
# CHECK: [[R:%[a-z0-9_.]+]] : int = aten::mul([[XI]],
# CHECK-NEXT: return ([[R]])


def truthy(s: Optional[str]) -> str:
    if s:
        return s.upper()
    return ""
# `if s:` is `s is not None and len(s) != 0`, and refines s where true.
# CHECK-LABEL: graph @truthy(%s : Optional[str]) -> str:
# CHECK: [[SOME:%[a-z0-9_.]+]] : bool = aten::__isnot__(%s,
# CHECK-NEXT: [[T:%[a-z0-9_.]+]] : bool = prim::If([[SOME]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[C:%[a-z0-9_.]+]] : str = prim::unchecked_cast(%s)
# CHECK-NEXT: [[N:%[a-z0-9_.]+]] : int = aten::len([[C]])
# CHECK: aten::ne([[N]],
# CHECK: prim::If([[T]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[S1:%s[.0-9]+]] : str = prim::unchecked_cast(%s)
# CHECK-NEXT: {{%[a-z0-9_.]+}} : str = aten::upper([[S1]])


def skip_none(xs: List[Optional[int]]) -> int:
    total = 0
    for x in xs:
        if x is None:
            continue
        total += x
    return total
# CHECK-LABEL: graph @skip_none(%xs : List[Optional[int]]) -> int:
# CHECK: %x : Optional[int] = aten::__getitem__(%xs,
# CHECK: [[CONT:%[a-z0-9_.]+]] : bool = prim::If(
# CHECK: [[XI:%x[.0-9]+]] : int = prim::unchecked_cast(%x)
# CHECK-NEXT: [[GO:%[a-z0-9_.]+]] : bool = aten::__not__([[CONT]])
# CHECK-NEXT: {{%total[.0-9]+}} : int, {{%[a-z0-9_.]+}} : bool = prim::If([[GO]])
# CHECK-NEXT: block0():
# CHECK-NEXT: {{%total[.0-9]+}} : int = aten::add({{%total[.0-9]+}}, [[XI]])


def default_zero(x: Optional[int]) -> int:
    if x is None:
        x = 0
    return x + 1
# Assigning in one branch and refining in the other gives an int after the if.
# CHECK-LABEL: graph @default_zero(%x : Optional[int]) -> int:
# CHECK: [[XM:%x[.0-9]+]] : int = prim::If(
# CHECK-NEXT: block0():
# CHECK-NEXT: [[Z:%x[.0-9]+]] : int = prim::Constant[value=0]()
# CHECK-NEXT: -> ([[Z]])
# CHECK-NEXT: block1():
# CHECK-NEXT: [[C:%x[.0-9]+]] : int = prim::unchecked_cast(%x)
# CHECK-NEXT: -> ([[C]])
# CHECK: aten::add([[XM]],


def narrowed(s: str) -> int:
    x: Optional[int] = None
    if s != "":
        x = len(s)
    if x is None or x > 10:
        x = 0
    return x + 1
# Assignments narrow an annotated variable too: after the second if, x is an
# int on both paths (assigned 0, or refined by the false `or`).
# CHECK-LABEL: graph @narrowed(%s : str) -> int:
# CHECK: [[X1:%x[.0-9]+]] : Optional[int] = prim::If(
# CHECK: [[ISNONE:%[a-z0-9_.]+]] : bool = aten::__is__([[X1]],
# CHECK-NEXT: [[OR:%[a-z0-9_.]+]] : bool = prim::If([[ISNONE]])
# CHECK: block1():
# CHECK-NEXT: [[XR:%x[.0-9]+]] : int = prim::unchecked_cast([[X1]])
# CHECK-NEXT: [[TEN:%[a-z0-9_.]+]] : int = prim::Constant[value=10]()
# CHECK-NEXT: {{%[a-z0-9_.]+}} : bool = aten::gt([[XR]], [[TEN]])
# CHECK: [[X2:%x[.0-9]+]] : int = prim::If([[OR]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[Z:%x[.0-9]+]] : int = prim::Constant[value=0]()
# CHECK-NEXT: -> ([[Z]])
# CHECK-NEXT: block1():
# CHECK-NEXT: [[XC:%x[.0-9]+]] : int = prim::unchecked_cast([[X1]])
# CHECK-NEXT: -> ([[XC]])
# CHECK: aten::add([[X2]],
