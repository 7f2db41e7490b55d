// runtime/kernels_tensor.cpp - Kernels of the tensor ops: Values adapted to the tensor library.
//
// Each kernel reads its arguments in schema order (defaults are materialized by
// the compiler, so every argument is present), calls the op in runtime/tensor
// and stores the result. ScalarType arguments are torch's numbering
// (torch.float32 == 6); Layout, Device and pin_memory are accepted and ignored
// (CPU strided tensors only); requires_grad=True is an error (no autograd).
#include "runtime/kernel_registry.h"

#include "runtime/kernel_util.h"
#include "runtime/kernels_tensor_util.h"
#include "runtime/tensor/dispatch.h"
#include "runtime/tensor/ops.h"
#include "runtime/tensor/ops_nn.h"
#include "runtime/tensor/random.h"
#include "runtime/tensor/tensor.h"

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace tsc::runtime {
namespace {

using namespace tensor_args;

// ---- creation ----

tensor::NestedData nested_data(const Value& v) {
  if (v.is_list()) {
    const ListObject& l = v.as_list();
    std::vector<tensor::NestedData> items;
    items.reserve(l.size());
    for (size_t k = 0; k < l.size(); ++k)
      items.push_back(nested_data(l.get(k)));
    return tensor::NestedData(std::move(items));
  }
  if (v.is_bool())
    return tensor::NestedData(Scalar(v.to_bool()));
  if (v.is_int())
    return tensor::NestedData(Scalar(v.to_int()));
  if (v.is_double())
    return tensor::NestedData(Scalar(v.to_double()));
  raise_error("TypeError",
              std::string("torch.tensor(): elements must be numbers, not '") + tag_name(v.tag()) + "'");
}

void k_tensor_scalar(const KernelFrame& f) {
  check_no_grad(f, 3);
  set_tensor(f, tensor::tensor_from_data(tensor::NestedData(arg_scalar(f, 0)), arg_opt_dtype(f, 1)));
}
void k_tensor(const KernelFrame& f) {
  check_no_grad(f, 3);
  set_tensor(f, tensor::tensor_from_data(nested_data(f.in(0)), arg_opt_dtype(f, 1)));
}
void k_scalar_tensor(const KernelFrame& f) {
  // torch.scalar_tensor(3) is a float tensor: the default dtype, whatever the number.
  set_tensor(f, tensor::scalar_tensor(arg_scalar(f, 0), arg_opt_dtype(f, 1).value_or(tensor::kDefaultFloat)));
}
void k_zeros(const KernelFrame& f) {
  set_tensor(f, tensor::zeros(arg_ints(f, 0), arg_opt_dtype(f, 1).value_or(tensor::kDefaultFloat)));
}
void k_ones(const KernelFrame& f) {
  set_tensor(f, tensor::ones(arg_ints(f, 0), arg_opt_dtype(f, 1).value_or(tensor::kDefaultFloat)));
}
void k_full(const KernelFrame& f) {
  set_tensor(f, tensor::full(arg_ints(f, 0), arg_scalar(f, 1), arg_opt_dtype(f, 2)));
}
void k_arange(const KernelFrame& f) {
  set_tensor(f, tensor::arange(arg_scalar(f, 0), arg_opt_dtype(f, 1)));
}
void k_arange_start(const KernelFrame& f) {
  set_tensor(f, tensor::arange(arg_scalar(f, 0), arg_scalar(f, 1), Scalar(int64_t{1}), arg_opt_dtype(f, 2)));
}
void k_arange_start_step(const KernelFrame& f) {
  set_tensor(f, tensor::arange(arg_scalar(f, 0), arg_scalar(f, 1), arg_scalar(f, 2), arg_opt_dtype(f, 3)));
}
void k_linspace(const KernelFrame& f) {
  set_tensor(f, tensor::linspace(arg_scalar(f, 0), arg_scalar(f, 1), arg_int(f, 2), arg_opt_dtype(f, 3)));
}
void k_eye(const KernelFrame& f) {
  set_tensor(f,
             tensor::eye(arg_int(f, 0), std::nullopt, arg_opt_dtype(f, 1).value_or(tensor::kDefaultFloat)));
}
void k_eye_m(const KernelFrame& f) {
  set_tensor(f, tensor::eye(arg_int(f, 0), arg_int(f, 1), arg_opt_dtype(f, 2).value_or(tensor::kDefaultFloat)));
}
void k_zeros_like(const KernelFrame& f) {
  set_tensor(f, tensor::zeros_like(arg_tensor(f, 0), arg_opt_dtype(f, 1)));
}
void k_ones_like(const KernelFrame& f) {
  set_tensor(f, tensor::ones_like(arg_tensor(f, 0), arg_opt_dtype(f, 1)));
}
void k_full_like(const KernelFrame& f) {
  set_tensor(f, tensor::full_like(arg_tensor(f, 0), arg_scalar(f, 1), arg_opt_dtype(f, 2)));
}
// torch.randint draws integers; a bool dtype is refused as torch refuses it.
void check_randint_dtype(OptDType dtype) {
  if (dtype && *dtype == DType::Bool)
    raise_error("RuntimeError", "\"check_uniform_bounds\" not implemented for 'Bool'");
}
void k_rand(const KernelFrame& f) {
  set_tensor(f, tensor::rand(arg_ints(f, 0), arg_opt_dtype(f, 1)));
}
void k_randn(const KernelFrame& f) {
  set_tensor(f, tensor::randn(arg_ints(f, 0), arg_opt_dtype(f, 1)));
}
void k_rand_like(const KernelFrame& f) {
  Tensor self = arg_tensor(f, 0);
  set_tensor(f, tensor::rand(self.sizes(), arg_opt_dtype(f, 1).value_or(self.dtype())));
}
void k_randn_like(const KernelFrame& f) {
  Tensor self = arg_tensor(f, 0);
  set_tensor(f, tensor::randn(self.sizes(), arg_opt_dtype(f, 1).value_or(self.dtype())));
}
void k_randint(const KernelFrame& f) {
  check_randint_dtype(arg_opt_dtype(f, 2));
  set_tensor(f, tensor::randint(0, arg_int(f, 0), arg_ints(f, 1), arg_opt_dtype(f, 2)));
}
void k_randint_low(const KernelFrame& f) {
  check_randint_dtype(arg_opt_dtype(f, 3));
  set_tensor(f, tensor::randint(arg_int(f, 0), arg_int(f, 1), arg_ints(f, 2), arg_opt_dtype(f, 3)));
}
void k_empty(const KernelFrame& f) {
  set_tensor(f, tensor::empty(arg_ints(f, 0), arg_opt_dtype(f, 1).value_or(tensor::kDefaultFloat)));
}
void k_empty_like(const KernelFrame& f) {
  set_tensor(f, tensor::empty_like(arg_tensor(f, 0), arg_opt_dtype(f, 1)));
}
void k_manual_seed(const KernelFrame& f) {
  tensor::manual_seed(static_cast<uint64_t>(arg_int(f, 0)));
}

// ---- elementwise ----

// Binary ops with a Tensor or a Scalar second operand.
#define TSC_BINARY_TT(NAME, EXPR)                                                                            \
  void NAME(const KernelFrame& f) {                                                                          \
    Tensor a = arg_tensor(f, 0);                                                                             \
    Tensor b = arg_tensor(f, 1);                                                                             \
    set_tensor(f, EXPR);                                                                                     \
  }
#define TSC_BINARY_TS(NAME, EXPR)                                                                            \
  void NAME(const KernelFrame& f) {                                                                          \
    Tensor a = arg_tensor(f, 0);                                                                             \
    Scalar b = arg_scalar(f, 1);                                                                             \
    set_tensor(f, EXPR);                                                                                     \
  }
#define TSC_UNARY(NAME, FN)                                                                                  \
  void NAME(const KernelFrame& f) {                                                                          \
    set_tensor(f, tensor::FN(arg_tensor(f, 0)));                                                             \
  }

TSC_BINARY_TT(k_add_t, tensor::add(a, b, arg_scalar(f, 2)))
TSC_BINARY_TS(k_add_s, tensor::add(a, b, arg_scalar(f, 2)))
TSC_BINARY_TT(k_sub_t, tensor::sub(a, b, arg_scalar(f, 2)))
TSC_BINARY_TS(k_sub_s, tensor::sub(a, b, arg_scalar(f, 2)))
TSC_BINARY_TS(k_rsub_s, tensor::rsub(a, b, arg_scalar(f, 2)))
TSC_BINARY_TT(k_mul_t, tensor::mul(a, b))
TSC_BINARY_TS(k_mul_s, tensor::mul(a, b))
TSC_BINARY_TT(k_div_t, tensor::div(a, b))
TSC_BINARY_TS(k_div_s, tensor::div(a, b))
std::optional<std::string_view> arg_rounding_mode(const KernelFrame& f, size_t i) {
  if (f.in(i).is_none())
    return std::nullopt;
  return f.in(i).str_view();
}
TSC_BINARY_TT(k_div_t_mode, tensor::div(a, b, arg_rounding_mode(f, 2)))
TSC_BINARY_TS(k_div_s_mode, tensor::div(a, b, arg_rounding_mode(f, 2)))
TSC_BINARY_TT(k_floor_divide_t, tensor::floor_divide(a, b))
TSC_BINARY_TS(k_floor_divide_s, tensor::floor_divide(a, b))
TSC_BINARY_TT(k_remainder_t, tensor::remainder(a, b))
TSC_BINARY_TS(k_remainder_s, tensor::remainder(a, b))
TSC_BINARY_TT(k_pow_tt, tensor::pow(a, b))
TSC_BINARY_TS(k_pow_ts, tensor::pow(a, b))
void k_pow_st(const KernelFrame& f) {
  set_tensor(f, tensor::pow(arg_scalar(f, 0), arg_tensor(f, 1)));
}
TSC_BINARY_TT(k_maximum, tensor::maximum(a, b))
TSC_BINARY_TT(k_minimum, tensor::minimum(a, b))
void k_where_t(const KernelFrame& f) {
  set_tensor(f, tensor::where(arg_tensor(f, 0), arg_tensor(f, 1), arg_tensor(f, 2)));
}
void k_where_s(const KernelFrame& f) {
  set_tensor(f, tensor::where(arg_tensor(f, 0), arg_scalar(f, 1), arg_scalar(f, 2)));
}
void k_clamp(const KernelFrame& f) {
  set_tensor(f, tensor::clamp(arg_tensor(f, 0), arg_opt_scalar(f, 1), arg_opt_scalar(f, 2)));
}
void k_clamp_t(const KernelFrame& f) {
  set_tensor(f, tensor::clamp(arg_tensor(f, 0), arg_opt_tensor(f, 1), arg_opt_tensor(f, 2)));
}
void k_clamp_min(const KernelFrame& f) {
  set_tensor(f, tensor::clamp(arg_tensor(f, 0), arg_scalar(f, 1), std::nullopt));
}
void k_clamp_max(const KernelFrame& f) {
  set_tensor(f, tensor::clamp(arg_tensor(f, 0), std::nullopt, arg_scalar(f, 1)));
}
TSC_BINARY_TT(k_fmod_t, tensor::fmod(a, b))
TSC_BINARY_TS(k_fmod_s, tensor::fmod(a, b))
TSC_BINARY_TT(k_atan2, tensor::atan2(a, b))
void k_lerp_s(const KernelFrame& f) {
  set_tensor(f, tensor::lerp(arg_tensor(f, 0), arg_tensor(f, 1), arg_scalar(f, 2)));
}
void k_lerp_t(const KernelFrame& f) {
  set_tensor(f, tensor::lerp(arg_tensor(f, 0), arg_tensor(f, 1), arg_tensor(f, 2)));
}
TSC_BINARY_TT(k_logical_and, tensor::logical_and(a, b))
TSC_BINARY_TT(k_logical_or, tensor::logical_or(a, b))
TSC_BINARY_TT(k_logical_xor, tensor::logical_xor(a, b))
TSC_UNARY(k_logical_not, logical_not)
TSC_BINARY_TT(k_eq_t, tensor::eq(a, b))
TSC_BINARY_TS(k_eq_s, tensor::eq(a, b))
TSC_BINARY_TT(k_ne_t, tensor::ne(a, b))
TSC_BINARY_TS(k_ne_s, tensor::ne(a, b))
TSC_BINARY_TT(k_lt_t, tensor::lt(a, b))
TSC_BINARY_TS(k_lt_s, tensor::lt(a, b))
TSC_BINARY_TT(k_le_t, tensor::le(a, b))
TSC_BINARY_TS(k_le_s, tensor::le(a, b))
TSC_BINARY_TT(k_gt_t, tensor::gt(a, b))
TSC_BINARY_TS(k_gt_s, tensor::gt(a, b))
TSC_BINARY_TT(k_ge_t, tensor::ge(a, b))
TSC_BINARY_TS(k_ge_s, tensor::ge(a, b))
TSC_BINARY_TT(k_and_t, tensor::bitwise_and(a, b))
TSC_BINARY_TS(k_and_s, tensor::bitwise_and(a, b))
TSC_BINARY_TT(k_or_t, tensor::bitwise_or(a, b))
TSC_BINARY_TS(k_or_s, tensor::bitwise_or(a, b))
TSC_BINARY_TT(k_xor_t, tensor::bitwise_xor(a, b))
TSC_BINARY_TS(k_xor_s, tensor::bitwise_xor(a, b))
TSC_UNARY(k_bitwise_not, bitwise_not)
TSC_UNARY(k_neg, neg)
TSC_UNARY(k_abs, abs)
TSC_UNARY(k_exp, exp)
TSC_UNARY(k_log, log)
TSC_UNARY(k_sqrt, sqrt)
TSC_UNARY(k_rsqrt, rsqrt)
TSC_UNARY(k_sin, sin)
TSC_UNARY(k_cos, cos)
TSC_UNARY(k_tanh, tanh)
TSC_UNARY(k_sigmoid, sigmoid)
TSC_UNARY(k_relu, relu)
TSC_UNARY(k_silu, silu)
TSC_UNARY(k_floor, floor)
TSC_UNARY(k_ceil, ceil)
TSC_UNARY(k_round, round)
TSC_UNARY(k_reciprocal, reciprocal)
TSC_UNARY(k_log1p, log1p)
TSC_UNARY(k_expm1, expm1)
TSC_UNARY(k_tan, tan)
TSC_UNARY(k_erf, erf)
TSC_UNARY(k_trunc, trunc)
TSC_UNARY(k_sign, sign)
TSC_UNARY(k_square, square)
TSC_UNARY(k_isnan, isnan)
TSC_UNARY(k_isinf, isinf)
std::optional<double> arg_opt_double(const KernelFrame& f, size_t i) {
  if (f.in(i).is_none())
    return std::nullopt;
  return arg_double(f, i);
}
void k_nan_to_num(const KernelFrame& f) {
  set_tensor(f, tensor::nan_to_num(arg_tensor(f, 0), arg_opt_double(f, 1), arg_opt_double(f, 2),
                                   arg_opt_double(f, 3)));
}
bool is_one(const Scalar& s) {
  return s.is_double() ? s.to_double() == 1.0 : s.to_int() == 1;
}
// torch.round(x, decimals=k) as torch's round_decimals_kernel computes it: in the
// dtype's opmath type (float for float16/bfloat16/float32, double for float64),
// nearbyint(x * 10^k) / 10^k, or nearbyint(x / 10^-k) * 10^-k for k < 0, with
// 10^|k| from std::pow in double, cast to the opmath type. Both steps are
// correctly rounded in the library's float32 arithmetic, so composing its ops
// gives torch's bits; float16/bfloat16 round once, at the end.
void k_round_decimals(const KernelFrame& f) {
  Tensor x = arg_tensor(f, 0);
  int64_t decimals = arg_int(f, 1);
  if (decimals == 0) {
    set_tensor(f, tensor::round(x));
    return;
  }
  const DType dt = x.dtype();
  if (!tensor::is_floating(dt))
    tensor::raise_not_implemented("round_cpu", dt);
  const DType opmath = dt == DType::Float64 ? DType::Float64 : DType::Float32;
  const bool negative = decimals < 0;
  double ten = std::pow(10.0, static_cast<double>(negative ? -decimals : decimals));
  if (opmath == DType::Float32)
    ten = static_cast<double>(static_cast<float>(ten));
  Tensor y = tensor::to(x, opmath);
  Tensor r = negative ? tensor::mul(tensor::round(tensor::div(y, Scalar(ten))), Scalar(ten))
                      : tensor::div(tensor::round(tensor::mul(y, Scalar(ten))), Scalar(ten));
  set_tensor(f, tensor::to(r, dt));
}
// elu(x) = scale * (x > 0 ? x : alpha * (exp(x * input_scale) - 1))
void k_elu(const KernelFrame& f) {
  Tensor x = arg_tensor(f, 0);
  Scalar alpha = arg_scalar(f, 1), scale = arg_scalar(f, 2), input_scale = arg_scalar(f, 3);
  if (is_one(scale) && is_one(input_scale)) {
    set_tensor(f, tensor::elu(x, alpha));
    return;
  }
  Tensor neg =
      tensor::mul(tensor::expm1(tensor::mul(x, input_scale)), Scalar(alpha.to_double() * scale.to_double()));
  set_tensor(f, tensor::where(tensor::gt(x, Scalar(int64_t{0})), tensor::mul(x, scale), neg));
}
void k_leaky_relu(const KernelFrame& f) {
  set_tensor(f, tensor::leaky_relu(arg_tensor(f, 0), arg_scalar(f, 1)));
}
void k_hardtanh(const KernelFrame& f) {
  set_tensor(f, tensor::hardtanh(arg_tensor(f, 0), arg_scalar(f, 1), arg_scalar(f, 2)));
}
void k_softplus(const KernelFrame& f) {
  set_tensor(f, tensor::softplus(arg_tensor(f, 0), arg_scalar(f, 1), arg_scalar(f, 2)));
}
void k_gelu(const KernelFrame& f) {
  set_tensor(f, tensor::gelu(arg_tensor(f, 0), arg_str(f, 1)));
}

// ---- reductions ----

// int[1]? dim: None (or an empty list) reduces over every dim.
std::vector<int64_t> arg_opt_dims(const KernelFrame& f, size_t i) {
  return f.in(i).is_none() ? std::vector<int64_t>{} : arg_ints(f, i);
}
void k_sum(const KernelFrame& f) {
  set_tensor(f, tensor::sum(arg_tensor(f, 0), {}, false, arg_opt_dtype(f, 1)));
}
void k_sum_dim(const KernelFrame& f) {
  set_tensor(f, tensor::sum(arg_tensor(f, 0), arg_opt_dims(f, 1), arg_bool(f, 2), arg_opt_dtype(f, 3)));
}
void k_mean(const KernelFrame& f) {
  set_tensor(f, tensor::mean(arg_tensor(f, 0), {}, false, arg_opt_dtype(f, 1)));
}
void k_mean_dim(const KernelFrame& f) {
  set_tensor(f, tensor::mean(arg_tensor(f, 0), arg_opt_dims(f, 1), arg_bool(f, 2), arg_opt_dtype(f, 3)));
}
TSC_UNARY(k_max, max)
TSC_UNARY(k_min, min)
void k_max_dim(const KernelFrame& f) {
  auto [values, indices] = tensor::max(arg_tensor(f, 0), arg_int(f, 1), arg_bool(f, 2));
  set_tensor(f, values, 0);
  set_tensor(f, indices, 1);
}
void k_min_dim(const KernelFrame& f) {
  auto [values, indices] = tensor::min(arg_tensor(f, 0), arg_int(f, 1), arg_bool(f, 2));
  set_tensor(f, values, 0);
  set_tensor(f, indices, 1);
}
void k_argmax(const KernelFrame& f) {
  set_tensor(f, tensor::argmax(arg_tensor(f, 0), arg_opt_int(f, 1), arg_bool(f, 2)));
}
void k_argmin(const KernelFrame& f) {
  set_tensor(f, tensor::argmin(arg_tensor(f, 0), arg_opt_int(f, 1), arg_bool(f, 2)));
}
void k_prod(const KernelFrame& f) {
  set_tensor(f, tensor::prod(arg_tensor(f, 0), std::nullopt, false, arg_opt_dtype(f, 1)));
}
void k_prod_dim(const KernelFrame& f) {
  set_tensor(f, tensor::prod(arg_tensor(f, 0), arg_int(f, 1), arg_bool(f, 2), arg_opt_dtype(f, 3)));
}
void k_amax(const KernelFrame& f) {
  set_tensor(f, tensor::amax(arg_tensor(f, 0), arg_ints(f, 1), arg_bool(f, 2)));
}
void k_amin(const KernelFrame& f) {
  set_tensor(f, tensor::amin(arg_tensor(f, 0), arg_ints(f, 1), arg_bool(f, 2)));
}
// var/std: `unbiased` is correction 1 or 0; a None correction is 1.
void k_var(const KernelFrame& f) {
  set_tensor(f, tensor::var(arg_tensor(f, 0), {}, arg_bool(f, 1) ? 1 : 0, false));
}
void k_var_dim(const KernelFrame& f) {
  set_tensor(f, tensor::var(arg_tensor(f, 0), arg_opt_dims(f, 1), arg_bool(f, 2) ? 1 : 0, arg_bool(f, 3)));
}
void k_var_correction(const KernelFrame& f) {
  set_tensor(
      f, tensor::var(arg_tensor(f, 0), arg_opt_dims(f, 1), arg_opt_int(f, 2).value_or(1), arg_bool(f, 3)));
}
void k_std(const KernelFrame& f) {
  set_tensor(f, tensor::std(arg_tensor(f, 0), {}, arg_bool(f, 1) ? 1 : 0, false));
}
void k_std_dim(const KernelFrame& f) {
  set_tensor(f, tensor::std(arg_tensor(f, 0), arg_opt_dims(f, 1), arg_bool(f, 2) ? 1 : 0, arg_bool(f, 3)));
}
void k_std_correction(const KernelFrame& f) {
  set_tensor(
      f, tensor::std(arg_tensor(f, 0), arg_opt_dims(f, 1), arg_opt_int(f, 2).value_or(1), arg_bool(f, 3)));
}
void k_norm(const KernelFrame& f) {
  set_tensor(f, tensor::norm(arg_tensor(f, 0), arg_scalar(f, 1)));
}
void k_norm_dim(const KernelFrame& f) {
  set_tensor(f, tensor::norm(arg_tensor(f, 0), arg_opt_scalar(f, 1).value_or(Scalar(2.0)), arg_ints(f, 2),
                             arg_bool(f, 3)));
}
void k_logsumexp(const KernelFrame& f) {
  set_tensor(f, tensor::logsumexp(arg_tensor(f, 0), arg_ints(f, 1), arg_bool(f, 2)));
}
TSC_UNARY(k_all, all)
TSC_UNARY(k_any, any)
void k_all_dim(const KernelFrame& f) {
  set_tensor(f, tensor::all(arg_tensor(f, 0), arg_int(f, 1), arg_bool(f, 2)));
}
void k_any_dim(const KernelFrame& f) {
  set_tensor(f, tensor::any(arg_tensor(f, 0), arg_int(f, 1), arg_bool(f, 2)));
}
void k_cumsum(const KernelFrame& f) {
  set_tensor(f, tensor::cumsum(arg_tensor(f, 0), arg_int(f, 1), arg_opt_dtype(f, 2)));
}
TSC_BINARY_TT(k_max_other, tensor::maximum(a, b))
TSC_BINARY_TT(k_min_other, tensor::minimum(a, b))
void k_softmax(const KernelFrame& f) {
  set_tensor(f, tensor::softmax(arg_tensor(f, 0), arg_int(f, 1), arg_opt_dtype(f, 2)));
}
void k_log_softmax(const KernelFrame& f) {
  set_tensor(f, tensor::log_softmax(arg_tensor(f, 0), arg_int(f, 1), arg_opt_dtype(f, 2)));
}

// ---- shapes and views ----

void k_size(const KernelFrame& f) {
  set_int_list(f, arg_tensor(f, 0).sizes());
}
void k_size_int(const KernelFrame& f) {
  set_int(f, arg_tensor(f, 0).size(arg_int(f, 1)));
}
void k_dtype(const KernelFrame& f) {
  set_int(f, scalar_type_of(arg_tensor(f, 0).dtype()));
}
void k_is_contiguous(const KernelFrame& f) {
  set_bool(f, arg_tensor(f, 0).is_contiguous());
}
void k_dim(const KernelFrame& f) {
  set_int(f, arg_tensor(f, 0).dim());
}
void k_numel(const KernelFrame& f) {
  set_int(f, arg_tensor(f, 0).numel());
}
void k_len(const KernelFrame& f) {
  Tensor t = arg_tensor(f, 0);
  if (t.dim() == 0)
    raise_error("TypeError", "len() of a 0-d tensor");
  set_int(f, t.size(0));
}
void k_view(const KernelFrame& f) {
  set_tensor(f, tensor::view(arg_tensor(f, 0), arg_ints(f, 1)));
}
void k_reshape(const KernelFrame& f) {
  set_tensor(f, tensor::reshape(arg_tensor(f, 0), arg_ints(f, 1)));
}
void k_permute(const KernelFrame& f) {
  set_tensor(f, tensor::permute(arg_tensor(f, 0), arg_ints(f, 1)));
}
void k_transpose(const KernelFrame& f) {
  set_tensor(f, tensor::transpose(arg_tensor(f, 0), arg_int(f, 1), arg_int(f, 2)));
}
TSC_UNARY(k_t, t)
void k_contiguous(const KernelFrame& f) {
  set_tensor(f, tensor::contiguous(arg_tensor(f, 0)));
}
void k_unsqueeze(const KernelFrame& f) {
  set_tensor(f, tensor::unsqueeze(arg_tensor(f, 0), arg_int(f, 1)));
}
void k_squeeze(const KernelFrame& f) {
  set_tensor(f, tensor::squeeze(arg_tensor(f, 0)));
}
void k_squeeze_dim(const KernelFrame& f) {
  set_tensor(f, tensor::squeeze(arg_tensor(f, 0), arg_int(f, 1)));
}
void k_flatten(const KernelFrame& f) {
  set_tensor(f, tensor::flatten(arg_tensor(f, 0), arg_int(f, 1), arg_int(f, 2)));
}
void k_expand(const KernelFrame& f) {
  set_tensor(f, tensor::expand(arg_tensor(f, 0), arg_ints(f, 1)));
}
void k_expand_as(const KernelFrame& f) {
  set_tensor(f, tensor::expand_as(arg_tensor(f, 0), arg_tensor(f, 1)));
}
void k_select(const KernelFrame& f) {
  set_tensor(f, tensor::select(arg_tensor(f, 0), arg_int(f, 1), arg_int(f, 2)));
}
void k_slice(const KernelFrame& f) {
  set_tensor(
      f, tensor::slice(arg_tensor(f, 0), arg_int(f, 1), arg_opt_int(f, 2), arg_opt_int(f, 3), arg_int(f, 4)));
}
void k_cat(const KernelFrame& f) {
  set_tensor(f, tensor::cat(arg_tensors(f, 0), arg_int(f, 1)));
}
void k_stack(const KernelFrame& f) {
  set_tensor(f, tensor::stack(arg_tensors(f, 0), arg_int(f, 1)));
}
void k_chunk(const KernelFrame& f) {
  set_tensor_list(f, tensor::chunk(arg_tensor(f, 0), arg_int(f, 1), arg_int(f, 2)));
}
void k_split(const KernelFrame& f) {
  set_tensor_list(f, tensor::split(arg_tensor(f, 0), arg_int(f, 1), arg_int(f, 2)));
}
void k_split_sizes(const KernelFrame& f) {
  set_tensor_list(f, tensor::split(arg_tensor(f, 0), tensor::IntArrayRef(arg_ints(f, 1)), arg_int(f, 2)));
}
void k_unbind(const KernelFrame& f) {
  Tensor self = arg_tensor(f, 0);
  int64_t dim = arg_int(f, 1);
  if (self.dim() == 0)
    raise_error("IndexError",
                "Dimension specified as " + std::to_string(dim) + " but tensor has no dimensions");
  const int64_t n = self.size(dim);
  std::vector<Tensor> parts;
  parts.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i)
    parts.push_back(tensor::select(self, dim, i));
  set_tensor_list(f, parts);
}
void k_narrow(const KernelFrame& f) {
  set_tensor(f, tensor::narrow(arg_tensor(f, 0), arg_int(f, 1), arg_int(f, 2), arg_int(f, 3)));
}
void k_repeat(const KernelFrame& f) {
  set_tensor(f, tensor::repeat(arg_tensor(f, 0), arg_ints(f, 1)));
}
void k_flip(const KernelFrame& f) {
  set_tensor(f, tensor::flip(arg_tensor(f, 0), arg_ints(f, 1)));
}
void k_roll(const KernelFrame& f) {
  set_tensor(f, tensor::roll(arg_tensor(f, 0), arg_ints(f, 1), arg_ints(f, 2)));
}
void k_tril(const KernelFrame& f) {
  set_tensor(f, tensor::tril(arg_tensor(f, 0), arg_int(f, 1)));
}
void k_triu(const KernelFrame& f) {
  set_tensor(f, tensor::triu(arg_tensor(f, 0), arg_int(f, 1)));
}

// ---- linear algebra and nn ----

TSC_BINARY_TT(k_matmul, tensor::matmul(a, b))
TSC_BINARY_TT(k_mm, tensor::mm(a, b))
TSC_BINARY_TT(k_bmm, tensor::bmm(a, b))
void k_linear(const KernelFrame& f) {
  set_tensor(f, tensor::linear(arg_tensor(f, 0), arg_tensor(f, 1), arg_opt_tensor(f, 2)));
}
void k_addmm(const KernelFrame& f) {
  set_tensor(f, tensor::addmm(arg_tensor(f, 0), arg_tensor(f, 1), arg_tensor(f, 2), arg_scalar(f, 3),
                              arg_scalar(f, 4)));
}
void k_layer_norm(const KernelFrame& f) {
  set_tensor(f, tensor::layer_norm(arg_tensor(f, 0), arg_ints(f, 1), arg_opt_tensor(f, 2),
                                   arg_opt_tensor(f, 3), arg_double(f, 4)));
}
void k_conv2d(const KernelFrame& f) {
  set_tensor(f, tensor::conv2d(arg_tensor(f, 0), arg_tensor(f, 1), arg_opt_tensor(f, 2), arg_ints(f, 3),
                               tensor::ConvPadding(arg_ints(f, 4)), arg_ints(f, 5), arg_int(f, 6)));
}
void k_conv2d_padding(const KernelFrame& f) {
  set_tensor(f, tensor::conv2d(arg_tensor(f, 0), arg_tensor(f, 1), arg_opt_tensor(f, 2), arg_ints(f, 3),
                               tensor::ConvPadding(arg_str(f, 4)), arg_ints(f, 5), arg_int(f, 6)));
}
void k_batch_norm(const KernelFrame& f) {
  set_tensor(f, tensor::batch_norm(arg_tensor(f, 0), arg_opt_tensor(f, 3), arg_opt_tensor(f, 4),
                                   arg_opt_tensor(f, 1), arg_opt_tensor(f, 2), arg_bool(f, 5),
                                   arg_double(f, 6), arg_double(f, 7)));
}
void k_embedding(const KernelFrame& f) {
  int64_t padding_idx = arg_int(f, 2);
  set_tensor(f, tensor::embedding(arg_tensor(f, 0), arg_tensor(f, 1),
                                  padding_idx < 0 ? std::nullopt : std::optional<int64_t>(padding_idx)));
}

// ---- conversion ----

// int(t), float(t), bool(t): the value of a one-element tensor, converted as Python converts numbers.
void k_int_tensor(const KernelFrame& f) {
  Scalar s = arg_tensor(f, 0).item();
  if (!s.is_double()) {
    set_int(f, s.to_int());
    return;
  }
  double d = s.to_double();
  if (std::isnan(d))
    raise_error("ValueError", "cannot convert float NaN to integer");
  if (std::isinf(d))
    raise_error("OverflowError", "cannot convert float infinity to integer");
  if (!(d > -9223372036854775808.0 && d < 9223372036854775808.0))
    raise_overflow();
  set_int(f, static_cast<int64_t>(d));
}
void k_float_tensor(const KernelFrame& f) {
  set_double(f, arg_tensor(f, 0).item().to_double());
}
void k_bool_tensor(const KernelFrame& f) {
  set_bool(f, arg_tensor(f, 0).item().to_bool());
}
void k_to_dtype(const KernelFrame& f) {
  set_tensor(f, tensor::to(arg_tensor(f, 0), arg_dtype(f, 1), arg_bool(f, 3)));
}
void k_clone(const KernelFrame& f) {
  set_tensor(f, tensor::clone(arg_tensor(f, 0)));
}
// No autograd: detach is the tensor itself (a view of the same storage).
void k_detach(const KernelFrame& f) {
  set_tensor(f, arg_tensor(f, 0));
}

#undef TSC_BINARY_TT
#undef TSC_BINARY_TS
#undef TSC_UNARY

constexpr KernelDef kTensorKernels[] = {
    {"aten::tensor.float", k_tensor_scalar},
    {"aten::tensor.int", k_tensor_scalar},
    {"aten::tensor.bool", k_tensor_scalar},
    {"aten::tensor", k_tensor},
    {"aten::scalar_tensor", k_scalar_tensor},
    {"aten::zeros", k_zeros},
    {"aten::ones", k_ones},
    {"aten::full", k_full},
    {"aten::arange", k_arange},
    {"aten::arange.start", k_arange_start},
    {"aten::arange.start_step", k_arange_start_step},
    {"aten::linspace", k_linspace},
    {"aten::eye", k_eye},
    {"aten::eye.m", k_eye_m},
    {"aten::zeros_like", k_zeros_like},
    {"aten::ones_like", k_ones_like},
    {"aten::full_like", k_full_like},
    {"aten::rand", k_rand},
    {"aten::randn", k_randn},
    {"aten::rand_like", k_rand_like},
    {"aten::randn_like", k_randn_like},
    {"aten::manual_seed", k_manual_seed},
    {"aten::add.Tensor", k_add_t},
    {"aten::add.Scalar", k_add_s},
    {"aten::sub.Tensor", k_sub_t},
    {"aten::sub.Scalar", k_sub_s},
    {"aten::rsub.Scalar", k_rsub_s},
    {"aten::mul.Tensor", k_mul_t},
    {"aten::mul.Scalar", k_mul_s},
    {"aten::div.Tensor", k_div_t},
    {"aten::div.Scalar", k_div_s},
    {"aten::div.Tensor_mode", k_div_t_mode},
    {"aten::div.Scalar_mode", k_div_s_mode},
    {"aten::floor_divide", k_floor_divide_t},
    {"aten::floor_divide.Scalar", k_floor_divide_s},
    {"aten::remainder.Tensor", k_remainder_t},
    {"aten::remainder.Scalar", k_remainder_s},
    {"aten::pow.Tensor_Tensor", k_pow_tt},
    {"aten::pow.Tensor_Scalar", k_pow_ts},
    {"aten::pow.Scalar", k_pow_st},
    {"aten::maximum", k_maximum},
    {"aten::minimum", k_minimum},
    {"aten::where.self", k_where_t},
    {"aten::where.Scalar", k_where_s},
    {"aten::clamp", k_clamp},
    {"aten::clamp.Tensor", k_clamp_t},
    {"aten::eq.Tensor", k_eq_t},
    {"aten::eq.Scalar", k_eq_s},
    {"aten::ne.Tensor", k_ne_t},
    {"aten::ne.Scalar", k_ne_s},
    {"aten::lt.Tensor", k_lt_t},
    {"aten::lt.Scalar", k_lt_s},
    {"aten::le.Tensor", k_le_t},
    {"aten::le.Scalar", k_le_s},
    {"aten::gt.Tensor", k_gt_t},
    {"aten::gt.Scalar", k_gt_s},
    {"aten::ge.Tensor", k_ge_t},
    {"aten::ge.Scalar", k_ge_s},
    {"aten::__and__.Tensor", k_and_t},
    {"aten::__and__.Scalar", k_and_s},
    {"aten::__or__.Tensor", k_or_t},
    {"aten::__or__.Scalar", k_or_s},
    {"aten::__xor__.Tensor", k_xor_t},
    {"aten::__xor__.Scalar", k_xor_s},
    {"aten::bitwise_not", k_bitwise_not},
    {"aten::neg", k_neg},
    {"aten::abs", k_abs},
    {"aten::exp", k_exp},
    {"aten::log", k_log},
    {"aten::sqrt", k_sqrt},
    {"aten::rsqrt", k_rsqrt},
    {"aten::sin", k_sin},
    {"aten::cos", k_cos},
    {"aten::tanh", k_tanh},
    {"aten::sigmoid", k_sigmoid},
    {"aten::relu", k_relu},
    {"aten::gelu", k_gelu},
    {"aten::silu", k_silu},
    {"aten::floor", k_floor},
    {"aten::ceil", k_ceil},
    {"aten::round", k_round},
    {"aten::round.decimals", k_round_decimals},
    {"aten::reciprocal", k_reciprocal},
    {"aten::sum", k_sum},
    {"aten::sum.dim_IntList", k_sum_dim},
    {"aten::mean", k_mean},
    {"aten::mean.dim", k_mean_dim},
    {"aten::max", k_max},
    {"aten::max.dim", k_max_dim},
    {"aten::min", k_min},
    {"aten::min.dim", k_min_dim},
    {"aten::argmax", k_argmax},
    {"aten::argmin", k_argmin},
    {"aten::softmax.int", k_softmax},
    {"aten::log_softmax.int", k_log_softmax},
    {"aten::size", k_size},
    {"aten::size.int", k_size_int},
    {"prim::dtype", k_dtype},
    {"aten::is_contiguous", k_is_contiguous},
    {"aten::dim", k_dim},
    {"aten::numel", k_numel},
    {"aten::len.Tensor", k_len},
    {"aten::view", k_view},
    {"aten::reshape", k_reshape},
    {"aten::permute", k_permute},
    {"aten::transpose.int", k_transpose},
    {"aten::t", k_t},
    {"aten::contiguous", k_contiguous},
    {"aten::unsqueeze", k_unsqueeze},
    {"aten::squeeze", k_squeeze},
    {"aten::squeeze.dim", k_squeeze_dim},
    {"aten::flatten.using_ints", k_flatten},
    {"aten::expand", k_expand},
    {"aten::expand_as", k_expand_as},
    {"aten::select.int", k_select},
    {"aten::slice.Tensor", k_slice},
    {"aten::cat", k_cat},
    {"aten::stack", k_stack},
    {"aten::chunk", k_chunk},
    {"aten::split.Tensor", k_split},
    {"aten::matmul", k_matmul},
    {"aten::mm", k_mm},
    {"aten::bmm", k_bmm},
    {"aten::linear", k_linear},
    {"aten::addmm", k_addmm},
    {"aten::layer_norm", k_layer_norm},
    {"aten::conv2d", k_conv2d},
    {"aten::conv2d.padding", k_conv2d_padding},
    {"aten::batch_norm", k_batch_norm},
    {"aten::embedding", k_embedding},
    {"aten::Int.Tensor", k_int_tensor},
    {"aten::Float.Tensor", k_float_tensor},
    {"aten::Bool.Tensor", k_bool_tensor},
    {"aten::to.dtype", k_to_dtype},
    {"aten::clone", k_clone},
    {"aten::randint", k_randint},
    {"aten::randint.low", k_randint_low},
    {"aten::empty.memory_format", k_empty},
    {"aten::empty_like", k_empty_like},
    {"aten::clamp_min", k_clamp_min},
    {"aten::clamp_max", k_clamp_max},
    {"aten::fmod.Tensor", k_fmod_t},
    {"aten::fmod.Scalar", k_fmod_s},
    {"aten::atan2", k_atan2},
    {"aten::max.other", k_max_other},
    {"aten::min.other", k_min_other},
    {"aten::lerp.Scalar", k_lerp_s},
    {"aten::lerp.Tensor", k_lerp_t},
    {"aten::bitwise_and.Tensor", k_and_t},
    {"aten::bitwise_and.Scalar", k_and_s},
    {"aten::bitwise_or.Tensor", k_or_t},
    {"aten::bitwise_or.Scalar", k_or_s},
    {"aten::bitwise_xor.Tensor", k_xor_t},
    {"aten::bitwise_xor.Scalar", k_xor_s},
    {"aten::logical_and", k_logical_and},
    {"aten::logical_or", k_logical_or},
    {"aten::logical_xor", k_logical_xor},
    {"aten::logical_not", k_logical_not},
    {"aten::log1p", k_log1p},
    {"aten::expm1", k_expm1},
    {"aten::tan", k_tan},
    {"aten::erf", k_erf},
    {"aten::trunc", k_trunc},
    {"aten::sign", k_sign},
    {"aten::square", k_square},
    {"aten::isnan", k_isnan},
    {"aten::isinf", k_isinf},
    {"aten::nan_to_num", k_nan_to_num},
    {"aten::elu", k_elu},
    {"aten::leaky_relu", k_leaky_relu},
    {"aten::hardtanh", k_hardtanh},
    {"aten::softplus", k_softplus},
    {"aten::prod", k_prod},
    {"aten::prod.dim_int", k_prod_dim},
    {"aten::amax", k_amax},
    {"aten::amin", k_amin},
    {"aten::var", k_var},
    {"aten::var.dim", k_var_dim},
    {"aten::var.correction", k_var_correction},
    {"aten::std", k_std},
    {"aten::std.dim", k_std_dim},
    {"aten::std.correction", k_std_correction},
    {"aten::norm.Scalar", k_norm},
    {"aten::norm.ScalarOpt_dim", k_norm_dim},
    {"aten::logsumexp", k_logsumexp},
    {"aten::all", k_all},
    {"aten::all.dim", k_all_dim},
    {"aten::any", k_any},
    {"aten::any.dim", k_any_dim},
    {"aten::cumsum", k_cumsum},
    {"aten::split", k_split_sizes},
    {"aten::split_with_sizes", k_split_sizes},
    {"aten::unbind.int", k_unbind},
    {"aten::narrow", k_narrow},
    {"aten::repeat", k_repeat},
    {"aten::flip", k_flip},
    {"aten::roll", k_roll},
    {"aten::tril", k_tril},
    {"aten::triu", k_triu},
    {"aten::detach", k_detach},
};

} // namespace

std::span<const KernelDef> tensor_kernels() {
  return kTensorKernels;
}

} // namespace tsc::runtime
