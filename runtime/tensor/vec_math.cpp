// runtime/tensor/vec_math.cpp - The multiversioned array kernels of vec_math.h (unary math, max/min, softmax rows).
//
// Under GCC's default -ftrapping-math, a select on a float comparison is not
// if-converted (the comparison "might trap"), which leaves the loops below
// scalar. This file turns that assumption off: no code here reads or relies
// on floating-point exception flags, and no result changes.
#pragma GCC optimize("no-trapping-math")

#include "runtime/tensor/vec_math.h"

#include <cmath>
#include <cstring>

// One clone per ISA level, chosen by an ifunc resolver when the library loads.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define TSC_VEC_CLONES __attribute__((target_clones("avx512f", "arch=haswell", "default")))
#else
#define TSC_VEC_CLONES
#endif
#define TSC_ALWAYS_INLINE inline __attribute__((always_inline))

namespace tsc::runtime::tensor::vec {

namespace {

template <typename T> TSC_ALWAYS_INLINE void unary_body(UnaryFn fn, const T* in, T* out, int64_t n) {
  switch (fn) {
  case UnaryFn::Exp:
    for (int64_t i = 0; i < n; ++i)
      out[i] = vec::exp(in[i]);
    return;
  case UnaryFn::Tanh:
    for (int64_t i = 0; i < n; ++i)
      out[i] = vec::tanh(in[i]);
    return;
  case UnaryFn::Sigmoid:
    for (int64_t i = 0; i < n; ++i)
      out[i] = vec::sigmoid(in[i]);
    return;
  case UnaryFn::Silu:
    for (int64_t i = 0; i < n; ++i)
      out[i] = vec::silu(in[i]);
    return;
  case UnaryFn::GeluTanh:
    for (int64_t i = 0; i < n; ++i)
      out[i] = vec::gelu_tanh(in[i]);
    return;
  case UnaryFn::Log:
    for (int64_t i = 0; i < n; ++i)
      out[i] = vec::log(in[i]);
    return;
  }
}

// One 64-byte vector of T (GCC vector extensions: lowered to whatever the
// clone's ISA has, 4 x 128-bit on baseline x86-64).
template <typename T> struct VecOf {
  typedef T type __attribute__((vector_size(64)));
};
template <typename T> using Vec = typename VecOf<T>::type;
// (An out-parameter: returning a 64-byte vector by value trips -Wpsabi on baseline.)
template <typename T> TSC_ALWAYS_INLINE void load(Vec<T>& v, const T* p) {
  std::memcpy(&v, p, sizeof(v));
}

// Max (kMax) or min of p[0..n) in one vector of independent lanes
// (maxps/minps), with NaNs flagged in a separate integer mask so that the
// select stays a plain max/min; any NaN makes the result NaN.
template <bool kMax, typename T> TSC_ALWAYS_INLINE T extreme_body(const T* p, int64_t n) {
  constexpr int kLanes = 64 / sizeof(T);
  using Mask = decltype(Vec<T>{} != Vec<T>{});
  T best = p[0];
  bool nan = false;
  int64_t i = 0;
  if (n >= kLanes) {
    Vec<T> lane, x;
    Mask nans = {};
    load(lane, p);
    nans |= lane != lane;
    for (i = kLanes; i + kLanes <= n; i += kLanes) {
      load(x, p + i);
      lane = (kMax ? x > lane : x < lane) ? x : lane;
      nans |= x != x;
    }
    for (int j = 0; j < kLanes; ++j) {
      best = (kMax ? lane[j] > best : lane[j] < best) ? lane[j] : best;
      nan |= nans[j] != 0;
    }
  }
  for (; i < n; ++i) {
    T x = p[i];
    best = (kMax ? x > best : x < best) ? x : best;
    nan |= x != x;
  }
  return nan ? std::numeric_limits<T>::quiet_NaN() : best;
}

// Index of the first NaN (kNaN) or the first element equal to m, scanning a
// vector at a time; n if none.
template <bool kNaN, typename T> TSC_ALWAYS_INLINE int64_t find_first(const T* p, int64_t n, T m) {
  constexpr int kLanes = 64 / sizeof(T);
  int64_t i = 0;
  Vec<T> x;
  for (; i + kLanes <= n; i += kLanes) {
    load(x, p + i);
    auto hit = kNaN ? x != x : x == m;
    bool any = false;
    for (int j = 0; j < kLanes; ++j)
      any |= hit[j] != 0;
    if (any)
      break;
  }
  for (; i < n; ++i)
    if (kNaN ? p[i] != p[i] : p[i] == m)
      return i;
  return n;
}

// torch's argmax/argmin: the first NaN if there is one, else the first
// element equal to the max (min).
template <bool kMax, typename T> TSC_ALWAYS_INLINE int64_t arg_extreme_body(const T* p, int64_t n) {
  T m = extreme_body<kMax>(p, n);
  return m != m ? find_first<true>(p, n, m) : find_first<false>(p, n, m);
}

// Sum of p[0..n) in one vector of lanes (the row is short and hot).
template <typename T> TSC_ALWAYS_INLINE T lane_sum(const T* p, int64_t n) {
  constexpr int kLanes = 64 / sizeof(T);
  Vec<T> acc = {}, x;
  int64_t i = 0;
  for (; i + kLanes <= n; i += kLanes) {
    load(x, p + i);
    acc += x;
  }
  T total = 0;
  for (int j = 0; j < kLanes; ++j)
    total += acc[j];
  for (; i < n; ++i)
    total += p[i];
  return total;
}

// Mean and biased variance of p[0..n) in double lanes, two passes (the
// second over the hot row): layer_norm / group_norm row statistics.
template <typename T> TSC_ALWAYS_INLINE void moments_body(const T* p, int64_t n, double* mean, double* var) {
  typedef T Narrow __attribute__((vector_size(8 * sizeof(T))));
  typedef double Wide __attribute__((vector_size(64)));
  Wide acc = {}, sq = {};
  Narrow x;
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::memcpy(&x, p + i, sizeof(x));
    acc += __builtin_convertvector(x, Wide);
  }
  double s = 0;
  for (int j = 0; j < 8; ++j)
    s += acc[j];
  for (; i < n; ++i)
    s += double(p[i]);
  double m = s / double(n);
  Wide mv = m - Wide{};
  for (i = 0; i + 8 <= n; i += 8) {
    std::memcpy(&x, p + i, sizeof(x));
    Wide d = __builtin_convertvector(x, Wide) - mv;
    sq += d * d;
  }
  double v = 0;
  for (int j = 0; j < 8; ++j)
    v += sq[j];
  for (; i < n; ++i)
    v += (double(p[i]) - m) * (double(p[i]) - m);
  *mean = m;
  *var = v / double(n);
}

template <typename T>
TSC_ALWAYS_INLINE void layer_norm_body(const T* in, T* out, int64_t n, double eps, const T* w, const T* b,
                                       double* mean, double* rstd) {
  double m = 0, v = 0;
  moments_body(in, n, &m, &v);
  double rs = 1.0 / std::sqrt(v + eps);
  *mean = m;
  *rstd = rs;
  // out = x * rstd - mean * rstd, then the affine part (torch's order).
  const T scale = T(rs), shift = T(-m * rs);
  if (w && b) {
    for (int64_t i = 0; i < n; ++i)
      out[i] = (in[i] * scale + shift) * w[i] + b[i];
  } else if (w) {
    for (int64_t i = 0; i < n; ++i)
      out[i] = (in[i] * scale + shift) * w[i];
  } else if (b) {
    for (int64_t i = 0; i < n; ++i)
      out[i] = (in[i] * scale + shift) + b[i];
  } else {
    for (int64_t i = 0; i < n; ++i)
      out[i] = in[i] * scale + shift;
  }
}

template <typename T> TSC_ALWAYS_INLINE void softmax_body(const T* in, T* out, int64_t n, bool log) {
  T mx = extreme_body<true>(in, n);
  for (int64_t i = 0; i < n; ++i)
    out[i] = vec::exp(in[i] - mx);
  T sum = lane_sum(out, n);
  if (log) {
    T ls = std::log(sum);
    for (int64_t i = 0; i < n; ++i)
      out[i] = (in[i] - mx) - ls;
  } else {
    T inv = T(1) / sum;
    for (int64_t i = 0; i < n; ++i)
      out[i] = out[i] * inv;
  }
}

TSC_VEC_CLONES void unary_f32(UnaryFn fn, const float* in, float* out, int64_t n) {
  unary_body(fn, in, out, n);
}
TSC_VEC_CLONES void unary_f64(UnaryFn fn, const double* in, double* out, int64_t n) {
  unary_body(fn, in, out, n);
}
TSC_VEC_CLONES float max_f32(const float* p, int64_t n) {
  return extreme_body<true>(p, n);
}
TSC_VEC_CLONES double max_f64(const double* p, int64_t n) {
  return extreme_body<true>(p, n);
}
TSC_VEC_CLONES float min_f32(const float* p, int64_t n) {
  return extreme_body<false>(p, n);
}
TSC_VEC_CLONES double min_f64(const double* p, int64_t n) {
  return extreme_body<false>(p, n);
}
TSC_VEC_CLONES int64_t argmax_f32(const float* p, int64_t n) {
  return arg_extreme_body<true>(p, n);
}
TSC_VEC_CLONES int64_t argmax_f64(const double* p, int64_t n) {
  return arg_extreme_body<true>(p, n);
}
TSC_VEC_CLONES int64_t argmin_f32(const float* p, int64_t n) {
  return arg_extreme_body<false>(p, n);
}
TSC_VEC_CLONES int64_t argmin_f64(const double* p, int64_t n) {
  return arg_extreme_body<false>(p, n);
}
TSC_VEC_CLONES void moments_f32(const float* p, int64_t n, double* mean, double* var) {
  moments_body(p, n, mean, var);
}
TSC_VEC_CLONES void moments_f64(const double* p, int64_t n, double* mean, double* var) {
  moments_body(p, n, mean, var);
}
TSC_VEC_CLONES void layer_norm_f32(const float* in, float* out, int64_t n, double eps, const float* w, const float* b,
                                   double* mean, double* rstd) {
  layer_norm_body(in, out, n, eps, w, b, mean, rstd);
}
TSC_VEC_CLONES void layer_norm_f64(const double* in, double* out, int64_t n, double eps, const double* w,
                                   const double* b, double* mean, double* rstd) {
  layer_norm_body(in, out, n, eps, w, b, mean, rstd);
}
TSC_VEC_CLONES void softmax_f32(const float* in, float* out, int64_t n, bool log) {
  softmax_body(in, out, n, log);
}
TSC_VEC_CLONES void softmax_f64(const double* in, double* out, int64_t n, bool log) {
  softmax_body(in, out, n, log);
}

} // namespace

