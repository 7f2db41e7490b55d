// runtime/tensor/nn.cpp - nn.functional: conv (im2col/Winograd + GEMM), pools, norms, embedding, pad, interpolate, one_hot, attention.
#include "runtime/tensor/ops_nn.h"

#include "runtime/tensor/ops_util.h"
#include "runtime/tensor/vec_math.h"
#include "runtime/tensor/random.h"

#include <cblas.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace tsc::runtime::tensor {

namespace {

// One value per spatial dim from a one-value-or-n-values argument.
Shape per_dim(IntArrayRef v, size_t n, const char* what) {
  if (v.size() == 1)
    return Shape(n, v[0]);
  if (v.size() != n)
    raise_runtime(std::string("expected ") + what + " to be a single integer value or a list of " + std::to_string(n) +
                  " values to match the convolution dimensions, but got " + what + "=" + shape_str(v));
  return v.vec();
}

// Runs `f(x32)` on a float32 copy of a 16-bit float input and rounds the result back.
template <typename F> Tensor via_float32(const Tensor& x, const F& f) {
  if (x.dtype() != DType::Float16 && x.dtype() != DType::BFloat16)
    return f(x);
  return to(f(to(x, DType::Float32)), x.dtype());
}

Tensor as_dtype(const Tensor& t, DType dt) {
  return t.defined() ? contiguous(to(t, dt)) : t;
}

// out[M x N] = a[M x K] @ b[K x N], row-major, contiguous.
template <typename T> void gemm_nn(int64_t m, int64_t n, int64_t k, const T* a, const T* b, T* out) {
  if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
    blas_gemm(m, n, k, a, k, b, n, out, n);
  } else {
    for (int64_t i = 0; i < m * n; ++i)
      out[i] = T(0);
    for (int64_t i = 0; i < m; ++i)
      for (int64_t p = 0; p < k; ++p) {
        T x = a[i * k + p];
        for (int64_t j = 0; j < n; ++j)
          out[i * n + j] = T(out[i * n + j] + x * b[p * n + j]);
      }
  }
}

} // namespace

void blas_gemm(int64_t m, int64_t n, int64_t k, const float* a, int64_t lda, const float* b, int64_t ldb, float* out,
               int64_t ldc) {
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, int(m), int(n), int(k), 1.0f, a, int(lda), b, int(ldb), 0.0f,
              out, int(ldc));
}

void blas_gemm(int64_t m, int64_t n, int64_t k, const double* a, int64_t lda, const double* b, int64_t ldb,
               double* out, int64_t ldc) {
  cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, int(m), int(n), int(k), 1.0, a, int(lda), b, int(ldb), 0.0,
              out, int(ldc));
}

namespace {

// The output columns [lo, hi) whose tap in kernel column kj reads inside an input row (the others
// read the zero padding), and `shift`, where output column 0's tap lands in the row (times sw).
struct TapColumns {
  int64_t shift, lo, hi;
};
TapColumns tap_columns(const ConvGeom& g, int64_t kj) {
  const int64_t shift = kj * g.dw - g.pl;
  const int64_t lo = shift >= 0 ? 0 : std::clamp<int64_t>((-shift + g.sw - 1) / g.sw, 0, g.ow);
  const int64_t hi = std::clamp<int64_t>((g.w - shift + g.sw - 1) / g.sw, lo, g.ow);
  return {shift, lo, hi};
}

} // namespace

// Contiguous x [N, C, H, W], w [O, C/g, kH, kW] -> out [N, O, oH, oW] (zero padding top/left = pt/pl),
// plus bias[O] when not null, added while the GEMM's output is still in cache.
//
// One image (and group) per GEMM: unfolding several images side by side into
// one wide GEMM was measured slower with OpenBLAS here (8x32x16x16, 3x3: the
// 2.4 MB column buffer leaves L2, one image's 295 KB does not).
template <typename T> void conv2d_im2col(const ConvGeom& g, const T* x, const T* w, const T* bias, T* out) {
  int64_t cg = g.c / g.groups, og = g.o / g.groups;
  int64_t k = cg * g.kh * g.kw, p = g.oh * g.ow;
  bool direct = g.kh == 1 && g.kw == 1 && g.sh == 1 && g.sw == 1 && g.pt == 0 && g.pl == 0 && g.oh == g.h &&
                g.ow == g.w;
  // Every element is written before the GEMM reads it: no zero fill.
  auto col = std::make_unique_for_overwrite<T[]>(direct ? 0 : size_t(k * p));
  for (int64_t b = 0; b < g.n; ++b) {
    for (int64_t gi = 0; gi < g.groups; ++gi) {
      const T* src = x + (b * g.c + gi * cg) * g.h * g.w;
      const T* cols = src;
      if (!direct) {
        for (int64_t ci = 0; ci < cg; ++ci)
          for (int64_t ki = 0; ki < g.kh; ++ki)
            for (int64_t kj = 0; kj < g.kw; ++kj) {
              T* row = col.get() + ((ci * g.kh + ki) * g.kw + kj) * p;
              const T* plane = src + ci * g.h * g.w;
              const auto [shift, lo, hi] = tap_columns(g, kj);
              for (int64_t y = 0; y < g.oh; ++y) {
                const int64_t iy = y * g.sh - g.pt + ki * g.dh;
                T* r = row + y * g.ow;
                if (iy < 0 || iy >= g.h) {
                  std::fill(r, r + g.ow, T(0));
                  continue;
                }
                const T* line = plane + iy * g.w;
                std::fill(r, r + lo, T(0));
                std::fill(r + hi, r + g.ow, T(0));
                if (g.sw == 1)
                  std::copy(line + lo + shift, line + hi + shift, r + lo);
                else
                  for (int64_t xo = lo; xo < hi; ++xo)
                    r[xo] = line[xo * g.sw + shift];
              }
            }
        cols = col.get();
      }
      T* dst = out + (b * g.o + gi * og) * p;
      if (k == 0)
        std::fill(dst, dst + og * p, T(0));
      else
        gemm_nn<T>(og, p, k, w + gi * og * k, cols, dst);
      if (bias)
        for (int64_t oc = 0; oc < og; ++oc) {
          const T bv = bias[gi * og + oc];
          T* d = dst + oc * p;
          for (int64_t i = 0; i < p; ++i)
            d[i] = T(d[i] + bv);
        }
    }
  }
}

// All nine taps of a 3x3 kernel for the columns [lo, hi) of one output row (rows a, b, c of the input,
// already shifted by the left padding; dw the dilation), compiled per ISA level (as the Winograd
// transforms): the baseline build's SSE runs it at a third of AVX-512's rate.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx512f", "arch=haswell", "default")))
#endif
void depthwise_row9(float* r, const float* a, const float* b, const float* c, int64_t dw, const float* w,
                    int64_t lo, int64_t hi) {
  for (int64_t xo = lo; xo < hi; ++xo)
    r[xo] = r[xo] + ((w[0] * a[xo] + w[1] * a[xo + dw] + w[2] * a[xo + 2 * dw]) +
                     (w[3] * b[xo] + w[4] * b[xo + dw] + w[5] * b[xo + 2 * dw]) +
                     (w[6] * c[xo] + w[7] * c[xo + dw] + w[8] * c[xo + 2 * dw]));
}

