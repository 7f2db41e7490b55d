// runtime/tensor/ops.h - The tensor ops: plain functions with PyTorch's argument semantics.
//
// Each function follows its aten schema (named in its comment): broadcasting,
// type promotion (dtype.h), dims that may be negative, and errors raised as
// ScriptError (RuntimeError / IndexError) with PyTorch's wording in substance.
// Results are new tensors unless the op is a view (shares storage) or an
// in-place form (trailing '_', returns self).
#pragma once

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/tensor/tensor.h"

namespace tsc::runtime::tensor {

using OptScalar = std::optional<Scalar>;
using OptDType = std::optional<DType>;

// ---- creation ----
/// aten::empty: uninitialized memory.
Tensor empty(IntArrayRef size, DType dtype = kDefaultFloat);
/// aten::empty_strided
Tensor empty_strided(IntArrayRef size, IntArrayRef strides, DType dtype = kDefaultFloat);
Tensor zeros(IntArrayRef size, DType dtype = kDefaultFloat);
Tensor ones(IntArrayRef size, DType dtype = kDefaultFloat);
/// aten::full: without a dtype, the fill value's (bool, int64 or the default float).
Tensor full(IntArrayRef size, const Scalar& fill, OptDType dtype = std::nullopt);
/// aten::arange.start_step: length ceil((end - start) / step); int64 unless any argument is a float.
Tensor arange(const Scalar& start, const Scalar& end, const Scalar& step = Scalar(int64_t{1}), OptDType dtype = std::nullopt);
/// aten::arange: [0, end).
Tensor arange(const Scalar& end, OptDType dtype = std::nullopt);
/// aten::linspace
Tensor linspace(const Scalar& start, const Scalar& end, int64_t steps, OptDType dtype = std::nullopt);
/// aten::eye (m defaults to n)
Tensor eye(int64_t n, std::optional<int64_t> m = std::nullopt, DType dtype = kDefaultFloat);
Tensor empty_like(const Tensor& self, OptDType dtype = std::nullopt);
Tensor zeros_like(const Tensor& self, OptDType dtype = std::nullopt);
Tensor ones_like(const Tensor& self, OptDType dtype = std::nullopt);
Tensor full_like(const Tensor& self, const Scalar& fill, OptDType dtype = std::nullopt);
/// A 0-dim tensor holding `s` with dtype `dtype` (default: the scalar's).
Tensor scalar_tensor(const Scalar& s, OptDType dtype = std::nullopt);

/// Nested data for torch.tensor: a scalar or a list of NestedData.
struct NestedData {
  std::optional<Scalar> scalar;
  std::vector<NestedData> items;
  NestedData(Scalar s) : scalar(s) {} // NOLINT
  NestedData(int v) : scalar(Scalar(v)) {} // NOLINT
  NestedData(double v) : scalar(Scalar(v)) {} // NOLINT
  NestedData(bool v) : scalar(Scalar(v)) {} // NOLINT
  NestedData(std::initializer_list<NestedData> l) : items(l) {}
  explicit NestedData(std::vector<NestedData> l) : items(std::move(l)) {}
};
/// torch.tensor(data, dtype=): shape from the nesting, dtype inferred as torch
/// does (float if any float, else int64 if any int, else bool). RuntimeError
/// "expected sequence of length 2 at dim 1 (got 3)" for ragged data.
Tensor tensor_from_data(const NestedData& data, OptDType dtype = std::nullopt);
/// A 1-D/N-D tensor from flat values and a shape (values cast to dtype).
Tensor tensor_from_values(const std::vector<double>& values, IntArrayRef shape, DType dtype);

// ---- conversion and copies ----
/// aten::to.dtype: self when the dtype matches (unless copy), else a converted copy.
Tensor to(const Tensor& self, DType dtype, bool copy = false);
/// aten::clone: a contiguous copy.
Tensor clone(const Tensor& self);
/// aten::contiguous: self when contiguous, else a contiguous copy.
Tensor contiguous(const Tensor& self);
/// aten::copy_: writes src (broadcast to self's shape, converted to self's dtype) into self.
Tensor& copy_(Tensor& self, const Tensor& src);
/// aten::fill_.Scalar
Tensor& fill_(Tensor& self, const Scalar& value);
/// aten::zero_
Tensor& zero_(Tensor& self);

// ---- elementwise binary (broadcasting, type promotion) ----
/// aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1)
Tensor add(const Tensor& self, const Tensor& other, const Scalar& alpha = Scalar(int64_t{1}));
/// aten::add.Scalar
Tensor add(const Tensor& self, const Scalar& other, const Scalar& alpha = Scalar(int64_t{1}));
Tensor sub(const Tensor& self, const Tensor& other, const Scalar& alpha = Scalar(int64_t{1}));
Tensor sub(const Tensor& self, const Scalar& other, const Scalar& alpha = Scalar(int64_t{1}));
/// other - alpha * self (aten::rsub.Scalar); a bool tensor raises as in `sub`.
Tensor rsub(const Tensor& self, const Scalar& other, const Scalar& alpha = Scalar(int64_t{1}));
Tensor mul(const Tensor& self, const Tensor& other);
Tensor mul(const Tensor& self, const Scalar& other);
/// aten::div.Tensor_mode: rounding_mode None (true division; integers give the
/// default float), "trunc" or "floor" (integers stay integers).
Tensor div(const Tensor& self, const Tensor& other, std::optional<std::string_view> rounding_mode = std::nullopt);
Tensor div(const Tensor& self, const Scalar& other, std::optional<std::string_view> rounding_mode = std::nullopt);
Tensor floor_divide(const Tensor& self, const Tensor& other);
Tensor floor_divide(const Tensor& self, const Scalar& other);
/// Python's modulo: the result has the divisor's sign.
Tensor remainder(const Tensor& self, const Tensor& other);
Tensor remainder(const Tensor& self, const Scalar& other);
/// C's fmod: the result has the dividend's sign.
Tensor fmod(const Tensor& self, const Tensor& other);
Tensor fmod(const Tensor& self, const Scalar& other);
Tensor pow(const Tensor& self, const Tensor& exponent);
Tensor pow(const Tensor& self, const Scalar& exponent);
Tensor pow(const Scalar& self, const Tensor& exponent);
Tensor maximum(const Tensor& self, const Tensor& other);
Tensor minimum(const Tensor& self, const Tensor& other);
Tensor atan2(const Tensor& self, const Tensor& other);
Tensor eq(const Tensor& self, const Tensor& other);
Tensor eq(const Tensor& self, const Scalar& other);
Tensor ne(const Tensor& self, const Tensor& other);
Tensor ne(const Tensor& self, const Scalar& other);
Tensor lt(const Tensor& self, const Tensor& other);
Tensor lt(const Tensor& self, const Scalar& other);
Tensor le(const Tensor& self, const Tensor& other);
Tensor le(const Tensor& self, const Scalar& other);
Tensor gt(const Tensor& self, const Tensor& other);
Tensor gt(const Tensor& self, const Scalar& other);
Tensor ge(const Tensor& self, const Tensor& other);
Tensor ge(const Tensor& self, const Scalar& other);
Tensor logical_and(const Tensor& self, const Tensor& other);
Tensor logical_or(const Tensor& self, const Tensor& other);
Tensor logical_xor(const Tensor& self, const Tensor& other);
/// Integral and bool only.
Tensor bitwise_and(const Tensor& self, const Tensor& other);
Tensor bitwise_and(const Tensor& self, const Scalar& other);
Tensor bitwise_or(const Tensor& self, const Tensor& other);
Tensor bitwise_or(const Tensor& self, const Scalar& other);
Tensor bitwise_xor(const Tensor& self, const Tensor& other);
Tensor bitwise_xor(const Tensor& self, const Scalar& other);
/// aten::where.self: condition must be bool (or uint8).
Tensor where(const Tensor& condition, const Tensor& self, const Tensor& other);
Tensor where(const Tensor& condition, const Scalar& self, const Scalar& other);
/// aten::clamp: at least one bound. RuntimeError "torch.clamp: At least one of 'min' or 'max' must not be None".
Tensor clamp(const Tensor& self, const OptScalar& min, const OptScalar& max);
/// aten::clamp.Tensor (undefined tensors stand for None)
Tensor clamp(const Tensor& self, const Tensor& min, const Tensor& max);
/// aten::lerp.Scalar: self + weight * (end - self); floating only.
Tensor lerp(const Tensor& self, const Tensor& end, const Scalar& weight);
Tensor lerp(const Tensor& self, const Tensor& end, const Tensor& weight);

// ---- elementwise unary ----
Tensor neg(const Tensor& self);
Tensor abs(const Tensor& self);
Tensor exp(const Tensor& self);
Tensor log(const Tensor& self);
Tensor log1p(const Tensor& self);
Tensor expm1(const Tensor& self);
Tensor sqrt(const Tensor& self);
Tensor rsqrt(const Tensor& self);
Tensor sin(const Tensor& self);
Tensor cos(const Tensor& self);
Tensor tan(const Tensor& self);
Tensor tanh(const Tensor& self);
Tensor sigmoid(const Tensor& self);
Tensor erf(const Tensor& self);
Tensor relu(const Tensor& self);
/// approximate: "none" (erf) or "tanh".
Tensor gelu(const Tensor& self, std::string_view approximate = "none");
Tensor silu(const Tensor& self);
Tensor elu(const Tensor& self, const Scalar& alpha = Scalar(1.0));
Tensor leaky_relu(const Tensor& self, const Scalar& negative_slope = Scalar(0.01));
Tensor hardtanh(const Tensor& self, const Scalar& min_val = Scalar(-1.0), const Scalar& max_val = Scalar(1.0));
Tensor softplus(const Tensor& self, const Scalar& beta = Scalar(int64_t{1}), const Scalar& threshold = Scalar(int64_t{20}));
Tensor floor(const Tensor& self);
Tensor ceil(const Tensor& self);
/// Half to even, like torch.round.
Tensor round(const Tensor& self);
Tensor trunc(const Tensor& self);
Tensor sign(const Tensor& self);
Tensor reciprocal(const Tensor& self);
Tensor square(const Tensor& self);
Tensor isnan(const Tensor& self);
Tensor isinf(const Tensor& self);
/// nan -> nan (0), +inf -> posinf (the dtype's max), -inf -> neginf (the dtype's lowest).
Tensor nan_to_num(const Tensor& self, std::optional<double> nan = std::nullopt, std::optional<double> posinf = std::nullopt,
                  std::optional<double> neginf = std::nullopt);
Tensor logical_not(const Tensor& self);
Tensor bitwise_not(const Tensor& self);

// ---- in-place ----
/// aten::add_.Tensor: the result dtype must be castable to self's (RuntimeError
/// "result type Float can't be cast to the desired output type Long").
Tensor& add_(Tensor& self, const Tensor& other, const Scalar& alpha = Scalar(int64_t{1}));
Tensor& add_(Tensor& self, const Scalar& other, const Scalar& alpha = Scalar(int64_t{1}));
Tensor& mul_(Tensor& self, const Tensor& other);
Tensor& mul_(Tensor& self, const Scalar& other);
Tensor& relu_(Tensor& self);
Tensor& clamp_(Tensor& self, const OptScalar& min, const OptScalar& max);

// ---- reductions (dims empty = all; negative dims allowed) ----
/// aten::sum.dim_IntList: integral and bool inputs sum to int64 unless `dtype` says otherwise.
Tensor sum(const Tensor& self, IntArrayRef dims = {}, bool keepdim = false, OptDType dtype = std::nullopt);
/// aten::mean.dim: floating inputs (or a floating dtype) only.
Tensor mean(const Tensor& self, IntArrayRef dims = {}, bool keepdim = false, OptDType dtype = std::nullopt);
/// aten::prod (all dims) / aten::prod.dim_int
Tensor prod(const Tensor& self, std::optional<int64_t> dim = std::nullopt, bool keepdim = false, OptDType dtype = std::nullopt);
/// aten::max / aten::min over all elements (RuntimeError on an empty tensor).
Tensor max(const Tensor& self);
Tensor min(const Tensor& self);
/// aten::max.dim: (values, indices); NaN wins, the first of equal values is taken.
std::pair<Tensor, Tensor> max(const Tensor& self, int64_t dim, bool keepdim = false);
std::pair<Tensor, Tensor> min(const Tensor& self, int64_t dim, bool keepdim = false);
Tensor amax(const Tensor& self, IntArrayRef dims = {}, bool keepdim = false);
Tensor amin(const Tensor& self, IntArrayRef dims = {}, bool keepdim = false);
Tensor argmax(const Tensor& self, std::optional<int64_t> dim = std::nullopt, bool keepdim = false);
Tensor argmin(const Tensor& self, std::optional<int64_t> dim = std::nullopt, bool keepdim = false);
/// aten::var.correction (correction defaults to 1)
Tensor var(const Tensor& self, IntArrayRef dims = {}, int64_t correction = 1, bool keepdim = false);
Tensor std(const Tensor& self, IntArrayRef dims = {}, int64_t correction = 1, bool keepdim = false);
/// aten::norm.ScalarOpt_dim: p = 2, 1, inf, -inf, 0 or any other number.
Tensor norm(const Tensor& self, const Scalar& p = Scalar(2.0), IntArrayRef dims = {}, bool keepdim = false);
Tensor logsumexp(const Tensor& self, IntArrayRef dims, bool keepdim = false);
/// aten::all / aten::any (all dims, or one dim); bool result (uint8 stays uint8).
Tensor all(const Tensor& self, std::optional<int64_t> dim = std::nullopt, bool keepdim = false);
Tensor any(const Tensor& self, std::optional<int64_t> dim = std::nullopt, bool keepdim = false);
/// aten::cumsum: integral inputs accumulate in int64.
Tensor cumsum(const Tensor& self, int64_t dim, OptDType dtype = std::nullopt);
Tensor softmax(const Tensor& self, int64_t dim, OptDType dtype = std::nullopt);
Tensor log_softmax(const Tensor& self, int64_t dim, OptDType dtype = std::nullopt);

// ---- shapes and views (views share storage) ----
/// aten::view: one -1 is inferred; the strides must allow it (PyTorch's rule),
/// else RuntimeError "view size is not compatible with input tensor's size and stride ...".
Tensor view(const Tensor& self, IntArrayRef size);
/// aten::reshape: a view when possible, else a copy.
Tensor reshape(const Tensor& self, IntArrayRef size);
Tensor permute(const Tensor& self, IntArrayRef dims);
Tensor transpose(const Tensor& self, int64_t dim0, int64_t dim1);
/// aten::t: transpose of a tensor with at most 2 dims.
Tensor t(const Tensor& self);
Tensor unsqueeze(const Tensor& self, int64_t dim);
Tensor squeeze(const Tensor& self);
Tensor squeeze(const Tensor& self, int64_t dim);
Tensor flatten(const Tensor& self, int64_t start_dim = 0, int64_t end_dim = -1);
/// aten::expand: -1 keeps a size; new leading dims may be added.
Tensor expand(const Tensor& self, IntArrayRef size);
Tensor expand_as(const Tensor& self, const Tensor& other);
Tensor narrow(const Tensor& self, int64_t dim, int64_t start, int64_t length);
Tensor select(const Tensor& self, int64_t dim, int64_t index);
/// aten::slice.Tensor: Python slice semantics (clamped bounds), step > 0.
Tensor slice(const Tensor& self, int64_t dim = 0, std::optional<int64_t> start = std::nullopt,
             std::optional<int64_t> end = std::nullopt, int64_t step = 1);
std::vector<Tensor> chunk(const Tensor& self, int64_t chunks, int64_t dim = 0);
std::vector<Tensor> split(const Tensor& self, int64_t split_size, int64_t dim = 0);
/// aten::split_with_sizes
std::vector<Tensor> split(const Tensor& self, IntArrayRef split_sizes, int64_t dim = 0);
Tensor cat(const std::vector<Tensor>& tensors, int64_t dim = 0);
Tensor stack(const std::vector<Tensor>& tensors, int64_t dim = 0);
Tensor flip(const Tensor& self, IntArrayRef dims);
Tensor roll(const Tensor& self, IntArrayRef shifts, IntArrayRef dims = {});
Tensor tril(const Tensor& self, int64_t diagonal = 0);
Tensor triu(const Tensor& self, int64_t diagonal = 0);
Tensor repeat(const Tensor& self, IntArrayRef repeats);

// ---- linear algebra (float32/float64 through OpenBLAS; 16-bit floats via float32; integers by loop) ----
Tensor mm(const Tensor& self, const Tensor& mat2);
Tensor bmm(const Tensor& self, const Tensor& mat2);
/// torch.matmul: dot, matrix-vector, vector-matrix, matrix-matrix and batched with broadcast batch dims.
Tensor matmul(const Tensor& self, const Tensor& other);
/// beta * self + alpha * (mat1 @ mat2), self broadcast to the product's shape.
Tensor addmm(const Tensor& self, const Tensor& mat1, const Tensor& mat2, const Scalar& beta = Scalar(int64_t{1}),
             const Scalar& alpha = Scalar(int64_t{1}));
/// input @ weight.T + bias (bias may be undefined).
Tensor linear(const Tensor& input, const Tensor& weight, const Tensor& bias = Tensor());
Tensor dot(const Tensor& self, const Tensor& other);
Tensor outer(const Tensor& self, const Tensor& vec2);

} // namespace tsc::runtime::tensor
