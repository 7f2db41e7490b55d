// runtime/tensor/unary.cpp - Elementwise unary ops and activations.
#include "runtime/tensor/ops_util.h"
#include "runtime/tensor/vec_math.h"

#include <cmath>
#include <limits>

namespace tsc::runtime::tensor {

namespace {

// Floating ops promote integral and bool inputs to the default float.
DType float_dtype(const Tensor& self) {
  return is_floating(self.dtype()) ? self.dtype() : kDefaultFloat;
}

// out[i] = f(in[i]) with `in` cast to `compute` and out of dtype `out_dtype`.
template <typename Body> Tensor unary(const Tensor& self, DType compute, DType out_dtype, const Body& body) {
  Tensor out = empty(self.sizes(), out_dtype);
  if (out.numel() == 0)
    return out;
  ElementwiseIter iter({out, to(self, compute)});
  body(iter);
  return out;
}

#define TSC_FLOAT_UNARY(NAME, EXPR)                                                                          \
  Tensor NAME##_impl(const Tensor& self) {                                                                   \
    DType dt = float_dtype(self);                                                                            \
    return unary(self, dt, dt, [&](const ElementwiseIter& iter) {                                            \
      TSC_DISPATCH_FLOATING(dt, #NAME, [&](auto tag_) { TSC_SCALAR_TYPE(tag_);                                                                 \
        using op_t = opmath_t<scalar_t>;                                                                     \
        cpu_kernel<scalar_t, scalar_t>(iter, [](op_t x) -> op_t { return EXPR; });                           \
      });                                                                                                    \
    });                                                                                                      \
  }

TSC_FLOAT_UNARY(log1p, std::log1p(x))
TSC_FLOAT_UNARY(expm1, std::expm1(x))
TSC_FLOAT_UNARY(sqrt, std::sqrt(x))
TSC_FLOAT_UNARY(rsqrt, op_t(1) / std::sqrt(x))
TSC_FLOAT_UNARY(sin, std::sin(x))
TSC_FLOAT_UNARY(cos, std::cos(x))
TSC_FLOAT_UNARY(tan, std::tan(x))
TSC_FLOAT_UNARY(erf, std::erf(x))
TSC_FLOAT_UNARY(reciprocal, op_t(1) / x)
#undef TSC_FLOAT_UNARY

// Float ops with an array kernel (Note [Vectorized float math]). Every
// layout and float dtype runs the same kernel, so results do not depend on
// strides: a strided input is made contiguous first, and float16/bfloat16
// compute in float32 and round once (as cpu_kernel's opmath would).
// `dt` is the result dtype; a non-float `dt` raises "`name` not implemented".
Tensor vec_unary(const Tensor& self, DType dt, vec::UnaryFn fn, const char* name) {
  if (!is_floating(dt))
    raise_not_implemented(name, dt);
  DType compute = dt == DType::Float64 ? DType::Float64 : DType::Float32;
  Tensor src = contiguous(to(self, compute));
  Tensor out = empty(self.sizes(), compute);
  auto run = [&](auto* in, auto* o) {
    parallel_for(src.numel(), kParallelGrain, [&](int64_t b, int64_t e) { vec::unary(fn, in + b, o + b, e - b); });
  };
  if (compute == DType::Float32)
    run(src.data<float>(), out.data<float>());
  else
    run(src.data<double>(), out.data<double>());
  return compute == dt ? out : to(out, dt);
}

// Ops that keep integral dtypes (bool rejected unless noted).
template <typename F> Tensor numeric_unary(const Tensor& self, const char* name, const F& f) {
  DType dt = self.dtype();
  return unary(self, dt, dt, [&](const ElementwiseIter& iter) {
    TSC_DISPATCH_NUMERIC(dt, name, [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      using op_t = opmath_t<scalar_t>;
      cpu_kernel<scalar_t, scalar_t>(iter, [&](op_t x) -> op_t { return f(x); });
    });
  });
}

// Rounding ops: identity (a copy) on integers, as torch.
template <typename F> Tensor rounding_unary(const Tensor& self, const char* name, const F& f) {
  if (!is_floating(self.dtype())) {
    if (self.dtype() == DType::Bool)
      raise_not_implemented(name, self.dtype());
    return clone(self);
  }
  DType dt = self.dtype();
  return unary(self, dt, dt, [&](const ElementwiseIter& iter) {
    TSC_DISPATCH_FLOATING(dt, name, [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      using op_t = opmath_t<scalar_t>;
      cpu_kernel<scalar_t, scalar_t>(iter, [&](op_t x) -> op_t { return f(x); });
    });
  });
}

} // namespace

