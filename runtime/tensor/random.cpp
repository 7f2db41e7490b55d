// runtime/tensor/random.cpp - torch's CPU random transformations over an mt19937 stream (Note [Random streams]).
#include "runtime/tensor/random.h"

#include "runtime/tensor/ops_util.h"

#include <cmath>
#include <limits>

namespace tsc::runtime::tensor {

namespace {

constexpr double kPi = 3.14159265358979323846;

// The number of mantissa digits torch's uniform_real uses per dtype.
template <typename T> constexpr int uniform_digits() {
  if constexpr (std::is_same_v<T, double>)
    return 53;
  else if constexpr (std::is_same_v<T, float>)
    return 24;
  else if constexpr (std::is_same_v<T, Half>)
    return 11;
  else
    return 8;
}

// torch's uniform_real_distribution<T>(from, to)(gen), in its accumulation type.
template <typename T> auto uniform_real(Generator& g, T from, T to) {
  using acc_t = std::conditional_t<std::is_same_v<T, float> || std::is_same_v<T, double>, double, float>;
  constexpr int digits = uniform_digits<T>();
  uint64_t v = digits > 32 ? g.random64() : g.random();
  constexpr uint64_t mask = (uint64_t{1} << digits) - 1;
  acc_t x = acc_t(v & mask) * (acc_t(1) / acc_t(uint64_t{1} << digits));
  using op_t = opmath_t<T>;
  return x * (acc_t(op_t(to)) - acc_t(op_t(from))) + acc_t(op_t(from));
}

Generator& pick(Generator* gen) {
  return gen ? *gen : default_generator();
}

DType float_dtype(OptDType dtype, const char* name) {
  DType dt = dtype.value_or(kDefaultFloat);
  if (!is_floating(dt))
    raise_not_implemented(name, dt);
  return dt;
}

// One normal value with the generator's cached pair (torch's normal_distribution<double>).
double normal_double(Generator& g, double mean, double std) {
  if (auto& cached = g.next_double_normal()) {
    double r = *cached * std + mean;
    cached.reset();
    return r;
  }
  double u1 = uniform_real<double>(g, 0.0, 1.0);
  double u2 = uniform_real<double>(g, 0.0, 1.0);
  double r = std::sqrt(-2.0 * std::log(1.0 - u2));
  double theta = 2.0 * kPi * u1;
  g.next_double_normal() = r * std::sin(theta);
  return r * std::cos(theta) * std + mean;
}

// torch's normal_fill_16: 8 Box-Muller pairs from 16 uniforms, in T's precision.
template <typename T> void normal_fill_16(T* data, T mean, T std) {
  using op_t = opmath_t<T>;
  for (int j = 0; j < 8; ++j) {
    const T u1 = T(op_t(1) - op_t(data[j]));
    const T u2 = data[j + 8];
    const T radius = T(std::sqrt(op_t(-2) * std::log(op_t(u1))));
    const T theta = T(2.0f * kPi * double(op_t(u2)));
    data[j] = T(op_t(T(op_t(radius) * std::cos(op_t(theta)))) * op_t(std) + op_t(mean));
    data[j + 8] = T(op_t(T(op_t(radius) * std::sin(op_t(theta)))) * op_t(std) + op_t(mean));
  }
}

} // namespace

void Generator::manual_seed(uint64_t seed) {
  seed_ = seed;
  engine_.seed(static_cast<std::mt19937::result_type>(seed & 0xffffffffu));
  next_double_normal_.reset();
}

Generator& default_generator() {
  static Generator g;
  return g;
}

void manual_seed(uint64_t seed) {
  Generator& g = default_generator();
  std::lock_guard<std::mutex> lock(g.mutex());
  g.manual_seed(seed);
}

Tensor& uniform_(Tensor& self, double from, double to, Generator* gen) {
  if (!is_floating(self.dtype()))
    raise_not_implemented("check_uniform_bounds", self.dtype());
  if (!(from <= to))
    raise_runtime("uniform_ expects to return a [from, to) range, but found from=" + Scalar(from).repr() +
                  " > to=" + Scalar(to).repr());
  Tensor out = self.is_contiguous() ? self : empty(self.sizes(), self.dtype());
  Generator& g = pick(gen);
  {
    std::lock_guard<std::mutex> lock(g.mutex());
    TSC_DISPATCH_FLOATING(out.dtype(), "uniform_", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      scalar_t* p = out.data<scalar_t>();
      scalar_t f = static_cast<scalar_t>(from), t = static_cast<scalar_t>(to);
      for (int64_t i = 0; i < out.numel(); ++i)
        p[i] = static_cast<scalar_t>(uniform_real<scalar_t>(g, f, t));
    });
  }
  if (!self.is_contiguous())
    copy_(self, out);
  return self;
}

