// runtime/kernels_tensor_inplace.cpp - Kernels of in-place tensor ops, advanced indexing, item and tolist.
//
// An in-place op computes its result out of place with the library's op and
// writes it into self (write_into): the result dtype must be castable to
// self's (torch's "result type Float can't be cast to the desired output type
// Long"), and the result must broadcast to self's shape without growing it
// ("output with shape [3] doesn't match the broadcast shape [2, 3]"). Writing
// through copy_ goes through self's strides, so a view's base sees the change,
// and computing first makes `x.add_(x.flip(0))` read before it writes. The
// kernel returns self (the same TensorImpl), as the schema's Tensor(a!) says.
#include "runtime/kernel_registry.h"

#include "runtime/arith.h"
#include "runtime/kernel_util.h"
#include "runtime/kernels_tensor_util.h"
#include "runtime/tensor/dtype.h"
#include "runtime/tensor/ops.h"
#include "runtime/tensor/ops_nn.h"
#include "runtime/tensor/tensor.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace tsc::runtime {
namespace {

using namespace tensor_args;

// torch's is_non_overlapping_and_dense: the elements tile one memory range exactly.
bool non_overlapping_and_dense(const Tensor& t) {
  if (t.is_contiguous())
    return true;
  std::vector<size_t> dims;
  for (size_t d = 0; d < t.sizes().size(); ++d) {
    if (t.sizes()[d] != 1)
      dims.push_back(d);
  }
  std::sort(dims.begin(), dims.end(), [&](size_t a, size_t b) { return t.strides()[a] < t.strides()[b]; });
  int64_t expected = 1;
  for (size_t d : dims) {
    if (t.strides()[d] != expected)
      return false;
    expected *= t.sizes()[d];
  }
  return true;
}

// The overlap checks of torch's TensorIterator for an op writing `self`
// (assert_no_internal_overlap, assert_no_partial_overlap): self must not
// write one element twice (an expanded tensor), and an input must not cover
// part of self's memory (x[1:].add_(x[:-1])). Inputs exactly on self, or
// whose layout torch cannot decide about, pass.
void check_overlap(const Tensor& self, std::initializer_list<const Tensor*> inputs) {
  if (self.numel() == 0)
    return;
  bool self_dense = non_overlapping_and_dense(self);
  if (!self_dense) {
    for (size_t d = 0; d < self.sizes().size(); ++d) {
      if (self.sizes()[d] > 1 && self.strides()[d] == 0)
        raise_error("RuntimeError",
                    "unsupported operation: more than one element of the written-to tensor refers "
                    "to a single memory location. Please clone() the tensor before performing the "
                    "operation.");
    }
    return;
  }
  const char* s_begin = self.data_ptr();
  const char* s_end = s_begin + self.numel() * static_cast<int64_t>(self.element_size());
  for (const Tensor* in : inputs) {
    if (!in->defined() || in->impl() == self.impl() || in->numel() == 0 || !in->shares_storage(self) ||
        !non_overlapping_and_dense(*in))
      continue;
    const char* i_begin = in->data_ptr();
    const char* i_end = i_begin + in->numel() * static_cast<int64_t>(in->element_size());
    if (i_begin == s_begin && i_end == s_end)
      continue;
    if (i_begin < s_end && s_begin < i_end)
      raise_error("RuntimeError",
                  "unsupported operation: some elements of the input tensor and the written-to "
                  "tensor refer to a single memory location. Please clone() the tensor before "
                  "performing the operation.");
  }
}

// Writes `result` into `self` with the in-place rules above, and returns self as output 0.
void write_into(const KernelFrame& f, Tensor self, const Tensor& result) {
  if (!tensor::can_cast(result.dtype(), self.dtype()))
    raise_error("RuntimeError", std::string("result type ") + tensor::dtype_cpp_name(result.dtype()) +
                                    " can't be cast to the desired output type " +
                                    tensor::dtype_cpp_name(self.dtype()));
  tensor::copy_(self, result);
  set_tensor(f, self);
}

#define TSC_INPLACE_TT(NAME, EXPR)                                                                           \
  void NAME(const KernelFrame& f) {                                                                          \
    Tensor a = arg_tensor(f, 0);                                                                             \
    Tensor b = arg_tensor(f, 1);                                                                             \
    check_overlap(a, {&b});                                                                                  \
    write_into(f, a, EXPR);                                                                                  \
  }
#define TSC_INPLACE_TS(NAME, EXPR)                                                                           \
  void NAME(const KernelFrame& f) {                                                                          \
    Tensor a = arg_tensor(f, 0);                                                                             \
    Scalar b = arg_scalar(f, 1);                                                                             \
    check_overlap(a, {});                                                                                    \
    write_into(f, a, EXPR);                                                                                  \
  }
#define TSC_INPLACE_UNARY(NAME, FN)                                                                          \
  void NAME(const KernelFrame& f) {                                                                          \
    Tensor a = arg_tensor(f, 0);                                                                             \
    check_overlap(a, {});                                                                                    \
    write_into(f, a, tensor::FN(a));                                                                         \
  }

std::optional<std::string_view> arg_rounding_mode(const KernelFrame& f, size_t i) {
  if (f.in(i).is_none())
    return std::nullopt;
  return f.in(i).str_view();
}

// A `Tensor?[] indices` argument: undefined tensors for None entries.
std::vector<Tensor> arg_opt_tensors(const KernelFrame& f, size_t i) {
  const ListObject& l = f.in(i).as_list();
  std::vector<Tensor> out;
  out.reserve(l.size());
  for (size_t k = 0; k < l.size(); ++k) {
    Value v = l.get(k);
    if (v.is_none())
      out.emplace_back();
    else
      out.emplace_back(Ref<tensor::TensorImpl>(static_cast<tensor::TensorImpl*>(v.heap())));
  }
  return out;
}

// A 0-dim tensor argument as a Scalar (fill_.Tensor, masked_fill_.Tensor).
Scalar zero_dim_value(const Tensor& value, const char* op) {
  if (value.dim() != 0)
    raise_error("RuntimeError", std::string(op) +
                                    " only supports 0-dimension value tensor but got tensor with " +
                                    std::to_string(value.dim()) + " dimensions.");
  return value.item();
}

// ---- writes ----

void k_copy_(const KernelFrame& f) {
  Tensor self = arg_tensor(f, 0);
  Tensor src = arg_tensor(f, 1);
  check_overlap(self, {&src});
  tensor::copy_(self, src);
  set_tensor(f, self);
}
void k_fill_s(const KernelFrame& f) {
  Tensor self = arg_tensor(f, 0);
  tensor::fill_(self, arg_scalar(f, 1));
  set_tensor(f, self);
}
void k_fill_t(const KernelFrame& f) {
  Tensor self = arg_tensor(f, 0);
  tensor::fill_(self, zero_dim_value(arg_tensor(f, 1), "fill_"));
  set_tensor(f, self);
}
void k_zero_(const KernelFrame& f) {
  Tensor self = arg_tensor(f, 0);
  tensor::zero_(self);
  set_tensor(f, self);
}
void k_masked_fill_s(const KernelFrame& f) {
  Tensor self = arg_tensor(f, 0);
  tensor::masked_fill_(self, arg_tensor(f, 1), arg_scalar(f, 2));
  set_tensor(f, self);
}
void k_masked_fill_t(const KernelFrame& f) {
  Tensor self = arg_tensor(f, 0);
  tensor::masked_fill_(self, arg_tensor(f, 1), zero_dim_value(arg_tensor(f, 2), "masked_fill_"));
  set_tensor(f, self);
}
void k_index_put_(const KernelFrame& f) {
  Tensor self = arg_tensor(f, 0);
  tensor::index_put_(self, arg_opt_tensors(f, 1), arg_tensor(f, 2), arg_bool(f, 3));
  set_tensor(f, self);
}
void k_index_put(const KernelFrame& f) {
  set_tensor(f, tensor::index_put(arg_tensor(f, 0), arg_opt_tensors(f, 1), arg_tensor(f, 2), arg_bool(f, 3)));
}
void k_index(const KernelFrame& f) {
  set_tensor(f, tensor::index(arg_tensor(f, 0), arg_opt_tensors(f, 1)));
}

// ---- in-place binary ----

// add_, mul_, relu_ and clamp_ have library forms that write self directly
// when the dtypes agree (no temporary): x += y in a loop allocates nothing.
#define TSC_INPLACE_DIRECT(NAME, ARG, EXPR)                                                                  \
  void NAME(const KernelFrame& f) {                                                                          \
    Tensor a = arg_tensor(f, 0);                                                                             \
    ARG;                                                                                                     \
    EXPR;                                                                                                    \
    set_tensor(f, a);                                                                                        \
  }
TSC_INPLACE_DIRECT(k_add_t, Tensor b = arg_tensor(f, 1);
                   check_overlap(a, {&b}), tensor::add_(a, b, arg_scalar(f, 2)))
TSC_INPLACE_DIRECT(k_add_s, check_overlap(a, {}), tensor::add_(a, arg_scalar(f, 1), arg_scalar(f, 2)))
TSC_INPLACE_DIRECT(k_mul_t, Tensor b = arg_tensor(f, 1); check_overlap(a, {&b}), tensor::mul_(a, b))
TSC_INPLACE_DIRECT(k_mul_s, check_overlap(a, {}), tensor::mul_(a, arg_scalar(f, 1)))
TSC_INPLACE_DIRECT(k_relu, check_overlap(a, {}), tensor::relu_(a))
TSC_INPLACE_TT(k_sub_t, tensor::sub(a, b, arg_scalar(f, 2)))
TSC_INPLACE_TS(k_sub_s, tensor::sub(a, b, arg_scalar(f, 2)))
TSC_INPLACE_TT(k_div_t, tensor::div(a, b))
TSC_INPLACE_TS(k_div_s, tensor::div(a, b))
TSC_INPLACE_TT(k_div_t_mode, tensor::div(a, b, arg_rounding_mode(f, 2)))
TSC_INPLACE_TS(k_div_s_mode, tensor::div(a, b, arg_rounding_mode(f, 2)))
TSC_INPLACE_TT(k_floor_divide_t, tensor::floor_divide(a, b))
TSC_INPLACE_TS(k_floor_divide_s, tensor::floor_divide(a, b))
TSC_INPLACE_TT(k_remainder_t, tensor::remainder(a, b))
TSC_INPLACE_TS(k_remainder_s, tensor::remainder(a, b))
TSC_INPLACE_TT(k_fmod_t, tensor::fmod(a, b))
TSC_INPLACE_TS(k_fmod_s, tensor::fmod(a, b))
TSC_INPLACE_TT(k_pow_t, tensor::pow(a, b))
TSC_INPLACE_TS(k_pow_s, tensor::pow(a, b))
TSC_INPLACE_TT(k_atan2, tensor::atan2(a, b))
TSC_INPLACE_TT(k_lerp_s, tensor::lerp(a, b, arg_scalar(f, 2)))
void k_lerp_t(const KernelFrame& f) {
  Tensor a = arg_tensor(f, 0);
  Tensor end = arg_tensor(f, 1);
  Tensor weight = arg_tensor(f, 2);
  check_overlap(a, {&end, &weight});
  write_into(f, a, tensor::lerp(a, end, weight));
}
TSC_INPLACE_TT(k_iand_t, tensor::bitwise_and(a, b))
TSC_INPLACE_TS(k_iand_s, tensor::bitwise_and(a, b))
TSC_INPLACE_TT(k_ior_t, tensor::bitwise_or(a, b))
TSC_INPLACE_TS(k_ior_s, tensor::bitwise_or(a, b))
TSC_INPLACE_TT(k_ixor_t, tensor::bitwise_xor(a, b))
TSC_INPLACE_TS(k_ixor_s, tensor::bitwise_xor(a, b))
TSC_INPLACE_TT(k_eq_t, tensor::eq(a, b))
TSC_INPLACE_TS(k_eq_s, tensor::eq(a, b))
TSC_INPLACE_TT(k_ne_t, tensor::ne(a, b))
TSC_INPLACE_TS(k_ne_s, tensor::ne(a, b))
TSC_INPLACE_TT(k_lt_t, tensor::lt(a, b))
TSC_INPLACE_TS(k_lt_s, tensor::lt(a, b))
TSC_INPLACE_TT(k_le_t, tensor::le(a, b))
TSC_INPLACE_TS(k_le_s, tensor::le(a, b))
TSC_INPLACE_TT(k_gt_t, tensor::gt(a, b))
TSC_INPLACE_TS(k_gt_s, tensor::gt(a, b))
TSC_INPLACE_TT(k_ge_t, tensor::ge(a, b))
TSC_INPLACE_TS(k_ge_s, tensor::ge(a, b))
TSC_INPLACE_DIRECT(k_clamp_, check_overlap(a, {}),
                   tensor::clamp_(a, arg_opt_scalar(f, 1), arg_opt_scalar(f, 2)))
void k_clamp_t(const KernelFrame& f) {
  Tensor a = arg_tensor(f, 0);
  Tensor lo = arg_opt_tensor(f, 1);
  Tensor hi = arg_opt_tensor(f, 2);
  check_overlap(a, {&lo, &hi});
  write_into(f, a, tensor::clamp(a, lo, hi));
}
TSC_INPLACE_TS(k_clamp_min_s, tensor::clamp(a, b, std::nullopt))
TSC_INPLACE_TT(k_clamp_min_t, tensor::clamp(a, b, Tensor()))
TSC_INPLACE_TS(k_clamp_max_s, tensor::clamp(a, std::nullopt, b))
TSC_INPLACE_TT(k_clamp_max_t, tensor::clamp(a, Tensor(), b))

// ---- in-place unary ----

TSC_INPLACE_UNARY(k_neg, neg)
TSC_INPLACE_UNARY(k_abs, abs)
TSC_INPLACE_UNARY(k_exp, exp)
TSC_INPLACE_UNARY(k_log, log)
TSC_INPLACE_UNARY(k_log1p, log1p)
TSC_INPLACE_UNARY(k_expm1, expm1)
TSC_INPLACE_UNARY(k_sqrt, sqrt)
TSC_INPLACE_UNARY(k_rsqrt, rsqrt)
TSC_INPLACE_UNARY(k_sin, sin)
TSC_INPLACE_UNARY(k_cos, cos)
TSC_INPLACE_UNARY(k_tan, tan)
TSC_INPLACE_UNARY(k_tanh, tanh)
TSC_INPLACE_UNARY(k_sigmoid, sigmoid)
TSC_INPLACE_UNARY(k_erf, erf)
TSC_INPLACE_UNARY(k_silu, silu)
TSC_INPLACE_UNARY(k_floor, floor)
TSC_INPLACE_UNARY(k_ceil, ceil)
TSC_INPLACE_UNARY(k_round, round)
TSC_INPLACE_UNARY(k_trunc, trunc)
TSC_INPLACE_UNARY(k_sign, sign)
TSC_INPLACE_UNARY(k_reciprocal, reciprocal)
TSC_INPLACE_UNARY(k_square, square)
TSC_INPLACE_UNARY(k_logical_not, logical_not)
TSC_INPLACE_UNARY(k_bitwise_not, bitwise_not)
void k_gelu(const KernelFrame& f) {
  Tensor a = arg_tensor(f, 0);
  check_overlap(a, {});
  write_into(f, a, tensor::gelu(a, arg_str(f, 1)));
}
void k_leaky_relu(const KernelFrame& f) {
  Tensor a = arg_tensor(f, 0);
  check_overlap(a, {});
  write_into(f, a, tensor::leaky_relu(a, arg_scalar(f, 1)));
}
// elu_(x) = scale * (x > 0 ? x : alpha * (exp(x * input_scale) - 1)), computed then copied in.
void k_elu(const KernelFrame& f) {
  Tensor a = arg_tensor(f, 0);
  check_overlap(a, {});
  Scalar alpha = arg_scalar(f, 1), scale = arg_scalar(f, 2), input_scale = arg_scalar(f, 3);
  if (scale.to_double() == 1.0 && input_scale.to_double() == 1.0) {
    write_into(f, a, tensor::elu(a, alpha));
    return;
  }
  Tensor neg =
      tensor::mul(tensor::expm1(tensor::mul(a, input_scale)), Scalar(alpha.to_double() * scale.to_double()));
  write_into(f, a, tensor::where(tensor::gt(a, Scalar(int64_t{0})), tensor::mul(a, scale), neg));
}
void k_hardtanh(const KernelFrame& f) {
  Tensor a = arg_tensor(f, 0);
  check_overlap(a, {});
  write_into(f, a, tensor::hardtanh(a, arg_scalar(f, 1), arg_scalar(f, 2)));
}
std::optional<double> arg_opt_double(const KernelFrame& f, size_t i) {
  if (f.in(i).is_none())
    return std::nullopt;
  return f.in(i).to_double();
}
void k_nan_to_num(const KernelFrame& f) {
  Tensor a = arg_tensor(f, 0);
  check_overlap(a, {});
  write_into(f, a, tensor::nan_to_num(a, arg_opt_double(f, 1), arg_opt_double(f, 2), arg_opt_double(f, 3)));
}

// ---- tensor to Python values ----

Value scalar_value(const Scalar& s) {
  if (s.is_bool())
    return Value::from_bool(s.to_bool());
  if (s.is_int())
    return Value::from_int(s.to_int());
  return Value::from_double(s.to_double());
}

void k_item(const KernelFrame& f) {
  f.set(0, scalar_value(arg_tensor(f, 0).item()));
}
// int(x.item()): Python's int() of the number (float_to_int raises as int(float) does).
void k_int_scalar(const KernelFrame& f) {
  const Value& v = f.in(0);
  set_int(f, v.is_double() ? float_to_int(v.to_double()) : v.is_bool() ? int64_t{v.to_bool()} : v.to_int());
}
void k_float_scalar(const KernelFrame& f) {
  const Value& v = f.in(0);
  set_double(f, v.is_double() ? v.to_double() : v.is_bool() ? double(v.to_bool()) : double(v.to_int()));
}

// Nested lists of `t`'s elements from dim `d` on, at element offset `offset`
// (a 0-dim `t` gives its scalar).
Value to_nested_list(const Tensor& t, size_t d, int64_t offset, const std::vector<ir::TypePtr>& list_types) {
  if (d == t.sizes().size()) {
    Tensor elem = tensor::make_view(t, {}, {}, offset);
    return scalar_value(elem.item());
  }
  std::vector<Value> items;
  int64_t n = t.sizes()[d];
  items.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i)
    items.push_back(to_nested_list(t, d + 1, offset + i * t.strides()[d], list_types));
  return Value(Ref<ListObject>::make(list_types[d], std::move(items)));
}