// Depthwise convolution (every group reads one input channel: MobileNet's 3x3
// layers): direct taps accumulated row by row, one output plane per task. The
// per-group GEMMs of im2col are 1xK times KxP products that run far below
// peak, and the column buffer is 9x the input.
template <typename T> void conv2d_depthwise(const ConvGeom& g, const T* x, const T* w, const T* bias, T* out) {
  const int64_t og = g.o / g.groups, p = g.oh * g.ow;
  const int64_t planes = g.n * g.o;
  // One tap of kernel column kj on output row r from input row `line`, over its columns [from, to).
  auto tap = [&](T* r, const T* line, T wv, const TapColumns& t, int64_t from, int64_t to) {
    const T* src = line + t.shift;
    if (g.sw == 1) {
      for (int64_t xo = from; xo < to; ++xo)
        r[xo] = T(r[xo] + wv * src[xo]);
    } else {
      for (int64_t xo = from; xo < to; ++xo)
        r[xo] = T(r[xo] + wv * src[xo * g.sw]);
    }
  };
  parallel_for(planes, std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(p * g.kh * g.kw, 1)),
               [&](int64_t pb, int64_t pe) {
    for (int64_t plane_index = pb; plane_index < pe; ++plane_index) {
      const int64_t b = plane_index / g.o, oc = plane_index % g.o, ci = oc / og;
      const T* plane = x + (b * g.c + ci) * g.h * g.w;
      T* dst = out + plane_index * p;
      std::fill(dst, dst + p, bias ? bias[oc] : T(0));
      const T* wk = w + oc * g.kh * g.kw;
      // Row by row, all taps on one output row while it is in L1.
      for (int64_t y = 0; y < g.oh; ++y) {
        T* r = dst + y * g.ow;
        const int64_t iy0 = y * g.sh - g.pt;
        if constexpr (std::is_same_v<T, float>) {
          if (g.kh == 3 && g.kw == 3 && g.sw == 1 && iy0 >= 0 && iy0 + 2 * g.dh < g.h) {
            // Every kernel row inside the input: the nine taps in one pass over the columns where all
            // three kernel columns are inside too, single taps at the edges.
            const TapColumns cols[3] = {tap_columns(g, 0), tap_columns(g, 1), tap_columns(g, 2)};
            const int64_t lo_all = std::max({cols[0].lo, cols[1].lo, cols[2].lo});
            const int64_t hi_all = std::max(lo_all, std::min({cols[0].hi, cols[1].hi, cols[2].hi}));
            const float* a = plane + iy0 * g.w - g.pl;
            depthwise_row9(r, a, a + g.dh * g.w, a + 2 * g.dh * g.w, g.dw, wk, lo_all, hi_all);
            for (int64_t ki = 0; ki < 3; ++ki)
              for (int64_t kj = 0; kj < 3; ++kj) {
                const TapColumns& t = cols[kj];
                const float* line = plane + (iy0 + ki * g.dh) * g.w;
                tap(r, line, wk[ki * 3 + kj], t, t.lo, std::min(t.hi, lo_all));
                tap(r, line, wk[ki * 3 + kj], t, std::max(t.lo, hi_all), t.hi);
              }
            continue;
          }
        }
        for (int64_t ki = 0; ki < g.kh; ++ki) {
          const int64_t iy = iy0 + ki * g.dh;
          if (iy < 0 || iy >= g.h)
            continue;
          for (int64_t kj = 0; kj < g.kw; ++kj) {
            const TapColumns t = tap_columns(g, kj);
            tap(r, plane + iy * g.w, wk[ki * g.kw + kj], t, t.lo, t.hi);
          }
        }
      }
    }
  });
}

template void conv2d_im2col<float>(const ConvGeom&, const float*, const float*, const float*, float*);
template void conv2d_im2col<double>(const ConvGeom&, const double*, const double*, const double*, double*);

namespace {

// Shared by conv1d and conv2d: `nsp` spatial dims (1 or 2), all checks in torch's order.
Tensor conv_impl(const Tensor& input, const Tensor& weight, const Tensor& bias, IntArrayRef stride_in,
                 const ConvPadding& padding, IntArrayRef dilation_in, int64_t groups, size_t nsp, const char* name) {
  int64_t nd = int64_t(nsp) + 2;
  if (input.dim() != nd && input.dim() != nd - 1)
    raise_runtime("Expected " + std::to_string(nd - 1) + "D (unbatched) or " + std::to_string(nd) +
                  "D (batched) input to " + name + ", but got input of size: " + shape_str(input.sizes()));
  bool batched = input.dim() == nd;
  Tensor x = batched ? input : unsqueeze(input, 0);
  size_t wsp = weight.dim() >= 3 ? size_t(weight.dim() - 2) : 1;
  Shape stride = per_dim(stride_in.size() == 1 ? Shape(nsp, stride_in[0]) : stride_in.vec(), wsp, "stride");
  Shape dilation = per_dim(dilation_in.size() == 1 ? Shape(nsp, dilation_in[0]) : dilation_in.vec(), wsp, "dilation");
  Shape pad_before(wsp, 0), pad_after(wsp, 0);
  if (padding.mode.empty()) {
    Shape p = per_dim(padding.amounts.size() == 1 ? Shape(nsp, padding.amounts[0]) : padding.amounts, wsp, "padding");
    pad_before = pad_after = p;
  } else if (padding.mode == "same") {
    for (int64_t s : stride)
      if (s != 1)
        raise_runtime("padding='same' is not supported for strided convolutions");
  } else if (padding.mode != "valid") {
    raise_runtime("Invalid padding string: '" + std::string(padding.mode) + "'");
  }
  for (int64_t p : pad_before)
    if (p < 0)
      raise_runtime("negative padding is not supported");
  for (int64_t s : stride)
    if (s <= 0)
      raise_runtime("non-positive stride is not supported");
  for (int64_t d : dilation)
    if (d <= 0)
      raise_runtime("dilation should be greater than zero, but got " + shape_str(dilation));
  if (groups <= 0)
    raise_runtime("non-positive groups is not supported");
  if (weight.dim() != nd)
    raise_runtime("Expected " + std::to_string(weight.dim()) + "-dimensional input for " +
                  std::to_string(weight.dim()) + "-dimensional weight " + shape_str(weight.sizes()) + ", but got " +
                  std::to_string(x.dim()) + "-dimensional input of size " + shape_str(x.sizes()) + " instead");
  const Shape& ws = weight.sizes();
  if (ws[0] % groups != 0)
    raise_runtime("Given groups=" + std::to_string(groups) + ", expected weight to be divisible by " +
                  std::to_string(groups) + " at dimension 0, but got weight of size [" + shape_str(ws) +
                  "] instead");
  if (x.sizes()[1] != ws[1] * groups)
    raise_runtime("Given groups=" + std::to_string(groups) + ", weight of size " + shape_str(ws) + ", expected input" +
                  shape_str(x.sizes()) + " to have " + std::to_string(ws[1] * groups) + " channels, but got " +
                  std::to_string(x.sizes()[1]) + " channels instead");
  if (bias.defined() && (bias.dim() != 1 || bias.sizes()[0] != ws[0]))
    raise_runtime("Given weight of size " + shape_str(ws) + ", expected bias to be 1-dimensional with " +
                  std::to_string(ws[0]) + " elements, but got bias of size " + shape_str(bias.sizes()) + " instead");
  if (padding.mode == "same")
    for (size_t i = 0; i < nsp; ++i) {
      int64_t total = dilation[i] * (ws[2 + i] - 1);
      pad_before[i] = total / 2;
      pad_after[i] = total - total / 2;
    }
  std::string in_sz, k_sz;
  bool too_small = false;
  for (size_t i = 0; i < nsp; ++i) {
    int64_t padded = x.sizes()[2 + i] + pad_before[i] + pad_after[i];
    int64_t eff = dilation[i] * (ws[2 + i] - 1) + 1;
    in_sz += (i ? " x " : "") + std::to_string(padded);
    k_sz += (i ? " x " : "") + std::to_string(eff);
    too_small |= padded < eff;
  }
  if (too_small)
    raise_runtime("Calculated padded input size per channel: (" + in_sz + "). Kernel size: (" + k_sz +
                  "). Kernel size can't be greater than actual input size");
  if (x.dtype() != weight.dtype())
    raise_runtime(std::string("expected scalar type ") + dtype_cpp_name(x.dtype()) + " but found " +
                  dtype_cpp_name(weight.dtype()));
  if (bias.defined() && bias.dtype() != x.dtype())
    raise_runtime(std::string("expected scalar type ") + dtype_cpp_name(x.dtype()) + " but found " +
                  dtype_cpp_name(bias.dtype()));
  if (x.dtype() == DType::Bool)
    raise_not_implemented("slow_conv2d_cpu", DType::Bool);
  // torch 1.13's dilated kernel covers the floating types and int64 only.
  for (int64_t d : dilation)
    if (d > 1 && !is_floating(x.dtype()) && x.dtype() != DType::Int64)
      raise_not_implemented("slow_conv_dilated<>", x.dtype());
  // Asymmetric 'same' padding: pad the far side explicitly, then convolve with the near-side amounts.
  Tensor xs = x, wt = weight;
  if (nsp == 1) {
    xs = unsqueeze(xs, 2);
    wt = unsqueeze(wt, 2);
    pad_before.insert(pad_before.begin(), 0);
    pad_after.insert(pad_after.begin(), 0);
    stride.insert(stride.begin(), 1);
    dilation.insert(dilation.begin(), 1);
  }
  if (pad_after[0] != pad_before[0] || pad_after[1] != pad_before[1])
    xs = pad(xs, {0, pad_after[1] - pad_before[1], 0, pad_after[0] - pad_before[0]});
  Tensor out = via_float32(xs, [&](const Tensor& xin) {
    DType dt = xin.dtype();
    Tensor xc = contiguous(xin), wc = as_dtype(wt, dt);
    ConvGeom g{xc.sizes()[0], xc.sizes()[1], xc.sizes()[2], xc.sizes()[3], wc.sizes()[0], wc.sizes()[2],
               wc.sizes()[3], 0, 0, stride[0], stride[1], pad_before[0], pad_before[1], dilation[0], dilation[1],
               groups};
    g.oh = (g.h + 2 * g.pt - g.dh * (g.kh - 1) - 1) / g.sh + 1;
    g.ow = (g.w + 2 * g.pl - g.dw * (g.kw - 1) - 1) / g.sw + 1;
    Tensor o = empty({g.n, g.o, g.oh, g.ow}, dt);
    Tensor bc = as_dtype(bias, dt);
    TSC_DISPATCH_NUMERIC(dt, "slow_conv2d_cpu", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      const scalar_t* bp = bc.defined() ? bc.data<scalar_t>() : nullptr;
      if constexpr (std::is_same_v<scalar_t, float> || std::is_same_v<scalar_t, double>) {
        if (prefers_winograd_conv(g))
          conv2d_winograd<scalar_t>(g, xc.data<scalar_t>(), wc.data<scalar_t>(), bp, o.data<scalar_t>());
        else if (g.groups > 1 && g.c == g.groups)
          conv2d_depthwise<scalar_t>(g, xc.data<scalar_t>(), wc.data<scalar_t>(), bp, o.data<scalar_t>());
        else
          conv2d_im2col<scalar_t>(g, xc.data<scalar_t>(), wc.data<scalar_t>(), bp, o.data<scalar_t>());
      } else if constexpr (!std::is_same_v<scalar_t, Half> && !std::is_same_v<scalar_t, BFloat16>) {
        conv2d_im2col<scalar_t>(g, xc.data<scalar_t>(), wc.data<scalar_t>(), bp, o.data<scalar_t>());
      }
    });
    return o;
  });
  if (nsp == 1)
    out = squeeze(out, 2);
  return batched ? out : squeeze(out, 0);
}

