// runtime/tensor/binary.cpp - Broadcasting binary ops with PyTorch's type promotion.
#include "runtime/tensor/ops_util.h"

#include <atomic>
#include <cmath>

namespace tsc::runtime::tensor {

namespace {

// A binary op's operand: a tensor, or a Python scalar (a "wrapped number"
// for promotion; held as a 0-dim tensor of its own dtype: bool, int64, float64).
// A tensor operand is borrowed (no reference count traffic); a scalar one
// owns its 0-dim tensor. Args live only for the call that builds them.
struct Arg {
  Tensor owned;
  const Tensor& t;
  bool wrapped = false;
  Arg(const Tensor& tensor) : t(tensor) {} // NOLINT
  Arg(const Scalar& s)                     // NOLINT
      : owned(scalar_tensor(s, s.is_double() ? DType::Float64 : s.dtype())), t(owned), wrapped(true) {}
  Arg(const Arg&) = delete;
  Arg& operator=(const Arg&) = delete;
};

DType result_type(std::initializer_list<const Arg*> args) {
  ResultTypeState st;
  for (const Arg* a : args) {
    if (a->wrapped) {
      DType d = a->t.dtype();
      st.wrapped_result = int(st.wrapped_result < 0 ? (is_floating(d) ? kDefaultFloat : d)
                                                     : promote_types(DType(st.wrapped_result),
                                                                     is_floating(d) ? kDefaultFloat : d));
    } else {
      st.add_tensor(a->t.dtype(), a->t.dim());
    }
  }
  return st.result();
}

// Output allocation and input casting for an elementwise op over `args`
// computed in `compute` and written as `out_dtype` (into `out` when given:
// in-place forms, whose shape must be the broadcast shape).
//
// Note [Flat elementwise fast path]
// When the output is contiguous and every input is either contiguous with the
// output's shape or a single element (a broadcast scalar), the elements line
// up by flat index and ElementwiseIter's dim analysis buys nothing: the loop
// runs over flat ranges with stride 0 for the single elements. This is what
// keeps a one-element `x + y` cheap (see docs/performance.md); results are
// the same as through the iterator, elementwise and in the same order.
struct Plan {
  Tensor out;
  const Tensor* in[2]; // the inputs in the compute dtype: borrowed, or cast[k]
  Tensor cast[2];      // inputs converted to the compute dtype, when they differ
  bool flat = false;   // See Note [Flat elementwise fast path]
  Plan(const Arg& a, const Arg& b, DType compute, DType out_dtype, const Tensor* inplace = nullptr) {
    const Shape& sa = a.t.sizes();
    const Shape& sb = b.t.sizes();
    const bool same = sa == sb;
    Shape broadcast;
    if (!same)
      broadcast = broadcast_shapes(sa, sb);
    const Shape& shape = same ? sa : broadcast;
    if (inplace) {
      if (shape != inplace->sizes())
        raise_runtime("output with shape " + shape_str(inplace->sizes()) + " doesn't match the broadcast shape " +
                      shape_str(shape));
      out = *inplace;
    } else {
      out = empty(shape, out_dtype);
    }
    flat = out.is_contiguous();
    const Arg* args[2] = {&a, &b};
    for (int k = 0; k < 2; ++k) {
      const Tensor& t = args[k]->t;
      if (t.dtype() == compute) {
        in[k] = &t;
      } else {
        cast[k] = to(t, compute);
        in[k] = &cast[k];
      }
      flat = flat && ((in[k]->is_contiguous() && in[k]->sizes() == shape) || in[k]->numel() == 1);
    }
  }
  ElementwiseIter iter() const { return ElementwiseIter({out, *in[0], *in[1]}); }
};

// Runs f over two operands of dtype `compute` with a `Out`-typed output.
template <typename Out, typename T, typename F> void run2(const Plan& p, const F& f) {
  const int64_t n = p.out.numel();
  if (n == 0)
    return;
  if (p.flat) {
    char* base[3] = {p.out.data_ptr(), p.in[0]->data_ptr(), p.in[1]->data_ptr()};
    const int64_t strides[3] = {int64_t(sizeof(Out)), p.in[0]->numel() == 1 ? 0 : int64_t(sizeof(T)),
                                p.in[1]->numel() == 1 ? 0 : int64_t(sizeof(T))};
    parallel_for(n, kParallelGrain, [&](int64_t b, int64_t e) {
      char* data[3] = {base[0] + b * strides[0], base[1] + b * strides[1], base[2] + b * strides[2]};
      detail::kernel_loop<Out, T, T>(data, strides, e - b, f, std::index_sequence<0, 1>{});
    });
    return;
  }
  cpu_kernel<Out, T, T>(p.iter(), f);
}

[[noreturn]] void raise_zero_division() {
  raise_runtime("ZeroDivisionError");
}

template <typename T> T floor_div_int(T a, T b) {
  if ((a < 0) != (b < 0)) {
    T q = a / b, r = a % b;
    return r ? T(q - 1) : q;
  }
  return a / b;
}

template <typename T> T floor_div_float(T a, T b) {
  if (b == 0)
    return a / b;
  T mod = std::fmod(a, b);
  T d = (a - mod) / b;
  if (mod != 0 && (b < 0) != (mod < 0))
    d -= T(1);
  T fd;
  if (d != 0) {
    fd = std::floor(d);
    if (d - fd > T(0.5))
      fd += T(1);
  } else {
    fd = std::copysign(T(0), a / b);
  }
  return fd;
}

template <typename T> T pow_int(T base, T exp) {
  if (exp < 0) {
    if (base == 1)
      return 1;
    if (base == -1)
      return (-exp) % 2 ? T(-1) : T(1);
    return 0;
  }
  T result = 1;
  while (exp) {
    if (exp & 1)
      result = wrapping_mul(result, base);
    exp = T(exp >> 1);
    base = wrapping_mul(base, base);
  }
  return result;
}

// Checks shared by the in-place forms: the result dtype must fit in self.
void check_inplace_cast(DType result, DType self) {
  if (!can_cast(result, self))
    raise_runtime(std::string("result type ") + dtype_cpp_name(result) + " can't be cast to the desired output type " +
                  dtype_cpp_name(self));
}

Tensor add_impl(const Arg& a, const Arg& b, const Scalar& alpha, bool subtract, const Tensor* inplace) {
  DType dt = result_type({&a, &b});
  if (subtract && a.t.dtype() == DType::Bool && b.t.dtype() == DType::Bool)
    raise_runtime("Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or "
                  "`logical_xor()` operator instead.");
  if (subtract && (a.t.dtype() == DType::Bool || b.t.dtype() == DType::Bool))
    raise_runtime("Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a "
                  "mask, use the `~` or `logical_not()` operator instead.");
  if (is_integral(dt, true) && alpha.is_double())
    raise_runtime("For integral input tensors, argument alpha must not be a floating point number.");
  if (dt == DType::Bool && !alpha.is_bool() && !(alpha.is_int() && alpha.to_int() == 1))
    raise_runtime("Boolean alpha only supported for Boolean results.");
  if (inplace)
    check_inplace_cast(dt, inplace->dtype());
  bool direct = inplace && inplace->dtype() == dt;
  Plan p(a, b, dt, dt, direct ? inplace : nullptr);
  TSC_DISPATCH_ALL(dt, "add", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using op_t = opmath_t<scalar_t>;
    op_t al = alpha.to<op_t>();
    if (subtract)
      al = wrapping_mul(al, op_t(-1));
    if constexpr (std::is_same_v<scalar_t, bool>) {
      run2<bool, bool>(p, [](bool x, bool y) { return x || y; });
    } else if (al == op_t(1)) {
      run2<scalar_t, scalar_t>(p, [](op_t x, op_t y) { return wrapping_add(x, y); });
    } else {
      run2<scalar_t, scalar_t>(p, [al](op_t x, op_t y) { return wrapping_add(x, wrapping_mul(al, y)); });
    }
  });
  if (inplace && !direct) {
    Tensor self = *inplace;
    copy_(self, p.out);
    return self;
  }
  return p.out;
}

Tensor mul_impl(const Arg& a, const Arg& b, const Tensor* inplace) {
  DType dt = result_type({&a, &b});
  if (inplace)
    check_inplace_cast(dt, inplace->dtype());
  bool direct = inplace && inplace->dtype() == dt;
  Plan p(a, b, dt, dt, direct ? inplace : nullptr);
  TSC_DISPATCH_ALL(dt, "mul", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using op_t = opmath_t<scalar_t>;
    if constexpr (std::is_same_v<scalar_t, bool>)
      run2<bool, bool>(p, [](bool x, bool y) { return x && y; });
    else
      run2<scalar_t, scalar_t>(p, [](op_t x, op_t y) { return wrapping_mul(x, y); });
  });
  if (inplace && !direct) {
    Tensor self = *inplace;
    copy_(self, p.out);
    return self;
  }
  return p.out;
}

