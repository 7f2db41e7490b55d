// runtime/tensor/dtype.cpp - dtype names, half conversions and torch.promote_types / result_type.
#include "runtime/tensor/dtype.h"

#include "ir/printer.h"

namespace tsc::runtime::tensor {

size_t element_size(DType t) {
  switch (t) {
  case DType::Bool:
  case DType::UInt8:
  case DType::Int8:
    return 1;
  case DType::Int16:
  case DType::Float16:
  case DType::BFloat16:
    return 2;
  case DType::Int32:
  case DType::Float32:
    return 4;
  case DType::Int64:
  case DType::Float64:
    return 8;
  }
  return 1;
}

const char* dtype_name(DType t) {
  switch (t) {
  case DType::Bool:
    return "bool";
  case DType::UInt8:
    return "uint8";
  case DType::Int8:
    return "int8";
  case DType::Int16:
    return "int16";
  case DType::Int32:
    return "int32";
  case DType::Int64:
    return "int64";
  case DType::Float16:
    return "float16";
  case DType::BFloat16:
    return "bfloat16";
  case DType::Float32:
    return "float32";
  case DType::Float64:
    return "float64";
  }
  return "?";
}

const char* dtype_cpp_name(DType t) {
  switch (t) {
  case DType::Bool:
    return "Bool";
  case DType::UInt8:
    return "Byte";
  case DType::Int8:
    return "Char";
  case DType::Int16:
    return "Short";
  case DType::Int32:
    return "Int";
  case DType::Int64:
    return "Long";
  case DType::Float16:
    return "Half";
  case DType::BFloat16:
    return "BFloat16";
  case DType::Float32:
    return "Float";
  case DType::Float64:
    return "Double";
  }
  return "?";
}

// Half conversions after the bit-exact algorithms of FP16 (Maratea) and c10.
uint16_t Half::from_float(float f) {
  uint32_t x;
  std::memcpy(&x, &f, 4);
  uint32_t sign = (x >> 16) & 0x8000u;
  uint32_t ax = x & 0x7fffffffu;
  if (ax > 0x7f800000u) // NaN
    return uint16_t(sign | 0x7e00u);
  if (ax >= 0x477ff000u) // rounds to infinity (65520 and up)
    return uint16_t(sign | 0x7c00u);
  if (ax < 0x38800000u) { // subnormal half or zero: exponent below -14
    // Adding 0.5f shifts the significand so that the FPU rounds it for us.
    float af;
    std::memcpy(&af, &ax, 4);
    float r = af + 0.5f;
    uint32_t ru;
    std::memcpy(&ru, &r, 4);
    return uint16_t(sign | (ru - 0x3f000000u));
  }
  uint32_t mant_odd = (ax >> 13) & 1u;
  ax += 0xc8000fffu + mant_odd; // rebias exponent (-112 << 23) and round to even
  return uint16_t(sign | (ax >> 13));
}

float Half::to_float(uint16_t h) {
  uint32_t sign = uint32_t(h & 0x8000u) << 16;
  uint32_t exp = (h >> 10) & 0x1fu;
  uint32_t mant = h & 0x3ffu;
  uint32_t out;
  if (exp == 0) {
    if (mant == 0) {
      out = sign;
    } else { // subnormal: normalize
      int e = -1;
      do {
        ++e;
        mant <<= 1;
      } while ((mant & 0x400u) == 0);
      out = sign | (uint32_t(112 - e) << 23) | ((mant & 0x3ffu) << 13);
    }
  } else if (exp == 31) {
    out = sign | 0x7f800000u | (mant << 13);
  } else {
    out = sign | ((exp + 112) << 23) | (mant << 13);
  }
  float f;
  std::memcpy(&f, &out, 4);
  return f;
}

DType Scalar::dtype() const {
  switch (kind_) {
  case Kind::Bool:
    return DType::Bool;
  case Kind::Int:
    return DType::Int64;
  case Kind::Double:
    return kDefaultFloat;
  }
  return DType::Int64;
}

std::string Scalar::repr() const {
  switch (kind_) {
  case Kind::Bool:
    return u_.i ? "True" : "False";
  case Kind::Int:
    return std::to_string(u_.i);
  case Kind::Double:
    return ir::format_float(u_.d);
  }
  return "";
}

DType promote_types(DType a, DType b) {
  if (a == b)
    return a;
  if (a == DType::Bool)
    return b;
  if (b == DType::Bool)
    return a;
  bool fa = is_floating(a), fb = is_floating(b);
  if (fa && fb) {
    if ((a == DType::Float16 && b == DType::BFloat16) || (a == DType::BFloat16 && b == DType::Float16))
      return DType::Float32;
    return a > b ? a : b;
  }
  if (fa)
    return a;
  if (fb)
    return b;
  // Both integral. uint8 with a signed type needs the next wider signed type.
  if (a == DType::UInt8 || b == DType::UInt8) {
    DType other = a == DType::UInt8 ? b : a;
    return other == DType::Int8 ? DType::Int16 : other;
  }
  return a > b ? a : b;
}

namespace {
int promote_optional(int a, DType b) {
  return a < 0 ? int(b) : int(promote_types(DType(a), b));
}

int category(int t) {
  if (t < 0)
    return -1;
  DType d = DType(t);
  return d == DType::Bool ? 0 : is_floating(d) ? 2 : 1;
}

// torch's combine_categories: the higher-priority group wins unless the lower
// one is of a higher category.
int combine(int higher, int lower) {
  if (higher < 0)
    return lower;
  if (lower < 0)
    return higher;
  if (category(higher) >= category(lower))
    return higher;
  // Lower is of a strictly higher category: a bool tensor takes the scalar's
  // category, an integer tensor with a float scalar becomes that float (the
  // default float for Python floats).
  return int(promote_types(DType(higher), DType(lower)));
}
} // namespace

void ResultTypeState::add_tensor(DType t, int64_t dim) {
  if (dim > 0)
    dim_result = promote_optional(dim_result, t);
  else
    zero_result = promote_optional(zero_result, t);
}

void ResultTypeState::add_scalar(const Scalar& s) {
  wrapped_result = promote_optional(wrapped_result, s.dtype());
}

DType ResultTypeState::result() const {
  int r = combine(dim_result, combine(zero_result, wrapped_result));
  return r < 0 ? kDefaultFloat : DType(r);
}

bool can_cast(DType from, DType to) {
  if (is_floating(from) && !is_floating(to))
    return false;
  if (from != DType::Bool && to == DType::Bool)
    return false;
  return true;
}

} // namespace tsc::runtime::tensor
