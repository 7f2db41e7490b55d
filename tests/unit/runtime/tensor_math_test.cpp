// tests/unit/runtime/tensor_math_test.cpp - Accuracy and special values of the vectorized float math (vec_math.h).
#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

#include "runtime/tensor/ops.h"
#include "runtime/tensor/vec_math.h"

namespace {

using namespace tsc::runtime::tensor;
namespace vm = tsc::runtime::tensor::vec;

constexpr float kInf = std::numeric_limits<float>::infinity();
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

// Position of a float on the line of all floats (-0 and +0 both at 0), so
// that the difference of two is their distance in ulps.
int64_t ordinal(float x) {
  int32_t i = std::bit_cast<int32_t>(x);
  return i < 0 ? -int64_t(i & 0x7fffffff) : int64_t(i);
}
int64_t ordinal(double x) {
  int64_t i = std::bit_cast<int64_t>(x);
  return i < 0 ? -(i & 0x7fffffffffffffffLL) : i;
}

// Distance in ulps of `got` from `want`; NaN must match NaN, infinities exactly.
template <typename T> int64_t ulps(T got, T want) {
  if (std::isnan(want))
    return std::isnan(got) ? 0 : std::numeric_limits<int64_t>::max();
  if (std::isnan(got))
    return std::numeric_limits<int64_t>::max();
  int64_t d = ordinal(got) - ordinal(want);
  return d < 0 ? -d : d;
}

struct Worst {
  int64_t ulps = 0;
  double x = 0, got = 0, want = 0;
};

// Runs the array kernel (the code path contiguous tensors take) over every
// 97th float32 bit pattern and returns the largest ulp error against `ref`
// (computed in double and rounded to float once).
// `subnormal_slack`: results below FLT_MIN * (|x| + 1) may be off by that many times
// |x| * 2^-149 instead (silu = x e^x computes e^x first, which is subnormal there).
template <typename Ref> Worst sweep_f32(vm::UnaryFn fn, const Ref& ref, double subnormal_slack = 0) {
  constexpr uint64_t kStride = 97;
  constexpr int64_t kChunk = 1 << 16;
  std::vector<float> in(kChunk), out(kChunk);
  Worst worst;
  uint64_t u = 0;
  while (u < (uint64_t(1) << 32)) {
    int64_t n = 0;
    for (; n < kChunk && u < (uint64_t(1) << 32); ++n, u += kStride)
      in[size_t(n)] = std::bit_cast<float>(static_cast<uint32_t>(u));
    vm::unary(fn, in.data(), out.data(), n);
    for (int64_t i = 0; i < n; ++i) {
      float x = in[size_t(i)];
      float want = static_cast<float>(ref(static_cast<double>(x)));
      int64_t e = ulps(out[size_t(i)], want);
      if (subnormal_slack > 0 && std::abs(want) < std::numeric_limits<float>::min() * (std::abs(x) + 1) &&
          std::abs(double(out[size_t(i)]) - double(want)) <= subnormal_slack * std::abs(x) * 0x1p-149)
        e = 0;
      if (e > worst.ulps)
        worst = {e, x, out[size_t(i)], want};
    }
  }
  return worst;
}

// Same over a sample of float64 bit patterns in [lo, hi] (a fixed odd stride
// through the patterns of each sign), against libm's double result.
template <typename Ref> Worst sweep_f64(vm::UnaryFn fn, double lo, double hi, const Ref& ref) {
  std::vector<double> in;
  uint64_t step = 0x9E3779B97F4Bull; // about 2^47.3: ~27,000 patterns per sign in range
  for (uint64_t u = 0; u < (uint64_t(1) << 63); u += step) {
    for (double x : {std::bit_cast<double>(u), -std::bit_cast<double>(u)})
      if (x >= lo && x <= hi)
        in.push_back(x);
  }
  for (double x = lo; x <= hi; x += (hi - lo) / 100000)
    in.push_back(x);
  std::vector<double> out(in.size());
  vm::unary(fn, in.data(), out.data(), int64_t(in.size()));
  Worst worst;
  for (size_t i = 0; i < in.size(); ++i) {
    int64_t e = ulps(out[i], ref(in[i]));
    if (e > worst.ulps)
      worst = {e, in[i], out[i], ref(in[i])};
  }
  return worst;
}

void check_ulps(const char* name, const Worst& w, int64_t bound) {
  INFO(name << ": max " << w.ulps << " ulp at x = " << w.x << ": got " << w.got << ", want " << w.want);
  CHECK(w.ulps <= bound);
}

// In double, written so that exp never overflows (1/(1+exp(-x)) is 0 below -709).
double ref_sigmoid(double x) {
  return x >= 0 ? 1.0 / (1.0 + std::exp(-x)) : std::exp(x) / (1.0 + std::exp(x));
}
double ref_silu(double x) {
  return x * ref_sigmoid(x);
}

// Mean and biased variance in double, two plain passes (the reference).
template <typename T> std::pair<double, double> mean_var(const std::vector<T>& xs) {
  double m = 0, v = 0;
  for (T x : xs)
    m += double(x);
  m /= double(xs.size());
  for (T x : xs)
    v += (double(x) - m) * (double(x) - m);
  return {m, v / double(xs.size())};
}

// Same dtype, sizes and element bytes (NaNs included).
bool same_bits(const Tensor& a, const Tensor& b) {
  if (a.dtype() != b.dtype() || a.sizes() != b.sizes())
    return false;
  Tensor ca = contiguous(a), cb = contiguous(b);
  return std::memcmp(ca.data_ptr(), cb.data_ptr(), size_t(ca.numel()) * element_size(ca.dtype())) == 0;
}

std::vector<float> values_of(const Tensor& t) {
  Tensor c = contiguous(t);
  return std::vector<float>(c.data<float>(), c.data<float>() + c.numel());
}

} // namespace