Tensor div_impl(const Arg& a, const Arg& b, std::optional<std::string_view> mode) {
  DType dt = result_type({&a, &b});
  if (!mode) {
    if (!is_floating(dt))
      dt = kDefaultFloat;
    Plan p(a, b, dt, dt);
    TSC_DISPATCH_FLOATING(dt, "div_true", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      using op_t = opmath_t<scalar_t>;
      run2<scalar_t, scalar_t>(p, [](op_t x, op_t y) { return x / y; });
    });
    return p.out;
  }
  bool trunc = *mode == "trunc";
  if (!trunc && *mode != "floor")
    raise_runtime("div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '" +
                  std::string(*mode) + "'");
  if (dt == DType::Bool)
    raise_not_implemented(trunc ? "div_trunc_cpu" : "div_floor_cpu", dt);
  Plan p(a, b, dt, dt);
  std::atomic<bool> zero{false};
  TSC_DISPATCH_NUMERIC(dt, "div", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using op_t = opmath_t<scalar_t>;
    if constexpr (is_float_v<scalar_t>) {
      if (trunc)
        run2<scalar_t, scalar_t>(p, [](op_t x, op_t y) { return std::trunc(x / y); });
      else
        run2<scalar_t, scalar_t>(p, [](op_t x, op_t y) { return floor_div_float<op_t>(x, y); });
    } else {
      auto body = [&](op_t x, op_t y) -> op_t {
        if (y == 0) {
          zero.store(true, std::memory_order_relaxed);
          return 0;
        }
        return trunc ? op_t(x / y) : floor_div_int<op_t>(x, y);
      };
      run2<scalar_t, scalar_t>(p, body);
    }
  });
  if (zero.load())
    raise_zero_division();
  return p.out;
}

