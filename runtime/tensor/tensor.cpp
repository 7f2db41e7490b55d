// runtime/tensor/tensor.cpp - TensorImpl geometry, the Tensor handle, views and from_blob.
#include "runtime/tensor/tensor.h"

#include <string>

#include "runtime/error.h"
#include "runtime/tensor/dispatch.h"

namespace tsc::runtime::tensor {

namespace {
bool compute_contiguous(const Shape& sizes, const Shape& strides, int64_t numel) {
  if (numel == 0)
    return true;
  int64_t expected = 1;
  for (size_t i = sizes.size(); i-- > 0;) {
    if (sizes[i] == 1)
      continue;
    if (strides[i] != expected)
      return false;
    expected *= sizes[i];
  }
  return true;
}
} // namespace

TensorImpl::TensorImpl(Ref<Storage> storage, int64_t offset, Shape sizes, Shape strides, DType dtype, Device device)
    : storage_(std::move(storage)), offset_(offset), sizes_(std::move(sizes)), strides_(std::move(strides)),
      dtype_(dtype), device_(device) {
  numel_ = 1;
  for (int64_t s : sizes_)
    numel_ *= s;
  contiguous_ = compute_contiguous(sizes_, strides_, numel_);
}

int64_t wrap_dim(int64_t dim, int64_t ndim) {
  int64_t n = ndim == 0 ? 1 : ndim;
  if (dim < -n || dim >= n)
    raise_error("IndexError", "Dimension out of range (expected to be in range of [" + std::to_string(-n) + ", " +
                                  std::to_string(n - 1) + "], but got " + std::to_string(dim) + ")");
  return dim < 0 ? dim + n : dim;
}

int64_t Tensor::size(int64_t d) const {
  if (dim() == 0)
    raise_error("IndexError", "dimension specified as " + std::to_string(d) + " but tensor has no dimensions");
  return sizes()[wrap_dim(d, dim())];
}

int64_t Tensor::stride(int64_t d) const {
  if (dim() == 0)
    raise_error("IndexError", "dimension specified as " + std::to_string(d) + " but tensor has no dimensions");
  return strides()[wrap_dim(d, dim())];
}

Scalar Tensor::item() const {
  if (numel() != 1)
    raise_error("RuntimeError", "a Tensor with " + std::to_string(numel()) +
                                    " elements cannot be converted to Scalar");
  Scalar out;
  TSC_DISPATCH_ALL(dtype(), "item", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    scalar_t v = *data<scalar_t>();
    if constexpr (std::is_same_v<scalar_t, bool>)
      out = Scalar(v);
    else if constexpr (is_float_v<scalar_t>)
      out = Scalar(static_cast<double>(v));
    else
      out = Scalar(static_cast<int64_t>(v));
  });
  return out;
}

Shape contiguous_strides(IntArrayRef sizes) {
  Shape strides(sizes.size());
  int64_t acc = 1;
  for (size_t i = sizes.size(); i-- > 0;) {
    strides[i] = acc;
    acc *= sizes[i] > 1 ? sizes[i] : 1;
  }
  return strides;
}

int64_t checked_numel(IntArrayRef sizes) {
  int64_t n = 1;
  for (int64_t s : sizes) {
    if (s < 0) {
      std::string shape = "[";
      for (size_t i = 0; i < sizes.size(); ++i)
        shape += (i ? ", " : "") + std::to_string(sizes[i]);
      raise_error("RuntimeError", "Trying to create tensor with negative dimension " + std::to_string(s) + ": " +
                                      shape + "]");
    }
    if (s != 0 && n > INT64_MAX / s)
      raise_error("RuntimeError", "numel: integer multiplication overflow");
    n *= s;
  }
  return n;
}

Tensor make_view(const Tensor& base, Shape sizes, Shape strides, int64_t offset) {
  return Tensor(Ref<TensorImpl>::make(base.impl()->storage(), offset, std::move(sizes), std::move(strides),
                                      base.dtype(), base.device()));
}

Tensor from_blob(void* data, IntArrayRef sizes, DType dtype, std::function<void(void*)> deleter,
                 const Shape* strides) {
  int64_t n = checked_numel(sizes);
  Shape st = strides ? *strides : contiguous_strides(sizes);
  // The extent the view reaches, for the storage's size.
  int64_t extent = n == 0 ? 0 : 1;
  if (n != 0)
    for (size_t i = 0; i < sizes.size(); ++i)
      extent += (sizes[i] - 1) * st[i];
  auto storage = Ref<Storage>::make(data, static_cast<size_t>(extent) * element_size(dtype), std::move(deleter));
  return Tensor(Ref<TensorImpl>::make(std::move(storage), 0, sizes.vec(), std::move(st), dtype));
}

void raise_not_implemented(const char* name, DType t) {
  raise_error("RuntimeError", std::string("\"") + name + "\" not implemented for '" + dtype_cpp_name(t) + "'");
}

} // namespace tsc::runtime::tensor
