// runtime/arith.h - Python's integer and float arithmetic on int64 and double, shared by kernels and the VM.
//
// Note [64-bit int]
// Python's int is unbounded; the language's int is 64-bit (as TorchScript's).
// Where Python's result does not fit, tsc raises OverflowError "integer
// overflow" instead of wrapping (docs/language.md, the `int` row). Everything
// else is Python's: floor division and modulo round toward negative infinity,
// `/` is correctly rounded true division, ZeroDivisionError messages are
// CPython 3.11's.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>

#include "runtime/error.h"

namespace tsc::runtime {

inline int64_t checked_add(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) [[unlikely]]
    raise_overflow();
  return r;
}

inline int64_t checked_sub(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) [[unlikely]]
    raise_overflow();
  return r;
}

inline int64_t checked_mul(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) [[unlikely]]
    raise_overflow();
  return r;
}

inline int64_t checked_neg(int64_t a) {
  if (a == std::numeric_limits<int64_t>::min()) [[unlikely]]
    raise_overflow();
  return -a;
}

/// a // b
inline int64_t floordiv_int(int64_t a, int64_t b) {
  if (b == 0) [[unlikely]]
    raise_zero_division("integer division or modulo by zero");
  if (b == -1)
    return checked_neg(a);
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0)))
    --q;
  return q;
}

/// a % b (the sign of b)
inline int64_t mod_int(int64_t a, int64_t b) {
  if (b == 0) [[unlikely]]
    raise_zero_division("integer modulo by zero");
  if (b == -1)
    return 0;
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0)))
    r += b;
  return r;
}

/// a / b for ints, correctly rounded like CPython's int true division.
double truediv_int(int64_t a, int64_t b);

/// a ** b for ints; b < 0 raises (ValueError, or ZeroDivisionError for 0 as in Python).
int64_t pow_int(int64_t a, int64_t b);

/// a / b for floats.
inline double truediv_float(double a, double b) {
  if (b == 0.0) [[unlikely]]
    raise_zero_division("float division by zero");
  return a / b;
}

/// CPython's float floor division and modulo (_float_div_mod); `what` names the
/// operation in the ZeroDivisionError ("float floor division by zero", "float
/// modulo", "float divmod()").
void divmod_float(double a, double b, double* div, double* mod, const char* what);

inline double floordiv_float(double a, double b) {
  double d, m;
  divmod_float(a, b, &d, &m, "float floor division by zero");
  return d;
}

inline double mod_float(double a, double b) {
  if (b == 0.0) [[unlikely]]
    raise_zero_division("float modulo");
  double m = std::fmod(a, b);
  if (m != 0.0) {
    if ((b < 0) != (m < 0))
      m += b;
  } else {
    m = std::copysign(0.0, b);
  }
  return m;
}

/// a ** b for floats, as CPython's float_pow (OverflowError on overflow).
double pow_float(double a, double b);

/// math.hypot(a, b) exactly as CPython 3.11 computes it (its vector_norm:
/// lossless scaling and squaring, compensated summation, one correction
/// step), which is correctly rounded far more often than libm's hypot; the
/// two differ by an ulp on about 0.6% of inputs. An infinity wins over NaN.
double hypot_float(double a, double b);

/// int(x) for a float: truncates; NaN and infinities raise as in Python, and
/// values outside int64 raise OverflowError.
int64_t float_to_int(double x);

} // namespace tsc::runtime
