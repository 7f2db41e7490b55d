// runtime/tensor/conv_winograd.cpp - 3x3 stride-1 convolution by Winograd F(2x2, 3x3) with batched GEMMs.
//
// Note [Winograd F(2x2, 3x3)]
// Each 2x2 output tile of a 3x3 convolution is Y = A^T [ sum_c (G g_kc G^T) ⊙ (B^T d_c B) ] A, where d_c
// is the 4x4 input patch of channel c under the tile and g_kc the 3x3 filter (Lavin & Gray 2015):
//   B^T = [1 0 -1 0; 0 1 1 0; 0 -1 1 0; 0 1 0 -1],  G = [1 0 0; .5 .5 .5; .5 -.5 .5; 0 0 1],
//   A^T = [1 1 1 0; 0 1 -1 -1].
// For each of the 16 positions xi of the 4x4 transformed tile, the channel sum is a matrix product
// M[xi] (K x tiles) = U[xi] (K x C) @ V[xi] (C x tiles), so the 9 multiply-adds per output pixel and
// channel pair of the direct method become 4 (16 per 2x2 tile), done by BLAS at its full rate. The
// transforms are additions only and G's halves are exact, so the results differ from the direct sums by
// rounding alone: within 32 eps sqrt(9 C + 1) of the exact sums on N(0, 1) data (measured at most
// 11 eps sqrt(9 C + 1); tests/unit/runtime/conv_winograd_test.cpp).
//
// Tiles run over all images at once (N * ceil(oH/2) * ceil(oW/2) columns), in blocks of whole tile rows
// sized so that V and M of a block (16 (C + K) values per tile) stay within L2. The input transform
// copies the rows a plane's tiles need into a zero-padded buffer once (padding costs nothing after), the
// output transform adds the bias and clips tiles at an odd edge, and U is recomputed on every call
// (16 K C values; it is why a layer with very few output pixels stays on im2col). The 16 matrices of
// V, M and U lie skewed(n) apart rather than n, since the transforms touch all 16 at once.
#include "runtime/tensor/ops_util.h"

#include <algorithm>
#include <memory>

// The transforms are compiled once per ISA level (as vec_math.cpp's kernels), picked when the library loads.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define TSC_WINOGRAD_CLONES __attribute__((target_clones("avx512f", "arch=haswell", "default")))
#else
#define TSC_WINOGRAD_CLONES
#endif