// torch's pooling_output_shape (with its pad check).
int64_t pool_out_size(int64_t in, int64_t k, int64_t pad, int64_t stride, int64_t dilation, bool ceil_mode) {
  if (stride == 0)
    raise_runtime("stride should not be zero");
  if (pad < 0)
    raise_runtime("pad must be non-negative, but got pad: " + std::to_string(pad));
  if (pad > k / 2)
    raise_runtime("pad should be at most half of kernel size, but got pad=" + std::to_string(pad) +
                  " and kernel_size=" + std::to_string(k));
  int64_t num = in + 2 * pad - dilation * (k - 1) - 1 + (ceil_mode ? stride - 1 : 0);
  int64_t out = (num >= 0 ? num / stride : -((-num + stride - 1) / stride)) + 1;
  if (ceil_mode && (out - 1) * stride >= in + pad)
    --out;
  return out;
}

struct PoolGeom {
  int64_t planes, h, w, oh, ow, kh, kw, sh, sw, ph, pw, dh, dw;
  Shape out_shape;
};

PoolGeom pool_geometry(const Tensor& input, IntArrayRef kernel, IntArrayRef stride_in, IntArrayRef padding,
                       IntArrayRef dilation, bool ceil_mode, const char* name) {
  auto two = [&](IntArrayRef v, const char* what) {
    if (v.size() != 1 && v.size() != 2)
      raise_runtime(std::string(name) + ": " + what + " must either be a single int, or a tuple of two ints");
    return Shape{v[0], v[v.size() - 1]};
  };
  Shape k = two(kernel, "kernel_size");
  Shape s = stride_in.empty() ? k : two(stride_in, "stride");
  Shape p = two(padding, "padding");
  Shape d = two(dilation, "dilation");
  bool ok = (input.dim() == 3 || input.dim() == 4);
  for (int64_t i = input.dim() == 4 ? 1 : 0; ok && i < input.dim(); ++i)
    ok = input.sizes()[size_t(i)] != 0;
  if (k[0] <= 0 || k[1] <= 0)
    raise_runtime("kernel size should be greater than zero, but got kH: " + std::to_string(k[0]) +
                  " kW: " + std::to_string(k[1]));
  if (s[0] <= 0 || s[1] <= 0)
    raise_runtime("stride should be greater than zero, but got dH: " + std::to_string(s[0]) +
                  " dW: " + std::to_string(s[1]));
  if (d[0] <= 0 || d[1] <= 0)
    raise_runtime("dilation should be greater than zero, but got dilationH: " + std::to_string(d[0]) +
                  " dilationW: " + std::to_string(d[1]));
  if (!ok)
    raise_runtime("non-empty 3D or 4D (batch mode) tensor expected for input");
  int64_t nd = input.dim();
  PoolGeom g{};
  g.h = input.sizes()[size_t(nd - 2)];
  g.w = input.sizes()[size_t(nd - 1)];
  g.planes = g.h * g.w != 0 ? input.numel() / (g.h * g.w) : 0;
  g.kh = k[0], g.kw = k[1], g.sh = s[0], g.sw = s[1], g.ph = p[0], g.pw = p[1], g.dh = d[0], g.dw = d[1];
  g.oh = pool_out_size(g.h, g.kh, g.ph, g.sh, g.dh, ceil_mode);
  g.ow = pool_out_size(g.w, g.kw, g.pw, g.sw, g.dw, ceil_mode);
  int64_t c = input.sizes()[size_t(nd - 3)];
  if (g.oh < 1 || g.ow < 1)
    raise_runtime("Given input size: (" + std::to_string(c) + "x" + std::to_string(g.h) + "x" + std::to_string(g.w) +
                  "). Calculated output size: (" + std::to_string(c) + "x" + std::to_string(g.oh) + "x" +
                  std::to_string(g.ow) + "). Output size is too small");
  g.out_shape = Shape(input.sizes().begin(), input.sizes().end() - 2);
  g.out_shape.push_back(g.oh);
  g.out_shape.push_back(g.ow);
  return g;
}

