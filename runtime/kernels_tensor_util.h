// runtime/kernels_tensor_util.h - Argument access for tensor kernels: Values to tensors, scalars, dtypes.
//
// Shared by the kernel files of tensor ops (runtime/kernels_tensor*.cpp).
// ScalarType arguments are torch's numbering (torch.float32 == 6).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "runtime/kernel_util.h"
#include "runtime/tensor/ops.h"
#include "runtime/tensor/tensor.h"

namespace tsc::runtime::tensor_args {

using tensor::DType;
using tensor::OptDType;
using tensor::Scalar;
using tensor::Tensor;

inline Tensor arg_tensor(const KernelFrame& f, size_t i) {
  return Tensor(Ref<tensor::TensorImpl>(static_cast<tensor::TensorImpl*>(f.in(i).heap())));
}
// An undefined Tensor for None.
inline Tensor arg_opt_tensor(const KernelFrame& f, size_t i) {
  return f.in(i).is_none() ? Tensor() : arg_tensor(f, i);
}
inline Scalar arg_scalar(const KernelFrame& f, size_t i) {
  const Value& v = f.in(i);
  if (v.is_bool())
    return Scalar(v.to_bool());
  if (v.is_int())
    return Scalar(v.to_int());
  return Scalar(v.to_double());
}
inline tensor::OptScalar arg_opt_scalar(const KernelFrame& f, size_t i) {
  if (f.in(i).is_none())
    return std::nullopt;
  return arg_scalar(f, i);
}
inline std::vector<int64_t> arg_ints(const KernelFrame& f, size_t i) {
  const ListObject& l = f.in(i).as_list();
  std::vector<int64_t> out(l.size());
  for (size_t k = 0; k < l.size(); ++k)
    out[k] = l.get(k).to_int();
  return out;
}
inline std::vector<Tensor> arg_tensors(const KernelFrame& f, size_t i) {
  const ListObject& l = f.in(i).as_list();
  std::vector<Tensor> out;
  out.reserve(l.size());
  for (size_t k = 0; k < l.size(); ++k) {
    Value v = l.get(k);
    out.emplace_back(Ref<tensor::TensorImpl>(static_cast<tensor::TensorImpl*>(v.heap())));
  }
  return out;
}
inline std::optional<int64_t> arg_opt_int(const KernelFrame& f, size_t i) {
  if (f.in(i).is_none())
    return std::nullopt;
  return f.in(i).to_int();
}

// torch's ScalarType numbering (c10/core/ScalarType.h) to the library's DType.
inline DType dtype_from_scalar_type(int64_t st) {
  switch (st) {
  case 0:
    return DType::UInt8;
  case 1:
    return DType::Int8;
  case 2:
    return DType::Int16;
  case 3:
    return DType::Int32;
  case 4:
    return DType::Int64;
  case 5:
    return DType::Float16;
  case 6:
    return DType::Float32;
  case 7:
    return DType::Float64;
  case 11:
    return DType::Bool;
  case 15:
    return DType::BFloat16;
  default:
    break;
  }
  raise_error("RuntimeError", "unsupported ScalarType " + std::to_string(st));
}
inline DType arg_dtype(const KernelFrame& f, size_t i) {
  return dtype_from_scalar_type(f.in(i).to_int());
}
inline OptDType arg_opt_dtype(const KernelFrame& f, size_t i) {
  if (f.in(i).is_none())
    return std::nullopt;
  return arg_dtype(f, i);
}
// requires_grad at argument `i`: autograd is not part of the runtime.
inline void check_no_grad(const KernelFrame& f, size_t i) {
  if (f.in(i).to_bool())
    raise_error("RuntimeError", "requires_grad=True is not supported (tsc has no autograd)");
}

inline void set_tensor(const KernelFrame& f, const Tensor& t, size_t i = 0) {
  f.set(i, Value(Ref<tensor::TensorImpl>(t.ref())));
}
inline void set_tensor_list(const KernelFrame& f, const std::vector<Tensor>& ts) {
  std::vector<Value> items;
  items.reserve(ts.size());
  for (const Tensor& t : ts)
    items.emplace_back(Ref<tensor::TensorImpl>(t.ref()));
  f.set(0, Value(Ref<ListObject>::make(f.output_type(0), std::move(items))));
}
inline void set_int_list(const KernelFrame& f, const std::vector<int64_t>& v) {
  std::vector<Value> items;
  items.reserve(v.size());
  for (int64_t x : v)
    items.push_back(Value::from_int(x));
  f.set(0, Value(Ref<ListObject>::make(f.output_type(0), std::move(items))));
}

// The library's DType as torch's ScalarType number (the inverse of dtype_from_scalar_type).
inline int64_t scalar_type_of(DType t) {
  switch (t) {
  case DType::UInt8:
    return 0;
  case DType::Int8:
    return 1;
  case DType::Int16:
    return 2;
  case DType::Int32:
    return 3;
  case DType::Int64:
    return 4;
  case DType::Float16:
    return 5;
  case DType::Float32:
    return 6;
  case DType::Float64:
    return 7;
  case DType::Bool:
    return 11;
  case DType::BFloat16:
    return 15;
  }
  return 6;
}

} // namespace tsc::runtime::tensor_args
