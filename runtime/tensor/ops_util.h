// runtime/tensor/ops_util.h - Helpers shared by the op files (not part of the library's interface).
#pragma once

#include <string>

#include "ir/assert.h"
#include "runtime/error.h"
#include "runtime/tensor/dispatch.h"
#include "runtime/tensor/iter.h"
#include "runtime/tensor/ops.h"

namespace tsc::runtime::tensor {

/// "[2, 3]" as PyTorch prints sizes in messages.
std::string shape_str(IntArrayRef sizes);
/// Throws RuntimeError with `message`.
[[noreturn]] inline void raise_runtime(std::string message) {
  raise_error("RuntimeError", std::move(message));
}
/// A new contiguous tensor with uninitialized elements (alias of empty()).
inline Tensor new_tensor(IntArrayRef size, DType dtype) {
  return empty(size, dtype);
}
/// Wrapped dims for a reduction: all dims when `dims` is empty; RuntimeError on repeats.
std::vector<bool> reduction_mask(const Tensor& self, IntArrayRef dims);

/// Geometry of a 2-d convolution on contiguous data: input [n, c, h, w], weight [o, c/groups, kh, kw],
/// output [n, o, oh, ow]; stride sh/sw, zero padding pt/pl on both sides of each dim, dilation dh/dw.
struct ConvGeom {
  int64_t n, c, h, w, o, kh, kw, oh, ow, sh, sw, pt, pl, dh, dw, groups;
};

/// out[m x n] = a[m x k] @ b[k x n], row-major with leading dims lda/ldb/ldc, through BLAS (float and double).
void blas_gemm(int64_t m, int64_t n, int64_t k, const float* a, int64_t lda, const float* b, int64_t ldb, float* out,
               int64_t ldc);
void blas_gemm(int64_t m, int64_t n, int64_t k, const double* a, int64_t lda, const double* b, int64_t ldb,
               double* out, int64_t ldc);

/// The im2col + GEMM convolution (nn.cpp), any geometry: writes out [n, o, oh, ow], adding bias[o] when
/// `bias` is not null. Instantiated in nn.cpp for float and double (conv2d uses it for every numeric type).
template <typename T> void conv2d_im2col(const ConvGeom& g, const T* x, const T* w, const T* bias, T* out);

/// Whether `g` is a convolution conv2d_winograd computes: 3x3 kernel, stride 1, dilation 1, groups 1.
bool is_winograd_conv(const ConvGeom& g);
/// Whether conv2d should take the Winograd path for `g` (is_winograd_conv, and faster than im2col there).
bool prefers_winograd_conv(const ConvGeom& g);
/// The same convolution as conv2d_im2col by Winograd F(2x2, 3x3), for float and double; requires
/// is_winograd_conv(g). Results differ from im2col's by rounding (see Note [Winograd F(2x2, 3x3)]).
template <typename T> void conv2d_winograd(const ConvGeom& g, const T* x, const T* w, const T* bias, T* out);

} // namespace tsc::runtime::tensor