// Mean and 1/sqrt(var + eps) (biased) of each of `rows` contiguous segments of length n, in double.
template <typename T> void row_stats(const T* x, int64_t rows, int64_t n, double eps, double* mean, double* rstd) {
  parallel_for(rows, std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(n, 1)), [&](int64_t b, int64_t e) {
    for (int64_t r = b; r < e; ++r) {
      const T* p = x + r * n;
      if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
        if (n > 0) { // vectorized moments (vec_math.h)
          double m = 0, v = 0;
          vec::row_moments(p, n, &m, &v);
          mean[r] = m;
          rstd[r] = 1.0 / std::sqrt(v + eps);
          continue;
        }
      }
      // Four independent accumulators keep the adds pipelined.
      double s4[4] = {0, 0, 0, 0};
      int64_t i = 0;
      for (; i + 4 <= n; i += 4)
        for (int j = 0; j < 4; ++j)
          s4[j] += double(opmath_t<T>(p[i + j]));
      for (; i < n; ++i)
        s4[0] += double(opmath_t<T>(p[i]));
      double m = n ? (s4[0] + s4[1] + s4[2] + s4[3]) / double(n) : 0;
      double v4[4] = {0, 0, 0, 0};
      for (i = 0; i + 4 <= n; i += 4)
        for (int j = 0; j < 4; ++j) {
          double dlt = double(opmath_t<T>(p[i + j])) - m;
          v4[j] += dlt * dlt;
        }
      for (; i < n; ++i) {
        double dlt = double(opmath_t<T>(p[i])) - m;
        v4[0] += dlt * dlt;
      }
      double v = v4[0] + v4[1] + v4[2] + v4[3];
      mean[r] = m;
      rstd[r] = 1.0 / std::sqrt((n ? v / double(n) : 0) + eps);
    }
  });
}

void check_param(const Tensor& t, int64_t c, const char* what) {
  if (t.defined() && t.numel() != c)
    raise_runtime(std::string(what) + " should contain " + std::to_string(c) + " elements not " +
                  std::to_string(t.numel()));
}

// The per-dim source indices of a non-constant pad (reflect / replicate / circular).
Tensor pad_indices(int64_t size, int64_t left, int64_t right, std::string_view mode) {
  int64_t n = size + left + right;
  Tensor idx = empty({std::max<int64_t>(n, 0)}, DType::Int64);
  int64_t* p = idx.data<int64_t>();
  for (int64_t i = 0; i < n; ++i) {
    int64_t j = i - left;
    if (mode == "reflect") {
      if (j < 0)
        j = -j;
      if (j >= size)
        j = 2 * (size - 1) - j;
    } else if (mode == "replicate") {
      j = std::clamp<int64_t>(j, 0, size - 1);
    } else {
      j = ((j % size) + size) % size;
    }
    p[i] = j;
  }
  return idx;
}

std::string py_tuple(IntArrayRef v) {
  std::string s = "(";
  for (size_t i = 0; i < v.size(); ++i)
    s += (i ? ", " : "") + std::to_string(v[i]);
  return s + (v.size() == 1 ? ",)" : ")");
}

} // namespace

// ---- convolution ----

Tensor conv2d(const Tensor& input, const Tensor& weight, const Tensor& bias, IntArrayRef stride,
              const ConvPadding& padding, IntArrayRef dilation, int64_t groups) {
  return conv_impl(input, weight, bias, stride, padding, dilation, groups, 2, "conv2d");
}

Tensor conv1d(const Tensor& input, const Tensor& weight, const Tensor& bias, IntArrayRef stride,
              const ConvPadding& padding, IntArrayRef dilation, int64_t groups) {
  return conv_impl(input, weight, bias, stride, padding, dilation, groups, 1, "conv1d");
}

// ---- pooling ----

std::pair<Tensor, Tensor> max_pool2d_with_indices(const Tensor& input, IntArrayRef kernel_size, IntArrayRef stride,
                                                  IntArrayRef padding, IntArrayRef dilation, bool ceil_mode) {
  PoolGeom g = pool_geometry(input, kernel_size, stride, padding, dilation, ceil_mode, "max_pool2d");
  if (!is_floating(input.dtype()))
    raise_not_implemented("max_pool2d", input.dtype());
  Tensor x = contiguous(input);
  Tensor out = empty(g.out_shape, x.dtype()), ind = empty(g.out_shape, DType::Int64);
  TSC_DISPATCH_FLOATING(x.dtype(), "max_pool2d", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using acc_t = opmath_t<scalar_t>;
    const scalar_t* in = x.data<scalar_t>();
    scalar_t* o = out.data<scalar_t>();
    int64_t* oi = ind.data<int64_t>();
    parallel_for(g.planes, std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(g.h * g.w, 1)),
                 [&](int64_t b, int64_t e) {
      for (int64_t pl = b; pl < e; ++pl) {
        const scalar_t* plane = in + pl * g.h * g.w;
        for (int64_t y = 0; y < g.oh; ++y)
          for (int64_t xo = 0; xo < g.ow; ++xo) {
            int64_t h0 = y * g.sh - g.ph, w0 = xo * g.sw - g.pw;
            int64_t h1 = std::min(h0 + (g.kh - 1) * g.dh + 1, g.h), w1 = std::min(w0 + (g.kw - 1) * g.dw + 1, g.w);
            while (h0 < 0)
              h0 += g.dh;
            while (w0 < 0)
              w0 += g.dw;
            acc_t best = -std::numeric_limits<acc_t>::infinity();
            int64_t bi = h0 * g.w + w0;
            for (int64_t ih = h0; ih < h1; ih += g.dh)
              for (int64_t iw = w0; iw < w1; iw += g.dw) {
                acc_t v = static_cast<acc_t>(plane[ih * g.w + iw]);
                if (v > best || std::isnan(v)) {
                  best = v;
                  bi = ih * g.w + iw;
                }
              }
            int64_t at = (pl * g.oh + y) * g.ow + xo;
            o[at] = static_cast<scalar_t>(best);
            oi[at] = bi;
          }
      }
    });
  });
  return {out, ind};
}

Tensor max_pool2d(const Tensor& input, IntArrayRef kernel_size, IntArrayRef stride, IntArrayRef padding,
                  IntArrayRef dilation, bool ceil_mode) {
  return max_pool2d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode).first;
}

Tensor avg_pool2d(const Tensor& input, IntArrayRef kernel_size, IntArrayRef stride, IntArrayRef padding,
                  bool ceil_mode, bool count_include_pad, std::optional<int64_t> divisor_override) {
  PoolGeom g = pool_geometry(input, kernel_size, stride, padding, {1}, ceil_mode, "avg_pool2d");
  if (divisor_override && *divisor_override == 0)
    raise_runtime("divisor must be not zero");
  if (input.dtype() == DType::Bool)
    raise_not_implemented("avg_pool2d", input.dtype());
  Tensor x = contiguous(input);
  Tensor out = empty(g.out_shape, x.dtype());
  TSC_DISPATCH_NUMERIC(x.dtype(), "avg_pool2d", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using acc_t = std::conditional_t<is_float_v<scalar_t>, opmath_t<scalar_t>, int64_t>;
    const scalar_t* in = x.data<scalar_t>();
    scalar_t* o = out.data<scalar_t>();
    for (int64_t pl = 0; pl < g.planes; ++pl) {
      const scalar_t* plane = in + pl * g.h * g.w;
      for (int64_t y = 0; y < g.oh; ++y)
        for (int64_t xo = 0; xo < g.ow; ++xo) {
          int64_t h0 = y * g.sh - g.ph, w0 = xo * g.sw - g.pw;
          int64_t h1 = std::min(h0 + g.kh, g.h + g.ph), w1 = std::min(w0 + g.kw, g.w + g.pw);
          int64_t pool_size = (h1 - h0) * (w1 - w0);
          h0 = std::max<int64_t>(h0, 0), w0 = std::max<int64_t>(w0, 0);
          h1 = std::min(h1, g.h), w1 = std::min(w1, g.w);
          int64_t at = (pl * g.oh + y) * g.ow + xo;
          if (h0 >= h1 || w0 >= w1) {
            o[at] = scalar_t(0);
            continue;
          }
          acc_t s = 0;
          for (int64_t ih = h0; ih < h1; ++ih)
            for (int64_t iw = w0; iw < w1; ++iw)
              s += static_cast<acc_t>(plane[ih * g.w + iw]);
          int64_t div = divisor_override ? *divisor_override
                                         : (count_include_pad ? pool_size : (h1 - h0) * (w1 - w0));
          o[at] = static_cast<scalar_t>(s / static_cast<acc_t>(div));
        }
    }
  });
  return out;
}