Tensor remainder_impl(const Arg& a, const Arg& b, bool python_mod) {
  DType dt = result_type({&a, &b});
  Plan p(a, b, dt, dt);
  std::atomic<bool> zero{false};
  TSC_DISPATCH_NUMERIC(dt, python_mod ? "remainder_cpu" : "fmod_cpu", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using op_t = opmath_t<scalar_t>;
    if constexpr (is_float_v<scalar_t>) {
      if (python_mod)
        run2<scalar_t, scalar_t>(p, [](op_t x, op_t y) {
          op_t m = std::fmod(x, y);
          if (m != 0 && (y < 0) != (m < 0))
            m += y;
          return m;
        });
      else
        run2<scalar_t, scalar_t>(p, [](op_t x, op_t y) { return std::fmod(x, y); });
    } else {
      run2<scalar_t, scalar_t>(p, [&](op_t x, op_t y) -> op_t {
        if (y == 0) {
          zero.store(true, std::memory_order_relaxed);
          return 0;
        }
        op_t r = op_t(x % y);
        if (python_mod && r != 0 && (r < 0) != (y < 0))
          r = op_t(r + y);
        return r;
      });
    }
  });
  if (zero.load())
    raise_zero_division();
  return p.out;
}

Tensor pow_impl(const Arg& a, const Arg& b) {
  DType dt = result_type({&a, &b});
  if (b.wrapped && is_integral(dt, true) && b.t.dtype() == DType::Int64 && *b.t.data<int64_t>() < 0)
    raise_runtime("Integers to negative integer powers are not allowed.");
  Plan p(a, b, dt, dt);
  // torch's pow kernel for a float32/float64/bfloat16 tensor and a number exponent computes
  // 0.5, -0.5, -1 as sqrt, rsqrt, reciprocal and 2, 3, -2 by multiplying (so (-inf) ** 0.5 is
  // nan, (-0.0) ** -0.5 is -inf); a bool exponent is no special case. bfloat16 rounds each product.
  double e = 0;
  bool special = false;
  if (b.wrapped && (dt == DType::Float32 || dt == DType::Float64 || dt == DType::BFloat16) &&
      (b.t.dtype() == DType::Float64 || b.t.dtype() == DType::Int64)) {
    e = b.t.dtype() == DType::Float64 ? *b.t.data<double>() : double(*b.t.data<int64_t>());
    special = e == 0.5 || e == -0.5 || e == -1.0 || e == 2.0 || e == 3.0 || e == -2.0;
  }
  TSC_DISPATCH_NUMERIC(dt, "pow", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using op_t = opmath_t<scalar_t>;
    if constexpr (is_float_v<scalar_t>) {
      if (special) {
        auto sq = [](op_t x) { return op_t(scalar_t(x * x)); };
        if (e == 0.5)
          run2<scalar_t, scalar_t>(p, [](op_t x, op_t) { return std::sqrt(x); });
        else if (e == -0.5)
          run2<scalar_t, scalar_t>(p, [](op_t x, op_t) { return op_t(1) / std::sqrt(x); });
        else if (e == -1.0)
          run2<scalar_t, scalar_t>(p, [](op_t x, op_t) { return op_t(1) / x; });
        else if (e == 2.0)
          run2<scalar_t, scalar_t>(p, [](op_t x, op_t) { return x * x; });
        else if (e == 3.0)
          run2<scalar_t, scalar_t>(p, [sq](op_t x, op_t) { return sq(x) * x; });
        else
          run2<scalar_t, scalar_t>(p, [sq](op_t x, op_t) { return op_t(1) / sq(x); });
        return;
      }
    }
    if constexpr (is_float_v<scalar_t>)
      run2<scalar_t, scalar_t>(p, [](op_t x, op_t y) { return std::pow(x, y); });
    else
      run2<scalar_t, scalar_t>(p, [](op_t x, op_t y) { return pow_int<op_t>(x, y); });
  });
  return p.out;
}

