# PyTorch's run-time errors with torch's wording, raised from script code with a traceback.
# RUN: not %tsc run %s --entry bad_shapes 2>&1 | FileCheck %s --check-prefix=SHAPES
# RUN: not %tsc run %s --entry bad_view 2>&1 | FileCheck %s --check-prefix=VIEW
# RUN: not %tsc run %s --entry bad_item 2>&1 | FileCheck %s --check-prefix=ITEM
import torch
from torch import Tensor


def bad_shapes() -> Tensor:
    return torch.ones(2, 3) + torch.ones(4)
# SHAPES: RuntimeError: The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1


def bad_view() -> Tensor:
    return torch.arange(6).view(4, 2)
# VIEW: RuntimeError: shape '[4, 2]' is invalid for input of size 6


def bad_item() -> float:
    return float(torch.ones(2))
# ITEM: RuntimeError: a Tensor with 2 elements cannot be converted to Scalar