Tensor adaptive_avg_pool2d(const Tensor& input, IntArrayRef output_size) {
  if (output_size.size() != 1 && output_size.size() != 2)
    raise_runtime("adaptive_avg_pool2d: output_size must be 2");
  if (input.dim() != 3 && input.dim() != 4)
    raise_runtime("adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got " + shape_str(input.sizes()));
  for (int64_t i = input.dim() - 3; i < input.dim(); ++i)
    if (input.sizes()[size_t(i)] == 0)
      raise_runtime("adaptive_avg_pool2d(): Expected input to have non-zero size for non-batch dimensions, but "
                    "input has sizes " +
                    shape_str(input.sizes()) + " with dimension " + std::to_string(i) + " being empty");
  if (!is_floating(input.dtype()) && output_size[0] == 1 && output_size[output_size.size() - 1] == 1)
    raise_runtime(std::string("mean(): could not infer output dtype. Input dtype must be either a floating point or "
                              "complex dtype. Got: ") +
                  dtype_cpp_name(input.dtype()));
  if (!is_floating(input.dtype()))
    raise_not_implemented("adaptive_avg_pool2d", input.dtype());
  int64_t nd = input.dim();
  int64_t h = input.sizes()[size_t(nd - 2)], w = input.sizes()[size_t(nd - 1)];
  int64_t oh = output_size[0], ow = output_size[output_size.size() - 1];
  if (oh < 0)
    oh = h;
  if (ow < 0)
    ow = w;
  Tensor x = contiguous(input);
  Shape out_shape(input.sizes().begin(), input.sizes().end() - 2);
  out_shape.push_back(oh);
  out_shape.push_back(ow);
  Tensor out = empty(out_shape, x.dtype());
  int64_t planes = x.numel() / (h * w);
  TSC_DISPATCH_FLOATING(x.dtype(), "adaptive_avg_pool2d", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using acc_t = opmath_t<scalar_t>;
    const scalar_t* in = x.data<scalar_t>();
    scalar_t* o = out.data<scalar_t>();
    for (int64_t pl = 0; pl < planes; ++pl)
      for (int64_t y = 0; y < oh; ++y) {
        int64_t h0 = y * h / oh, h1 = ((y + 1) * h + oh - 1) / oh;
        for (int64_t xo = 0; xo < ow; ++xo) {
          int64_t w0 = xo * w / ow, w1 = ((xo + 1) * w + ow - 1) / ow;
          acc_t s = 0;
          for (int64_t ih = h0; ih < h1; ++ih)
            for (int64_t iw = w0; iw < w1; ++iw)
              s += static_cast<acc_t>(in[(pl * h + ih) * w + iw]);
          o[(pl * oh + y) * ow + xo] = static_cast<scalar_t>(s / static_cast<acc_t>((h1 - h0) * (w1 - w0)));
        }
      }
  });
  return out;
}

// ---- normalization ----

Tensor batch_norm(const Tensor& input, const Tensor& running_mean, const Tensor& running_var, const Tensor& weight,
                  const Tensor& bias, bool training, double momentum, double eps) {
  if (input.dim() < 2)
    raise_runtime("batch_norm: expected input with at least 2 dims, but got " + std::to_string(input.dim()));
  int64_t c = input.sizes()[1];
  if (training) {
    int64_t per_channel = c ? input.numel() / c : 0;
    if (per_channel <= 1) {
      std::string sz = "torch.Size([";
      for (size_t i = 0; i < input.sizes().size(); ++i)
        sz += (i ? ", " : "") + std::to_string(input.sizes()[i]);
      raise_error("ValueError", "Expected more than 1 value per channel when training, got input size " + sz + "])");
    }
  }
  check_param(running_mean, c, "running_mean");
  check_param(running_var, c, "running_var");
  check_param(weight, c, "weight");
  check_param(bias, c, "bias");
  if (!is_floating(input.dtype()))
    raise_not_implemented("batch_norm", input.dtype());
  if (!training && (!running_mean.defined() || !running_var.defined()))
    raise_runtime("running_mean and running_var must be defined in evaluation mode");
  return via_float32(input, [&](const Tensor& xin) {
    int64_t n = xin.sizes()[0];
    int64_t s = c && n ? xin.numel() / (n * c) : 0;
    // [C, N * S] so that each channel is one contiguous row.
    Tensor x = contiguous(transpose(reshape(xin, {n, c, s}), 0, 1));
    std::vector<double> mean(size_t(c), 0.0), rstd(size_t(c), 0.0);
    if (training) {
      TSC_DISPATCH_FLOATING(x.dtype(), "batch_norm", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
        row_stats<scalar_t>(x.data<scalar_t>(), c, n * s, eps, mean.data(), rstd.data());
      });
      int64_t cnt = n * s;
      if (running_mean.defined()) {
        Tensor rm = running_mean;
        Tensor bm = tensor_from_values(mean, {c}, DType::Float64);
        copy_(rm, add(mul(to(rm, DType::Float64), Scalar(1.0 - momentum)), mul(bm, Scalar(momentum))));
      }
      if (running_var.defined()) {
        std::vector<double> unbiased(static_cast<size_t>(c));
        for (int64_t i = 0; i < c; ++i) {
          double biased = 1.0 / (rstd[size_t(i)] * rstd[size_t(i)]) - eps;
          unbiased[size_t(i)] = biased * double(cnt) / double(cnt - 1);
        }
        Tensor rv = running_var;
        Tensor bv = tensor_from_values(unbiased, {c}, DType::Float64);
        copy_(rv, add(mul(to(rv, DType::Float64), Scalar(1.0 - momentum)), mul(bv, Scalar(momentum))));
      }
    } else {
      Tensor rm = contiguous(to(running_mean, DType::Float64)), rv = contiguous(to(running_var, DType::Float64));
      for (int64_t i = 0; i < c; ++i) {
        mean[size_t(i)] = rm.data<double>()[i];
        rstd[size_t(i)] = 1.0 / std::sqrt(rv.data<double>()[i] + eps);
      }
    }
    Tensor w = as_dtype(weight, DType::Float64), b = as_dtype(bias, DType::Float64);
    // y = x * alpha + beta per channel
    std::vector<double> alpha(static_cast<size_t>(c)), beta(static_cast<size_t>(c));
    for (int64_t i = 0; i < c; ++i) {
      double wi = w.defined() ? w.data<double>()[i] : 1.0, bi = b.defined() ? b.data<double>()[i] : 0.0;
      alpha[size_t(i)] = wi * rstd[size_t(i)];
      beta[size_t(i)] = bi - mean[size_t(i)] * alpha[size_t(i)];
    }
    Tensor xc = contiguous(reshape(xin, {n, c, s}));
    Tensor out = empty(xc.sizes(), xc.dtype());
    TSC_DISPATCH_FLOATING(xc.dtype(), "batch_norm", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      using acc_t = opmath_t<scalar_t>;
      const scalar_t* in = xc.data<scalar_t>();
      scalar_t* o = out.data<scalar_t>();
      for (int64_t bi = 0; bi < n; ++bi)
        for (int64_t ci = 0; ci < c; ++ci) {
          acc_t a = acc_t(alpha[size_t(ci)]), be = acc_t(beta[size_t(ci)]);
          const scalar_t* p = in + (bi * c + ci) * s;
          scalar_t* q = o + (bi * c + ci) * s;
          for (int64_t i = 0; i < s; ++i)
            q[i] = static_cast<scalar_t>(static_cast<acc_t>(p[i]) * a + be);
        }
    });
    return reshape(out, xin.sizes());
  });
}

