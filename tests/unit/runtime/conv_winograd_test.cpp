// tests/unit/runtime/conv_winograd_test.cpp - Winograd 3x3 convolution vs im2col and exact sums.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

#include "runtime/tensor/ops.h"
#include "runtime/tensor/ops_nn.h"
#include "runtime/tensor/ops_util.h"

namespace {

using namespace tsc::runtime::tensor;

ConvGeom geom3x3(int64_t n, int64_t c, int64_t h, int64_t w, int64_t k, int64_t pad) {
  return ConvGeom{n, c, h, w, k, 3, 3, h + 2 * pad - 2, w + 2 * pad - 2, 1, 1, pad, pad, 1, 1, 1};
}

template <typename T> std::vector<T> normal(size_t n, std::mt19937& rng) {
  std::normal_distribution<double> dist(0.0, 1.0);
  std::vector<T> v(n);
  for (T& x : v)
    x = T(dist(rng));
  return v;
}

// The exact convolution (long double sums) of contiguous x and w, plus bias when not empty.
template <typename T>
std::vector<long double> reference(const ConvGeom& g, const std::vector<T>& x, const std::vector<T>& w,
                                   const std::vector<T>& bias) {
  std::vector<long double> out(size_t(g.n * g.o * g.oh * g.ow));
  for (int64_t b = 0; b < g.n; ++b)
    for (int64_t k = 0; k < g.o; ++k)
      for (int64_t y = 0; y < g.oh; ++y)
        for (int64_t xo = 0; xo < g.ow; ++xo) {
          long double s = bias.empty() ? 0.0L : (long double)bias[size_t(k)];
          for (int64_t c = 0; c < g.c; ++c)
            for (int64_t i = 0; i < 3; ++i)
              for (int64_t j = 0; j < 3; ++j) {
                int64_t iy = y + i - g.pt, ix = xo + j - g.pl;
                if (iy < 0 || iy >= g.h || ix < 0 || ix >= g.w)
                  continue;
                s += (long double)x[size_t(((b * g.c + c) * g.h + iy) * g.w + ix)] *
                     (long double)w[size_t(((k * g.c + c) * 3 + i) * 3 + j)];
              }
          out[size_t(((b * g.o + k) * g.oh + y) * g.ow + xo)] = s;
        }
  return out;
}

// Runs both paths on random N(0, 1) data of shape `g` and checks them against each other and against the
// exact sums: the error of either is a few roundings of partial sums of about sqrt(9 C) in size.
template <typename T> void check_shape(const ConvGeom& g, bool with_bias, std::mt19937& rng) {
  REQUIRE(is_winograd_conv(g));
  auto x = normal<T>(size_t(g.n * g.c * g.h * g.w), rng);
  auto w = normal<T>(size_t(g.o * g.c * 9), rng);
  auto bias = with_bias ? normal<T>(size_t(g.o), rng) : std::vector<T>();
  const size_t out_n = size_t(g.n * g.o * g.oh * g.ow);
  std::vector<T> wino(out_n, T(-777)), im2col(out_n, T(777));
  const T* bp = with_bias ? bias.data() : nullptr;
  conv2d_winograd<T>(g, x.data(), w.data(), bp, wino.data());
  conv2d_im2col<T>(g, x.data(), w.data(), bp, im2col.data());
  auto exact = reference(g, x, w, bias);
  // Outputs are about sqrt(9 C + 1) in size. Measured worst over these tests: 11 eps * sqrt(9 C + 1) from the
  // exact sums, 29 eps * sqrt(9 C + 1) from im2col (whose own float sums add to the difference).
  const double unit = double(std::numeric_limits<T>::epsilon()) * std::sqrt(9.0 * double(g.c) + 1.0);
  double worst_pair = 0, worst_exact = 0;
  for (size_t i = 0; i < out_n; ++i) {
    worst_pair = std::max(worst_pair, std::abs(double(wino[i]) - double(im2col[i])));
    worst_exact = std::max(worst_exact, double(std::abs((long double)wino[i] - exact[i])));
  }
  INFO("n=" << g.n << " c=" << g.c << " k=" << g.o << " h=" << g.h << " w=" << g.w << " pad=" << g.pt
            << " bias=" << with_bias << " bytes=" << sizeof(T));
  CHECK(worst_pair <= 64 * unit);
  CHECK(worst_exact <= 32 * unit);
}

} // namespace

