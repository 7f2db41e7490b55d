# Without an annotation the return type is inferred from every return (None and
# int give Optional[int]); values that carry the returned value through ifs and
# loops (and their prim::Uninitialized) get that type once it is known.
# RUN: %tsc %s --emit=ir | FileCheck %s


def parse(s: str):
    if s == "":
        return None
    n = int(s)
    while n > 100:
        if n % 7 == 0:
            return n
        n = n // 2
    return n
# CHECK-LABEL: graph @parse(%s : str) -> Optional[int]:
# CHECK: [[R0:%[a-z0-9_.]+]] : bool, [[V0:%[a-z0-9_.]+]] : Optional[int] = prim::If(
# CHECK-NEXT: block0():
# CHECK-NEXT: [[NONE:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK-NEXT: [[T:%[a-z0-9_.]+]] : bool = prim::Constant[value=True]()
# CHECK-NEXT: -> ([[T]], [[NONE]])
# CHECK-NEXT: block1():
# CHECK-NEXT: [[F:%[a-z0-9_.]+]] : bool = prim::Constant[value=False]()
# CHECK-NEXT: [[U:%[a-z0-9_.]+]] : Optional[int] = prim::Uninitialized()
# CHECK-NEXT: -> ([[F]], [[U]])
# CHECK: [[U2:%[a-z0-9_.]+]] : Optional[int] = prim::Uninitialized()
# CHECK-NEXT: {{%n[.0-9]*}} : int, [[LR:%[a-z0-9_.]+]] : bool, [[LV:%[a-z0-9_.]+]] : Optional[int] = prim::Loop({{%[a-z0-9_.]+}}, {{%[a-z0-9_.]+}}, %n, {{%[a-z0-9_.]+}}, [[U2]])
# CHECK-NEXT: block0({{%[a-z0-9_.]+}} : int, {{%n[.0-9]*}} : int, {{%[a-z0-9_.]+}} : bool, {{%[a-z0-9_.]+}} : Optional[int]):
# CHECK: [[GO:%[a-z0-9_.]+]] : bool = aten::__not__([[LR]])
# CHECK-NEXT: [[AFTER:%[a-z0-9_.]+]] : Optional[int] = prim::If([[GO]])
# CHECK-NEXT: block0():
# CHECK-NEXT: -> ({{%n[.0-9]*}})
# CHECK-NEXT: block1():
# CHECK-NEXT: -> ([[LV]])
# CHECK: return (


def caller() -> int:
    r = parse("700")
    if r is None:
        return 0
    return r
# The caller sees the inferred type.
# CHECK-LABEL: graph @caller() -> int:
# CHECK: %r : Optional[int] = prim::CallFunction[name="parse"](


def nothing(x: int):
    print(x)
# CHECK-LABEL: graph @nothing(%x : int) -> NoneType:
# CHECK-NEXT: prim::Print(%x)
# CHECK-NEXT: [[N:%[a-z0-9_.]+]] : NoneType = prim::Constant()
# CHECK-NEXT: return ([[N]])