Tensor layer_norm(const Tensor& input, IntArrayRef normalized_shape, const Tensor& weight, const Tensor& bias,
                  double eps) {
  size_t k = normalized_shape.size();
  bool ok = k >= 1 && size_t(input.dim()) >= k;
  for (size_t i = 0; ok && i < k; ++i)
    ok = input.sizes()[size_t(input.dim()) - k + i] == normalized_shape[i];
  if (k == 0)
    raise_runtime("Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one element, "
                  "but got normalized_shape = []");
  if (weight.defined() && weight.sizes() != normalized_shape.vec())
    raise_runtime("Expected weight to be of same shape as normalized_shape, but got weight of shape " +
                  shape_str(weight.sizes()) + " and normalized_shape = " + shape_str(normalized_shape));
  if (bias.defined() && bias.sizes() != normalized_shape.vec())
    raise_runtime("Expected bias to be of same shape as normalized_shape, but got bias of shape " +
                  shape_str(bias.sizes()) + " and normalized_shape = " + shape_str(normalized_shape));
  if (!ok) {
    std::string star = "[*";
    for (size_t i = 0; i < k; ++i)
      star += ", " + std::to_string(normalized_shape[i]);
    raise_runtime("Given normalized_shape=" + shape_str(normalized_shape) + ", expected input with shape " + star +
                  "], but got input of size" + shape_str(input.sizes()));
  }
  if (!is_floating(input.dtype()))
    raise_not_implemented("LayerNormKernelImpl", input.dtype());
  return via_float32(input, [&](const Tensor& xin) {
    Tensor x = contiguous(xin);
    int64_t n = 1;
    for (size_t i = 0; i < k; ++i)
      n *= normalized_shape[i];
    int64_t rows = n ? x.numel() / n : 0;
    Tensor out = empty(x.sizes(), x.dtype());
    Tensor w = as_dtype(weight, x.dtype()), b = as_dtype(bias, x.dtype());
    std::vector<double> mean(static_cast<size_t>(rows)), rstd(static_cast<size_t>(rows));
    TSC_DISPATCH_FLOATING(x.dtype(), "LayerNormKernelImpl", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      using acc_t = opmath_t<scalar_t>;
      const scalar_t* in = x.data<scalar_t>();
      scalar_t* o = out.data<scalar_t>();
      if constexpr (std::is_same_v<scalar_t, float> || std::is_same_v<scalar_t, double>) {
        // Statistics and normalization of a row in one vectorized call (vec_math.h).
        const scalar_t* wp = w.defined() ? w.data<scalar_t>() : nullptr;
        const scalar_t* bp = b.defined() ? b.data<scalar_t>() : nullptr;
        if (n == 0)
          return;
        parallel_for(rows, std::max<int64_t>(1, kParallelGrain / n), [&](int64_t rb, int64_t re) {
          for (int64_t r = rb; r < re; ++r)
            vec::layer_norm_row(in + r * n, o + r * n, n, eps, wp, bp, &mean[size_t(r)], &rstd[size_t(r)]);
        });
        return;
      }
      row_stats<scalar_t>(in, rows, n, eps, mean.data(), rstd.data());
      const scalar_t* wp = w.defined() ? w.data<scalar_t>() : nullptr;
      const scalar_t* bp = b.defined() ? b.data<scalar_t>() : nullptr;
      parallel_for(rows, std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(n, 1)), [&](int64_t rb, int64_t re) {
        for (int64_t r = rb; r < re; ++r) {
          acc_t m = acc_t(mean[size_t(r)]), rs = acc_t(rstd[size_t(r)]);
          const scalar_t* __restrict__ q = in + r * n;
          scalar_t* __restrict__ dst = o + r * n;
          if (wp && bp)
            for (int64_t i = 0; i < n; ++i)
              dst[i] = static_cast<scalar_t>((static_cast<acc_t>(q[i]) - m) * rs * static_cast<acc_t>(wp[i]) +
                                           static_cast<acc_t>(bp[i]));
          else
            for (int64_t i = 0; i < n; ++i) {
              acc_t v = (static_cast<acc_t>(q[i]) - m) * rs;
              if (wp)
                v = v * static_cast<acc_t>(wp[i]);
              if (bp)
                v = v + static_cast<acc_t>(bp[i]);
              dst[i] = static_cast<scalar_t>(v);
            }
        }
      });
    });
    return out;
  });
}

Tensor group_norm(const Tensor& input, int64_t num_groups, const Tensor& weight, const Tensor& bias, double eps) {
  if (input.dim() < 2)
    raise_runtime("Expected at least 2 dimensions for input tensor but received " + std::to_string(input.dim()));
  int64_t n = input.sizes()[0], c = input.sizes()[1];
  if (num_groups <= 0 || c % num_groups != 0)
    raise_runtime("Expected number of channels in input to be divisible by num_groups, but got input of shape " +
                  shape_str(input.sizes()) + " and num_groups=" + std::to_string(num_groups));
  if (weight.defined() && (weight.dim() != 1 || weight.numel() != c))
    raise_runtime("Expected weight to be a vector of size equal to the number of channels in input, but got weight "
                  "of shape " +
                  shape_str(weight.sizes()) + " and input of shape " + shape_str(input.sizes()));
  if (bias.defined() && (bias.dim() != 1 || bias.numel() != c))
    raise_runtime("Expected bias to be a vector of size equal to the number of channels in input, but got bias of "
                  "shape " +
                  shape_str(bias.sizes()) + " and input of shape " + shape_str(input.sizes()));
  if (!is_floating(input.dtype()))
    raise_not_implemented("GroupNormKernelImpl", input.dtype());
  return via_float32(input, [&](const Tensor& xin) {
    Tensor x = contiguous(xin);
    int64_t s = n && c ? x.numel() / (n * c) : 0;
    int64_t cg = c / num_groups, rows = n * num_groups, len = cg * s;
    Tensor out = empty(x.sizes(), x.dtype());
    Tensor w = as_dtype(weight, x.dtype()), b = as_dtype(bias, x.dtype());
    std::vector<double> mean(static_cast<size_t>(rows)), rstd(static_cast<size_t>(rows));
    TSC_DISPATCH_FLOATING(x.dtype(), "GroupNormKernelImpl", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      using acc_t = opmath_t<scalar_t>;
      const scalar_t* in = x.data<scalar_t>();
      scalar_t* o = out.data<scalar_t>();
      row_stats<scalar_t>(in, rows, len, eps, mean.data(), rstd.data());
      for (int64_t r = 0; r < rows; ++r)
        for (int64_t ci = 0; ci < cg; ++ci) {
          int64_t ch = (r % num_groups) * cg + ci;
          acc_t a = acc_t(rstd[size_t(r)]) * (w.defined() ? static_cast<acc_t>(w.data<scalar_t>()[ch]) : acc_t(1));
          acc_t be = (b.defined() ? static_cast<acc_t>(b.data<scalar_t>()[ch]) : acc_t(0)) - acc_t(mean[size_t(r)]) * a;
          const scalar_t* p = in + r * len + ci * s;
          scalar_t* q = o + r * len + ci * s;
          for (int64_t i = 0; i < s; ++i)
            q[i] = static_cast<scalar_t>(static_cast<acc_t>(p[i]) * a + be);
        }
    });
    return out;
  });
}

