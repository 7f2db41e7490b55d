// runtime/tensor/creation.cpp - empty/zeros/ones/full/arange/linspace/eye, *_like and torch.tensor data.
#include "runtime/tensor/ops_util.h"

#include <cmath>
#include <cstring>

namespace tsc::runtime::tensor {

std::string shape_str(IntArrayRef sizes) {
  std::string s = "[";
  for (size_t i = 0; i < sizes.size(); ++i)
    s += (i ? ", " : "") + std::to_string(sizes[i]);
  return s + "]";
}

Tensor empty(IntArrayRef size, DType dtype) {
  int64_t n = checked_numel(size);
  auto storage = Ref<Storage>::make(static_cast<size_t>(n) * element_size(dtype));
  return Tensor(Ref<TensorImpl>::make(std::move(storage), 0, size.vec(), contiguous_strides(size), dtype));
}

Tensor empty_strided(IntArrayRef size, IntArrayRef strides, DType dtype) {
  if (size.size() != strides.size())
    raise_runtime("mismatch in length of strides and shape");
  int64_t n = checked_numel(size);
  int64_t extent = n == 0 ? 0 : 1;
  for (size_t i = 0; i < size.size() && n; ++i)
    extent += (size[i] - 1) * strides[i];
  auto storage = Ref<Storage>::make(static_cast<size_t>(extent) * element_size(dtype));
  return Tensor(Ref<TensorImpl>::make(std::move(storage), 0, size.vec(), strides.vec(), dtype));
}

Tensor zeros(IntArrayRef size, DType dtype) {
  Tensor t = empty(size, dtype);
  if (t.numel())
    std::memset(t.data_ptr(), 0, static_cast<size_t>(t.numel()) * t.element_size());
  return t;
}

Tensor ones(IntArrayRef size, DType dtype) {
  return full(size, Scalar(int64_t{1}), dtype);
}

Tensor full(IntArrayRef size, const Scalar& fill, OptDType dtype) {
  Tensor t = empty(size, dtype.value_or(fill.dtype()));
  fill_(t, fill);
  return t;
}

Tensor scalar_tensor(const Scalar& s, OptDType dtype) {
  return full({}, s, dtype);
}

Tensor empty_like(const Tensor& self, OptDType dtype) {
  return empty(self.sizes(), dtype.value_or(self.dtype()));
}
Tensor zeros_like(const Tensor& self, OptDType dtype) {
  return zeros(self.sizes(), dtype.value_or(self.dtype()));
}
Tensor ones_like(const Tensor& self, OptDType dtype) {
  return full(self.sizes(), Scalar(int64_t{1}), dtype.value_or(self.dtype()));
}
Tensor full_like(const Tensor& self, const Scalar& fill, OptDType dtype) {
  return full(self.sizes(), fill, dtype.value_or(self.dtype()));
}

Tensor arange(const Scalar& end, OptDType dtype) {
  return arange(Scalar(int64_t{0}), end, Scalar(int64_t{1}), dtype);
}

Tensor arange(const Scalar& start, const Scalar& end, const Scalar& step, OptDType dtype) {
  bool any_float = start.is_double() || end.is_double() || step.is_double();
  DType dt = dtype.value_or(any_float ? kDefaultFloat : DType::Int64);
  double s = start.to_double(), e = end.to_double(), st = step.to_double();
  if (st == 0)
    raise_runtime("step must be nonzero");
  if (!std::isfinite(s) || !std::isfinite(e))
    raise_runtime("unsupported range: " + start.repr() + " -> " + end.repr());
  if ((st > 0 && e < s) || (st < 0 && e > s))
    raise_runtime("upper bound and larger bound inconsistent with step sign");
  double size_d;
  if (dt == DType::Int64 && !any_float)
    size_d = std::ceil(static_cast<double>(end.to_int() - start.to_int()) / static_cast<double>(step.to_int()));
  else
    size_d = std::ceil((e - s) / st);
  if (!(size_d >= 0 && size_d <= 9.2e18))
    raise_runtime("invalid size, possible overflow?");
  int64_t n = static_cast<int64_t>(size_d);
  Tensor out = empty({n}, dt);
  TSC_DISPATCH_NUMERIC(dt, "arange_cpu", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    scalar_t* p = out.data<scalar_t>();
    if constexpr (is_float_v<scalar_t>) {
      for (int64_t i = 0; i < n; ++i)
        p[i] = static_cast<scalar_t>(static_cast<float>(s + st * static_cast<double>(i)));
      if constexpr (std::is_same_v<scalar_t, double>)
        for (int64_t i = 0; i < n; ++i)
          p[i] = s + st * static_cast<double>(i);
    } else if (!any_float) {
      int64_t a = start.to_int(), b = step.to_int();
      for (int64_t i = 0; i < n; ++i)
        p[i] = static_cast<scalar_t>(a + b * i);
    } else {
      for (int64_t i = 0; i < n; ++i)
        p[i] = convert<scalar_t>(s + st * static_cast<double>(i));
    }
  });
  return out;
}

