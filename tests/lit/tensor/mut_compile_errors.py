# Compile errors of tensor mutation and indexing: tolist() without a result type, a tensor index after '...',
# assigning a non-number to a tensor index, and in-place operators tensors do not have.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
import torch
from torch import Tensor
from typing import List


def bad(x: Tensor, i: Tensor) -> Tensor:
    # CHECK: mut_compile_errors.py:[[@LINE+1]]:9: error: 'tolist' needs the result type from an annotation, e.g. 'l: List[List[float]] = x.tolist()' (lists of int, float or bool)
    l = x.tolist()
    # CHECK: mut_compile_errors.py:[[@LINE+1]]:20: error: 'tolist' needs the result type from an annotation
    s: List[str] = x.tolist()
    # CHECK: mut_compile_errors.py:[[@LINE+1]]:16: error: a tensor index after '...' is not supported; index the leading dims explicitly
    y = x[..., i]
    # CHECK: mut_compile_errors.py:[[@LINE+1]]:12: error: cannot assign 'str' to a tensor index; expected a Tensor or a number
    x[0] = "a"
    # CHECK: mut_compile_errors.py:[[@LINE+1]]:5: error: unsupported operand types for @=: 'Tensor' and 'Tensor'
    x @= i
    # CHECK: mut_compile_errors.py:[[@LINE+1]]:5: error: unsupported operand types for <<=: 'Tensor' and 'int'
    x <<= 1
    return x