Tensor dropout(const Tensor& input, double p, bool training) {
  if (!(p >= 0 && p <= 1)) {
    std::string ps = Scalar(p).repr();
    raise_error("ValueError", "dropout probability has to be between 0 and 1, but got " + ps);
  }
  if (!training || p == 0)
    return input;
  if (p == 1)
    return mul(input, zeros({}, input.dtype()));
  Tensor keep = lt(rand(input.sizes(), DType::Float64), Scalar(1.0 - p));
  return mul(mul(input, keep), Scalar(1.0 / (1.0 - p)));
}

// ---- embedding, pad, interpolate, one_hot ----

Tensor embedding(const Tensor& weight, const Tensor& indices, std::optional<int64_t> padding_idx) {
  if (indices.dtype() != DType::Int64 && indices.dtype() != DType::Int32) {
    std::string tn = std::string(dtype_cpp_name(indices.dtype())) + "Tensor";
    raise_runtime("Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; "
                  "but got torch." +
                  tn + " instead (while checking arguments for embedding)");
  }
  if (weight.dim() != 2)
    raise_runtime("'weight' must be 2-D");
  if (padding_idx) {
    int64_t num = weight.sizes()[0];
    if (*padding_idx >= num || *padding_idx < -num)
      raise_error("AssertionError", "Padding_idx must be within num_embeddings");
  }
  // contiguous() may copy: the copy must outlive the pointer into it.
  Tensor flat = contiguous(reshape(to(indices, DType::Int64), {-1}));
  const int64_t* p = flat.data<int64_t>();
  for (int64_t i = 0; i < flat.numel(); ++i)
    if (p[i] < 0 || p[i] >= weight.sizes()[0])
      raise_error("IndexError", "index out of range in self");
  Shape out_shape = indices.sizes();
  out_shape.push_back(weight.sizes()[1]);
  return view(index_select(weight, 0, flat), out_shape);
}

Tensor pad(const Tensor& input, IntArrayRef pads, std::string_view mode, std::optional<double> value) {
  if (pads.size() % 2 != 0)
    raise_runtime("Padding length must be divisible by 2");
  int64_t np = int64_t(pads.size()) / 2, nd = input.dim();
  if (mode == "constant") {
    if (np > nd)
      raise_runtime("Padding length too large");
    Shape out_shape = input.sizes();
    for (int64_t i = 0; i < np; ++i) {
      size_t d = size_t(nd - 1 - i);
      int64_t l = pads[size_t(2 * i)], r = pads[size_t(2 * i + 1)];
      int64_t ns = input.sizes()[d] + l + r;
      if (ns < 0)
        raise_runtime("The input size " + std::to_string(input.sizes()[d]) + ", plus negative padding " +
                      std::to_string(l) + " and " + std::to_string(r) +
                      " resulted in a negative output size, which is invalid. Check dimension " + std::to_string(d) +
                      " of your input.");
      out_shape[d] = ns;
    }
    Tensor out = full(out_shape, value ? Scalar(*value) : Scalar(int64_t{0}), input.dtype());
    Tensor src = input, dst = out;
    for (int64_t i = 0; i < np; ++i) {
      int64_t d = nd - 1 - i;
      int64_t l = pads[size_t(2 * i)], r = pads[size_t(2 * i + 1)];
      int64_t size = input.sizes()[size_t(d)];
      int64_t s0 = std::max<int64_t>(0, -l), s1 = size - std::max<int64_t>(0, -r);
      int64_t len = std::max<int64_t>(0, s1 - s0);
      src = narrow(src, d, std::min(s0, size), len);
      dst = narrow(dst, d, std::max<int64_t>(0, l), len);
    }
    copy_(dst, src);
    return out;
  }
  if (mode != "reflect" && mode != "replicate" && mode != "circular")
    raise_error("NotImplementedError", "Unrecognised padding mode " + std::string(mode));
  if (value && *value != 0)
    raise_runtime("Padding mode \"" + std::string(mode) +
                  "\" doesn't take in value argument");
  if (!(np >= 1 && np <= 3 && (nd == np + 1 || nd == np + 2)))
    raise_error("NotImplementedError", "Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
  if (mode != "circular") {
    if (!is_floating(input.dtype()))
      raise_not_implemented(mode == "reflect" ? "reflection_pad" : "replication_pad", input.dtype());
    for (int64_t d = nd - np - (nd == np + 2 ? 1 : 0); d < nd; ++d)
      if (input.sizes()[size_t(d)] == 0)
        raise_runtime("Expected " + std::to_string(np + 1) + "D or " + std::to_string(np + 2) +
                      "D (batch mode) tensor with possibly 0 batch size and other non-zero dimensions for input, "
                      "but got: " +
                      shape_str(input.sizes()));
  }
  Tensor out = input;
  for (int64_t i = 0; i < np; ++i) {
    int64_t d = nd - 1 - i;
    int64_t l = pads[size_t(2 * i)], r = pads[size_t(2 * i + 1)];
    int64_t size = input.sizes()[size_t(d)];
    if (mode == "reflect" && (l >= size || r >= size))
      raise_runtime("Argument #4: Padding size should be less than the corresponding input dimension, but got: "
                    "padding (" +
                    std::to_string(l) + ", " + std::to_string(r) + ") at dimension " + std::to_string(d) +
                    " of input " + shape_str(input.sizes()));
    if (mode == "circular" && (l > size || r > size))
      raise_runtime("Padding value causes wrapping around more than once.");
    out = index_select(out, d, pad_indices(size, l, r, mode));
  }
  return out;
}

Tensor interpolate(const Tensor& input, IntArrayRef size, const std::vector<double>& scale_factor,
                   std::string_view mode, std::optional<bool> align_corners) {
  bool linear = mode == "linear" || mode == "bilinear";
  if (mode != "nearest" && !linear)
    raise_error("NotImplementedError", "Input Error: mode " + std::string(mode) + " is not supported");
  if (!linear && align_corners)
    raise_error("ValueError", "align_corners option can only be set with the interpolating modes: linear | "
                              "bilinear | bicubic | trilinear");
  int64_t nsp = input.dim() - 2;
  if (size.empty() == scale_factor.empty())
    raise_error("ValueError", size.empty() ? "either size or scale_factor should be defined"
                                           : "only one of size or scale_factor should be defined");
  if (size.size() > 1 && int64_t(size.size()) != nsp)
    raise_error("ValueError",
                "Input and output must have the same number of spatial dimensions, but got input with spatial "
                "dimensions of " +
                    shape_str(Shape(input.sizes().begin() + std::min<int64_t>(2, input.dim()), input.sizes().end())) +
                    " and output size of " + py_tuple(size) +
                    ". Please provide input tensor in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, "
                    "...,oK) format.");
  if (scale_factor.size() > 1 && int64_t(scale_factor.size()) != nsp)
    raise_error("ValueError", "Input and scale_factor must have the same number of spatial dimensions");
  if (nsp < 1 || nsp > 3 || (mode == "linear" && nsp != 1) || (mode == "bilinear" && nsp != 2)) {
    if (mode == "bilinear" && nsp == 1)
      raise_error("NotImplementedError", "Got 3D input, but bilinear mode needs 4D input");
    if (mode == "linear" && nsp == 2)
      raise_error("NotImplementedError", "Got 4D input, but linear mode needs 3D input");
    raise_error("NotImplementedError", "Input Error: Only 3D, 4D and 5D input Tensors supported (got " +
                                           std::to_string(input.dim()) + "D) for the modes: nearest | linear | "
                                           "bilinear | bicubic | trilinear | area | nearest-exact (got " +
                                           std::string(mode) + ")");
  }
  Shape in_sz(input.sizes().begin() + 2, input.sizes().end()), out_sz(static_cast<size_t>(nsp));
  std::vector<std::optional<double>> scales(static_cast<size_t>(nsp));
  for (int64_t i = 0; i < nsp; ++i) {
    if (!size.empty()) {
      out_sz[size_t(i)] = size[size.size() == 1 ? 0 : size_t(i)];
    } else {
      double sf = scale_factor[scale_factor.size() == 1 ? 0 : size_t(i)];
      out_sz[size_t(i)] = int64_t(double(in_sz[size_t(i)]) * sf);
      scales[size_t(i)] = sf;
    }
    if (out_sz[size_t(i)] <= 0 || in_sz[size_t(i)] <= 0)
      raise_runtime("Input and output sizes should be greater than 0, but got input (" + shape_str(in_sz) +
                    ") and output (" + shape_str(out_sz) + ")");
  }
  if (!is_floating(input.dtype()))
    raise_not_implemented(linear ? "compute_indices_weights_linear" : "compute_indices_weights_nearest",
                          input.dtype());
  bool ac = align_corners.value_or(false);
  return via_float32(input, [&](const Tensor& xin) {
    Tensor x = contiguous(xin);
    int64_t planes = input.sizes()[0] * input.sizes()[1];
    // Pad to 3 spatial dims (d, h, w) with leading size-1 dims.
    Shape isz(size_t(3 - nsp), 1), osz(size_t(3 - nsp), 1);
    std::vector<std::optional<double>> sc(size_t(3 - nsp));
    isz.insert(isz.end(), in_sz.begin(), in_sz.end());
    osz.insert(osz.end(), out_sz.begin(), out_sz.end());
    sc.insert(sc.end(), scales.begin(), scales.end());
    Shape out_shape{input.sizes()[0], input.sizes()[1]};
    out_shape.insert(out_shape.end(), out_sz.begin(), out_sz.end());
    Tensor out = empty(out_shape, x.dtype());
    TSC_DISPATCH_FLOATING(x.dtype(), "upsample", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      if constexpr (std::is_same_v<scalar_t, float> || std::is_same_v<scalar_t, double>) {
        using T = scalar_t;
        // per dim: source indices (i0, i1) and weights (l0, l1)
        std::vector<std::vector<int64_t>> i0(3), i1(3);
        std::vector<std::vector<T>> l0(3), l1(3);
        for (int d = 0; d < 3; ++d) {
          int64_t in = isz[size_t(d)], on = osz[size_t(d)];
          for (int64_t o = 0; o < on; ++o) {
            int64_t a, b;
            T w0, w1;
            if (!linear) {
              if (on == in)
                a = o;
              else if (on == 2 * in)
                a = o >> 1;
              else {
                float scale = sc[size_t(d)] && *sc[size_t(d)] > 0 ? float(1.0 / *sc[size_t(d)]) : float(in) / float(on);
                a = std::min(static_cast<int64_t>(std::floor(float(o) * scale)), in - 1);
              }
              b = a, w0 = 1, w1 = 0;
            } else if (on == in) {
              a = b = o, w0 = 1, w1 = 0;
            } else {
              T ratio = ac ? (on > 1 ? T(in - 1) / T(on - 1) : T(0))
                           : (sc[size_t(d)] && *sc[size_t(d)] > 0 ? T(1.0 / *sc[size_t(d)]) : T(in) / T(on));
              T src = ac ? ratio * T(o) : T(ratio * (double(o) + 0.5) - 0.5);
              if (!ac && src < 0)
                src = 0;
              a = static_cast<int64_t>(src);
              b = a + (a < in - 1 ? 1 : 0);
              w1 = std::min(std::max(src - T(a), T(0)), T(1));
              w0 = T(1) - w1;
            }
            i0[size_t(d)].push_back(a), i1[size_t(d)].push_back(b);
            l0[size_t(d)].push_back(w0), l1[size_t(d)].push_back(w1);
          }
        }
        const T* in = x.data<T>();
        T* o = out.data<T>();
        int64_t id = isz[0], ih = isz[1], iw = isz[2], od = osz[0], oh = osz[1], ow = osz[2];
        for (int64_t p = 0; p < planes; ++p) {
          const T* src = in + p * id * ih * iw;
          for (int64_t z = 0; z < od; ++z)
            for (int64_t y = 0; y < oh; ++y)
              for (int64_t xo = 0; xo < ow; ++xo) {
                T* dst = o + ((p * od + z) * oh + y) * ow + xo;
                if (!linear) {
                  *dst = src[(i0[0][size_t(z)] * ih + i0[1][size_t(y)]) * iw + i0[2][size_t(xo)]];
                  continue;
                }
                const T* r0 = src + (i0[0][size_t(z)] * ih + i0[1][size_t(y)]) * iw;
                const T* r1 = src + (i0[0][size_t(z)] * ih + i1[1][size_t(y)]) * iw;
                int64_t a = i0[2][size_t(xo)], b = i1[2][size_t(xo)];
                T wa = l0[2][size_t(xo)], wb = l1[2][size_t(xo)];
                *dst = l0[1][size_t(y)] * (wa * r0[a] + wb * r0[b]) + l1[1][size_t(y)] * (wa * r1[a] + wb * r1[b]);
              }
        }
      }
    });
    return out;
  });
}

