// runtime/tensor/tensor.h - TensorImpl (a strided view over a Storage) and the Tensor handle.
//
// Note [Tensor representation]
// A tensor is a view: sizes, strides (in elements), a storage offset and a
// dtype over a refcounted Storage. Views (view, transpose, select, slice,
// expand, ...) make a new TensorImpl that shares the Storage, so writing into a
// view writes its base, as in PyTorch. TensorImpl is a runtime HeapObject with
// kTag = Tag::Tensor, so a runtime Value can hold one directly (Value(Ref<T>));
// Tensor is the by-value handle the library's ops take and return.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "runtime/tensor/dtype.h"
#include "runtime/tensor/storage.h"
#include "runtime/value.h"

namespace tsc::runtime::tensor {

/// Sizes or strides of a tensor.
using Shape = std::vector<int64_t>;

/// A non-owning view of int64 values (sizes, dims): accepts a vector or a
/// braced list. Valid only for the duration of the call it is passed to.
class IntArrayRef {
public:
  IntArrayRef() = default;
  IntArrayRef(const std::vector<int64_t>& v) : data_(v.data()), size_(v.size()) {} // NOLINT
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winit-list-lifetime"
  // The list outlives the full expression of the call it is an argument to.
  IntArrayRef(std::initializer_list<int64_t> l) : data_(l.begin()), size_(l.size()) {} // NOLINT
#pragma GCC diagnostic pop
  IntArrayRef(const int64_t* data, size_t size) : data_(data), size_(size) {}
  const int64_t* begin() const { return data_; }
  const int64_t* end() const { return data_ + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  int64_t operator[](size_t i) const { return data_[i]; }
  Shape vec() const { return Shape(begin(), end()); }

private:
  const int64_t* data_ = nullptr;
  size_t size_ = 0;
};

/// Where a tensor's memory lives. CPU only for now; the field lets CUDA follow.
enum class DeviceType : uint8_t { CPU };
struct Device {
  DeviceType type = DeviceType::CPU;
  int16_t index = -1;
  bool operator==(const Device&) const = default;
};

/// The heap object behind a Tensor (see Note [Tensor representation]).
class TensorImpl final : public HeapObject {
public:
  static constexpr Tag kTag = Tag::Tensor;
  TSC_POOLED_ALLOCATION
  /// Precondition: sizes.size() == strides.size(), and every element the
  /// sizes/strides/offset reach lies within `storage`.
  TensorImpl(Ref<Storage> storage, int64_t offset, Shape sizes, Shape strides, DType dtype, Device device = {});

  const Ref<Storage>& storage() const { return storage_; }
  int64_t storage_offset() const { return offset_; }
  const Shape& sizes() const { return sizes_; }
  const Shape& strides() const { return strides_; }
  int64_t numel() const { return numel_; }
  DType dtype() const { return dtype_; }
  Device device() const { return device_; }
  bool is_contiguous() const { return contiguous_; }
  /// The address of element [0, ..., 0].
  char* data() const {
    return static_cast<char*>(storage_->data()) + offset_ * static_cast<int64_t>(element_size(dtype_));
  }

private:
  Ref<Storage> storage_;
  int64_t offset_;
  Shape sizes_;
  Shape strides_;
  int64_t numel_;
  DType dtype_;
  Device device_;
  bool contiguous_;
};

/// A tensor handle: shares its TensorImpl (copying a Tensor never copies data).
/// A default-constructed Tensor is undefined (no impl); only defined() and
/// assignment are valid on it.
class Tensor {
public:
  Tensor() = default;
  explicit Tensor(Ref<TensorImpl> impl) : impl_(std::move(impl)) {}

  bool defined() const { return static_cast<bool>(impl_); }
  TensorImpl* impl() const { return impl_.get(); }
  const Ref<TensorImpl>& ref() const { return impl_; }

  int64_t dim() const { return static_cast<int64_t>(impl_->sizes().size()); }
  const Shape& sizes() const { return impl_->sizes(); }
  const Shape& strides() const { return impl_->strides(); }
  /// Size of dim `d` (negative counts from the end). Throws IndexError when out of range.
  int64_t size(int64_t d) const;
  int64_t stride(int64_t d) const;
  int64_t numel() const { return impl_->numel(); }
  DType dtype() const { return impl_->dtype(); }
  Device device() const { return impl_->device(); }
  int64_t storage_offset() const { return impl_->storage_offset(); }
  bool is_contiguous() const { return impl_->is_contiguous(); }
  size_t element_size() const { return tensor::element_size(dtype()); }
  char* data_ptr() const { return impl_->data(); }
  template <typename T> T* data() const { return reinterpret_cast<T*>(impl_->data()); }
  /// True when both handles view the same storage.
  bool shares_storage(const Tensor& other) const {
    return impl_->storage().get() == other.impl_->storage().get();
  }

  /// The value of a one-element tensor. RuntimeError otherwise.
  Scalar item() const;
  /// torch's repr: "tensor([[1., 2.],\n        [3., 4.]])", with the dtype suffix when not default.
  std::string repr() const;

private:
  Ref<TensorImpl> impl_;
};

/// Contiguous (row-major) strides for `sizes`.
Shape contiguous_strides(IntArrayRef sizes);
/// Product of sizes; RuntimeError on negative sizes or overflow.
int64_t checked_numel(IntArrayRef sizes);
/// Wraps a possibly negative dim into [0, ndim); IndexError as torch words it
/// ("Dimension out of range (expected to be in range of [-2, 1], but got 2)").
int64_t wrap_dim(int64_t dim, int64_t ndim);

/// A new tensor viewing `base`'s storage with other geometry (no checks beyond
/// the TensorImpl precondition, which callers guarantee).
Tensor make_view(const Tensor& base, Shape sizes, Shape strides, int64_t offset);

/// Wraps external memory without copying. `deleter(data)` runs when the last
/// view is gone (null: the memory is borrowed and outlives every view).
/// Strides default to contiguous; they are in elements.
Tensor from_blob(void* data, IntArrayRef sizes, DType dtype, std::function<void(void*)> deleter = nullptr,
                 const Shape* strides = nullptr);

} // namespace tsc::runtime::tensor