TEST_CASE("vec float32 exp/log (1 ulp), tanh/sigmoid (2), silu (3) vs libm over every 97th bit pattern",
          "[tensor][tensor-math]") {
  check_ulps("Exp", sweep_f32(vm::UnaryFn::Exp, [](double x) { return std::exp(x); }), 1);
  check_ulps("Log", sweep_f32(vm::UnaryFn::Log, [](double x) { return std::log(x); }), 1);
  check_ulps("Tanh", sweep_f32(vm::UnaryFn::Tanh, [](double x) { return std::tanh(x); }), 2);
  check_ulps("Sigmoid", sweep_f32(vm::UnaryFn::Sigmoid, ref_sigmoid), 2);
  check_ulps("Silu", sweep_f32(vm::UnaryFn::Silu, ref_silu, 1.0), 3); // x e / (1 + e): one more rounding
}

TEST_CASE("vec float64 exp/tanh/sigmoid are within 2 ulp of libm", "[tensor][tensor-math]") {
  check_ulps("Exp", sweep_f64(vm::UnaryFn::Exp, -800.0, 800.0, [](double x) { return std::exp(x); }), 1);
  check_ulps("Tanh", sweep_f64(vm::UnaryFn::Tanh, -30.0, 30.0, [](double x) { return std::tanh(x); }), 2);
  check_ulps("Sigmoid", sweep_f64(vm::UnaryFn::Sigmoid, -800.0, 800.0, ref_sigmoid), 2);
}

