# Run-time errors of the ops wired by name, with torch 1.13 eager's exception type and message
# (each expected line is what torch raised for the same call) and the script traceback.
# RUN: not %tsc run %s --entry topk_k 2>&1 | FileCheck %s --check-prefix=TOPK-K
# RUN: not %tsc run %s --entry gather_oob 2>&1 | FileCheck %s --check-prefix=GATHER-OOB
# RUN: not %tsc run %s --entry var_int 2>&1 | FileCheck %s --check-prefix=VAR-INT
# RUN: not %tsc run %s --entry norm_int 2>&1 | FileCheck %s --check-prefix=NORM-INT
# RUN: not %tsc run %s --entry cumsum_dim 2>&1 | FileCheck %s --check-prefix=CUMSUM-DIM
# RUN: not %tsc run %s --entry conv1d_channels 2>&1 | FileCheck %s --check-prefix=CONV1D-CHANNELS
# RUN: not %tsc run %s --entry pool_kernel 2>&1 | FileCheck %s --check-prefix=POOL-KERNEL
# RUN: not %tsc run %s --entry one_hot_negative 2>&1 | FileCheck %s --check-prefix=ONE-HOT-NEGATIVE
# RUN: not %tsc run %s --entry group_norm_groups 2>&1 | FileCheck %s --check-prefix=GROUP-NORM-GROUPS
# RUN: not %tsc run %s --entry narrow_range 2>&1 | FileCheck %s --check-prefix=NARROW-RANGE
# RUN: not %tsc run %s --entry split_sizes 2>&1 | FileCheck %s --check-prefix=SPLIT-SIZES
# RUN: not %tsc run %s --entry dot_shapes 2>&1 | FileCheck %s --check-prefix=DOT-SHAPES
# RUN: not %tsc run %s --entry bitwise_float 2>&1 | FileCheck %s --check-prefix=BITWISE-FLOAT
# RUN: not %tsc run %s --entry fmod_zero 2>&1 | FileCheck %s --check-prefix=FMOD-ZERO
# RUN: not %tsc run %s --entry baddbmm_shapes 2>&1 | FileCheck %s --check-prefix=BADDBMM-SHAPES
# RUN: not %tsc run %s --entry pad_reflect 2>&1 | FileCheck %s --check-prefix=PAD-REFLECT
# RUN: not %tsc run %s --entry dropout_p 2>&1 | FileCheck %s --check-prefix=DROPOUT-P
# RUN: not %tsc run %s --entry logsumexp_dim 2>&1 | FileCheck %s --check-prefix=LOGSUMEXP-DIM
# RUN: not %tsc run %s --entry roll_dims 2>&1 | FileCheck %s --check-prefix=ROLL-DIMS
# RUN: not %tsc run %s --entry randint_range 2>&1 | FileCheck %s --check-prefix=RANDINT-RANGE
# RUN: not %tsc run %s --entry flip_dup 2>&1 | FileCheck %s --check-prefix=FLIP-DUP
# RUN: not %tsc run %s --entry lerp_tensor_int 2>&1 | FileCheck %s --check-prefix=LERP-TENSOR-INT
# RUN: not %tsc run %s --entry interpolate_dims 2>&1 | FileCheck %s --check-prefix=INTERPOLATE-DIMS
# RUN: not %tsc run %s --entry interpolate_scale_dims 2>&1 | FileCheck %s --check-prefix=INTERPOLATE-SCALE-DIMS
# RUN: not %tsc run %s --entry interpolate_linear_rank 2>&1 | FileCheck %s --check-prefix=INTERPOLATE-LINEAR-RANK
# RUN: not %tsc run %s --entry sort_dim 2>&1 | FileCheck %s --check-prefix=SORT-DIM
# RUN: not %tsc run %s --entry gather_rank 2>&1 | FileCheck %s --check-prefix=GATHER-RANK
# RUN: not %tsc run %s --entry unbind_dim 2>&1 | FileCheck %s --check-prefix=UNBIND-DIM
# RUN: not %tsc run %s --entry conv1d_rank 2>&1 | FileCheck %s --check-prefix=CONV1D-RANK
# RUN: not %tsc run %s --entry avg_pool_padding 2>&1 | FileCheck %s --check-prefix=AVG-POOL-PADDING
import torch
import torch.nn.functional as F
from torch import Tensor



def topk_k() -> Tensor:
    return torch.topk(torch.ones(3), 4)[0]
# TOPK-K: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in topk_k
# TOPK-K: RuntimeError: selected index k out of range


def gather_oob() -> Tensor:
    return torch.gather(torch.ones(2, 2), 1, torch.tensor([[0, 2], [1, 0]]))
