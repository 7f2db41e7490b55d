# The message of a raised exception may be any str expression, e.g. an f-string built with aten::format.
# RUN: %tsc %s --emit=ir | FileCheck %s


def parse_percent(s: str) -> int:
    v = int(s)
    if v < 0 or v > 100:
        raise ValueError(f"percentage out of range: {v}")
    return v
# CHECK-LABEL: graph @parse_percent(%s : str) -> int:
# CHECK: [[V:%[a-z0-9_.]+]] : int = aten::Int(%s)
# CHECK: prim::If(
# CHECK: [[F:%[a-z0-9_.]+]] : str = prim::Constant[value="percentage out of range: {}"]()
# CHECK: [[M:%[a-z0-9_.]+]] : str = aten::format([[F]], [[V]])
# CHECK-NEXT: prim::RaiseException[exc="ValueError"]([[M]])
# CHECK: return (
