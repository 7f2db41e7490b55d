# index_select with an index out of range: torch 1.13 raises IndexError "index out of range in self"
# except in its dim-1 loop (RuntimeError "INDICES element is out of DATA bounds"). Expected lines:
# what torch eager raised for the same call.
# RUN: not %tsc run %s --entry dim0 2>&1 | FileCheck %s --check-prefix=DIM0
# RUN: not %tsc run %s --entry one_dim 2>&1 | FileCheck %s --check-prefix=ONE-DIM
# RUN: not %tsc run %s --entry negative 2>&1 | FileCheck %s --check-prefix=NEGATIVE
# RUN: not %tsc run %s --entry last_dim 2>&1 | FileCheck %s --check-prefix=LAST-DIM
# RUN: not %tsc run %s --entry dim1 2>&1 | FileCheck %s --check-prefix=DIM1
# RUN: not %tsc run %s --entry scalar 2>&1 | FileCheck %s --check-prefix=SCALAR
# RUN: %tsc run %s --entry ok | FileCheck %s --check-prefix=OK
import torch
from torch import Tensor


def dim0() -> Tensor:
    return torch.index_select(torch.ones(2, 3), 0, torch.tensor([1, 2]))
# DIM0: File "{{.*}}fix_index_select.py", line {{[0-9]+}}, in dim0
# DIM0: IndexError: index out of range in self


def one_dim() -> Tensor:
    return torch.arange(3.0).index_select(0, torch.tensor([3]))
# ONE-DIM: File "{{.*}}fix_index_select.py", line {{[0-9]+}}, in one_dim
# ONE-DIM: IndexError: index out of range in self


def negative() -> Tensor:
    return torch.arange(3.0).index_select(0, torch.tensor([-1]))
# NEGATIVE: File "{{.*}}fix_index_select.py", line {{[0-9]+}}, in negative
# NEGATIVE: IndexError: index out of range in self


def last_dim() -> Tensor:
    return torch.zeros(2, 3, 4).index_select(-1, torch.tensor([0, 4]))
# LAST-DIM: File "{{.*}}fix_index_select.py", line {{[0-9]+}}, in last_dim
# LAST-DIM: IndexError: index out of range in self


def dim1() -> Tensor:
    return torch.zeros(2, 3, 4).index_select(1, torch.tensor([-1]))
# DIM1: File "{{.*}}fix_index_select.py", line {{[0-9]+}}, in dim1
# DIM1: RuntimeError: INDICES element is out of DATA bounds, id=-1 axis_dim=3


def scalar() -> Tensor:
    return torch.tensor(5.0).index_select(0, torch.tensor([1]))
# SCALAR: File "{{.*}}fix_index_select.py", line {{[0-9]+}}, in scalar
# SCALAR: IndexError: index out of range in self


def ok() -> None:
    x = torch.arange(24).reshape(2, 3, 4)
    print(x.index_select(2, torch.tensor([3, 0])), torch.index_select(x, 0, torch.tensor([1])).sum())
# OK: tensor({{\[\[\[}} 3,  0],
# OK-NEXT:          [ 7,  4],
# OK-NEXT:          [11,  8]],
# OK-EMPTY:
# OK-NEXT:         {{\[\[}}15, 12],
# OK-NEXT:          [19, 16],
# OK-NEXT:          [23, 20]]]) tensor(210)