# GATHER-OOB: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in gather_oob
# GATHER-OOB: RuntimeError: index 2 is out of bounds for dimension 1 with size 2



def var_int() -> Tensor:
    return torch.arange(4).var()
# VAR-INT: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in var_int
# VAR-INT: RuntimeError: std and var only support floating point and complex dtypes


def norm_int() -> Tensor:
    return torch.arange(4).norm()
# NORM-INT: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in norm_int
# NORM-INT: RuntimeError: norm(): input dtype should be either floating point or complex. Got Long instead.


def cumsum_dim() -> Tensor:
    return torch.ones(2, 3).cumsum(2)
# CUMSUM-DIM: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in cumsum_dim
# CUMSUM-DIM: IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)



def conv1d_channels() -> Tensor:
    return F.conv1d(torch.ones(1, 3, 5), torch.ones(2, 2, 3))
# CONV1D-CHANNELS: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in conv1d_channels
# CONV1D-CHANNELS: RuntimeError: Given groups=1, weight of size [2, 2, 3], expected input[1, 3, 5] to have 2 channels, but got 3 channels instead


def pool_kernel() -> Tensor:
    return F.max_pool2d(torch.ones(1, 1, 2, 2), 3)
# POOL-KERNEL: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in pool_kernel
# POOL-KERNEL: RuntimeError: Given input size: (1x2x2). Calculated output size: (1x0x0). Output size is too small


def one_hot_negative() -> Tensor:
    return F.one_hot(torch.tensor([1, -1]))
# ONE-HOT-NEGATIVE: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in one_hot_negative
# ONE-HOT-NEGATIVE: RuntimeError: Class values must be non-negative.


def group_norm_groups() -> Tensor:
    return F.group_norm(torch.ones(2, 6, 3), 4)
# GROUP-NORM-GROUPS: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in group_norm_groups
# GROUP-NORM-GROUPS: RuntimeError: Expected number of channels in input to be divisible by num_groups, but got input of shape [2, 6, 3] and num_groups=4


def narrow_range() -> Tensor:
    return torch.arange(5).narrow(0, 3, 3)
# NARROW-RANGE: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in narrow_range
# NARROW-RANGE: RuntimeError: start (3) + length (3) exceeds dimension size (5).


def split_sizes() -> Tensor:
    return torch.arange(5).split([2, 2])[0]
# SPLIT-SIZES: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in split_sizes
# SPLIT-SIZES: RuntimeError: split_with_sizes expects split_sizes to sum exactly to 5 (input tensor's size at dimension 0), but got split_sizes=[2, 2]


def dot_shapes() -> Tensor:
    return torch.dot(torch.ones(3), torch.ones(4))
# DOT-SHAPES: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in dot_shapes
# DOT-SHAPES: RuntimeError: inconsistent tensor size, expected tensor [3] and src [4] to have the same number of elements, but got 3 and 4 elements respectively


def bitwise_float() -> Tensor:
    return torch.bitwise_and(torch.ones(2), torch.ones(2))
# BITWISE-FLOAT: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in bitwise_float
# BITWISE-FLOAT: RuntimeError: "bitwise_and_cpu" not implemented for 'Float'


def fmod_zero() -> Tensor:
    return torch.fmod(torch.tensor([4, 5]), 0)
# FMOD-ZERO: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in fmod_zero
# FMOD-ZERO: RuntimeError: ZeroDivisionError


def baddbmm_shapes() -> Tensor:
    return torch.baddbmm(torch.ones(2, 2, 2), torch.ones(2, 2, 3), torch.ones(2, 2, 2))
# BADDBMM-SHAPES: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in baddbmm_shapes
# BADDBMM-SHAPES: RuntimeError: Expected size for first two dimensions of batch2 tensor to be: [2, 3] but got: [2, 2].


def pad_reflect() -> Tensor:
    return F.pad(torch.ones(1, 2, 3), (3, 0), mode="reflect")
# PAD-REFLECT: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in pad_reflect
# PAD-REFLECT: RuntimeError: Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (3, 0) at dimension 2 of input [1, 2, 3]



def dropout_p() -> Tensor:
    return F.dropout(torch.ones(3), 1.5, False)
# DROPOUT-P: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in dropout_p
# DROPOUT-P: ValueError: dropout probability has to be between 0 and 1, but got 1.5


def logsumexp_dim() -> Tensor:
    return torch.ones(2).logsumexp(1)
# LOGSUMEXP-DIM: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in logsumexp_dim
# LOGSUMEXP-DIM: IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)


def roll_dims() -> Tensor:
    return torch.ones(2, 2).roll([1, 1], [0])
