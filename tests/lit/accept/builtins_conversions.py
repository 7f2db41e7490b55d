# int(), float(), bool() and str() conversions between the scalar types and str.
# RUN: %tsc %s --emit=ir | FileCheck %s


def to_int(s: str) -> int:
    return int(s)
# CHECK-LABEL: graph @to_int(%s : str) -> int:
# CHECK: [[R:%[a-z0-9_.]+]] : int = aten::Int(%s)
# CHECK: return ([[R]])


def to_float(n: int) -> float:
    return float(n)
# CHECK-LABEL: graph @to_float(%n : int) -> float:
# CHECK: [[R:%[a-z0-9_.]+]] : float = aten::Float(%n)
# CHECK: return ([[R]])


def parse_float(s: str) -> float:
    return float(s)
# CHECK-LABEL: graph @parse_float(%s : str) -> float:
# CHECK: [[R:%[a-z0-9_.]+]] : float = aten::Float(%s)
# CHECK: return ([[R]])


def truncate(x: float) -> int:
    return int(x)
# CHECK-LABEL: graph @truncate(%x : float) -> int:
# CHECK: [[R:%[a-z0-9_.]+]] : int = aten::Int(%x)
# CHECK: return ([[R]])


def truthy(n: int) -> bool:
    return bool(n)
# CHECK-LABEL: graph @truthy(%n : int) -> bool:
# CHECK: [[R:%[a-z0-9_.]+]] : bool = aten::Bool(%n)
# CHECK: return ([[R]])


def label(x: float) -> str:
    return str(x)
# CHECK-LABEL: graph @label(%x : float) -> str:
# CHECK: [[R:%[a-z0-9_.]+]] : str = aten::str(%x)
# CHECK: return ([[R]])


def flag_to_int(b: bool) -> int:
    return int(b)
# CHECK-LABEL: graph @flag_to_int(%b : bool) -> int:
# CHECK: [[R:%[a-z0-9_.]+]] : int = aten::Int(%b)
# CHECK: return ([[R]])


def flag_text(b: bool) -> str:
    return str(b)
# CHECK-LABEL: graph @flag_text(%b : bool) -> str:
# CHECK: [[R:%[a-z0-9_.]+]] : str = aten::str(%b)
# CHECK: return ([[R]])