enum class Cmp { Eq, Ne, Lt, Le, Gt, Ge };

Tensor compare(const Arg& a, const Arg& b, Cmp c) {
  DType dt = result_type({&a, &b});
  Plan p(a, b, dt, DType::Bool);
  TSC_DISPATCH_ALL(dt, "compare", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using op_t = opmath_t<scalar_t>;
    switch (c) {
    case Cmp::Eq:
      run2<bool, scalar_t>(p, [](op_t x, op_t y) { return x == y; });
      break;
    case Cmp::Ne:
      run2<bool, scalar_t>(p, [](op_t x, op_t y) { return x != y; });
      break;
    case Cmp::Lt:
      run2<bool, scalar_t>(p, [](op_t x, op_t y) { return x < y; });
      break;
    case Cmp::Le:
      run2<bool, scalar_t>(p, [](op_t x, op_t y) { return x <= y; });
      break;
    case Cmp::Gt:
      run2<bool, scalar_t>(p, [](op_t x, op_t y) { return x > y; });
      break;
    case Cmp::Ge:
      run2<bool, scalar_t>(p, [](op_t x, op_t y) { return x >= y; });
      break;
    }
  });
  return p.out;
}

enum class Bit { And, Or, Xor };

Tensor bitwise(const Arg& a, const Arg& b, Bit op, const char* name) {
  DType dt = result_type({&a, &b});
  Plan p(a, b, dt, dt);
  TSC_DISPATCH_INTEGRAL_AND_BOOL(dt, name, [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    switch (op) {
    case Bit::And:
      run2<scalar_t, scalar_t>(p, [](scalar_t x, scalar_t y) { return scalar_t(x & y); });
      break;
    case Bit::Or:
      run2<scalar_t, scalar_t>(p, [](scalar_t x, scalar_t y) { return scalar_t(x | y); });
      break;
    case Bit::Xor:
      run2<scalar_t, scalar_t>(p, [](scalar_t x, scalar_t y) { return scalar_t(x ^ y); });
      break;
    }
  });
  return p.out;
}

Tensor logical(const Tensor& a, const Tensor& b, Bit op) {
  Arg x(a), y(b);
  Plan p(x, y, DType::Bool, DType::Bool);
  switch (op) {
  case Bit::And:
    run2<bool, bool>(p, [](bool u, bool v) { return u && v; });
    break;
  case Bit::Or:
    run2<bool, bool>(p, [](bool u, bool v) { return u || v; });
    break;
  case Bit::Xor:
    run2<bool, bool>(p, [](bool u, bool v) { return u != v; });
    break;
  }
  return p.out;
}