# ROLL-DIMS: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in roll_dims
# ROLL-DIMS: RuntimeError: shifts and dimensions must align. shifts: 2, dims:1


def randint_range() -> Tensor:
    return torch.randint(3, 3, [2])
# RANDINT-RANGE: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in randint_range
# RANDINT-RANGE: RuntimeError: random_ expects 'from' to be less than 'to', but got from=3 >= to=3


def flip_dup() -> Tensor:
    return torch.ones(2, 2).flip([0, 0])
# FLIP-DUP: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in flip_dup
# FLIP-DUP: RuntimeError: dim 0 appears multiple times in the list of dims



def lerp_tensor_int() -> Tensor:
    return torch.lerp(torch.arange(3), torch.arange(3), torch.tensor(0.5))
# LERP-TENSOR-INT: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in lerp_tensor_int
# LERP-TENSOR-INT: RuntimeError: expected dtype long int for `weight` but got dtype float


def interpolate_dims() -> Tensor:
    return F.interpolate(torch.ones(1, 2, 3, 3), size=[4], mode="nearest")
# INTERPOLATE-DIMS: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in interpolate_dims
# INTERPOLATE-DIMS: ValueError: Input and output must have the same number of spatial dimensions, but got input with spatial dimensions of [3, 3] and output size of [4]. Please provide input tensor in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, ...,oK) format.


def interpolate_scale_dims() -> Tensor:
    return F.interpolate(torch.ones(1, 2, 3, 3), scale_factor=[4.0, 1.0, 2.0])
# INTERPOLATE-SCALE-DIMS: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in interpolate_scale_dims
# INTERPOLATE-SCALE-DIMS: ValueError: Input and scale_factor must have the same number of spatial dimensions, but got input with spatial dimensions of [3, 3] and scale_factor of shape [4.0, 1.0, 2.0]. Please provide input tensor in (N, C, d1, d2, ...,dK) format and scale_factor in (s1, s2, ...,sK) format.


def interpolate_linear_rank() -> Tensor:
    return F.interpolate(torch.ones(1, 2, 3, 3), size=[4, 4], mode="linear")
# INTERPOLATE-LINEAR-RANK: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in interpolate_linear_rank
# INTERPOLATE-LINEAR-RANK: NotImplementedError: Got 4D input, but linear mode needs 3D input


def sort_dim() -> Tensor:
    return torch.ones(2, 3).sort(2)[0]
# SORT-DIM: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in sort_dim
# SORT-DIM: IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)


def gather_rank() -> Tensor:
    return torch.ones(2, 3).gather(0, torch.tensor([0, 1]))
# GATHER-RANK: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in gather_rank
# GATHER-RANK: RuntimeError: Index tensor must have the same number of dimensions as input tensor


def unbind_dim() -> Tensor:
    return torch.ones(2, 3).unbind(2)[0]
# UNBIND-DIM: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in unbind_dim
# UNBIND-DIM: IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)


def conv1d_rank() -> Tensor:
    return F.conv1d(torch.ones(1, 1, 2, 5), torch.ones(1, 1, 3))
# CONV1D-RANK: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in conv1d_rank
# CONV1D-RANK: RuntimeError: Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: [1, 1, 2, 5]


def avg_pool_padding() -> Tensor:
    return F.avg_pool2d(torch.ones(1, 1, 4, 4), 2, padding=2)
# AVG-POOL-PADDING: File "{{.*}}ops_runtime_errors.py", line {{[0-9]+}}, in avg_pool_padding
# AVG-POOL-PADDING: RuntimeError: pad should be at most half of kernel size, but got pad=2 and kernel_size=2


# tsc runs inference only: dropout with training=True and p > 0 is refused (torch would
# draw a random mask), as is attention dropout.
# RUN: not %tsc run %s --entry dropout_training 2>&1 | FileCheck %s --check-prefix=DROPOUT-TRAINING
# RUN: not %tsc run %s --entry attention_dropout 2>&1 | FileCheck %s --check-prefix=ATTENTION-DROPOUT
def dropout_training() -> Tensor:
    return F.dropout(torch.ones(3))
# DROPOUT-TRAINING: RuntimeError: dropout with training=True is not supported: tsc runs inference only (pass training=False or p=0)


def attention_dropout() -> Tensor:
    q = torch.ones(1, 2, 2)
    return F.scaled_dot_product_attention(q, q, q, dropout_p=0.1)
# ATTENTION-DROPOUT: RuntimeError: scaled_dot_product_attention with dropout_p > 0 is not supported: tsc runs inference only (pass dropout_p=0.0)
