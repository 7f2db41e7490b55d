# list.clear empties in place; list.copy returns a new list that later mutations do not alias.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def flush(buffer: List[str], out: List[str]) -> int:
    n = len(buffer)
    out.extend(buffer.copy())
    buffer.clear()
    return n
# CHECK-LABEL: graph @flush(%buffer : List[str], %out : List[str]) -> int:
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len(%buffer)
# CHECK: [[C:%[a-z0-9_.]+]] : List[str] = aten::copy(%buffer)
# CHECK: aten::extend(%out, [[C]])
# CHECK: aten::clear(%buffer)
# CHECK: return ([[N]])


def snapshot_then_grow(l: List[int]) -> List[int]:
    before = l.copy()
    l.append(len(before))
    return before
# CHECK-LABEL: graph @snapshot_then_grow(%l : List[int]) -> List[int]:
# CHECK: [[B:%[a-z0-9_.]+]] : List[int] = aten::copy(%l)
# CHECK: [[N:%[a-z0-9_.]+]] : int = aten::len([[B]])
# CHECK: aten::append(%l, [[N]])
# CHECK: return ([[B]])