Tensor& normal_(Tensor& self, double mean, double std, Generator* gen) {
  if (!is_floating(self.dtype()))
    raise_not_implemented("normal_kernel_cpu", self.dtype());
  if (!(std >= 0))
    raise_runtime("normal expects std >= 0.0, but found std " + Scalar(std).repr());
  Generator& g = pick(gen);
  std::lock_guard<std::mutex> lock(g.mutex());
  int64_t n = self.numel();
  TSC_DISPATCH_FLOATING(self.dtype(), "normal_kernel_cpu", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    if (n >= 16 && self.is_contiguous()) {
      scalar_t* p = self.data<scalar_t>();
      for (int64_t i = 0; i < n; ++i)
        p[i] = static_cast<scalar_t>(uniform_real<scalar_t>(g, scalar_t(0), scalar_t(1)));
      scalar_t m = static_cast<scalar_t>(mean), s = static_cast<scalar_t>(std);
      for (int64_t i = 0; i + 16 <= n; i += 16)
        normal_fill_16<scalar_t>(p + i, m, s);
      if (n % 16 != 0) {
        scalar_t* q = p + n - 16;
        for (int i = 0; i < 16; ++i)
          q[i] = static_cast<scalar_t>(uniform_real<scalar_t>(g, scalar_t(0), scalar_t(1)));
        normal_fill_16<scalar_t>(q, m, s);
      }
    } else {
      Tensor out = empty(self.sizes(), self.dtype());
      scalar_t* p = out.data<scalar_t>();
      for (int64_t i = 0; i < n; ++i)
        p[i] = static_cast<scalar_t>(normal_double(g, mean, std));
      copy_(self, out);
    }
  });
  return self;
}

Tensor rand(IntArrayRef size, OptDType dtype, Generator* gen) {
  Tensor t = empty(size, float_dtype(dtype, "check_uniform_bounds"));
  return uniform_(t, 0.0, 1.0, gen);
}

Tensor randn(IntArrayRef size, OptDType dtype, Generator* gen) {
  Tensor t = empty(size, float_dtype(dtype, "normal_kernel_cpu"));
  return normal_(t, 0.0, 1.0, gen);
}

Tensor randint(int64_t low, int64_t high, IntArrayRef size, OptDType dtype, Generator* gen) {
  DType dt = dtype.value_or(DType::Int64);
  if (low >= high)
    raise_runtime("random_ expects 'from' to be less than 'to', but got from=" + std::to_string(low) +
                  " >= to=" + std::to_string(high));
  Tensor out = empty(size, dt);
  uint64_t range = static_cast<uint64_t>(high) - static_cast<uint64_t>(low);
  Generator& g = pick(gen);
  std::lock_guard<std::mutex> lock(g.mutex());
  TSC_DISPATCH_ALL(dt, "random_from_to", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    constexpr bool wide = std::is_same_v<scalar_t, int64_t> || std::is_same_v<scalar_t, double> ||
                          std::is_same_v<scalar_t, float> || std::is_same_v<scalar_t, BFloat16>;
    scalar_t* p = out.data<scalar_t>();
    for (int64_t i = 0; i < out.numel(); ++i) {
      uint64_t v = wide && range >= (uint64_t{1} << 32) ? g.random64() : g.random();
      p[i] = convert<scalar_t>(static_cast<int64_t>(v % range + static_cast<uint64_t>(low)));
    }
  });
  return out;
}

} // namespace tsc::runtime::tensor