Tensor one_hot(const Tensor& self, int64_t num_classes) {
  if (self.dtype() != DType::Int64)
    raise_runtime("one_hot is only applicable to index tensor.");
  if (self.numel() == 0) {
    if (num_classes == -1)
      raise_runtime("Can not infer total number of classes from empty tensor.");
    Shape s = self.sizes();
    s.push_back(num_classes);
    return empty(s, DType::Int64);
  }
  Tensor x = contiguous(self);
  const int64_t* p = x.data<int64_t>();
  int64_t lo = p[0], hi = p[0];
  for (int64_t i = 1; i < x.numel(); ++i)
    lo = std::min(lo, p[i]), hi = std::max(hi, p[i]);
  if (lo < 0)
    raise_runtime("Class values must be non-negative.");
  if (num_classes == -1)
    num_classes = hi + 1;
  else if (hi >= num_classes)
    raise_runtime("Class values must be smaller than num_classes.");
  Shape s = self.sizes();
  s.push_back(num_classes);
  Tensor out = zeros(s, DType::Int64);
  int64_t* o = out.data<int64_t>();
  for (int64_t i = 0; i < x.numel(); ++i)
    o[i * num_classes + p[i]] = 1;
  return out;
}

Tensor scaled_dot_product_attention(const Tensor& query, const Tensor& key, const Tensor& value,
                                    const Tensor& attn_mask, double dropout_p, bool is_causal,
                                    std::optional<double> scale) {
  if (query.dim() < 2 || key.dim() < 2 || value.dim() < 2)
    raise_runtime("scaled_dot_product_attention: expected query, key and value to have at least 2 dims");
  if (!is_floating(query.dtype()))
    raise_not_implemented("scaled_dot_product_attention", query.dtype());
  if (is_causal && attn_mask.defined())
    raise_runtime("_scaled_dot_product_attention: Explicit attn_mask should not be set when is_causal=True");
  int64_t l = query.sizes()[size_t(query.dim() - 2)], s = key.sizes()[size_t(key.dim() - 2)];
  double sc = scale.value_or(1.0 / std::sqrt(double(query.sizes().back())));
  Tensor attn = mul(matmul(query, transpose(key, -2, -1)), Scalar(sc));
  if (is_causal)
    attn = masked_fill(attn, logical_not(tril(ones({l, s}, DType::Bool))), Scalar(-INFINITY));
  if (attn_mask.defined())
    attn = attn_mask.dtype() == DType::Bool ? masked_fill(attn, logical_not(attn_mask), Scalar(-INFINITY))
                                            : add(attn, attn_mask);
  attn = softmax(attn, -1);
  if (dropout_p > 0)
    attn = dropout(attn, dropout_p, true);
  return matmul(attn, value);
}

} // namespace tsc::runtime::tensor