template <bool kMax> Tensor max_min(const Tensor& a, const Tensor& b) {
  Arg x(a), y(b);
  DType dt = result_type({&x, &y});
  Plan p(x, y, dt, dt);
  TSC_DISPATCH_ALL(dt, kMax ? "maximum" : "minimum", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using op_t = opmath_t<scalar_t>;
    run2<scalar_t, scalar_t>(p, [](op_t u, op_t v) -> op_t {
      if constexpr (is_float_v<scalar_t>) {
        if (u != u)
          return u;
        if (v != v)
          return v;
      }
      return kMax ? (u > v ? u : v) : (u < v ? u : v);
    });
  });
  return p.out;
}

} // namespace

Tensor add(const Tensor& self, const Tensor& other, const Scalar& alpha) {
  return add_impl(self, other, alpha, false, nullptr);
}
Tensor add(const Tensor& self, const Scalar& other, const Scalar& alpha) {
  return add_impl(self, other, alpha, false, nullptr);
}
Tensor sub(const Tensor& self, const Tensor& other, const Scalar& alpha) {
  return add_impl(self, other, alpha, true, nullptr);
}
Tensor sub(const Tensor& self, const Scalar& other, const Scalar& alpha) {
  return add_impl(self, other, alpha, true, nullptr);
}
Tensor rsub(const Tensor& self, const Scalar& other, const Scalar& alpha) {
  return add_impl(other, self, alpha, true, nullptr);
}
Tensor mul(const Tensor& self, const Tensor& other) {
  return mul_impl(self, other, nullptr);
}
Tensor mul(const Tensor& self, const Scalar& other) {
  return mul_impl(self, other, nullptr);
}
Tensor& add_(Tensor& self, const Tensor& other, const Scalar& alpha) {
  add_impl(self, other, alpha, false, &self);
  return self;
}
Tensor& add_(Tensor& self, const Scalar& other, const Scalar& alpha) {
  add_impl(self, other, alpha, false, &self);
  return self;
}
Tensor& mul_(Tensor& self, const Tensor& other) {
  mul_impl(self, other, &self);
  return self;
}
Tensor& mul_(Tensor& self, const Scalar& other) {
  mul_impl(self, other, &self);
  return self;
}
Tensor div(const Tensor& self, const Tensor& other, std::optional<std::string_view> mode) {
  return div_impl(self, other, mode);
}
Tensor div(const Tensor& self, const Scalar& other, std::optional<std::string_view> mode) {
  return div_impl(self, other, mode);
}
Tensor floor_divide(const Tensor& self, const Tensor& other) {
  return div_impl(self, other, "floor");
}
Tensor floor_divide(const Tensor& self, const Scalar& other) {
  return div_impl(self, other, "floor");
}
Tensor remainder(const Tensor& self, const Tensor& other) {
  return remainder_impl(self, other, true);
}
Tensor remainder(const Tensor& self, const Scalar& other) {
  return remainder_impl(self, other, true);
}
Tensor fmod(const Tensor& self, const Tensor& other) {
  return remainder_impl(self, other, false);
}
Tensor fmod(const Tensor& self, const Scalar& other) {
  return remainder_impl(self, other, false);
}
Tensor pow(const Tensor& self, const Tensor& exponent) {
  return pow_impl(self, exponent);
}
Tensor pow(const Tensor& self, const Scalar& exponent) {
  return pow_impl(self, exponent);
}
Tensor pow(const Scalar& self, const Tensor& exponent) {
  return pow_impl(self, exponent);
}
Tensor maximum(const Tensor& self, const Tensor& other) {
  return max_min<true>(self, other);
}
Tensor minimum(const Tensor& self, const Tensor& other) {
  return max_min<false>(self, other);
}
Tensor atan2(const Tensor& self, const Tensor& other) {
  Arg x(self), y(other);
  DType dt = result_type({&x, &y});
  if (!is_floating(dt))
    dt = kDefaultFloat;
  Plan p(x, y, dt, dt);
  TSC_DISPATCH_FLOATING(dt, "atan2", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using op_t = opmath_t<scalar_t>;
    run2<scalar_t, scalar_t>(p, [](op_t u, op_t v) { return std::atan2(u, v); });
  });
  return p.out;
}

