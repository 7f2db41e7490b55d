// runtime/tensor/ops_util.h - Helpers shared by the op files (not part of the library's interface).
#pragma once

#include <string>

#include "ir/assert.h"
#include "runtime/error.h"
#include "runtime/tensor/dispatch.h"
#include "runtime/tensor/iter.h"
#include "runtime/tensor/ops.h"

namespace tsc::runtime::tensor {

/// "[2, 3]" as PyTorch prints sizes in messages.
std::string shape_str(IntArrayRef sizes);
/// Throws RuntimeError with `message`.
[[noreturn]] inline void raise_runtime(std::string message) {
  raise_error("RuntimeError", std::move(message));
}
/// A new contiguous tensor with uninitialized elements (alias of empty()).
inline Tensor new_tensor(IntArrayRef size, DType dtype) {
  return empty(size, dtype);
}
/// Wrapped dims for a reduction: all dims when `dims` is empty; RuntimeError on repeats.
std::vector<bool> reduction_mask(const Tensor& self, IntArrayRef dims);

} // namespace tsc::runtime::tensor
