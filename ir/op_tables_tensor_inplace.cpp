// ir/op_tables_tensor_inplace.cpp - Schemas of in-place tensor ops, advanced indexing and tensor-to-scalar/list conversions.
//
// Rows are torch 1.13's own schema text (torch._C._jit_get_all_schemas()). The
// '!' in `Tensor(a!) self` marks the op as mutating its first argument
// (OpEffect::Mutates), which keeps DCE from removing it and makes CSE, LICM
// and constant propagation treat tensors as mutable (docs/tensor.md, "Mutation
// and aliasing"). prim::tolist is TorchScript's conversion with the result
// type chosen by the annotation: `dim` and `elem_ty` (0 int, 1 float, 2 bool)
// describe List[...] of the annotated depth; the frontend casts the Any result.
#include "ir/op_tables.h"

namespace tsc::ir {
namespace {
constexpr OpTableEntry kTensorInplaceOps[] = {
    // ---- writes ----
    {"aten::copy_(Tensor(a!) self, Tensor src, bool non_blocking=False) -> Tensor(a!)"},
    {"aten::fill_.Scalar(Tensor(a!) self, Scalar value) -> Tensor(a!)"},
    {"aten::fill_.Tensor(Tensor(a!) self, Tensor value) -> Tensor(a!)"},
    {"aten::zero_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::masked_fill_.Scalar(Tensor(a!) self, Tensor mask, Scalar value) -> Tensor(a!)"},
    {"aten::masked_fill_.Tensor(Tensor(a!) self, Tensor mask, Tensor value) -> Tensor(a!)"},
    {"aten::index_put_(Tensor(a!) self, Tensor?[] indices, Tensor values, bool accumulate=False) -> Tensor(a!)"},
    {"aten::index_put(Tensor self, Tensor?[] indices, Tensor values, bool accumulate=False) -> Tensor"},
    {"aten::index.Tensor(Tensor self, Tensor?[] indices) -> Tensor"},
    // ---- in-place binary (the result must be castable to self's dtype, other broadcasts to self) ----
    {"aten::add_.Tensor(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)"},
    {"aten::add_.Scalar(Tensor(a!) self, Scalar other, Scalar alpha=1) -> Tensor(a!)"},
    {"aten::sub_.Tensor(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)"},
    {"aten::sub_.Scalar(Tensor(a!) self, Scalar other, Scalar alpha=1) -> Tensor(a!)"},
    {"aten::mul_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)"},
    {"aten::mul_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)"},
    {"aten::div_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)"},
    {"aten::div_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)"},
    {"aten::div_.Tensor_mode(Tensor(a!) self, Tensor other, *, str? rounding_mode) -> Tensor(a!)"},
    {"aten::div_.Scalar_mode(Tensor(a!) self, Scalar other, *, str? rounding_mode) -> Tensor(a!)"},
    {"aten::floor_divide_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)"},
    {"aten::floor_divide_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)"},
    {"aten::remainder_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)"},
    {"aten::remainder_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)"},
    {"aten::fmod_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)"},
    {"aten::fmod_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)"},
    {"aten::pow_.Tensor(Tensor(a!) self, Tensor exponent) -> Tensor(a!)"},
    {"aten::pow_.Scalar(Tensor(a!) self, Scalar exponent) -> Tensor(a!)"},
    {"aten::atan2_(Tensor(a!) self, Tensor other) -> Tensor(a!)"},
    {"aten::lerp_.Scalar(Tensor(a!) self, Tensor end, Scalar weight) -> Tensor(a!)"},
    {"aten::lerp_.Tensor(Tensor(a!) self, Tensor end, Tensor weight) -> Tensor(a!)"},
    {"aten::__iand__.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)"},
    {"aten::__iand__.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)"},
    {"aten::__ior__.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)"},
    {"aten::__ior__.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)"},
    {"aten::__ixor__.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)"},
    {"aten::__ixor__.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)"},
    {"aten::eq_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)"},
    {"aten::eq_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)"},
    {"aten::ne_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)"},
    {"aten::ne_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)"},
    {"aten::lt_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)"},
    {"aten::lt_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)"},
    {"aten::le_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)"},
    {"aten::le_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)"},
    {"aten::gt_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)"},
    {"aten::gt_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)"},
    {"aten::ge_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)"},
    {"aten::ge_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)"},
    {"aten::clamp_(Tensor(a!) self, Scalar? min=None, Scalar? max=None) -> Tensor(a!)"},
    {"aten::clamp_.Tensor(Tensor(a!) self, Tensor? min=None, Tensor? max=None) -> Tensor(a!)"},
    {"aten::clamp_min_(Tensor(a!) self, Scalar min) -> Tensor(a!)"},
    {"aten::clamp_min_.Tensor(Tensor(a!) self, Tensor min) -> Tensor(a!)"},
    {"aten::clamp_max_(Tensor(a!) self, Scalar max) -> Tensor(a!)"},
    {"aten::clamp_max_.Tensor(Tensor(a!) self, Tensor max) -> Tensor(a!)"},
    // ---- in-place unary and activations ----
    {"aten::neg_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::abs_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::exp_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::log_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::log1p_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::expm1_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::sqrt_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::rsqrt_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::sin_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::cos_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::tan_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::tanh_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::sigmoid_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::erf_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::relu_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::silu_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::gelu_(Tensor(a!) self, *, str approximate=\"none\") -> Tensor(a!)"},
    {"aten::elu_(Tensor(a!) self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor(a!)"},
    {"aten::leaky_relu_(Tensor(a!) self, Scalar negative_slope=0.01) -> Tensor(a!)"},
    {"aten::hardtanh_(Tensor(a!) self, Scalar min_val=-1, Scalar max_val=1) -> Tensor(a!)"},
    {"aten::floor_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::ceil_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::round_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::trunc_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::sign_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::reciprocal_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::square_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::nan_to_num_(Tensor(a!) self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor(a!)"},
    {"aten::logical_not_(Tensor(a!) self) -> Tensor(a!)"},
    {"aten::bitwise_not_(Tensor(a!) self) -> Tensor(a!)"},
    // ---- tensor to Python values ----
    {"aten::item(Tensor self) -> Scalar"},
    {"aten::Int.Scalar(Scalar a) -> int"},
    {"aten::Float.Scalar(Scalar a) -> float"},
    // ---- number (Scalar) arithmetic: x.item() + 1, -x.item(), x.item() > 0.5 ----
    // torch's schemas; the values follow Python (int op int is an int, a float
    // operand gives a float, bool counts as int, int vs float compares exactly).
    {"aten::add(Scalar a, Scalar b) -> Scalar"},
    {"aten::sub(Scalar a, Scalar b) -> Scalar"},
    {"aten::mul(Scalar a, Scalar b) -> Scalar"},
    {"aten::div(Scalar a, Scalar b) -> float"},
    {"aten::floordiv(Scalar a, Scalar b) -> Scalar"},
    {"aten::remainder(Scalar a, Scalar b) -> Scalar"},
    // torch's row says `-> float`; Python's `**` keeps int ** non-negative int an int, so a number.
    {"aten::pow.Scalar_Scalar(Scalar a, Scalar b) -> Scalar"},
    {"aten::eq(Scalar a, Scalar b) -> bool"},
    {"aten::ne(Scalar a, Scalar b) -> bool"},
    {"aten::lt(Scalar a, Scalar b) -> bool"},
    {"aten::le(Scalar a, Scalar b) -> bool"},
    {"aten::gt(Scalar a, Scalar b) -> bool"},
    {"aten::ge(Scalar a, Scalar b) -> bool"},
    {"aten::neg.Scalar(Scalar a) -> Scalar"},
    {"prim::abs.Scalar(Scalar a) -> Scalar"},
    {"prim::tolist(Tensor self, int dim, int elem_ty) -> Any"},
};
} // namespace

std::span<const OpTableEntry> tensor_inplace_op_table() {
  return kTensorInplaceOps;
}

} // namespace tsc::ir
