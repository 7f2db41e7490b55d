# Compile errors for tensor operators, methods and torch functions that match no schema.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
import torch
from torch import Tensor


def bad_calls(x: Tensor) -> Tensor:
    # CHECK: errors.py:[[@LINE+1]]:9: error: unsupported operand types for +: 'Tensor' and 'str'
    y = x + "a"
    # CHECK: errors.py:[[@LINE+1]]:19: error: argument 'dim' of 'softmax' expects 'int' but got 'str'
    z = x.softmax("a")
    # CHECK: errors.py:[[@LINE+1]]:9: error: 'Tensor' has no method 'frobnicate'
    w = x.frobnicate()
    # CHECK: errors.py:[[@LINE+1]]:9: error: 'torch.frobnicate' is not supported
    v = torch.frobnicate(x)
    # CHECK: errors.py:[[@LINE+1]]:5: error: unsupported operand types for +=: 'Tensor' and 'str'
    x += "a"
    # CHECK: errors.py:[[@LINE+1]]:11: error: tensor indices must be integers, slices, None, '...', tensors or lists of integers, not 'float'
    u = x[1.5]
    return y
