// runtime/kernels_math.cpp - Kernels of the math module, with CPython's domain and range errors.
#include "runtime/kernel_registry.h"

#include "runtime/arith.h"
#include "runtime/kernel_util.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>

namespace tsc::runtime {
namespace {

[[noreturn]] void domain_error() {
  raise_error("ValueError", "math domain error");
}
[[noreturn]] void range_error() {
  raise_error("OverflowError", "math range error");
}

// CPython's math_1: a NaN from a non-NaN argument is a domain error; an
// infinity from a finite argument is a range error when the function can
// overflow (exp, cosh, sinh) and a domain error otherwise (log(0)).
double math_1(double x, double (*fn)(double), bool can_overflow) {
  double r = fn(x);
  if (std::isnan(r) && !std::isnan(x))
    domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow)
      range_error();
    domain_error();
  }
  return r;
}

// CPython's math.pow: C99 pow for NaN/infinite arguments; for finite ones a
// NaN result is a domain error (negative base, fractional exponent), and an
// infinite one is a domain error for 0.0 ** negative, else a range error.
void math_pow_k(const KernelFrame& f) {
  double x = arg_double(f, 0);
  double y = arg_double(f, 1);
  double r = std::pow(x, y);
  if (std::isfinite(x) && std::isfinite(y)) {
    if (std::isnan(r))
      domain_error();
    if (std::isinf(r)) {
      if (x == 0.0)
        domain_error();
      range_error();
    }
  }
  set_double(f, r);
}

// CPython's math_2 (atan2, copysign).
double math_2(double x, double y, double (*fn)(double, double)) {
  double r = fn(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y))
    domain_error();
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
    range_error();
  return r;
}

template <double (*Fn)(double), bool CanOverflow> void unary(const KernelFrame& f) {
  set_double(f, math_1(arg_double(f, 0), Fn, CanOverflow));
}

double c_sqrt(double x) {
  return std::sqrt(x);
}
double c_exp(double x) {
  return std::exp(x);
}
double c_log2(double x) {
  return std::log2(x);
}
double c_log10(double x) {
  return std::log10(x);
}
double c_log1p(double x) {
  return std::log1p(x);
}
double c_sin(double x) {
  return std::sin(x);
}
double c_cos(double x) {
  return std::cos(x);
}
double c_tan(double x) {
  return std::tan(x);
}
double c_asin(double x) {
  return std::asin(x);
}
double c_acos(double x) {
  return std::acos(x);
}
double c_atan(double x) {
  return std::atan(x);
}
double c_sinh(double x) {
  return std::sinh(x);
}
double c_cosh(double x) {
  return std::cosh(x);
}
double c_tanh(double x) {
  return std::tanh(x);
}
double c_atan2(double y, double x) {
  return std::atan2(y, x);
}
double c_copysign(double x, double y) {
  return std::copysign(x, y);
}

// math.log: CPython's m_log raises for x <= 0 (including -inf).
double checked_log(double x) {
  if (std::isnan(x))
    return x;
  if (x <= 0.0)
    domain_error();
  return std::log(x);
}

void log_k(const KernelFrame& f) {
  set_double(f, checked_log(arg_double(f, 0)));
}

void log_base(const KernelFrame& f) {
  double num = checked_log(arg_double(f, 0));
  double den = checked_log(arg_double(f, 1));
  set_double(f, truediv_float(num, den));
}

void atan2_k(const KernelFrame& f) {
  set_double(f, math_2(arg_double(f, 0), arg_double(f, 1), c_atan2));
}
void copysign_k(const KernelFrame& f) {
  set_double(f, math_2(arg_double(f, 0), arg_double(f, 1), c_copysign));
}

void fmod_k(const KernelFrame& f) {
  double x = arg_double(f, 0), y = arg_double(f, 1);
  if (std::isinf(y) && std::isfinite(x))
    return set_double(f, x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y))
    domain_error();
  set_double(f, r);
}

void hypot_k(const KernelFrame& f) {
  set_double(f, hypot_float(arg_double(f, 0), arg_double(f, 1)));
}