#define TSC_COMPARE(NAME, KIND)                                                                              \
  Tensor NAME(const Tensor& self, const Tensor& other) {                                                     \
    return compare(self, other, Cmp::KIND);                                                                  \
  }                                                                                                          \
  Tensor NAME(const Tensor& self, const Scalar& other) {                                                     \
    return compare(self, other, Cmp::KIND);                                                                  \
  }
TSC_COMPARE(eq, Eq)
TSC_COMPARE(ne, Ne)
TSC_COMPARE(lt, Lt)
TSC_COMPARE(le, Le)
TSC_COMPARE(gt, Gt)
TSC_COMPARE(ge, Ge)
#undef TSC_COMPARE

Tensor logical_and(const Tensor& self, const Tensor& other) {
  return logical(self, other, Bit::And);
}
Tensor logical_or(const Tensor& self, const Tensor& other) {
  return logical(self, other, Bit::Or);
}
Tensor logical_xor(const Tensor& self, const Tensor& other) {
  return logical(self, other, Bit::Xor);
}
Tensor bitwise_and(const Tensor& self, const Tensor& other) {
  return bitwise(self, other, Bit::And, "bitwise_and_cpu");
}
Tensor bitwise_and(const Tensor& self, const Scalar& other) {
  return bitwise(self, other, Bit::And, "bitwise_and_cpu");
}
Tensor bitwise_or(const Tensor& self, const Tensor& other) {
  return bitwise(self, other, Bit::Or, "bitwise_or_cpu");
}
Tensor bitwise_or(const Tensor& self, const Scalar& other) {
  return bitwise(self, other, Bit::Or, "bitwise_or_cpu");
}
Tensor bitwise_xor(const Tensor& self, const Tensor& other) {
  return bitwise(self, other, Bit::Xor, "bitwise_xor_cpu");
}
Tensor bitwise_xor(const Tensor& self, const Scalar& other) {
  return bitwise(self, other, Bit::Xor, "bitwise_xor_cpu");
}

namespace {
Tensor where_impl(const Tensor& cond, const Arg& a, const Arg& b) {
  if (cond.dtype() != DType::Bool && cond.dtype() != DType::UInt8)
    raise_runtime(std::string("where expected condition to be a boolean tensor, but got a tensor with dtype ") +
                  dtype_cpp_name(cond.dtype()));
  DType dt = result_type({&a, &b});
  Arg c(cond);
  Shape shape = broadcast_shapes(broadcast_shapes(cond.sizes(), a.t.sizes()), b.t.sizes());
  Tensor out = empty(shape, dt);
  if (out.numel() == 0)
    return out;
  ElementwiseIter iter({out, to(cond, DType::Bool), to(a.t, dt), to(b.t, dt)});
  TSC_DISPATCH_ALL(dt, "where_cpu", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using op_t = opmath_t<scalar_t>;
    cpu_kernel<scalar_t, bool, scalar_t, scalar_t>(iter, [](bool k, op_t x, op_t y) { return k ? x : y; });
  });
  return out;
}
} // namespace

Tensor where(const Tensor& condition, const Tensor& self, const Tensor& other) {
  return where_impl(condition, self, other);
}
Tensor where(const Tensor& condition, const Scalar& self, const Scalar& other) {
  return where_impl(condition, self, other);
}

