# Compile errors of torch.* / F.* calls: argument types checked against the schemas, F's
# Python signatures (unknown keywords, too many arguments, missing ones), inplace=True
# without an in-place op, non-constant flags and modes, unsupported interpolate options.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
import torch
import torch.nn.functional as F
from torch import Tensor


def bad_calls(x: Tensor, b: bool, mode: str) -> Tensor:
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:25: error: argument 'kernel_size' of 'torch.nn.functional.max_pool2d' expects 'List[int]' but got 'str'
    a = F.max_pool2d(x, "a")
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:23: error: argument 'k' of 'torch.topk' expects 'int' but got 'float'
    c = torch.topk(x, 1.5)
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:19: error: 'torch.nn.functional.relu' has no parameter named 'foo'
    d = F.relu(x, foo=1)
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:9: error: 'torch.nn.functional.dropout' with inplace=True needs the in-place op 'aten::dropout_', which is not supported
    e = F.dropout(x, 0.5, False, inplace=True)
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:27: error: 'inplace' of 'torch.nn.functional.relu' must be the constant True or False
    f = F.relu(x, inplace=b)
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:9: error: either size or scale_factor should be defined
    g = F.interpolate(x)
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:9: error: only one of size or scale_factor should be defined
    h = F.interpolate(x, size=2, scale_factor=2.0)
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:9: error: 'mode' of 'torch.nn.functional.interpolate' must be a constant string
    i = F.interpolate(x, size=2, mode=mode)
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:9: error: interpolation mode 'bicubic' of 'torch.nn.functional.interpolate' is not supported (nearest, linear and bilinear are)
    j = F.interpolate(x, size=2, mode="bicubic")
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:9: error: align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear
    k = F.interpolate(x, size=2, align_corners=True)
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:36: error: 'max_norm' of 'torch.nn.functional.embedding' is not supported (it renormalizes the weight in place)
    m = F.embedding(x, x, max_norm=1.0)
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:30: error: expected at most 3 arguments for 'torch.nn.functional.softplus' but got 4
    n = F.softplus(x, 1, 20, 3)
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:29: error: argument 'value' of 'torch.nn.functional.pad' expects 'Optional[float]' but got 'str'
    o = F.pad(x, [1], value="a")
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:40: error: expected at most 4 arguments for 'torch.nn.functional.dropout' but got 5
    p = F.dropout(x, 0.5, True, False, 1)
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:9: error: no overload of 'masked_fill' accepts arguments 'Tensor', 'str' on 'Tensor'
    r = x.masked_fill(x > 0, "a")
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:9: error: no overload of 'torch.nn.functional.conv1d' accepts arguments 'Tensor', 'Tensor', 'float'
    s = F.conv1d(x, x, padding=1.5)
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:9: error: missing argument 'kernel_size' in call to 'torch.nn.functional.max_pool2d'
    t = F.max_pool2d(x)
    # CHECK: ops_compile_errors.py:[[@LINE+1]]:34: error: argument 'dtype' of 'torch.cumsum' expects 'Optional[int]' but got 'str'
    u = torch.cumsum(x, 0, dtype="float")
    return a
