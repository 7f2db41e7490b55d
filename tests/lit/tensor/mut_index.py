# Index assignment and advanced indexing as TorchScript lowers them: views + copy_/fill_ for ints,
# slices, None and '...'; aten::index / aten::index_put_ for masks, index tensors and lists of ints.
# Expected text: torch eager's print.
# RUN: %tsc run %s | FileCheck %s
# RUN: %tsc %s --emit=ir | FileCheck %s --check-prefix=IR
import torch
from torch import Tensor


# IR-LABEL: graph @assign
def assign() -> Tensor:
    x = torch.zeros(4, 5)
    # IR: aten::select(%{{.*}}, %{{.*}}, %{{.*}})
    # IR: aten::fill_(%{{.*}}, %{{.*}})
    x[0] = 1.5
    # IR: aten::copy_(%{{.*}}, %y, %{{.*}})
    y = torch.arange(6).view(2, 3).float()
    x[1:3, ::2] = y
    x[..., 4] = 0.25
    x[None, 3] = torch.tensor([9.0, 8.0, 7.0, 6.0, 5.0])
    x[-1, 1:3] = 3
    print(x)
    m = x > 4
    # IR: %[[MASK:.*]] : List[Optional[Tensor]] = prim::ListConstruct(%m)
    # IR: aten::index_put_(%x{{.*}}, %[[MASK]], %{{.*}}, %{{.*}})
    x[m] = -1
    print(x)
    x[torch.tensor([0, 2])] = torch.tensor([10.0, 20.0, 30.0, 40.0, 50.0])
    x[torch.tensor([1, 3]), 1:] = 2
    x[:, torch.tensor([0])] = torch.ones(4, 1)
    return x


# IR-LABEL: graph @read
def read() -> Tensor:
    x = torch.arange(12).view(3, 4)
    # IR: aten::index(%x{{.*}}, %{{.*}})
    print(x[x % 3 == 0], x[torch.tensor([2, 0])], x[[0, 2]])
    print(x[torch.tensor([0, 2]), torch.tensor([1, 3])], x[1:, torch.tensor([0, 3])])
    print(list(x[torch.tensor([[0, 1], [2, 2]])].shape), x[torch.tensor([True, False, True])])
    i = torch.tensor([1])
    return x[i, 2:]


def augmented() -> Tensor:
    x = torch.arange(6).view(2, 3)
    x[0] += 10
    x[:, 1] *= 2
    x[torch.tensor([1])] -= 1
    x[x > 10] += 100
    return x


def main() -> int:
    print(assign())
    print(read())
    print(augmented())
    return 0
# CHECK: tensor({{\[\[}}1.5000, 1.5000, 1.5000, 1.5000, 0.2500],
# CHECK-NEXT:         [0.0000, 0.0000, 1.0000, 0.0000, 0.2500],
# CHECK-NEXT:         [3.0000, 0.0000, 4.0000, 0.0000, 0.2500],
# CHECK-NEXT:         [9.0000, 3.0000, 3.0000, 6.0000, 5.0000]])
# CHECK-NEXT: tensor({{\[\[}} 1.5000,  1.5000,  1.5000,  1.5000,  0.2500],
# CHECK-NEXT:         [ 0.0000,  0.0000,  1.0000,  0.0000,  0.2500],
# CHECK-NEXT:         [ 3.0000,  0.0000,  4.0000,  0.0000,  0.2500],
# CHECK-NEXT:         [-1.0000,  3.0000,  3.0000, -1.0000, -1.0000]])
# CHECK-NEXT: tensor({{\[\[}} 1., 20., 30., 40., 50.],
# CHECK-NEXT:         [ 1.,  2.,  2.,  2.,  2.],
# CHECK-NEXT:         [ 1., 20., 30., 40., 50.],
# CHECK-NEXT:         [ 1.,  2.,  2.,  2.,  2.]])
# CHECK-NEXT: tensor([0, 3, 6, 9]) tensor({{\[\[}} 8,  9, 10, 11],
# CHECK-NEXT:         [ 0,  1,  2,  3]]) tensor({{\[\[}} 0,  1,  2,  3],
# CHECK-NEXT:         [ 8,  9, 10, 11]])
# CHECK-NEXT: tensor([ 1, 11]) tensor({{\[\[}} 4,  7],
# CHECK-NEXT:         [ 8, 11]])
# CHECK-NEXT: [2, 2, 4] tensor({{\[\[}} 0,  1,  2,  3],
# CHECK-NEXT:         [ 8,  9, 10, 11]])
# CHECK-NEXT: tensor({{\[\[}}6, 7]])
# CHECK-NEXT: tensor({{\[\[}} 10, 122, 112],
# CHECK-NEXT:         [  2,   7,   4]])
# CHECK-NEXT: 0
