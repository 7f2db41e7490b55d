// runtime/arith.cpp - The out-of-line parts of Python's arithmetic: true division, powers, float div/mod.
#include "runtime/arith.h"

#include <bit>
#include <cfloat>
#include <cmath>
#include <limits>

namespace tsc::runtime {

double truediv_int(int64_t a, int64_t b) {
  if (b == 0) [[unlikely]]
    raise_zero_division("division by zero");
  constexpr int64_t kExact = int64_t{1} << 53;
  if (a >= -kExact && a <= kExact && b >= -kExact && b <= kExact) {
    // Both convert exactly, and one IEEE division rounds correctly.
    return static_cast<double>(a) / static_cast<double>(b);
  }
  // Correct rounding for wide operands: a 57/58-bit quotient with a sticky
  // bit for the remainder converts to double with a single rounding.
  bool negative = (a < 0) != (b < 0);
  unsigned __int128 n =
      a < 0 ? static_cast<unsigned __int128>(-(static_cast<__int128>(a))) : static_cast<unsigned __int128>(a);
  unsigned __int128 d =
      b < 0 ? static_cast<unsigned __int128>(-(static_cast<__int128>(b))) : static_cast<unsigned __int128>(b);
  if (n == 0)
    return negative ? -0.0 : 0.0;
  int bits_n = 64 - std::countl_zero(static_cast<uint64_t>(n));
  int bits_d = 64 - std::countl_zero(static_cast<uint64_t>(d));
  int shift = 57 - (bits_n - bits_d);
  if (shift >= 0) {
    n <<= shift;
  } else {
    d <<= -shift;
  }
  unsigned __int128 q = n / d;
  unsigned __int128 r = n % d;
  uint64_t q64 = static_cast<uint64_t>(q) | (r != 0 ? 1 : 0);
  double result = std::ldexp(static_cast<double>(q64), -shift);
  return negative ? -result : result;
}

int64_t pow_int(int64_t a, int64_t b) {
  if (b < 0) {
    if (a == 0)
      raise_zero_division("0.0 cannot be raised to a negative power");
    raise_error("ValueError", "negative exponent in integer power");
  }
  int64_t result = 1;
  int64_t base = a;
  uint64_t e = static_cast<uint64_t>(b);
  // 0, 1 and -1 never overflow, whatever the exponent.
  if (a == 0)
    return b == 0 ? 1 : 0;
  if (a == 1)
    return 1;
  if (a == -1)
    return (e & 1) ? -1 : 1;
  while (e) {
    if (e & 1)
      result = checked_mul(result, base);
    e >>= 1;
    if (e)
      base = checked_mul(base, base);
  }
  return result;
}

void divmod_float(double a, double b, double* div, double* mod, const char* what) {
  if (b == 0.0) [[unlikely]]
    raise_zero_division(what);
  double m = std::fmod(a, b);
  double d = (a - m) / b;
  if (m != 0.0) {
    if ((b < 0) != (m < 0)) {
      m += b;
      d -= 1.0;
    }
  } else {
    m = std::copysign(0.0, b);
  }
  double floordiv;
  if (d != 0.0) {
    floordiv = std::floor(d);
    if (d - floordiv > 0.5)
      floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, a / b);
  }
  *div = floordiv;
  *mod = m;
}

namespace {

bool is_odd_integer(double x) {
  return std::fmod(std::fabs(x), 2.0) == 1.0;
}

} // namespace

namespace {

// A double-length value hi + lo, as CPython's mathmodule.c DoubleLength.
struct DoubleLength {
  double hi;
  double lo;
};

// x * y with its exact rounding error (fma makes the product lossless).
DoubleLength dl_mul(double x, double y) {
  double z = x * y;
  return {z, std::fma(x, y, -z)};
}

// a + b with its exact rounding error; requires |a| >= |b|.
DoubleLength dl_fast_sum(double a, double b) {
  double x = a + b;
  return {x, b - (x - a)};
}

// CPython's vector_norm for `n` finite, non-negative coordinates with
// maximum `max`.
double vector_norm(int n, double* vec, double max) {
  if (max == 0.0 || n <= 1)
    return max;
  int max_e = 0;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // ldexp(1.0, -max_e) would overflow: scale subnormals up first.
    for (int i = 0; i < n; ++i)
      vec[i] /= DBL_MIN;
    return DBL_MIN * vector_norm(n, vec, max / DBL_MIN);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (int i = 0; i < n; ++i) {
    double x = vec[i] * scale;  // lossless scaling into [0.5, 1)
    DoubleLength pr = dl_mul(x, x);
    DoubleLength sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  DoubleLength pr = dl_mul(-h, h);
  DoubleLength sm = dl_fast_sum(csum, pr.hi);
  csum = sm.hi;
  frac1 += pr.lo;
  frac2 += sm.lo;
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);  // differential correction
  return h / scale;
}

} // namespace

double hypot_float(double a, double b) {
  double vec[2] = {std::fabs(a), std::fabs(b)};
  double max = std::fmax(vec[0], vec[1]);
  if (std::isinf(vec[0]) || std::isinf(vec[1]))
    return std::numeric_limits<double>::infinity();
  if (std::isnan(vec[0]) || std::isnan(vec[1]))
    return std::numeric_limits<double>::quiet_NaN();
  return vector_norm(2, vec, max);
}

double pow_float(double a, double b) {
  // CPython's float_pow, special case by special case.
  if (b == 0.0)
    return 1.0;
  if (std::isnan(a))
    return a;
  if (std::isnan(b))
    return a == 1.0 ? 1.0 : b;
  if (std::isinf(b)) {
    double av = std::fabs(a);
    if (av == 1.0)
      return 1.0;
    if ((b > 0.0) == (av > 1.0))
      return std::fabs(b);
    return 0.0;
  }
  if (std::isinf(a)) {
    bool odd = is_odd_integer(b);
    if (b > 0.0)
      return odd ? a : std::fabs(a);
    return odd ? std::copysign(0.0, a) : 0.0;
  }
  if (a == 0.0) {
    bool odd = is_odd_integer(b);
    if (b < 0.0)
      raise_zero_division("0.0 cannot be raised to a negative power");
    return odd ? a : 0.0;
  }
  bool negate = false;
  if (a < 0.0) {
    // Python returns a complex number here; the language has none.
    if (b != std::floor(b))
      raise_error("ValueError", "math domain error");
    a = -a;
    negate = is_odd_integer(b);
  }
  if (a == 1.0)
    return negate ? -1.0 : 1.0;
  double r = std::pow(a, b);
  if (negate)
    r = -r;
  if (std::isinf(r))
    raise_error("OverflowError", "(34, 'Numerical result out of range')");
  return r;
}

int64_t float_to_int(double x) {
  if (std::isnan(x))
    raise_error("ValueError", "cannot convert float NaN to integer");
  if (std::isinf(x))
    raise_error("OverflowError", "cannot convert float infinity to integer");
  double t = std::trunc(x);
  if (t < -9223372036854775808.0 || t >= 9223372036854775808.0)
    raise_overflow();
  return static_cast<int64_t>(t);
}

} // namespace tsc::runtime
