// runtime/tensor/dispatch.h - Dtype dispatch macros: run a generic lambda with scalar_t bound to the element type.
//
//   TSC_DISPATCH_ALL(t.dtype(), "add", [&](auto tag_) { TSC_SCALAR_TYPE(tag_); kernel<scalar_t>(...); });
//
// The lambda is instantiated once per dtype in the set; a dtype outside the set
// raises PyTorch's RuntimeError: "add" not implemented for 'Bool'.
#pragma once

#include "runtime/tensor/dtype.h"

namespace tsc::runtime::tensor {

/// RuntimeError: "NAME" not implemented for 'Bool' (torch's wording).
[[noreturn]] void raise_not_implemented(const char* name, DType t);

} // namespace tsc::runtime::tensor

namespace tsc::runtime::tensor {
/// Carries an element type into a dispatched generic lambda.
template <typename T> struct TypeTag {
  using type = T;
};
} // namespace tsc::runtime::tensor

/// Inside a dispatched lambda `[&](auto tag_) { TSC_SCALAR_TYPE(tag_); ... }`:
/// binds scalar_t. The lambda is generic so that `if constexpr` on scalar_t
/// discards the branches that do not apply to a dtype.
#define TSC_SCALAR_TYPE(TAG) using scalar_t [[maybe_unused]] = typename decltype(TAG)::type

#define TSC_DTYPE_CASE(DT, ...)                                                                              \
  case ::tsc::runtime::tensor::DType::DT: {                                                                  \
    __VA_ARGS__(::tsc::runtime::tensor::TypeTag<                                                             \
                ::tsc::runtime::tensor::CppType<::tsc::runtime::tensor::DType::DT>::type>{});                \
    break;                                                                                                   \
  }

#define TSC_DTYPE_CASES_INTEGRAL(...)                                                                        \
  TSC_DTYPE_CASE(UInt8, __VA_ARGS__)                                                                         \
  TSC_DTYPE_CASE(Int8, __VA_ARGS__)                                                                          \
  TSC_DTYPE_CASE(Int16, __VA_ARGS__)                                                                         \
  TSC_DTYPE_CASE(Int32, __VA_ARGS__)                                                                         \
  TSC_DTYPE_CASE(Int64, __VA_ARGS__)

#define TSC_DTYPE_CASES_FLOATING(...)                                                                        \
  TSC_DTYPE_CASE(Float16, __VA_ARGS__)                                                                       \
  TSC_DTYPE_CASE(BFloat16, __VA_ARGS__)                                                                      \
  TSC_DTYPE_CASE(Float32, __VA_ARGS__)                                                                       \
  TSC_DTYPE_CASE(Float64, __VA_ARGS__)

/// Every dtype.
#define TSC_DISPATCH_ALL(DTYPE, NAME, ...)                                                                   \
  do {                                                                                                       \
    switch (DTYPE) {                                                                                         \
      TSC_DTYPE_CASE(Bool, __VA_ARGS__)                                                                      \
      TSC_DTYPE_CASES_INTEGRAL(__VA_ARGS__)                                                                  \
      TSC_DTYPE_CASES_FLOATING(__VA_ARGS__)                                                                  \
    }                                                                                                        \
  } while (0)

/// Every dtype but bool.
#define TSC_DISPATCH_NUMERIC(DTYPE, NAME, ...)                                                               \
  do {                                                                                                       \
    switch (DTYPE) {                                                                                         \
      TSC_DTYPE_CASES_INTEGRAL(__VA_ARGS__)                                                                  \
      TSC_DTYPE_CASES_FLOATING(__VA_ARGS__)                                                                  \
    case ::tsc::runtime::tensor::DType::Bool:                                                                \
      ::tsc::runtime::tensor::raise_not_implemented(NAME, DTYPE);                                            \
    }                                                                                                        \
  } while (0)

/// The floating dtypes (float16, bfloat16, float32, float64).
#define TSC_DISPATCH_FLOATING(DTYPE, NAME, ...)                                                              \
  do {                                                                                                       \
    switch (DTYPE) {                                                                                         \
      TSC_DTYPE_CASES_FLOATING(__VA_ARGS__)                                                                  \
    default:                                                                                                 \
      ::tsc::runtime::tensor::raise_not_implemented(NAME, DTYPE);                                            \
    }                                                                                                        \
  } while (0)

/// Bool and the integer dtypes.
#define TSC_DISPATCH_INTEGRAL_AND_BOOL(DTYPE, NAME, ...)                                                     \
  do {                                                                                                       \
    switch (DTYPE) {                                                                                         \
      TSC_DTYPE_CASE(Bool, __VA_ARGS__)                                                                      \
      TSC_DTYPE_CASES_INTEGRAL(__VA_ARGS__)                                                                  \
    default:                                                                                                 \
      ::tsc::runtime::tensor::raise_not_implemented(NAME, DTYPE);                                            \
    }                                                                                                        \
  } while (0)
