# Methods call other methods of the same object through prim::CallMethod on %self; attribute aug-assignment reads then writes.
# RUN: %tsc %s --emit=ir | FileCheck %s


class Rectangle:
    def __init__(self, w: float, h: float):
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2.0 * (self.w + self.h)

    def describe(self) -> str:
        return f"area={self.area()} perimeter={self.perimeter()}"

    def scale(self, k: float) -> None:
        self.w = self.w * k
        self.h *= k

    def is_square(self) -> bool:
        return self.w == self.h
# CHECK-LABEL: class Rectangle:
# CHECK-NEXT: w : float
# CHECK-NEXT: h : float
# CHECK-NEXT: def __init__
# CHECK-NEXT: def area
# CHECK-NEXT: def perimeter
# CHECK-NEXT: def describe
# CHECK-NEXT: def scale
# CHECK-NEXT: def is_square

# CHECK-LABEL: graph @Rectangle.area(%self : Rectangle) -> float:
# CHECK: [[W:%[a-z0-9_.]+]] : float = prim::GetAttr[name="w"](%self)
# CHECK: [[H:%[a-z0-9_.]+]] : float = prim::GetAttr[name="h"](%self)
# CHECK: [[A:%[a-z0-9_.]+]] : float = aten::mul([[W]], [[H]])
# CHECK: return ([[A]])

# CHECK-LABEL: graph @Rectangle.describe(%self : Rectangle) -> str:
# CHECK: [[A:%[a-z0-9_.]+]] : float = prim::CallMethod[name="area"](%self)
# CHECK: [[P:%[a-z0-9_.]+]] : float = prim::CallMethod[name="perimeter"](%self)
# CHECK: aten::format({{%[a-z0-9_.]+}}, [[A]], [[P]])

# CHECK-LABEL: graph @Rectangle.scale(%self : Rectangle, %k : float) -> NoneType:
# CHECK: [[W:%[a-z0-9_.]+]] : float = prim::GetAttr[name="w"](%self)
# CHECK: [[W2:%[a-z0-9_.]+]] : float = aten::mul([[W]], %k)
# CHECK: prim::SetAttr[name="w"](%self, [[W2]])
# CHECK: [[H:%[a-z0-9_.]+]] : float = prim::GetAttr[name="h"](%self)
# CHECK: [[H2:%[a-z0-9_.]+]] : float = aten::mul([[H]], %k)
# CHECK: prim::SetAttr[name="h"](%self, [[H2]])


def grow_until(r: Rectangle, limit: float) -> int:
    steps = 0
    while r.area() < limit:
        r.scale(1.1)
        steps += 1
    return steps
# CHECK-LABEL: graph @grow_until(%r : Rectangle, %limit : float) -> int:
# CHECK: [[A0:%[a-z0-9_.]+]] : float = prim::CallMethod[name="area"](%r)
# CHECK: aten::lt([[A0]], %limit)
# CHECK: prim::Loop(
# CHECK: prim::CallMethod[name="scale"](%r,
# CHECK: [[A1:%[a-z0-9_.]+]] : float = prim::CallMethod[name="area"](%r)
# CHECK: aten::lt([[A1]], %limit)