namespace tsc::runtime::tensor {

namespace {

// V and M of one block of tiles together stay below this, well within L2 (2 MB per core on the dev
// machine): 256 KB to 1 MB measured alike on 8x32x16x16 and 8x32x56x56, 2 MB and more 25% slower.
constexpr int64_t kBlockBytes = int64_t(512) << 10;

// Distance between the 16 matrices of U, V or M: n elements plus 16, so that the 16 streams a transform
// reads or writes do not all map to one L1 set when n elements are a multiple of 4 KB (32 channels and
// 128 tiles, 16 KB: the layer of bench/tensor_ops.py took 360 rather than 235 us without the skew).
int64_t skewed(int64_t n) {
  return n + 16;
}

template <typename T> std::unique_ptr<T[]> scratch(int64_t n) {
  return std::make_unique_for_overwrite<T[]>(size_t(n));
}

// u[xi][k][c] = (G g_kc G^T)[xi] (matrix xi at u + xi skewed(K C)), computed in double, rounded once;
// `tmp` holds 9 K C elements.
template <typename T>
TSC_WINOGRAD_CLONES void transform_weights(const ConvGeom& g, const T* w, T* u, T* tmp) {
  const int64_t kc = g.o * g.c, stride = skewed(kc);
  // Tap-major first (tmp[j][i] = w[i][j]): loads with a stride of 9 keep the loop below scalar.
  for (int64_t i = 0; i < kc; ++i)
    for (int j = 0; j < 9; ++j)
      tmp[j * kc + i] = w[i * 9 + j];
  T* __restrict d = u;
  const T* __restrict wt = tmp;
#pragma GCC ivdep
  for (int64_t i = 0; i < kc; ++i) {
    // Rows of G g: a, (a + b + c) / 2, (a - b + c) / 2, c for the filter's rows a, b, c; then each row
    // (x0, x1, x2) times G^T is (x0, (x0 + x1 + x2) / 2, (x0 - x1 + x2) / 2, x2). (Written out: the
    // loop only vectorizes without calls, and a helper would not be inlined into the clones.)
    const double a0 = double(wt[i]), a1 = double(wt[kc + i]), a2 = double(wt[2 * kc + i]);
    const double b0 = double(wt[3 * kc + i]), b1 = double(wt[4 * kc + i]), b2 = double(wt[5 * kc + i]);
    const double c0 = double(wt[6 * kc + i]), c1 = double(wt[7 * kc + i]), c2 = double(wt[8 * kc + i]);
    const double p0 = 0.5 * (a0 + b0 + c0), p1 = 0.5 * (a1 + b1 + c1), p2 = 0.5 * (a2 + b2 + c2);
    const double q0 = 0.5 * (a0 - b0 + c0), q1 = 0.5 * (a1 - b1 + c1), q2 = 0.5 * (a2 - b2 + c2);
    d[0 * stride + i] = T(a0);
    d[1 * stride + i] = T(0.5 * (a0 + a1 + a2));
    d[2 * stride + i] = T(0.5 * (a0 - a1 + a2));
    d[3 * stride + i] = T(a2);
    d[4 * stride + i] = T(p0);
    d[5 * stride + i] = T(0.5 * (p0 + p1 + p2));
    d[6 * stride + i] = T(0.5 * (p0 - p1 + p2));
    d[7 * stride + i] = T(p2);
    d[8 * stride + i] = T(q0);
    d[9 * stride + i] = T(0.5 * (q0 + q1 + q2));
    d[10 * stride + i] = T(0.5 * (q0 - q1 + q2));
    d[11 * stride + i] = T(q2);
    d[12 * stride + i] = T(c0);
    d[13 * stride + i] = T(0.5 * (c0 + c1 + c2));
    d[14 * stride + i] = T(0.5 * (c0 - c1 + c2));
    d[15 * stride + i] = T(c2);
  }
}

// Zero-padded rows [y0, y1) of one input plane into rows of wp = 2 tw + 2 elements: padded row y is
// input row y - pt, padded column x input column x - pl (wp >= w + 2 pl, see conv2d_winograd).
template <typename T>
void pad_rows(const ConvGeom& g, const T* plane, int64_t y0, int64_t y1, int64_t wp, T* out) {
  for (int64_t y = y0; y < y1; ++y, out += wp) {
    const int64_t iy = y - g.pt;
    if (iy < 0 || iy >= g.h) {
      std::fill(out, out + wp, T(0));
      continue;
    }
    std::fill(out, out + g.pl, T(0));
    std::copy(plane + iy * g.w, plane + (iy + 1) * g.w, out + g.pl);
    std::fill(out + g.pl + g.w, out + wp, T(0));
  }
}

// v[xi][c][t] = (B^T d B)[xi] for the tiles of tile rows [r0, r1) (row r = image * th + tile_y), t counted
// from the block's first tile. `buf` holds (2 min(th, r1 - r0) + 2) (2 tw + 2) elements.
template <typename T>
TSC_WINOGRAD_CLONES void transform_input(const ConvGeom& g, int64_t th, int64_t tw, const T* x, int64_t r0,
                                         int64_t r1, T* v, T* buf) {
  const int64_t tb = (r1 - r0) * tw, stride = skewed(g.c * tb), wp = 2 * tw + 2;
  for (int64_t c = 0; c < g.c; ++c)
    for (int64_t r = r0; r < r1;) {
      // The block's tile rows [ty0, ty1) of image b: pad their input rows once.
      const int64_t b = r / th, ty0 = r % th, ty1 = std::min(th, ty0 + (r1 - r));
      pad_rows(g, x + (b * g.c + c) * g.h * g.w, 2 * ty0, 2 * ty1 + 2, wp, buf);
      for (int64_t ty = ty0; ty < ty1; ++ty) {
        const T* p0 = buf + 2 * (ty - ty0) * wp;
        const T* p1 = p0 + wp;
        const T* p2 = p1 + wp;
        const T* p3 = p2 + wp;
        T* d = v + c * tb + (r - r0 + ty - ty0) * tw;
        // The 16 output rows never overlap the input or each other (GCC cannot prove it).
#pragma GCC ivdep
        for (int64_t t = 0; t < tw; ++t) {
          // Each patch row times B: (x0 - x2, x1 + x2, x2 - x1, x1 - x3).
          const int64_t q = 2 * t;
          T h00 = p0[q] - p0[q + 2], h01 = p0[q + 1] + p0[q + 2], h02 = p0[q + 2] - p0[q + 1];
          T h03 = p0[q + 1] - p0[q + 3];
          T h10 = p1[q] - p1[q + 2], h11 = p1[q + 1] + p1[q + 2], h12 = p1[q + 2] - p1[q + 1];
          T h13 = p1[q + 1] - p1[q + 3];
          T h20 = p2[q] - p2[q + 2], h21 = p2[q + 1] + p2[q + 2], h22 = p2[q + 2] - p2[q + 1];
          T h23 = p2[q + 1] - p2[q + 3];
          T h30 = p3[q] - p3[q + 2], h31 = p3[q + 1] + p3[q + 2], h32 = p3[q + 2] - p3[q + 1];
          T h33 = p3[q + 1] - p3[q + 3];
          // Then B^T times the columns: (r0 - r2, r1 + r2, r2 - r1, r1 - r3).
          d[0 * stride + t] = h00 - h20;
          d[1 * stride + t] = h01 - h21;
          d[2 * stride + t] = h02 - h22;
          d[3 * stride + t] = h03 - h23;
          d[4 * stride + t] = h10 + h20;
          d[5 * stride + t] = h11 + h21;
          d[6 * stride + t] = h12 + h22;
          d[7 * stride + t] = h13 + h23;
          d[8 * stride + t] = h20 - h10;
          d[9 * stride + t] = h21 - h11;
          d[10 * stride + t] = h22 - h12;
          d[11 * stride + t] = h23 - h13;
          d[12 * stride + t] = h10 - h30;
          d[13 * stride + t] = h11 - h31;
          d[14 * stride + t] = h12 - h32;
          d[15 * stride + t] = h13 - h33;
        }
      }
      r += ty1 - ty0;
    }
}

// The output tiles of tile rows [r0, r1): A^T M A + bias, written straight into `out` and clipped to
// oH x oW (an odd oW leaves the last tile of each row half used).
template <typename T>
TSC_WINOGRAD_CLONES void transform_output(const ConvGeom& g, int64_t th, int64_t tw, const T* m,
                                          const T* bias, int64_t r0, int64_t r1, T* out) {
  const int64_t tb = (r1 - r0) * tw, stride = skewed(g.o * tb), full = g.ow / 2;
  for (int64_t k = 0; k < g.o; ++k) {
    const T bv = bias ? bias[k] : T(0);
    for (int64_t r = r0; r < r1; ++r) {
      const int64_t b = r / th, ty = r % th;
      const T* s = m + k * tb + (r - r0) * tw;
      T* top = out + ((b * g.o + k) * g.oh + 2 * ty) * g.ow;
      // A^T M A for tile t: rows (m0 + m1 + m2, m1 - m2 - m3) of M, then the same on columns.
      auto tile = [&](int64_t t, T& y00, T& y01, T& y10, T& y11) {
        T a0 = s[0 * stride + t] + s[4 * stride + t] + s[8 * stride + t];
        T a1 = s[1 * stride + t] + s[5 * stride + t] + s[9 * stride + t];
        T a2 = s[2 * stride + t] + s[6 * stride + t] + s[10 * stride + t];
        T a3 = s[3 * stride + t] + s[7 * stride + t] + s[11 * stride + t];
        T b0 = s[4 * stride + t] - s[8 * stride + t] - s[12 * stride + t];
        T b1 = s[5 * stride + t] - s[9 * stride + t] - s[13 * stride + t];
        T b2 = s[6 * stride + t] - s[10 * stride + t] - s[14 * stride + t];
        T b3 = s[7 * stride + t] - s[11 * stride + t] - s[15 * stride + t];
        y00 = a0 + a1 + a2 + bv;
        y01 = a1 - a2 - a3 + bv;
        y10 = b0 + b1 + b2 + bv;
        y11 = b1 - b2 - b3 + bv;
      };
      if (2 * ty + 1 < g.oh) {
        T* bottom = top + g.ow;
#pragma GCC ivdep
        for (int64_t t = 0; t < full; ++t)
          tile(t, top[2 * t], top[2 * t + 1], bottom[2 * t], bottom[2 * t + 1]);
        if (full < tw) {
          T unused0, unused1;
          tile(full, top[2 * full], unused0, bottom[2 * full], unused1);
        }
      } else {
        T unused0, unused1;
#pragma GCC ivdep
        for (int64_t t = 0; t < full; ++t)
          tile(t, top[2 * t], top[2 * t + 1], unused0, unused1);
        if (full < tw)
          tile(full, top[2 * full], unused0, unused1, unused1);
      }
    }
  }
}

} // namespace

bool is_winograd_conv(const ConvGeom& g) {
  return g.kh == 3 && g.kw == 3 && g.sh == 1 && g.sw == 1 && g.dh == 1 && g.dw == 1 && g.groups == 1 &&
         g.oh == g.h + 2 * g.pt - 2 && g.ow == g.w + 2 * g.pl - 2 && g.oh > 0 && g.ow > 0;
}

// Measured against im2col, one thread (bench/tensor_ops.py's machine): Winograd wins from 4 input
// channels on (1.1-1.7x at 4, 1.5-3x at 16 and more), ties at 3, and loses when the whole output has
// only a few pixels (1x256x4x4: 3x slower), where transforming the weights costs more than the products.
bool prefers_winograd_conv(const ConvGeom& g) {
  return is_winograd_conv(g) && g.c >= 4 && g.n * g.oh * g.ow >= 64;
}

template <typename T> void conv2d_winograd(const ConvGeom& g, const T* x, const T* w, const T* bias, T* out) {
  TSC_ASSERT(is_winograd_conv(g), "conv2d_winograd needs a 3x3, stride-1, dilation-1, groups-1 convolution");
  const int64_t th = (g.oh + 1) / 2, tw = (g.ow + 1) / 2, rows = g.n * th;
  if (rows == 0 || g.o == 0)
    return;
  if (g.c == 0) {
    for (int64_t i = 0; i < g.n * g.o; ++i)
      std::fill(out + i * g.oh * g.ow, out + (i + 1) * g.oh * g.ow, bias ? bias[i % g.o] : T(0));
    return;
  }
  const int64_t row_bytes = 16 * (g.c + g.o) * tw * int64_t(sizeof(T));
  const int64_t block_rows = std::clamp<int64_t>(kBlockBytes / row_bytes, 1, rows);
  // One allocation: U, then V and M of a block, then the padded input rows of one plane (first used by
  // the weight transform).
  const int64_t u_n = 16 * skewed(g.o * g.c), v_n = 16 * skewed(g.c * block_rows * tw),
                m_n = 16 * skewed(g.o * block_rows * tw);
  const int64_t rows_n = (2 * std::min(th, block_rows) + 2) * (2 * tw + 2);
  auto work = scratch<T>(u_n + v_n + m_n + std::max(rows_n, 9 * g.o * g.c));
  T* u = work.get();
  T* v = u + u_n;
  T* m = v + v_n;
  T* rows_buf = m + m_n;
  transform_weights(g, w, u, rows_buf);
  for (int64_t r0 = 0; r0 < rows; r0 += block_rows) {
    const int64_t r1 = std::min(rows, r0 + block_rows), tb = (r1 - r0) * tw;
    transform_input(g, th, tw, x, r0, r1, v, rows_buf);
    for (int xi = 0; xi < 16; ++xi)
      blas_gemm(g.o, tb, g.c, u + xi * skewed(g.o * g.c), g.c, v + xi * skewed(g.c * tb), tb,
                m + xi * skewed(g.o * tb), tb);
    transform_output(g, th, tw, m, bias, r0, r1, out);
  }
}

template void conv2d_winograd<float>(const ConvGeom&, const float*, const float*, const float*, float*);
template void conv2d_winograd<double>(const ConvGeom&, const double*, const double*, const double*, double*);

} // namespace tsc::runtime::tensor
