# Methods take and return instances of their own class (annotations postponed with __future__).
# RUN: %tsc %s --emit=ir | FileCheck %s
from __future__ import annotations


class Vec2:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    def add(self, other: Vec2) -> Vec2:
        return Vec2(self.x + other.x, self.y + other.y)

    def scaled(self, k: float) -> Vec2:
        return Vec2(self.x * k, self.y * k)

    def dot(self, other: Vec2) -> float:
        return self.x * other.x + self.y * other.y
# CHECK-LABEL: class Vec2:
# CHECK-NEXT: x : float
# CHECK-NEXT: y : float

# CHECK-LABEL: graph @Vec2.add(%self : Vec2, %other : Vec2) -> Vec2:
# CHECK-DAG: [[SX:%[a-z0-9_.]+]] : float = aten::add(
# CHECK-DAG: [[SY:%[a-z0-9_.]+]] : float = aten::add(
# CHECK-DAG: [[V:%[a-z0-9_.]+]] : Vec2 = prim::CreateObject()
# CHECK: prim::CallMethod[name="__init__"]([[V]], [[SX]], [[SY]])
# CHECK: return ([[V]])

# CHECK-LABEL: graph @Vec2.dot(%self : Vec2, %other : Vec2) -> float:
# CHECK: [[SX:%[a-z0-9_.]+]] : float = prim::GetAttr[name="x"](%self)
# CHECK: [[OX:%[a-z0-9_.]+]] : float = prim::GetAttr[name="x"](%other)
# CHECK: aten::mul([[SX]], [[OX]])


def centroid(a: Vec2, b: Vec2, c: Vec2) -> Vec2:
    return a.add(b).add(c).scaled(1.0 / 3.0)
# CHECK-LABEL: graph @centroid(%a : Vec2, %b : Vec2, %c : Vec2) -> Vec2:
# CHECK: [[AB:%[a-z0-9_.]+]] : Vec2 = prim::CallMethod[name="add"](%a, %b)
# CHECK: [[ABC:%[a-z0-9_.]+]] : Vec2 = prim::CallMethod[name="add"]([[AB]], %c)
# CHECK: [[K:%[a-z0-9_.]+]] : float = aten::div(
# CHECK: [[R:%[a-z0-9_.]+]] : Vec2 = prim::CallMethod[name="scaled"]([[ABC]], [[K]])
# CHECK: return ([[R]])