// prim::tolist(self, dim, elem_ty): elem_ty 0 int, 1 float, 2 bool, as TorchScript encodes it.
void k_tolist(const KernelFrame& f) {
  Tensor self = arg_tensor(f, 0);
  int64_t dim = arg_int(f, 1);
  int64_t elem_ty = arg_int(f, 2);
  if (dim != self.dim())
    raise_error("RuntimeError",
                "Output annotation list dimension and runtime tensor dimension must match for tolist()");
  bool ok = elem_ty == 0   ? tensor::is_integral(self.dtype(), false)
            : elem_ty == 1 ? tensor::is_floating(self.dtype())
                           : self.dtype() == DType::Bool;
  if (!ok)
    raise_error("RuntimeError",
                "Output annotation element type and runtime tensor element type must match for tolist()");
  ir::TypePtr elem = elem_ty == 0   ? ir::Type::int_type()
                     : elem_ty == 1 ? ir::Type::float_type()
                                    : ir::Type::bool_type();
  // list_types[d] is the type of the list built at depth d: List^(dim - d)[elem].
  std::vector<ir::TypePtr> list_types(static_cast<size_t>(dim));
  for (int64_t d = dim - 1; d >= 0; --d) {
    elem = ir::Type::list_of(elem);
    list_types[static_cast<size_t>(d)] = elem;
  }
  f.set(0, to_nested_list(self, 0, self.storage_offset(), list_types));
}

