# print(...) lowers to prim::Print with its arguments; non-default sep/end string literals become attributes.
# RUN: %tsc %s --emit=ir | FileCheck %s


def report(name: str, score: float, rank: int) -> None:
    print(name, score, rank)
    print(name, rank, sep=", ")
    print("done", end="")
    print("a", "b", sep=" ")
    print()
# CHECK-LABEL: graph @report(%name : str, %score : float, %rank : int) -> NoneType:
# CHECK: prim::Print(%name, %score, %rank)
# CHECK: prim::Print[sep=", "](%name, %rank)
# CHECK: [[D:%[a-z0-9_.]+]] : str = prim::Constant[value="done"]()
# CHECK: prim::Print[end=""]([[D]])
# CHECK: [[A:%[a-z0-9_.]+]] : str = prim::Constant[value="a"]()
# CHECK: [[B:%[a-z0-9_.]+]] : str = prim::Constant[value="b"]()
# CHECK: prim::Print([[A]], [[B]])
# CHECK: prim::Print()


def progress_bar(done: int, total: int) -> None:
    print("[" + "#" * done + "." * (total - done) + "]", end="\r")
# CHECK-LABEL: graph @progress_bar(%done : int, %total : int) -> NoneType:
# CHECK: prim::Print[end="\r"](