TEST_CASE("winograd 3x3 convolution matches im2col on random shapes", "[tensor][conv]") {
  std::mt19937 rng(20261126);
  std::uniform_int_distribution<int64_t> batch(1, 3), chan(1, 40), side(1, 20), pad(0, 2);
  int checked = 0;
  while (checked < 120) {
    int64_t p = pad(rng), h = side(rng), w = side(rng);
    if (h + 2 * p < 3 || w + 2 * p < 3)
      continue;
    ConvGeom g = geom3x3(batch(rng), chan(rng), h, w, chan(rng), p);
    bool with_bias = checked % 2 == 0;
    if (checked % 3 == 0)
      check_shape<double>(g, with_bias, rng);
    else
      check_shape<float>(g, with_bias, rng);
    ++checked;
  }
}

TEST_CASE("winograd 3x3 convolution handles tiles cut by the image edge", "[tensor][conv]") {
  std::mt19937 rng(7);
  SECTION("outputs of 1x1, 1xW and odd sizes") {
    for (int64_t p = 0; p <= 2; ++p)
      for (int64_t h : {1, 2, 3, 4, 5})
        for (int64_t w : {1, 3, 6, 7})
          if (h + 2 * p >= 3 && w + 2 * p >= 3) {
            check_shape<float>(geom3x3(2, 3, h, w, 5, p), true, rng);
            check_shape<double>(geom3x3(1, 4, h, w, 2, p), false, rng);
          }
  }
  SECTION("images larger than one block of tiles") {
    check_shape<float>(geom3x3(2, 40, 70, 66, 24, 1), true, rng);
  }
}

TEST_CASE("winograd applies only to 3x3 stride-1 undilated ungrouped convolutions", "[tensor][conv]") {
  ConvGeom g = geom3x3(1, 16, 8, 8, 16, 1);
  CHECK(is_winograd_conv(g));
  ConvGeom strided = g;
  strided.sh = 2;
  strided.oh = 4;
  CHECK_FALSE(is_winograd_conv(strided));
  ConvGeom dilated = g;
  dilated.dw = 2;
  dilated.ow = 6;
  CHECK_FALSE(is_winograd_conv(dilated));
  ConvGeom grouped = g;
  grouped.groups = 2;
  CHECK_FALSE(is_winograd_conv(grouped));
  ConvGeom five = g;
  five.kh = five.kw = 5;
  five.oh = five.ow = 6;
  CHECK_FALSE(is_winograd_conv(five));
}

TEST_CASE("conv2d of a 32-channel 3x3 layer stays within float32 rounding of the exact result",
          "[tensor][conv]") {
  // The layer of bench/tensor_ops.py, which conv2d sends down the Winograd path.
  ConvGeom g = geom3x3(8, 32, 16, 16, 32, 1);
  REQUIRE(prefers_winograd_conv(g));
  std::mt19937 rng(5);
  auto xv = normal<float>(size_t(8 * 32 * 16 * 16), rng);
  auto wv = normal<float>(size_t(32 * 32 * 9), rng);
  auto bv = normal<float>(32, rng);
  Tensor x = empty({8, 32, 16, 16}, DType::Float32), w = empty({32, 32, 3, 3}, DType::Float32);
  Tensor b = empty({32}, DType::Float32);
  std::copy(xv.begin(), xv.end(), x.data<float>());
  std::copy(wv.begin(), wv.end(), w.data<float>());
  std::copy(bv.begin(), bv.end(), b.data<float>());
  Tensor out = conv2d(x, w, b, {1}, ConvPadding(int64_t{1}));
  REQUIRE(out.sizes() == Shape{8, 32, 16, 16});
  auto exact = reference(g, xv, wv, bv);
  // Relative to the output's scale (about sqrt(9 * 32) = 17), as torch's own float32 sums are.
  double scale = 0, worst = 0;
  for (long double e : exact)
    scale = std::max(scale, double(std::fabs(e)));
  for (size_t i = 0; i < exact.size(); ++i)
    worst = std::max(worst, double(std::fabs((long double)out.data<float>()[i] - exact[i])));
  CHECK(worst / scale < 2e-6);
}