TEST_CASE("vec math keeps IEEE special values", "[tensor][tensor-math]") {
  const float kMaxArg = 88.72283172607422f; // largest float with a finite exp (log(FLT_MAX) = 88.7228391)
  CHECK(vm::exp(-kInf) == 0.0f);
  CHECK(vm::exp(kInf) == kInf);
  CHECK(std::isnan(vm::exp(kNaN)));
  CHECK(vm::exp(-0.0f) == 1.0f);
  CHECK(std::isfinite(vm::exp(kMaxArg)));
  CHECK(vm::exp(std::nextafter(kMaxArg, kInf)) == kInf);
  CHECK(vm::exp(-103.0f) == static_cast<float>(std::exp(-103.0))); // subnormal result
  CHECK(vm::exp(-104.0f) == 0.0f);
  CHECK(vm::exp(-1000.0) == 0.0);
  CHECK(vm::exp(1000.0) == std::numeric_limits<double>::infinity());
  CHECK(vm::exp(-740.0) == std::exp(-740.0)); // subnormal double

  CHECK(vm::log(0.0f) == -kInf);
  CHECK(vm::log(-0.0f) == -kInf);
  CHECK(std::isnan(vm::log(-1.0f)));
  CHECK(std::isnan(vm::log(-kInf)));
  CHECK(vm::log(kInf) == kInf);
  CHECK(vm::log(1.0f) == 0.0f);
  CHECK(vm::log(std::numeric_limits<float>::denorm_min()) ==
        static_cast<float>(std::log(double(std::numeric_limits<float>::denorm_min()))));

  CHECK(vm::tanh(kInf) == 1.0f);
  CHECK(vm::tanh(-kInf) == -1.0f);
  CHECK(std::signbit(vm::tanh(-0.0f)));
  CHECK(std::isnan(vm::tanh(kNaN)));
  CHECK(vm::tanh(-std::numeric_limits<double>::infinity()) == -1.0);
  CHECK(std::signbit(vm::tanh(-0.0)));

  CHECK(vm::sigmoid(-kInf) == 0.0f);
  CHECK(vm::sigmoid(kInf) == 1.0f);
  CHECK(vm::sigmoid(-0.0f) == 0.5f);
  CHECK(std::isnan(vm::sigmoid(kNaN)));
  CHECK(vm::sigmoid(-90.0f) == static_cast<float>(ref_sigmoid(-90.0))); // 8.194e-40, not 1/(1+inf)
  CHECK(std::isnan(vm::silu(-kInf))); // -inf / (1 + inf), as torch
  CHECK(vm::silu(-200.0f) == -0.0f);
  CHECK(vm::silu(kInf) == kInf);
}

TEST_CASE("tensor exp/log/tanh/sigmoid/silu/gelu agree bit for bit across layouts and dtypes", "[tensor][tensor-math]") {
  // A 64x80 float32 tensor, also as a transposed (strided) view, as float16 and as float64.
  std::vector<double> vals;
  for (int i = 0; i < 64 * 80; ++i)
    vals.push_back(std::sin(i * 0.37) * (i % 7 == 0 ? 40.0 : 4.0));
  vals[5] = std::nan("");
  vals[6] = INFINITY;
  vals[7] = -INFINITY;
  Tensor x = tensor_from_values(vals, {64, 80}, DType::Float32);
  Tensor xt = transpose(contiguous(transpose(x, 0, 1)), 0, 1); // same values, column-major strides
  REQUIRE_FALSE(xt.is_contiguous());
  namespace t = tsc::runtime::tensor;
  using UnaryOp = Tensor (*)(const Tensor&);
  for (UnaryOp op : {UnaryOp(&t::exp), UnaryOp(&t::tanh), UnaryOp(&t::sigmoid), UnaryOp(&t::silu), UnaryOp(&t::log),
                     UnaryOp([](const Tensor& v) { return t::gelu(v, "tanh"); })}) {
    CHECK(same_bits(op(xt), op(x)));
    // float16 computes in float32 and rounds once.
    Tensor h = to(x, DType::Float16);
    CHECK(same_bits(op(h), to(op(to(h, DType::Float32)), DType::Float16)));
  }
  // Integral inputs promote to float32 (silu and gelu reject them, as torch).
  Tensor xi = tensor_from_values({-3, 0, 2, 7}, {4}, DType::Int64);
  for (UnaryOp op : {UnaryOp(&t::exp), UnaryOp(&t::tanh), UnaryOp(&t::sigmoid), UnaryOp(&t::log)})
    CHECK(same_bits(op(xi), op(to(xi, DType::Float32))));
  CHECK_THROWS_WITH(t::silu(xi), Catch::Contains("\"silu\" not implemented for 'Long'"));
  CHECK_THROWS_WITH(t::gelu(xi, "tanh"), Catch::Contains("\"GeluKernelImpl\" not implemented for 'Long'"));
  // float64 goes through the double kernels.
  Tensor xd = to(x, DType::Float64);
  Tensor ed = t::exp(xd);
  for (int64_t i = 0; i < 64 * 80; i += 13) {
    double want = std::exp(static_cast<double>(static_cast<float>(vals[size_t(i)])));
    double got = ed.data<double>()[i];
    CHECK(ulps(got, want) <= 1);
  }
}