Tensor exp(const Tensor& self) {
  return vec_unary(self, float_dtype(self), vec::UnaryFn::Exp, "exp");
}
Tensor log(const Tensor& self) {
  return vec_unary(self, float_dtype(self), vec::UnaryFn::Log, "log");
}
Tensor log1p(const Tensor& self) {
  return log1p_impl(self);
}
Tensor expm1(const Tensor& self) {
  return expm1_impl(self);
}
Tensor sqrt(const Tensor& self) {
  return sqrt_impl(self);
}
Tensor rsqrt(const Tensor& self) {
  return rsqrt_impl(self);
}
Tensor sin(const Tensor& self) {
  return sin_impl(self);
}
Tensor cos(const Tensor& self) {
  return cos_impl(self);
}
Tensor tan(const Tensor& self) {
  return tan_impl(self);
}
Tensor tanh(const Tensor& self) {
  return vec_unary(self, float_dtype(self), vec::UnaryFn::Tanh, "tanh");
}
Tensor sigmoid(const Tensor& self) {
  return vec_unary(self, float_dtype(self), vec::UnaryFn::Sigmoid, "sigmoid");
}
Tensor erf(const Tensor& self) {
  return erf_impl(self);
}
Tensor reciprocal(const Tensor& self) {
  return reciprocal_impl(self);
}
Tensor silu(const Tensor& self) {
  if (!is_floating(self.dtype()))
    raise_not_implemented("silu", self.dtype());
  return vec_unary(self, self.dtype(), vec::UnaryFn::Silu, "silu");
}

Tensor neg(const Tensor& self) {
  if (self.dtype() == DType::Bool)
    raise_runtime("Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, "
                  "use the `~` or `logical_not()` operator instead.");
  return numeric_unary(self, "neg_cpu", [](auto x) { return decltype(x)(-x); });
}

Tensor abs(const Tensor& self) {
  if (self.dtype() == DType::Bool)
    raise_not_implemented("abs_cpu", self.dtype());
  return numeric_unary(self, "abs_cpu", [](auto x) {
    using T = decltype(x);
    if constexpr (std::is_unsigned_v<T>)
      return x;
    else if constexpr (std::is_floating_point_v<T>)
      return std::abs(x);
    else
      return T(x < 0 ? -x : x);
  });
}

Tensor relu(const Tensor& self) {
  if (self.dtype() == DType::Bool)
    raise_runtime("Boolean inputs not supported for relu");
  return numeric_unary(self, "relu", [](auto x) {
    using T = decltype(x);
    if constexpr (std::is_floating_point_v<T>)
      return x != x ? x : (x > T(0) ? x : T(0));
    else
      return x > T(0) ? x : T(0);
  });
}

Tensor& relu_(Tensor& self) {
  copy_(self, relu(self));
  return self;
}

Tensor gelu(const Tensor& self, std::string_view approximate) {
  bool tanh_mode = approximate == "tanh";
  if (!tanh_mode && approximate != "none")
    raise_runtime("approximate argument must be either none or tanh.");
  DType dt = self.dtype();
  if (tanh_mode)
    return vec_unary(self, dt, vec::UnaryFn::GeluTanh, "GeluKernelImpl");
  return unary(self, dt, dt, [&](const ElementwiseIter& iter) {
    TSC_DISPATCH_FLOATING(dt, "GeluKernelImpl", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      using op_t = opmath_t<scalar_t>;
      cpu_kernel<scalar_t, scalar_t>(
          iter, [](op_t x) { return x * op_t(0.5) * (op_t(1) + std::erf(x * op_t(M_SQRT1_2))); });
    });
  });
}

Tensor elu(const Tensor& self, const Scalar& alpha) {
  DType dt = self.dtype();
  return unary(self, dt, dt, [&](const ElementwiseIter& iter) {
    TSC_DISPATCH_FLOATING(dt, "elu_cpu", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      using op_t = opmath_t<scalar_t>;
      op_t a = alpha.to<op_t>();
      cpu_kernel<scalar_t, scalar_t>(iter, [=](op_t x) { return x > op_t(0) ? x : a * std::expm1(x); });
    });
  });
}

Tensor leaky_relu(const Tensor& self, const Scalar& negative_slope) {
  DType dt = self.dtype();
  if (!is_floating(dt)) // checked before the (possibly empty) loop, as torch does
    raise_not_implemented("leaky_relu_cpu", dt);
  return unary(self, dt, dt, [&](const ElementwiseIter& iter) {
    TSC_DISPATCH_FLOATING(dt, "leaky_relu_cpu", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      using op_t = opmath_t<scalar_t>;
      op_t s = negative_slope.to<op_t>();
      cpu_kernel<scalar_t, scalar_t>(iter, [=](op_t x) { return x > op_t(0) ? x : x * s; });
    });
  });
}

// As torch: the limits do not promote an integral input; they are truncated to int64 first.
Tensor hardtanh(const Tensor& self, const Scalar& min_val, const Scalar& max_val) {
  DType dt = self.dtype();
  if (dt == DType::Bool)
    raise_runtime("Bool inputs not supported for hardtanh");
  if (!is_integral(dt, false))
    return clamp(self, min_val, max_val);
  int64_t lo = min_val.to<int64_t>(), hi = max_val.to<int64_t>();
  if (dt == DType::UInt8 && (lo < 0 || hi < 0))
    raise_runtime("cannot do hardtanh on an unsigned type with negative limits");
  return clamp(self, Scalar(lo), Scalar(hi));
}

