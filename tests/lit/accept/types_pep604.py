# PEP 604 unions with None (int | None, None | str) are Optional types and refine like Optional.
# RUN: %tsc %s --emit=ir | FileCheck %s


def first_or_none(l: list[int]) -> int | None:
    if len(l) == 0:
        return None
    return l[0]
# CHECK-LABEL: graph @first_or_none(%l : List[int]) -> Optional[int]:


def pick(a: int | None, b: int) -> int:
    return a if a is not None else b
# CHECK-LABEL: graph @pick(%a : Optional[int], %b : int) -> int:
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::__isnot__(%a,
# CHECK: [[R:%[a-z0-9_.]+]] : int = prim::If([[C]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[A:%[a-z0-9_.]+]] : int = prim::unchecked_cast(%a)
# CHECK-NEXT: -> ([[A]])
# CHECK-NEXT: block1():
# CHECK-NEXT: -> (%b)
# CHECK: return ([[R]])


def name_or_default(x: None | str) -> str:
    if x is None:
        return "?"
    return x
# CHECK-LABEL: graph @name_or_default(%x : Optional[str]) -> str:
# CHECK: prim::unchecked_cast(%x)
