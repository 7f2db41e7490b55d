// runtime/tensor/copy.cpp - copy_ (broadcast + dtype conversion), to, clone, contiguous, fill_, zero_.
#include "runtime/tensor/ops_util.h"

#include <cstring>

namespace tsc::runtime::tensor {

namespace {
// True when a and b may overlap in memory but are not the same view.
bool partially_aliases(const Tensor& a, const Tensor& b) {
  if (!a.shares_storage(b) || a.numel() == 0 || b.numel() == 0)
    return false;
  return !(a.storage_offset() == b.storage_offset() && a.sizes() == b.sizes() && a.strides() == b.strides() &&
           a.dtype() == b.dtype());
}
} // namespace

Tensor& copy_(Tensor& self, const Tensor& src_in) {
  Shape b = broadcast_shapes(self.sizes(), src_in.sizes());
  if (b != self.sizes())
    raise_runtime("output with shape " + shape_str(self.sizes()) + " doesn't match the broadcast shape " +
                  shape_str(b));
  if (self.numel() == 0)
    return self;
  Tensor src = partially_aliases(self, src_in) ? clone(src_in) : src_in;
  if (self.dtype() == src.dtype() && self.is_contiguous() && src.is_contiguous() && self.sizes() == src.sizes()) {
    if (self.data_ptr() != src.data_ptr())
      std::memcpy(self.data_ptr(), src.data_ptr(), static_cast<size_t>(self.numel()) * self.element_size());
    return self;
  }
  ElementwiseIter iter({self, src});
  TSC_DISPATCH_ALL(self.dtype(), "copy_", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using dst_t = scalar_t;
    TSC_DISPATCH_ALL(src.dtype(), "copy_", [&](auto src_tag) {
      using src_t = typename decltype(src_tag)::type;
      iter.for_each([&](char** data, const int64_t* strides, int64_t n) {
        if (strides[0] == int64_t(sizeof(dst_t)) && strides[1] == int64_t(sizeof(src_t))) {
          dst_t* __restrict__ d = reinterpret_cast<dst_t*>(data[0]);
          const src_t* __restrict__ s = reinterpret_cast<const src_t*>(data[1]);
          for (int64_t i = 0; i < n; ++i)
            d[i] = convert<dst_t>(s[i]);
        } else {
          for (int64_t i = 0; i < n; ++i)
            *reinterpret_cast<dst_t*>(data[0] + i * strides[0]) =
                convert<dst_t>(*reinterpret_cast<const src_t*>(data[1] + i * strides[1]));
        }
      });
    });
  });
  return self;
}

Tensor to(const Tensor& self, DType dtype, bool copy) {
  if (self.dtype() == dtype && !copy)
    return self;
  Tensor out = empty(self.sizes(), dtype);
  copy_(out, self);
  return out;
}

Tensor clone(const Tensor& self) {
  Tensor out = empty(self.sizes(), self.dtype());
  copy_(out, self);
  return out;
}

Tensor contiguous(const Tensor& self) {
  return self.is_contiguous() ? self : clone(self);
}

Tensor& fill_(Tensor& self, const Scalar& value) {
  if (self.numel() == 0)
    return self;
  ElementwiseIter iter({self});
  TSC_DISPATCH_ALL(self.dtype(), "fill_", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    const scalar_t v = value.to<scalar_t>();
    iter.for_each([&](char** data, const int64_t* strides, int64_t n) {
      if (strides[0] == int64_t(sizeof(scalar_t))) {
        scalar_t* __restrict__ d = reinterpret_cast<scalar_t*>(data[0]);
        for (int64_t i = 0; i < n; ++i)
          d[i] = v;
      } else {
        for (int64_t i = 0; i < n; ++i)
          *reinterpret_cast<scalar_t*>(data[0] + i * strides[0]) = v;
      }
    });
  });
  return self;
}

Tensor& zero_(Tensor& self) {
  return fill_(self, Scalar(int64_t{0}));
}

} // namespace tsc::runtime::tensor
