# Imports are recorded, and an 'if __name__ == "__main__":' block at module level is skipped.
# RUN: %tsc %s --emit=ir | FileCheck %s
import math
import torch
from typing import List, Optional
from typing import Dict as Dict


def main() -> int:
    d: Dict[str, int] = {"a": 1}
    return len(d)
# CHECK-LABEL: graph @main() -> int:
# CHECK: aten::len(
# CHECK-NOT: prim::Print
# CHECK-NOT: graph @


if __name__ == "__main__":
    print(main())
