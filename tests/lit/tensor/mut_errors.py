# Errors of in-place ops and indexing, with PyTorch's wording: a result dtype that self cannot hold,
# an in-place op that would grow self, out-of-range indices, an assignment of the wrong shape (TorchScript's
# copy_ message), tolist() with a result type that does not match the tensor, and
# an in-place op whose input overlaps part of self or whose self is expanded (torch's overlap checks).
# RUN: not %tsc run %s --entry cast 2>&1 | FileCheck %s --check-prefix=CAST
# RUN: not %tsc run %s --entry grow 2>&1 | FileCheck %s --check-prefix=GROW
# RUN: not %tsc run %s --entry select_range 2>&1 | FileCheck %s --check-prefix=SELECT
# RUN: not %tsc run %s --entry index_range 2>&1 | FileCheck %s --check-prefix=INDEX
# RUN: not %tsc run %s --entry put_range 2>&1 | FileCheck %s --check-prefix=PUT
# RUN: not %tsc run %s --entry mask_shape 2>&1 | FileCheck %s --check-prefix=MASK
# RUN: not %tsc run %s --entry assign_shape 2>&1 | FileCheck %s --check-prefix=SHAPE
# RUN: not %tsc run %s --entry fill_dim 2>&1 | FileCheck %s --check-prefix=FILL
# RUN: not %tsc run %s --entry tolist_dim 2>&1 | FileCheck %s --check-prefix=TOLIST-DIM
# RUN: not %tsc run %s --entry tolist_type 2>&1 | FileCheck %s --check-prefix=TOLIST-TYPE
# RUN: not %tsc run %s --entry partial_overlap 2>&1 | FileCheck %s --check-prefix=PARTIAL
# RUN: not %tsc run %s --entry expanded_self 2>&1 | FileCheck %s --check-prefix=EXPANDED
# RUN: not %tsc run %s --entry put_dtype 2>&1 | FileCheck %s --check-prefix=PUT-DTYPE
import torch
from torch import Tensor
from typing import List


def cast() -> Tensor:
    x = torch.zeros(3, dtype=torch.long)
    x += 1.5
    return x
# CAST: line [[@LINE-2]], in cast
# CAST: RuntimeError: result type Float can't be cast to the desired output type Long


def grow() -> Tensor:
    x = torch.zeros(3)
    x.add_(torch.ones(2, 3))
    return x
# GROW: RuntimeError: output with shape [3] doesn't match the broadcast shape [2, 3]


def select_range() -> Tensor:
    x = torch.zeros(3)
    x[5] = 1
    return x
# SELECT: IndexError: select(): index 5 out of range for tensor of size [3] at dimension 0


def index_range() -> Tensor:
    x = torch.zeros(3)
    return x[torch.tensor([5])]
# INDEX: IndexError: index 5 is out of bounds for dimension 0 with size 3


def put_range() -> Tensor:
    x = torch.zeros(3)
    x[torch.tensor([0, -4])] = 1.0
    return x
# PUT: IndexError: index -4 is out of bounds for dimension 0 with size 3


def mask_shape() -> Tensor:
    x = torch.zeros(2, 3)
    return x[torch.tensor([True, False, True])]
# MASK: IndexError: The shape of the mask [3] at index 0 does not match the shape of the indexed tensor [2, 3] at index 0


def assign_shape() -> Tensor:
    x = torch.zeros(3)
    x[0:2] = torch.ones(3)
    return x
# SHAPE: RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0


def fill_dim() -> Tensor:
    return torch.ones(2).fill_(torch.ones(2))
# FILL: RuntimeError: fill_ only supports 0-dimension value tensor but got tensor with 1 dimensions.


def tolist_dim() -> List[List[float]]:
    l: List[List[float]] = torch.ones(2).tolist()
    return l
# TOLIST-DIM: RuntimeError: Output annotation list dimension and runtime tensor dimension must match for tolist()


def tolist_type() -> List[float]:
    l: List[float] = torch.ones(2, dtype=torch.long).tolist()
    return l
# TOLIST-TYPE: RuntimeError: Output annotation element type and runtime tensor element type must match for tolist()


def partial_overlap() -> Tensor:
    v = torch.arange(5).float()
    v[1:] += v[:-1]
    return v
# PARTIAL: RuntimeError: unsupported operation: some elements of the input tensor and the written-to tensor refer to a single memory location. Please clone() the tensor before performing the operation.


def expanded_self() -> Tensor:
    return torch.zeros(1).expand(3).relu_()
# EXPANDED: RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.


def put_dtype() -> Tensor:
    x = torch.zeros(3)
    x[torch.tensor([0, 1])] = torch.tensor([1, 2])
    return x
# PUT-DTYPE: RuntimeError: Index put requires the source and destination dtypes match, got Float for the destination and Long for the source.