void unary(UnaryFn fn, const float* in, float* out, int64_t n) {
  unary_f32(fn, in, out, n);
}
void unary(UnaryFn fn, const double* in, double* out, int64_t n) {
  unary_f64(fn, in, out, n);
}
float reduce_max(const float* p, int64_t n) {
  return max_f32(p, n);
}
double reduce_max(const double* p, int64_t n) {
  return max_f64(p, n);
}
float reduce_min(const float* p, int64_t n) {
  return min_f32(p, n);
}
double reduce_min(const double* p, int64_t n) {
  return min_f64(p, n);
}
int64_t index_of_max(const float* p, int64_t n) {
  return argmax_f32(p, n);
}
int64_t index_of_max(const double* p, int64_t n) {
  return argmax_f64(p, n);
}
int64_t index_of_min(const float* p, int64_t n) {
  return argmin_f32(p, n);
}
int64_t index_of_min(const double* p, int64_t n) {
  return argmin_f64(p, n);
}
void row_moments(const float* p, int64_t n, double* mean, double* var) {
  moments_f32(p, n, mean, var);
}
void row_moments(const double* p, int64_t n, double* mean, double* var) {
  moments_f64(p, n, mean, var);
}
void layer_norm_row(const float* in, float* out, int64_t n, double eps, const float* w, const float* b,
                    double* mean, double* rstd) {
  layer_norm_f32(in, out, n, eps, w, b, mean, rstd);
}
void layer_norm_row(const double* in, double* out, int64_t n, double eps, const double* w, const double* b,
                    double* mean, double* rstd) {
  layer_norm_f64(in, out, n, eps, w, b, mean, rstd);
}
void softmax_row(const float* in, float* out, int64_t n, bool log) {
  softmax_f32(in, out, n, log);
}
void softmax_row(const double* in, double* out, int64_t n, bool log) {
  softmax_f64(in, out, n, log);
}

} // namespace tsc::runtime::tensor::vec
