# Comparisons and len() on user objects follow Python's protocol: __eq__, __ne__, __lt__..., __len__.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


class Version:
    def __init__(self, major: int, minor: int):
        self.major = major
        self.minor = minor

    def __eq__(self, other: "Version") -> bool:
        return self.major == other.major and self.minor == other.minor

    def __lt__(self, other: "Version") -> bool:
        return self.major < other.major or (self.major == other.major and self.minor < other.minor)


class Bag:
    def __init__(self):
        self.items: List[int] = []

    def __len__(self) -> int:
        return len(self.items)


class Plain:
    def __init__(self):
        self.x = 0


def same(a: Version, b: Version) -> bool:
    return a == b
# CHECK-LABEL: graph @same(%a : Version, %b : Version) -> bool:
# CHECK: [[EQ:%[a-z0-9_.]+]] : bool = prim::CallMethod[name="__eq__"](%a, %b)
# CHECK: return ([[EQ]])


def differ(a: Version, b: Version) -> bool:
    return a != b
# CHECK-LABEL: graph @differ(
# CHECK: [[EQ2:%[a-z0-9_.]+]] : bool = prim::CallMethod[name="__eq__"](%a, %b)
# CHECK: [[NE:%[a-z0-9_.]+]] : bool = aten::__not__([[EQ2]])
# CHECK: return ([[NE]])


def older(a: Version, b: Version) -> bool:
    return a < b
# CHECK-LABEL: graph @older(
# CHECK: prim::CallMethod[name="__lt__"](%a, %b)


def size(b: Bag) -> int:
    return len(b)
# CHECK-LABEL: graph @size(
# CHECK: [[N:%[a-z0-9_.]+]] : int = prim::CallMethod[name="__len__"](%b)
# CHECK: return ([[N]])


def identical(p: Plain, q: Plain) -> bool:
    return p == q
# CHECK-LABEL: graph @identical(
# CHECK-NOT: CallMethod
# CHECK: aten::__is__(%p, %q)