namespace {
Tensor clamp_impl(const Tensor& self, const OptScalar& lo, const OptScalar& hi, const Tensor* inplace) {
  if (!lo && !hi)
    raise_runtime("torch.clamp: At least one of 'min' or 'max' must not be None");
  ResultTypeState st;
  st.add_tensor(self.dtype(), self.dim());
  if (lo)
    st.add_scalar(*lo);
  if (hi)
    st.add_scalar(*hi);
  DType dt = st.result();
  if (dt == DType::Bool)
    raise_not_implemented("clamp_cpu", dt);
  if (inplace)
    check_inplace_cast(dt, inplace->dtype());
  bool direct = inplace && inplace->dtype() == dt;
  Tensor out = direct ? *inplace : empty(self.sizes(), dt);
  if (out.numel() == 0)
    return out;
  ElementwiseIter iter({out, to(self, dt)});
  TSC_DISPATCH_NUMERIC(dt, "clamp_cpu", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using op_t = opmath_t<scalar_t>;
    bool has_lo = lo.has_value(), has_hi = hi.has_value();
    op_t l = has_lo ? lo->to<op_t>() : op_t(0), h = has_hi ? hi->to<op_t>() : op_t(0);
    if constexpr (std::is_same_v<scalar_t, float> || std::is_same_v<scalar_t, double>) {
      if (has_lo && has_hi) {
        // Branch-free (selects) so that the loop vectorizes: relu6/hardtanh are hot in CNNs.
        cpu_kernel<scalar_t, scalar_t>(iter, [=](op_t x) -> op_t {
          op_t y = x < l ? l : x;
          y = y > h ? h : y;
          return x != x ? x : y;
        });
        return;
      }
    }
    cpu_kernel<scalar_t, scalar_t>(iter, [=](op_t x) -> op_t {
      if constexpr (is_float_v<scalar_t>)
        if (x != x)
          return x;
      if (has_lo && x < l)
        x = l;
      if (has_hi && x > h)
        x = h;
      return x;
    });
  });
  if (inplace && !direct) {
    Tensor s = *inplace;
    copy_(s, out);
    return s;
  }
  return out;
}
} // namespace

Tensor clamp(const Tensor& self, const OptScalar& min, const OptScalar& max) {
  return clamp_impl(self, min, max, nullptr);
}

Tensor& clamp_(Tensor& self, const OptScalar& min, const OptScalar& max) {
  clamp_impl(self, min, max, &self);
  return self;
}

Tensor clamp(const Tensor& self, const Tensor& min, const Tensor& max) {
  if (!min.defined() && !max.defined())
    raise_runtime("torch.clamp: At least one of 'min' or 'max' must not be None");
  Tensor r = self;
  if (min.defined())
    r = maximum(r, min);
  if (max.defined())
    r = minimum(r, max);
  return r;
}

namespace {
// The C++ element type's name, as torch's lerp messages print it.
const char* c_type_name(DType t) {
  switch (t) {
  case DType::Float32:
    return "float";
  case DType::Float64:
    return "double";
  case DType::Float16:
    return "c10::Half";
  case DType::BFloat16:
    return "c10::BFloat16";
  case DType::Bool:
    return "bool";
  case DType::UInt8:
    return "unsigned char";
  case DType::Int8:
    return "signed char";
  case DType::Int16:
    return "short int";
  case DType::Int32:
    return "int";
  case DType::Int64:
    return "long int";
  }
  return "?";
}
} // namespace

Tensor lerp(const Tensor& self, const Tensor& end, const Tensor& weight) {
  if (self.dtype() != end.dtype())
    raise_runtime(std::string("expected dtype ") + c_type_name(self.dtype()) + " for `end` but got dtype " +
                  c_type_name(end.dtype()));
  if (self.dtype() != weight.dtype())
    raise_runtime(std::string("expected dtype ") + c_type_name(self.dtype()) + " for `weight` but got dtype " +
                  c_type_name(weight.dtype()));
  DType dt = self.dtype();
  if (!is_floating(dt))
    raise_not_implemented("lerp_kernel_tensor", dt);
  Shape shape = broadcast_shapes(broadcast_shapes(self.sizes(), end.sizes()), weight.sizes());
  Tensor out = empty(shape, dt);
  if (out.numel() == 0)
    return out;
  ElementwiseIter iter({out, self, end, weight});
  TSC_DISPATCH_FLOATING(dt, "lerp_kernel_tensor", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using op_t = opmath_t<scalar_t>;
    cpu_kernel<scalar_t, scalar_t, scalar_t, scalar_t>(iter, [](op_t s, op_t e, op_t w) {
      return std::abs(w) < op_t(0.5) ? s + w * (e - s) : e - (e - s) * (op_t(1) - w);
    });
  });
  return out;
}

Tensor lerp(const Tensor& self, const Tensor& end, const Scalar& weight) {
  return lerp(self, end, scalar_tensor(weight, self.dtype()));
}

} // namespace tsc::runtime::tensor
