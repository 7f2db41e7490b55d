# PEP 585 builtin generics (list[int], dict[str, int], tuple[int, str]) are the same types as typing's.
# RUN: %tsc %s --emit=ir | FileCheck %s


def lengths(words: list[str]) -> dict[str, int]:
    return {w: len(w) for w in words}
# CHECK-LABEL: graph @lengths(%words : List[str]) -> Dict[str, int]:
# CHECK: : Dict[str, int] = prim::DictConstruct()


def pairs_up_to(n: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for i in range(n):
        out.append((i, i * i))
    return out
# CHECK-LABEL: graph @pairs_up_to(%n : int) -> List[Tuple[int, int]]:
# CHECK: [[O:%[a-z0-9_.]+]] : List[Tuple[int, int]] = prim::ListConstruct()
# CHECK: [[T:%[a-z0-9_.]+]] : Tuple[int, int] = prim::TupleConstruct(
# CHECK: aten::append([[O]], [[T]])


def grid(rows: int, cols: int) -> list[list[float]]:
    return [[0.0] * cols for _ in range(rows)]
# CHECK-LABEL: graph @grid(%rows : int, %cols : int) -> List[List[float]]:
# CHECK: : List[List[float]] = prim::ListConstruct()