TEST_CASE("full max/min vectorized: NaN wins wherever it is", "[tensor][tensor-math]") {
  for (int64_t n : {1, 7, 16, 17, 100, 1000, 70000}) {
    std::vector<double> vals(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
      vals[size_t(i)] = std::cos(double(i) * 1.3) * 100.0;
    double mx = *std::max_element(vals.begin(), vals.end());
    double mn = *std::min_element(vals.begin(), vals.end());
    for (DType dt : {DType::Float32, DType::Float64}) {
      Tensor t = tensor_from_values(vals, {n}, dt);
      CHECK(max(t).item().to_double() == static_cast<double>(to(tensor_from_values({mx}, {}, dt), dt).item().to_double()));
      CHECK(min(t).item().to_double() == static_cast<double>(to(tensor_from_values({mn}, {}, dt), dt).item().to_double()));
      CHECK(amax(t).item().to_double() == max(t).item().to_double());
      for (int64_t at : {int64_t{0}, n / 2, n - 1}) {
        std::vector<double> with_nan = vals;
        with_nan[size_t(at)] = std::nan("");
        Tensor tn = tensor_from_values(with_nan, {n}, dt);
        CHECK(std::isnan(max(tn).item().to_double()));
        CHECK(std::isnan(min(tn).item().to_double()));
      }
    }
  }
}

TEST_CASE("softmax/log_softmax rows match double precision", "[tensor][tensor-math]") {
  for (int64_t r : {1, 3, 17, 1000, 1024}) {
    const int64_t m = 5;
    std::vector<double> vals(size_t(m * r));
    for (size_t i = 0; i < vals.size(); ++i)
      vals[i] = std::sin(double(i) * 0.7) * 20.0;
    Tensor x = tensor_from_values(vals, {m, r}, DType::Float32);
    std::vector<float> sm = values_of(softmax(x, 1)), lsm = values_of(log_softmax(x, 1));
    for (int64_t i = 0; i < m; ++i) {
      double mx = -INFINITY, sum = 0;
      for (int64_t j = 0; j < r; ++j)
        mx = std::max(mx, double(static_cast<float>(vals[size_t(i * r + j)])));
      for (int64_t j = 0; j < r; ++j)
        sum += std::exp(double(static_cast<float>(vals[size_t(i * r + j)])) - mx);
      for (int64_t j = 0; j < r; ++j) {
        double v = double(static_cast<float>(vals[size_t(i * r + j)])) - mx;
        double want = std::exp(v) / sum, want_log = v - std::log(sum);
        // float32 rounds x - max (relative 6e-8), which exp turns into a relative error of 6e-8 |x - max|.
        CHECK(std::abs(sm[size_t(i * r + j)] - want) <= want * (2e-6 + 1.2e-7 * std::abs(v)));
        CHECK(std::abs(lsm[size_t(i * r + j)] - want_log) <= 2e-6 * std::max(1.0, std::abs(want_log)));
      }
    }
  }
  // torch: a row of -inf gives NaN; an inf gives NaN for the row; -inf entries give 0 / -inf.
  Tensor special = tensor_from_values({-INFINITY, -INFINITY, 1.0, INFINITY, -INFINITY, 0.0}, {3, 2}, DType::Float32);
  std::vector<float> s = values_of(softmax(special, 1)), l = values_of(log_softmax(special, 1));
  CHECK((std::isnan(s[0]) && std::isnan(s[1]) && std::isnan(s[2]) && std::isnan(s[3])));
  CHECK((s[4] == 0.0f && s[5] == 1.0f));
  CHECK((std::isnan(l[0]) && std::isnan(l[3]) && l[4] == -kInf && l[5] == 0.0f));
}

TEST_CASE("argmax/argmin vectorized: first NaN, else first extreme", "[tensor][tensor-math]") {
  for (int64_t n : {1, 5, 16, 33, 1000, 70001}) {
    std::vector<double> vals(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
      vals[size_t(i)] = double((i * 7919) % 101) - 50.0; // repeats: ties everywhere
    auto first_of = [&](double v) { return int64_t(std::find(vals.begin(), vals.end(), v) - vals.begin()); };
    int64_t want_max = first_of(*std::max_element(vals.begin(), vals.end()));
    int64_t want_min = first_of(*std::min_element(vals.begin(), vals.end()));
    for (DType dt : {DType::Float32, DType::Float64}) {
      Tensor t = tensor_from_values(vals, {n}, dt);
      CHECK(argmax(t).item().to_double() == double(want_max));
      CHECK(argmin(t).item().to_double() == double(want_min));
      auto [mv, mi] = max(view(t, {1, n}), 1);
      CHECK(mi.item().to_double() == double(want_max));
      CHECK(mv.item().to_double() == vals[size_t(want_max)]);
      if (n < 3)
        continue;
      std::vector<double> with_nan = vals;
      with_nan[size_t(n - 1)] = std::nan("");
      with_nan[size_t(n / 2)] = std::nan("");
      Tensor tn = tensor_from_values(with_nan, {n}, dt);
      CHECK(argmax(tn).item().to_double() == double(n / 2));
      CHECK(argmin(tn).item().to_double() == double(n / 2));
    }
  }
}

TEST_CASE("row_moments: mean and biased variance in double", "[tensor][tensor-math]") {
  for (int64_t n : {1, 7, 8, 100, 1024, 4099}) {
    std::vector<float> f(static_cast<size_t>(n));
    std::vector<double> d(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
      d[size_t(i)] = f[size_t(i)] = static_cast<float>(1000.0 + std::sin(double(i)) * 3.0);
    auto [m, v] = mean_var(d);
    double gm = 0, gv = 0;
    vm::row_moments(f.data(), n, &gm, &gv);
    CHECK(gm == Approx(m).epsilon(1e-14));
    CHECK(gv == Approx(v).epsilon(1e-9).margin(1e-12));
    vm::row_moments(d.data(), n, &gm, &gv);
    CHECK(gm == Approx(m).epsilon(1e-14));
    CHECK(gv == Approx(v).epsilon(1e-9).margin(1e-12));
  }
  float with_nan[3] = {1.0f, kNaN, 2.0f};
  double gm = 0, gv = 0;
  vm::row_moments(with_nan, 3, &gm, &gv);
  CHECK((std::isnan(gm) && std::isnan(gv)));
}

TEST_CASE("layer_norm_row matches the double-precision formula", "[tensor][tensor-math]") {
  const int64_t n = 1000;
  std::vector<float> x(static_cast<size_t>(n)), w(static_cast<size_t>(n)), b(static_cast<size_t>(n)),
      out(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    x[size_t(i)] = static_cast<float>(std::cos(double(i) * 0.3) * 5.0 + 2.0);
    w[size_t(i)] = static_cast<float>(1.0 + 0.001 * double(i));
    b[size_t(i)] = static_cast<float>(-0.5 + 0.002 * double(i));
  }
  auto [m, v] = mean_var(x);
  double rs = 1.0 / std::sqrt(v + 1e-5);
  for (int affine = 0; affine < 4; ++affine) {
    const float* wp = (affine & 1) ? w.data() : nullptr;
    const float* bp = (affine & 2) ? b.data() : nullptr;
    double gm = 0, grs = 0;
    vm::layer_norm_row(x.data(), out.data(), n, 1e-5, wp, bp, &gm, &grs);
    CHECK(gm == Approx(m).epsilon(1e-14));
    CHECK(grs == Approx(rs).epsilon(1e-12));
    double worst = 0;
    for (int64_t i = 0; i < n; ++i) {
      double want = (x[size_t(i)] - m) * rs * (wp ? wp[i] : 1.0) + (bp ? bp[i] : 0.0);
      worst = std::max(worst, std::abs(out[size_t(i)] - want));
    }
    CHECK(worst < 2e-6);
  }
}