Tensor softplus(const Tensor& self, const Scalar& beta, const Scalar& threshold) {
  DType dt = self.dtype();
  return unary(self, dt, dt, [&](const ElementwiseIter& iter) {
    TSC_DISPATCH_FLOATING(dt, "softplus_cpu", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      using op_t = opmath_t<scalar_t>;
      op_t b = beta.to<op_t>(), th = threshold.to<op_t>();
      cpu_kernel<scalar_t, scalar_t>(iter,
                                     [=](op_t x) { return x * b > th ? x : std::log1p(std::exp(x * b)) / b; });
    });
  });
}

Tensor floor(const Tensor& self) {
  return rounding_unary(self, "floor", [](auto x) { return std::floor(x); });
}
Tensor ceil(const Tensor& self) {
  return rounding_unary(self, "ceil", [](auto x) { return std::ceil(x); });
}
Tensor round(const Tensor& self) {
  return rounding_unary(self, "round", [](auto x) { return std::nearbyint(x); });
}
Tensor trunc(const Tensor& self) {
  return rounding_unary(self, "trunc", [](auto x) { return std::trunc(x); });
}

Tensor sign(const Tensor& self) {
  if (self.dtype() == DType::Bool)
    return clone(self);
  return numeric_unary(self, "sign_cpu", [](auto x) {
    using T = decltype(x);
    return T(T(T(0) < x) - T(x < T(0)));
  });
}

Tensor square(const Tensor& self) {
  if (self.dtype() == DType::Bool)
    return mul(to(self, DType::Int64), to(self, DType::Int64));
  return mul(self, self);
}

Tensor isnan(const Tensor& self) {
  DType dt = self.dtype();
  if (!is_floating(dt))
    return zeros(self.sizes(), DType::Bool);
  return unary(self, dt, DType::Bool, [&](const ElementwiseIter& iter) {
    TSC_DISPATCH_FLOATING(dt, "isnan", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      using op_t = opmath_t<scalar_t>;
      cpu_kernel<bool, scalar_t>(iter, [](op_t x) { return x != x; });
    });
  });
}

Tensor isinf(const Tensor& self) {
  DType dt = self.dtype();
  if (!is_floating(dt))
    return zeros(self.sizes(), DType::Bool);
  return unary(self, dt, DType::Bool, [&](const ElementwiseIter& iter) {
    TSC_DISPATCH_FLOATING(dt, "isinf", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      using op_t = opmath_t<scalar_t>;
      cpu_kernel<bool, scalar_t>(iter, [](op_t x) { return std::isinf(x); });
    });
  });
}

Tensor nan_to_num(const Tensor& self, std::optional<double> nan, std::optional<double> posinf,
                  std::optional<double> neginf) {
  DType dt = self.dtype();
  if (!is_floating(dt))
    return clone(self);
  return unary(self, dt, dt, [&](const ElementwiseIter& iter) {
    TSC_DISPATCH_FLOATING(dt, "nan_to_num", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      using op_t = opmath_t<scalar_t>;
      op_t big, lowest;
      if constexpr (std::is_same_v<scalar_t, Half>) {
        big = 65504.0f;
        lowest = -65504.0f;
      } else if constexpr (std::is_same_v<scalar_t, BFloat16>) {
        big = BFloat16(3.3895313892515355e38f);
        lowest = -big;
      } else {
        big = std::numeric_limits<scalar_t>::max();
        lowest = std::numeric_limits<scalar_t>::lowest();
      }
      op_t n = op_t(nan.value_or(0.0));
      op_t p = posinf ? op_t(*posinf) : big;
      op_t m = neginf ? op_t(*neginf) : lowest;
      cpu_kernel<scalar_t, scalar_t>(iter, [=](op_t x) { return x != x ? n : x == op_t(INFINITY) ? p : x == op_t(-INFINITY) ? m : x; });
    });
  });
}

Tensor logical_not(const Tensor& self) {
  return unary(self, DType::Bool, DType::Bool, [&](const ElementwiseIter& iter) {
    cpu_kernel<bool, bool>(iter, [](bool x) { return !x; });
  });
}

Tensor bitwise_not(const Tensor& self) {
  DType dt = self.dtype();
  if (is_floating(dt)) // checked before the (possibly empty) loop, as torch does
    raise_not_implemented("bitwise_not_cpu", dt);
  return unary(self, dt, dt, [&](const ElementwiseIter& iter) {
    TSC_DISPATCH_INTEGRAL_AND_BOOL(dt, "bitwise_not_cpu", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      if constexpr (std::is_same_v<scalar_t, bool>)
        cpu_kernel<bool, bool>(iter, [](bool x) { return !x; });
      else
        cpu_kernel<scalar_t, scalar_t>(iter, [](scalar_t x) { return scalar_t(~x); });
    });
  });
}

} // namespace tsc::runtime::tensor