void floor_k(const KernelFrame& f) {
  set_int(f, float_to_int(std::floor(arg_double(f, 0))));
}
void ceil_k(const KernelFrame& f) {
  set_int(f, float_to_int(std::ceil(arg_double(f, 0))));
}
void trunc_k(const KernelFrame& f) {
  set_int(f, float_to_int(arg_double(f, 0)));
}
void fabs_k(const KernelFrame& f) {
  set_double(f, std::fabs(arg_double(f, 0)));
}
void isnan_k(const KernelFrame& f) {
  set_bool(f, std::isnan(arg_double(f, 0)));
}
void isinf_k(const KernelFrame& f) {
  set_bool(f, std::isinf(arg_double(f, 0)));
}
void isfinite_k(const KernelFrame& f) {
  set_bool(f, std::isfinite(arg_double(f, 0)));
}

// CPython multiplies by these constants.
constexpr double kRadToDeg = 180.0 / std::numbers::pi;
constexpr double kDegToRad = std::numbers::pi / 180.0;
void degrees_k(const KernelFrame& f) {
  set_double(f, arg_double(f, 0) * kRadToDeg);
}
void radians_k(const KernelFrame& f) {
  set_double(f, arg_double(f, 0) * kDegToRad);
}

void gcd_k(const KernelFrame& f) {
  int64_t a = arg_int(f, 0), b = arg_int(f, 1);
  uint64_t x = a < 0 ? 0 - static_cast<uint64_t>(a) : static_cast<uint64_t>(a);
  uint64_t y = b < 0 ? 0 - static_cast<uint64_t>(b) : static_cast<uint64_t>(b);
  while (y != 0) {
    uint64_t t = x % y;
    x = y;
    y = t;
  }
  if (x > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
    raise_overflow();
  set_int(f, static_cast<int64_t>(x));
}

void factorial_k(const KernelFrame& f) {
  int64_t n = arg_int(f, 0);
  if (n < 0)
    raise_error("ValueError", "factorial() not defined for negative values");
  int64_t r = 1;
  for (int64_t i = 2; i <= n; ++i)
    r = checked_mul(r, i);
  set_int(f, r);
}

constexpr KernelDef kMathKernels[] = {
    {"aten::sqrt.float", unary<c_sqrt, false>},
    {"aten::exp.float", unary<c_exp, true>},
    {"aten::log.float", log_k},
    {"aten::log.float_float", log_base},
    {"aten::log2.float", unary<c_log2, false>},
    {"aten::log10.float", unary<c_log10, false>},
    {"aten::log1p.float", unary<c_log1p, false>},
    {"aten::math_pow", math_pow_k},
    {"aten::sin.float", unary<c_sin, false>},
    {"aten::cos.float", unary<c_cos, false>},
    {"aten::tan.float", unary<c_tan, false>},
    {"aten::asin.float", unary<c_asin, false>},
    {"aten::acos.float", unary<c_acos, false>},
    {"aten::atan.float", unary<c_atan, false>},
    {"aten::atan2.float", atan2_k},
    {"aten::sinh.float", unary<c_sinh, true>},
    {"aten::cosh.float", unary<c_cosh, true>},
    {"aten::tanh.float", unary<c_tanh, false>},
    {"aten::floor.float", floor_k},
    {"aten::ceil.float", ceil_k},
    {"aten::trunc.float", trunc_k},
    {"aten::fabs.float", fabs_k},
    {"aten::isnan.float", isnan_k},
    {"aten::isinf.float", isinf_k},
    {"aten::isfinite.float", isfinite_k},
    {"aten::gcd.int", gcd_k},
    {"aten::factorial.int", factorial_k},
    {"aten::copysign.float", copysign_k},
    {"aten::fmod.float", fmod_k},
    {"aten::hypot.float", hypot_k},
    {"aten::degrees.float", degrees_k},
    {"aten::radians.float", radians_k},
};

} // namespace

std::span<const KernelDef> math_kernels() {
  return kMathKernels;
}

} // namespace tsc::runtime
