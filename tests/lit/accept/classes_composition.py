# Classes whose attributes are instances of other classes; nested attribute reads chain prim::GetAttr.
# RUN: %tsc %s --emit=ir | FileCheck %s


class Point:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y


class Segment:
    def __init__(self, a: Point, b: Point):
        self.a = a
        self.b = b

    def length2(self) -> float:
        dx = self.b.x - self.a.x
        dy = self.b.y - self.a.y
        return dx * dx + dy * dy
# CHECK-LABEL: class Point:
# CHECK-NEXT: x : float
# CHECK-NEXT: y : float
# CHECK-LABEL: class Segment:
# CHECK-NEXT: a : Point
# CHECK-NEXT: b : Point

# CHECK-LABEL: graph @Segment.length2(%self : Segment) -> float:
# CHECK: [[B:%[a-z0-9_.]+]] : Point = prim::GetAttr[name="b"](%self)
# CHECK: [[BX:%[a-z0-9_.]+]] : float = prim::GetAttr[name="x"]([[B]])
# CHECK: [[A:%[a-z0-9_.]+]] : Point = prim::GetAttr[name="a"](%self)
# CHECK: [[AX:%[a-z0-9_.]+]] : float = prim::GetAttr[name="x"]([[A]])
# CHECK: [[DX:%[a-z0-9_.]+]] : float = aten::sub([[BX]], [[AX]])


def make_segment(x0: float, y0: float, x1: float, y1: float) -> Segment:
    start = Point(x0, y0)
    end = Point(x1, y1)
    return Segment(start, end)
# CHECK-LABEL: graph @make_segment(%x0 : float, %y0 : float, %x1 : float, %y1 : float) -> Segment:
# CHECK: [[P0:%[a-z0-9_.]+]] : Point = prim::CreateObject()
# CHECK: prim::CallMethod[name="__init__"]([[P0]], %x0, %y0)
# CHECK: [[P1:%[a-z0-9_.]+]] : Point = prim::CreateObject()
# CHECK: prim::CallMethod[name="__init__"]([[P1]], %x1, %y1)
# CHECK: [[S:%[a-z0-9_.]+]] : Segment = prim::CreateObject()
# CHECK: prim::CallMethod[name="__init__"]([[S]], [[P0]], [[P1]])
# CHECK: return ([[S]])


def move_start(s: Segment, dx: float) -> None:
    s.a.x = s.a.x + dx
# CHECK-LABEL: graph @move_start(%s : Segment, %dx : float) -> NoneType:
# CHECK: [[A1:%[a-z0-9_.]+]] : Point = prim::GetAttr[name="a"](%s)
# CHECK: [[X:%[a-z0-9_.]+]] : float = prim::GetAttr[name="x"]([[A1]])
# CHECK: [[NX:%[a-z0-9_.]+]] : float = aten::add([[X]], %dx)
# CHECK: [[A2:%[a-z0-9_.]+]] : Point = prim::GetAttr[name="a"](%s)
# CHECK: prim::SetAttr[name="x"]([[A2]], [[NX]])