Tensor linspace(const Scalar& start, const Scalar& end, int64_t steps, OptDType dtype) {
  if (steps < 0)
    raise_runtime("number of steps must be non-negative");
  DType dt = dtype.value_or(kDefaultFloat);
  Tensor out = empty({steps}, dt);
  TSC_DISPATCH_NUMERIC(dt, "linspace_cpu", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    scalar_t* p = out.data<scalar_t>();
    if (steps == 1) {
      p[0] = start.to<scalar_t>();
      return;
    }
    if constexpr (is_float_v<scalar_t>) {
      using step_t = opmath_t<scalar_t>;
      step_t a = static_cast<step_t>(start.to<scalar_t>()), b = static_cast<step_t>(end.to<scalar_t>());
      step_t step = (b - a) / static_cast<step_t>(steps - 1);
      int64_t half = steps / 2;
      // The step is rounded to the dtype; each element is then computed
      // exactly and rounded once (what torch's fused multiply-add gives).
      for (int64_t i = 0; i < steps; ++i)
        p[i] = static_cast<scalar_t>(static_cast<step_t>(
            i < half ? double(a) + double(step) * double(i) : double(b) - double(step) * double(steps - i - 1)));
    } else {
      double a = static_cast<double>(start.to<scalar_t>()), b = static_cast<double>(end.to<scalar_t>());
      double step = (b - a) / static_cast<double>(steps - 1);
      int64_t half = steps / 2;
      for (int64_t i = 0; i < steps; ++i)
        p[i] = convert<scalar_t>(i < half ? a + step * static_cast<double>(i)
                                          : b - step * static_cast<double>(steps - i - 1));
    }
  });
  return out;
}

Tensor eye(int64_t n, std::optional<int64_t> m_opt, DType dtype) {
  int64_t m = m_opt.value_or(n);
  if (n < 0)
    raise_runtime("n must be greater or equal to 0, got " + std::to_string(n));
  if (m < 0)
    raise_runtime("m must be greater or equal to 0, got " + std::to_string(m));
  Tensor out = zeros({n, m}, dtype);
  TSC_DISPATCH_ALL(dtype, "eye", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    scalar_t* p = out.data<scalar_t>();
    for (int64_t i = 0; i < n && i < m; ++i)
      p[i * m + i] = convert<scalar_t>(int64_t{1});
  });
  return out;
}

namespace {
void infer_shape(const NestedData& d, Shape& shape) {
  const NestedData* cur = &d;
  while (!cur->scalar) {
    shape.push_back(static_cast<int64_t>(cur->items.size()));
    if (cur->items.empty())
      break;
    cur = &cur->items[0];
  }
}

void flatten_data(const NestedData& d, const Shape& shape, size_t depth, std::vector<Scalar>& out) {
  if (d.scalar) {
    if (depth != shape.size())
      raise_error("ValueError", "expected sequence of length " + std::to_string(shape[depth]) + " at dim " +
                                    std::to_string(depth) + " (got a scalar)");
    out.push_back(*d.scalar);
    return;
  }
  if (depth >= shape.size())
    raise_error("ValueError", "too many dimensions");
  if (static_cast<int64_t>(d.items.size()) != shape[depth])
    raise_error("ValueError", "expected sequence of length " + std::to_string(shape[depth]) + " at dim " +
                                  std::to_string(depth) + " (got " + std::to_string(d.items.size()) + ")");
  for (const NestedData& item : d.items)
    flatten_data(item, shape, depth + 1, out);
}
} // namespace

Tensor tensor_from_data(const NestedData& data, OptDType dtype) {
  Shape shape;
  infer_shape(data, shape);
  std::vector<Scalar> flat;
  flatten_data(data, shape, 0, flat);
  bool any_float = false, any_int = false;
  for (const Scalar& s : flat) {
    any_float |= s.is_double();
    any_int |= s.is_int();
  }
  DType inferred = any_float ? kDefaultFloat : any_int ? DType::Int64 : flat.empty() ? kDefaultFloat : DType::Bool;
  DType dt = dtype.value_or(inferred);
  Tensor out = empty(shape, dt);
  TSC_DISPATCH_ALL(dt, "tensor", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    scalar_t* p = out.data<scalar_t>();
    for (size_t i = 0; i < flat.size(); ++i)
      p[i] = flat[i].to<scalar_t>();
  });
  return out;
}

Tensor tensor_from_values(const std::vector<double>& values, IntArrayRef shape, DType dtype) {
  Tensor out = empty(shape, dtype);
  TSC_ASSERT(static_cast<int64_t>(values.size()) == out.numel(), "value count matches the shape");
  TSC_DISPATCH_ALL(dtype, "tensor", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    scalar_t* p = out.data<scalar_t>();
    for (size_t i = 0; i < values.size(); ++i)
      p[i] = convert<scalar_t>(values[i]);
  });
  return out;
}

} // namespace tsc::runtime::tensor
