// runtime/tensor/vec_math.h - Branch-free float math (exp, log, tanh, sigmoid, ...) that vectorizes, and array kernels over it.
//
// Note [Vectorized float math]
// libm's expf/logf/tanhf are scalar calls, so a loop over them never
// vectorizes. The functions in `vec::` are written as range reduction plus a
// polynomial with selects instead of branches (Cephes' coefficients for
// float32, Taylor/Cephes rational forms for float64), so that g++ -O3 turns a
// plain loop over them into SIMD code. The array kernels in vec_math.cpp are
// built with GCC function multiversioning (target_clones: AVX-512, AVX2+FMA,
// baseline x86-64) and picked at load time, so the library stays portable.
// Elementwise ops use the array kernels on contiguous float32/float64 runs and
// the same inline functions (one value at a time) on every other layout and on
// float16/bfloat16 (computed in float32), so all layouts agree to within the
// rounding of a fused multiply-add.
//
// Accuracy, measured by tests/unit/runtime/tensor_math_test.cpp against libm
// in double precision rounded to float: float32 exp, log, tanh, sigmoid within
// 2 ulp over every 97th bit pattern. Special values follow IEEE and torch:
// NaN propagates, exp(-inf) = 0, exp(x) = inf above log(FLT_MAX), results that
// underflow are rounded to subnormals or 0, log(0) = -inf, log(x < 0) = NaN,
// tanh(±inf) = ±1, tanh(-0) = -0, sigmoid of large negatives is the (tiny,
// possibly subnormal) true value e^x rather than 1/(1+inf) = 0.
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace tsc::runtime::tensor::vec {

namespace detail {
template <typename T> inline T select(bool c, T a, T b) {
  return c ? a : b;
}
/// |x| with the sign bit of `s` (x must be +0, positive or a positive NaN).
inline float with_sign_of(float x, float s) {
  return std::bit_cast<float>(std::bit_cast<uint32_t>(x) | (std::bit_cast<uint32_t>(s) & 0x80000000u));
}
inline double with_sign_of(double x, double s) {
  return std::bit_cast<double>(std::bit_cast<uint64_t>(x) | (std::bit_cast<uint64_t>(s) & 0x8000000000000000ull));
}
inline float fabs(float x) {
  return std::bit_cast<float>(std::bit_cast<uint32_t>(x) & 0x7fffffffu);
}
inline double fabs(double x) {
  return std::bit_cast<double>(std::bit_cast<uint64_t>(x) & 0x7fffffffffffffffull);
}
} // namespace detail

/// e^x for float32, within 1 ulp; overflow gives inf, underflow rounds to
/// subnormals and 0, NaN propagates.
inline float exp(float x) {
  // Clamp so that n below stays in [-151, 129]; NaN passes through the selects.
  float xc = x < -104.0f ? -104.0f : x;
  xc = xc > 89.0f ? 89.0f : xc;
  // n = round(x / ln 2) with the 1.5 * 2^23 trick (round to nearest, no conversion).
  constexpr float kMagic = 12582912.0f;
  float t = xc * 1.44269504088896341f + kMagic;
  float n = t - kMagic;
  // r = x - n ln2 in two parts (Cody-Waite); n * kLn2Hi is exact.
  float r = xc - n * 0.693359375f;
  r = r - n * -2.12194440e-4f;
  float p = ((((1.9875691500e-4f * r + 1.3981999507e-3f) * r + 8.3334519073e-3f) * r + 4.1665795894e-2f) * r +
             1.6666665459e-1f) * r + 5.0000001201e-1f;
  p = p * (r * r) + r + 1.0f;
  // 2^n as two factors so that 2^128 overflows and 2^-150 underflows with one rounding.
  int32_t k = std::bit_cast<int32_t>(t) - std::bit_cast<int32_t>(kMagic);
  int32_t k1 = k >> 1, k2 = k - k1;
  float s1 = std::bit_cast<float>(static_cast<uint32_t>(k1 + 127) << 23);
  float s2 = std::bit_cast<float>(static_cast<uint32_t>(k2 + 127) << 23);
  return p * s1 * s2;
}

/// e^x for float64, within 1 ulp (degree-13 Taylor on |r| <= ln2/2).
inline double exp(double x) {
  double xc = x < -746.0 ? -746.0 : x;
  xc = xc > 710.0 ? 710.0 : xc;
  constexpr double kMagic = 6755399441055744.0; // 1.5 * 2^52
  double t = xc * 1.4426950408889634074 + kMagic;
  double n = t - kMagic;
  double r = xc - n * 6.93147180369123816490e-01;
  r = r - n * 1.90821492927058770002e-10;
  double p = 1.0 / 6227020800.0;
  p = p * r + 1.0 / 479001600.0;
  p = p * r + 1.0 / 39916800.0;
  p = p * r + 1.0 / 3628800.0;
  p = p * r + 1.0 / 362880.0;
  p = p * r + 1.0 / 40320.0;
  p = p * r + 1.0 / 5040.0;
  p = p * r + 1.0 / 720.0;
  p = p * r + 1.0 / 120.0;
  p = p * r + 1.0 / 24.0;
  p = p * r + 1.0 / 6.0;
  p = p * r + 0.5;
  p = p * (r * r) + r + 1.0;
  int64_t k = std::bit_cast<int64_t>(t) - std::bit_cast<int64_t>(kMagic);
  int64_t k1 = k >> 1, k2 = k - k1;
  double s1 = std::bit_cast<double>(static_cast<uint64_t>(k1 + 1023) << 52);
  double s2 = std::bit_cast<double>(static_cast<uint64_t>(k2 + 1023) << 52);
  return p * s1 * s2;
}

/// Natural log for float32, within 1 ulp: log(0) = -inf, log(x < 0) = NaN,
/// log(inf) = inf; subnormal inputs are exact-scaled first.
inline float log(float x) {
  bool sub = x < 1.17549435e-38f;
  float xs = sub ? x * 8388608.0f : x; // 2^23
  int32_t bits = std::bit_cast<int32_t>(xs);
  int32_t e = ((bits >> 23) & 0xff) - 126 - (sub ? 23 : 0);
  float m = std::bit_cast<float>((bits & 0x007fffff) | 0x3f000000); // [0.5, 1)
  bool lo = m < 0.707106781186547524f;
  float ef = static_cast<float>(lo ? e - 1 : e);
  float f = (lo ? m + m : m) - 1.0f;
  float z = f * f;
  float y = ((((((((7.0376836292e-2f * f - 1.1514610310e-1f) * f + 1.1676998740e-1f) * f - 1.2420140846e-1f) * f +
                 1.4249322787e-1f) * f - 1.6668057665e-1f) * f + 2.0000714765e-1f) * f - 2.4999993993e-1f) * f +
             3.3333331174e-1f) * f * z;
  y = y + ef * -2.12194440e-4f;
  y = y - 0.5f * z;
  float r = f + y;
  r = r + ef * 0.693359375f;
  r = x == std::numeric_limits<float>::infinity() ? x : r;
  r = x == 0.0f ? -std::numeric_limits<float>::infinity() : r;
  r = x < 0.0f ? std::numeric_limits<float>::quiet_NaN() : r;
  return x != x ? x : r;
}

/// Natural log for float64: libm (not vectorized yet).
inline double log(double x) {
  return std::log(x);
}

/// tanh for float32, within 2 ulp: an odd polynomial below |x| = 0.625,
/// 1 - 2 / (e^2|x| + 1) above; tanh(±inf) = ±1, tanh(-0) = -0.
inline float tanh(float x) {
  float a = detail::fabs(x);
  float e = vec::exp(a + a);
  float big = 1.0f - 2.0f / (e + 1.0f);
  float z = a * a;
  float small =
      ((((-5.70498872745e-3f * z + 2.06390887954e-2f) * z - 5.37397155531e-2f) * z + 1.33314422036e-1f) * z -
       3.33332819422e-1f) * z * a + a;
  return detail::with_sign_of(a < 0.625f ? small : big, x);
}

/// tanh for float64 (Cephes' rational form below 0.625).
inline double tanh(double x) {
  double a = detail::fabs(x);
  double e = vec::exp(a + a);
  double big = 1.0 - 2.0 / (e + 1.0);
  double z = a * a;
  double num = (-9.64399179425052238628e-1 * z - 9.92877231001918586564e1) * z - 1.61468768441708447952e3;
  double den = ((z + 1.12811678491632931402e2) * z + 2.23548839060100448583e3) * z + 4.84406305325125486048e3;
  double small = a + a * z * (num / den);
  return detail::with_sign_of(a < 0.625 ? small : big, x);
}

/// 1 / (1 + e^-x), as e^x / (1 + e^x) for negative x so that large negatives
/// keep their tiny value; within 2 ulp for float32.
template <typename T> inline T sigmoid(T x) {
  T e = vec::exp(-detail::fabs(x));
  T num = x >= T(0) ? T(1) : e;
  return num / (T(1) + e);
}

/// x * sigmoid(x).
template <typename T> inline T silu(T x) {
  T e = vec::exp(-detail::fabs(x));
  T num = x >= T(0) ? x : x * e;
  return num / (T(1) + e);
}

/// gelu with approximate='tanh': 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).
template <typename T> inline T gelu_tanh(T x) {
  const T k_beta = T(0.7978845608028654), k_kappa = T(0.044715);
  T inner = k_beta * (x + k_kappa * x * x * x);
  return T(0.5) * x * (T(1) + vec::tanh(inner));
}

// ---- array kernels (vec_math.cpp; multiversioned for AVX-512 / AVX2 / baseline) ----

/// The elementwise functions with array kernels.
enum class UnaryFn : uint8_t { Exp, Tanh, Sigmoid, Silu, GeluTanh, Log };

/// out[i] = fn(in[i]) for i < n. `in` and `out` are either the same or do not overlap.
void unary(UnaryFn fn, const float* in, float* out, int64_t n);
/// Same for float64 (Log uses libm there).
void unary(UnaryFn fn, const double* in, double* out, int64_t n);

/// Largest or smallest element of p[0..n), n >= 1; NaN if any element is NaN.
float reduce_max(const float* p, int64_t n);
double reduce_max(const double* p, int64_t n);
float reduce_min(const float* p, int64_t n);
double reduce_min(const double* p, int64_t n);

/// Index of the first NaN of p[0..n) if any, else of the first largest
/// (smallest) element: torch's argmax/argmin. n >= 1.
int64_t index_of_max(const float* p, int64_t n);
int64_t index_of_max(const double* p, int64_t n);
int64_t index_of_min(const float* p, int64_t n);
int64_t index_of_min(const double* p, int64_t n);

/// Mean and biased variance (sum of squared deviations / n) of p[0..n),
/// n >= 1, accumulated in double (two passes): row statistics for
/// layer_norm and group_norm.
void row_moments(const float* p, int64_t n, double* mean, double* var);
void row_moments(const double* p, int64_t n, double* mean, double* var);

/// One row of layer_norm: out = (in - mean) * rstd [* w] [+ b] with
/// rstd = 1 / sqrt(var + eps) from row_moments; `w`/`b` may be null (no
/// affine part); the row's mean and rstd are stored for callers that need
/// them (batch statistics). `in` and `out` do not overlap.
void layer_norm_row(const float* in, float* out, int64_t n, double eps, const float* w, const float* b,
                    double* mean, double* rstd);
void layer_norm_row(const double* in, double* out, int64_t n, double eps, const double* w, const double* b,
                    double* mean, double* rstd);

/// One row of softmax (or log_softmax when `log`): max, exp(x - max) and its
/// sum, then scale (or subtract log-sum). n >= 1; `in` and `out` do not overlap.
void softmax_row(const float* in, float* out, int64_t n, bool log);
void softmax_row(const double* in, double* out, int64_t n, bool log);

} // namespace tsc::runtime::tensor::vec
