# Comprehensions: an empty ListConstruct/DictConstruct, then one prim::Loop per
# `for` clause (nested in order) with the `if` filters as prim::If; the element
# type comes from the element (or the annotation), and the loop variables are
# local to the comprehension.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List, Optional, Tuple


def pairs(n: int) -> List[Tuple[int, int]]:
    return [(i, j) for i in range(n) if i % 2 == 1 for j in range(i) if j > 0]
# CHECK-LABEL: graph @pairs(%n : int) -> List[Tuple[int, int]]:
# CHECK-NEXT: [[OUT:%[a-z0-9_.]+]] : List[Tuple[int, int]] = prim::ListConstruct()
# CHECK-NEXT: [[T:%[a-z0-9_.]+]] : bool = prim::Constant[value=True]()
# CHECK-NEXT: prim::Loop(%n, [[T]])
# CHECK-NEXT: block0(%i : int):
# CHECK: [[ODD:%[a-z0-9_.]+]] : bool = aten::eq(
# CHECK-NEXT: prim::If([[ODD]])
# CHECK-NEXT: block0():
# CHECK: prim::Loop(%i,
# CHECK-NEXT: block0(%j : int):
# CHECK: [[POS:%[a-z0-9_.]+]] : bool = aten::gt(%j,
# CHECK-NEXT: prim::If([[POS]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[P:%[a-z0-9_.]+]] : Tuple[int, int] = prim::TupleConstruct(%i, %j)
# CHECK-NEXT: {{%[a-z0-9_.]+}} : List[Tuple[int, int]] = aten::append([[OUT]], [[P]])
# CHECK: return ([[OUT]])


def lengths(words: List[str]) -> Dict[str, int]:
    return {w: len(w) for w in words if w}
# CHECK-LABEL: graph @lengths(%words : List[str]) -> Dict[str, int]:
# CHECK-NEXT: [[D:%[a-z0-9_.]+]] : Dict[str, int] = prim::DictConstruct()
# CHECK: %w : str = aten::__getitem__(%words,
# CHECK: prim::If(
# CHECK-NEXT: block0():
# CHECK-NEXT: [[N:%[a-z0-9_.]+]] : int = aten::len(%w)
# CHECK-NEXT: aten::_set_item([[D]], %w, [[N]])
# CHECK: return ([[D]])


def present(xs: List[Optional[int]]) -> List[int]:
    return [x * 2 for x in xs if x is not None]
# The filter refines the loop variable in the element.
# CHECK-LABEL: graph @present(%xs : List[Optional[int]]) -> List[int]:
# CHECK: [[L:%[a-z0-9_.]+]] : List[int] = prim::ListConstruct()
# CHECK: %x : Optional[int] = aten::__getitem__(%xs,
# CHECK: [[SOME:%[a-z0-9_.]+]] : bool = aten::__isnot__(%x,
# CHECK-NEXT: prim::If([[SOME]])
# CHECK-NEXT: block0():
# CHECK-NEXT: [[XI:%x[.0-9]+]] : int = prim::unchecked_cast(%x)
# CHECK: [[Y:%[a-z0-9_.]+]] : int = aten::mul([[XI]],
# CHECK-NEXT: {{%[a-z0-9_.]+}} : List[int] = aten::append([[L]], [[Y]])


def scoped(n: int) -> int:
    i = 100
    squares = [i * i for i in range(n)]
    return i + len(squares)
# CHECK-LABEL: graph @scoped(%n : int) -> int:
# CHECK: %i : int = prim::Constant[value=100]()
# CHECK: prim::Loop(%n,
# CHECK-NEXT: block0([[I:%i[.0-9]+]] : int):
# CHECK-NEXT: aten::mul([[I]], [[I]])
# CHECK: [[LEN:%[a-z0-9_.]+]] : int = aten::len(%squares)
# CHECK-NEXT: aten::add(%i, [[LEN]])


def floats(n: int) -> List[float]:
    out: List[float] = [i for i in range(n)]
    return out
# The annotation gives the element type: ints are converted as they are appended.
# CHECK-LABEL: graph @floats(%n : int) -> List[float]:
# CHECK: %out : List[float] = prim::ListConstruct()
# CHECK: [[F:%[a-z0-9_.]+]] : float = aten::Float(%i)
# CHECK-NEXT: {{%[a-z0-9_.]+}} : List[float] = aten::append(%out, [[F]])
