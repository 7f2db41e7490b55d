# Number (Scalar) operands with a non-number: compile errors (torch.jit.script rejects both too).
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
import torch
from torch import Tensor


def bad(x: Tensor) -> bool:
    # CHECK: fix_number_errors.py:[[@LINE+1]]:9: error: unsupported operand types for +: 'number' and 'str'
    y = x.item() + "a"
    # CHECK: fix_number_errors.py:[[@LINE+1]]:12: error: '<' is not supported between 'number' and 'str'
    return x.item() < "a"
