// python/tensor.h - tsc.Tensor and tsc.dtype: the runtime tensor in Python, numpy and DLPack interop.
#pragma once

#include <pybind11/pybind11.h>

#include <optional>

#include "runtime/tensor/tensor.h"

namespace tsc::python {

/// Registers tsc._C.Tensor, tsc._C.dtype (and one attribute per dtype:
/// float32, int64, ...), tensor(), as_tensor(), from_numpy() and from_dlpack()
/// on `m`. See docs/python.md, section "Tensors".
void bind_tensor(pybind11::module_& m);

/// A new Python tsc.Tensor sharing `t` (no copy). Precondition: t.defined().
pybind11::object tensor_to_python(runtime::tensor::Tensor t);

/// The tensor `o` stands for, without copying: a tsc.Tensor, a numpy array
/// (as from_numpy) or any object with __dlpack__ (a torch tensor). nullopt for
/// anything else. Raises (error_already_set) when `o` is an array that cannot
/// be shared (unsupported dtype, negative strides).
std::optional<runtime::tensor::Tensor> tensor_from_python(pybind11::handle o);

} // namespace tsc::python
