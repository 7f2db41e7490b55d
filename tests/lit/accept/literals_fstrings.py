# f-strings lower to aten::format on a "{}" template; !r applies aten::repr to the field first.
# RUN: %tsc %s --emit=ir | FileCheck %s


def describe(name: str, count: int, ratio: float) -> str:
    return f"{name} has {count} items ({ratio} full)"
# CHECK-LABEL: graph @describe(%name : str, %count : int, %ratio : float) -> str:
# CHECK: [[FMT:%[a-z0-9_.]+]] : str = prim::Constant[value="{} has {} items ({} full)"]()
# CHECK: [[S:%[a-z0-9_.]+]] : str = aten::format([[FMT]], %name, %count, %ratio)
# CHECK: return ([[S]])


def quoted(key: str, value: int) -> str:
    return f"key={key!r} value={value}"
# CHECK-LABEL: graph @quoted(%key : str, %value : int) -> str:
# CHECK-DAG: [[FMT:%[a-z0-9_.]+]] : str = prim::Constant[value="key={} value={}"]()
# CHECK-DAG: [[R:%[a-z0-9_.]+]] : str = aten::repr(%key)
# CHECK: [[S:%[a-z0-9_.]+]] : str = aten::format([[FMT]], [[R]], %value)
# CHECK: return ([[S]])


def single_quoted_template(user: str) -> str:
    return f'user: {user}'
# CHECK-LABEL: graph @single_quoted_template(%user : str) -> str:
# CHECK: [[FMT:%[a-z0-9_.]+]] : str = prim::Constant[value="user: {}"]()
# CHECK: aten::format([[FMT]], %user)