constexpr KernelDef kInplaceKernels[] = {
    {"aten::copy_", k_copy_},
    {"aten::fill_.Scalar", k_fill_s},
    {"aten::fill_.Tensor", k_fill_t},
    {"aten::zero_", k_zero_},
    {"aten::masked_fill_.Scalar", k_masked_fill_s},
    {"aten::masked_fill_.Tensor", k_masked_fill_t},
    {"aten::index_put_", k_index_put_},
    {"aten::index_put", k_index_put},
    {"aten::index.Tensor", k_index},
    {"aten::add_.Tensor", k_add_t},
    {"aten::add_.Scalar", k_add_s},
    {"aten::sub_.Tensor", k_sub_t},
    {"aten::sub_.Scalar", k_sub_s},
    {"aten::mul_.Tensor", k_mul_t},
    {"aten::mul_.Scalar", k_mul_s},
    {"aten::div_.Tensor", k_div_t},
    {"aten::div_.Scalar", k_div_s},
    {"aten::div_.Tensor_mode", k_div_t_mode},
    {"aten::div_.Scalar_mode", k_div_s_mode},
    {"aten::floor_divide_.Tensor", k_floor_divide_t},
    {"aten::floor_divide_.Scalar", k_floor_divide_s},
    {"aten::remainder_.Tensor", k_remainder_t},
    {"aten::remainder_.Scalar", k_remainder_s},
    {"aten::fmod_.Tensor", k_fmod_t},
    {"aten::fmod_.Scalar", k_fmod_s},
    {"aten::pow_.Tensor", k_pow_t},
    {"aten::pow_.Scalar", k_pow_s},
    {"aten::atan2_", k_atan2},
    {"aten::lerp_.Scalar", k_lerp_s},
    {"aten::lerp_.Tensor", k_lerp_t},
    {"aten::__iand__.Tensor", k_iand_t},
    {"aten::__iand__.Scalar", k_iand_s},
    {"aten::__ior__.Tensor", k_ior_t},
    {"aten::__ior__.Scalar", k_ior_s},
    {"aten::__ixor__.Tensor", k_ixor_t},
    {"aten::__ixor__.Scalar", k_ixor_s},
    {"aten::eq_.Tensor", k_eq_t},
    {"aten::eq_.Scalar", k_eq_s},
    {"aten::ne_.Tensor", k_ne_t},
    {"aten::ne_.Scalar", k_ne_s},
    {"aten::lt_.Tensor", k_lt_t},
    {"aten::lt_.Scalar", k_lt_s},
    {"aten::le_.Tensor", k_le_t},
    {"aten::le_.Scalar", k_le_s},
    {"aten::gt_.Tensor", k_gt_t},
    {"aten::gt_.Scalar", k_gt_s},
    {"aten::ge_.Tensor", k_ge_t},
    {"aten::ge_.Scalar", k_ge_s},
    {"aten::clamp_", k_clamp_},
    {"aten::clamp_.Tensor", k_clamp_t},
    {"aten::clamp_min_", k_clamp_min_s},
    {"aten::clamp_min_.Tensor", k_clamp_min_t},
    {"aten::clamp_max_", k_clamp_max_s},
    {"aten::clamp_max_.Tensor", k_clamp_max_t},
    {"aten::neg_", k_neg},
    {"aten::abs_", k_abs},
    {"aten::exp_", k_exp},
    {"aten::log_", k_log},
    {"aten::log1p_", k_log1p},
    {"aten::expm1_", k_expm1},
    {"aten::sqrt_", k_sqrt},
    {"aten::rsqrt_", k_rsqrt},
    {"aten::sin_", k_sin},
    {"aten::cos_", k_cos},
    {"aten::tan_", k_tan},
    {"aten::tanh_", k_tanh},
    {"aten::sigmoid_", k_sigmoid},
    {"aten::erf_", k_erf},
    {"aten::relu_", k_relu},
    {"aten::silu_", k_silu},
    {"aten::gelu_", k_gelu},
    {"aten::elu_", k_elu},
    {"aten::leaky_relu_", k_leaky_relu},
    {"aten::hardtanh_", k_hardtanh},
    {"aten::floor_", k_floor},
    {"aten::ceil_", k_ceil},
    {"aten::round_", k_round},
    {"aten::trunc_", k_trunc},
    {"aten::sign_", k_sign},
    {"aten::reciprocal_", k_reciprocal},
    {"aten::square_", k_square},
    {"aten::nan_to_num_", k_nan_to_num},
    {"aten::logical_not_", k_logical_not},
    {"aten::bitwise_not_", k_bitwise_not},
    {"aten::item", k_item},
    {"aten::Int.Scalar", k_int_scalar},
    {"aten::Float.Scalar", k_float_scalar},
    {"prim::tolist", k_tolist},
};

} // namespace

std::span<const KernelDef> tensor_inplace_kernels() {
  return kInplaceKernels;
}

} // namespace tsc::runtime
