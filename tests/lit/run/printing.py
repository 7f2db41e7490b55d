# print() formats like Python: str() of each argument, sep and end, floats as repr, nested containers.
# RUN: %tsc run %s | FileCheck %s --match-full-lines --strict-whitespace
from typing import Dict, List, Optional, Tuple


def main() -> Optional[str]:
    print(1, 2.0, "three", True, None)
    print(0.1 + 0.2, 1e16, 1e-5, -0.0, 1 / 3)
    print("a", "b", sep="", end="|\n")
    names: List[str] = ["it's", 'say "hi"', "tab\t"]
    print(names)
    table: Dict[str, Tuple[int, float]] = {"x": (1, 2.5), "y": (3, 1e100)}
    print(table)
    print((1,), ())
    print(f"{names[0]!r} {table['x']} {[1.5]}")
    return None

# CHECK:1 2.0 three True None
# CHECK-NEXT:0.30000000000000004 1e+16 1e-05 -0.0 0.3333333333333333
# CHECK-NEXT:ab|
# CHECK-NEXT:["it's", 'say "hi"', 'tab\t']
# CHECK-NEXT:{'x': (1, 2.5), 'y': (3, 1e+100)}
# CHECK-NEXT:(1,) ()
# CHECK-NEXT:"it's" (1, 2.5) [1.5]
# CHECK-NEXT:None
