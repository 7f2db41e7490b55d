// runtime/tensor/dtype.h - Tensor element types, half/bfloat16, Scalar and PyTorch's type promotion.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>

namespace tsc::runtime::tensor {

/// A tensor's element type, in PyTorch's promotion order within each category.
enum class DType : uint8_t { Bool, UInt8, Int8, Int16, Int32, Int64, Float16, BFloat16, Float32, Float64 };

constexpr int kNumDTypes = 10;

/// PyTorch's default floating dtype (torch.get_default_dtype()).
constexpr DType kDefaultFloat = DType::Float32;

/// Bytes per element.
size_t element_size(DType t);
/// "float32", "int64", ... (PyTorch's spelling without the "torch." prefix).
const char* dtype_name(DType t);
/// PyTorch's C++ name used in some error messages: "Float", "Long", "Bool", "Half", "BFloat16", ...
const char* dtype_cpp_name(DType t);

constexpr bool is_floating(DType t) {
  return t >= DType::Float16;
}
constexpr bool is_integral(DType t, bool include_bool) {
  return t <= DType::Int64 && (include_bool || t != DType::Bool);
}

/// An IEEE binary16 value. Conversions round to nearest, ties to even.
struct Half {
  uint16_t bits = 0;
  Half() = default;
  Half(float f) : bits(from_float(f)) {} // NOLINT: implicit like c10::Half
  operator float() const { return to_float(bits); }
  static uint16_t from_float(float f);
  static float to_float(uint16_t h);
};

/// A bfloat16 value (the high half of a float32). Conversions round to nearest, ties to even.
struct BFloat16 {
  uint16_t bits = 0;
  BFloat16() = default;
  BFloat16(float f) : bits(from_float(f)) {} // NOLINT: implicit like c10::BFloat16
  operator float() const {
    uint32_t u = uint32_t(bits) << 16;
    float f;
    std::memcpy(&f, &u, 4);
    return f;
  }
  static uint16_t from_float(float f) {
    uint32_t u;
    std::memcpy(&u, &f, 4);
    if ((u & 0x7fffffffu) > 0x7f800000u)
      return uint16_t((u >> 16) | 0x40); // quiet NaN
    uint32_t lsb = (u >> 16) & 1u;
    return uint16_t((u + 0x7fffu + lsb) >> 16);
  }
};

/// The C++ type of each dtype's elements (bool is stored as one byte 0/1).
template <DType T> struct CppType;
template <> struct CppType<DType::Bool> { using type = bool; };
template <> struct CppType<DType::UInt8> { using type = uint8_t; };
template <> struct CppType<DType::Int8> { using type = int8_t; };
template <> struct CppType<DType::Int16> { using type = int16_t; };
template <> struct CppType<DType::Int32> { using type = int32_t; };
template <> struct CppType<DType::Int64> { using type = int64_t; };
template <> struct CppType<DType::Float16> { using type = Half; };
template <> struct CppType<DType::BFloat16> { using type = BFloat16; };
template <> struct CppType<DType::Float32> { using type = float; };
template <> struct CppType<DType::Float64> { using type = double; };

/// The type arithmetic on T is done in: float for the 16-bit floats, T otherwise.
template <typename T> struct OpMathT { using type = T; };
template <> struct OpMathT<Half> { using type = float; };
template <> struct OpMathT<BFloat16> { using type = float; };
template <typename T> using opmath_t = typename OpMathT<T>::type;

/// a + b and a * b that wrap around in two's complement for integers, as torch's
/// kernels do (signed overflow is undefined in C++: the arithmetic is done in
/// an unsigned type at least as wide as unsigned int); plain + and * otherwise.
template <typename T> constexpr T wrapping_add(T a, T b) {
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
    using U = std::conditional_t<(sizeof(T) < sizeof(unsigned)), unsigned, std::make_unsigned_t<T>>;
    return static_cast<T>(static_cast<U>(a) + static_cast<U>(b));
  } else {
    return T(a + b);
  }
}
template <typename T> constexpr T wrapping_mul(T a, T b) {
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
    using U = std::conditional_t<(sizeof(T) < sizeof(unsigned)), unsigned, std::make_unsigned_t<T>>;
    return static_cast<T>(static_cast<U>(a) * static_cast<U>(b));
  } else {
    return T(a * b);
  }
}

template <typename T>
constexpr bool is_float_v = std::is_floating_point_v<T> || std::is_same_v<T, Half> || std::is_same_v<T, BFloat16>;

/// Converts between element types the way a C++ static_cast would, except
/// that the 16-bit floats go through float and float-to-bool is `x != 0`.
template <typename To, typename From> inline To convert(From v) {
  if constexpr (std::is_same_v<To, From>) {
    return v;
  } else if constexpr (std::is_same_v<To, bool>) {
    return static_cast<opmath_t<From>>(v) != opmath_t<From>(0);
  } else if constexpr (std::is_same_v<To, Half> || std::is_same_v<To, BFloat16>) {
    if constexpr (std::is_same_v<From, double>)
      return To(static_cast<float>(v));
    else
      return To(static_cast<float>(static_cast<opmath_t<From>>(v)));
  } else if constexpr (std::is_same_v<From, Half> || std::is_same_v<From, BFloat16>) {
    return static_cast<To>(static_cast<float>(v));
  } else if constexpr (std::is_integral_v<To> && std::is_floating_point_v<From>) {
    // Out-of-range float-to-int is undefined in C++; PyTorch wraps through int64
    // on x86. NaN and overflow give the bit pattern of INT64_MIN truncated.
    if (!(v >= -9.2233720368547758e18 && v < 9.2233720368547758e18))
      return static_cast<To>(INT64_MIN);
    return static_cast<To>(static_cast<int64_t>(v));
  } else {
    return static_cast<To>(v);
  }
}

/// A Python number passed to an op: bool, int (int64) or float (double).
class Scalar {
public:
  enum class Kind : uint8_t { Bool, Int, Double };
  Scalar() : kind_(Kind::Int) { u_.i = 0; }
  Scalar(bool b) : kind_(Kind::Bool) { u_.i = b; } // NOLINT: implicit, as in ATen
  Scalar(int v) : kind_(Kind::Int) { u_.i = v; }   // NOLINT
  Scalar(int64_t v) : kind_(Kind::Int) { u_.i = v; } // NOLINT
  Scalar(double v) : kind_(Kind::Double) { u_.d = v; } // NOLINT

  Kind kind() const { return kind_; }
  bool is_bool() const { return kind_ == Kind::Bool; }
  bool is_int() const { return kind_ == Kind::Int; }
  bool is_double() const { return kind_ == Kind::Double; }
  /// Precondition for to_int: not a double.
  int64_t to_int() const { return kind_ == Kind::Double ? static_cast<int64_t>(u_.d) : u_.i; }
  double to_double() const { return kind_ == Kind::Double ? u_.d : static_cast<double>(u_.i); }
  bool to_bool() const { return kind_ == Kind::Double ? u_.d != 0 : u_.i != 0; }
  /// The dtype a Python number of this kind has as a tensor: bool, int64 or the default float.
  DType dtype() const;
  /// The value converted to T (via int64 or double).
  template <typename T> T to() const {
    if (kind_ == Kind::Double)
      return convert<T>(u_.d);
    return convert<T>(u_.i);
  }
  /// Python's repr of the number ("2", "2.5", "True").
  std::string repr() const;

private:
  Kind kind_;
  union {
    int64_t i;
    double d;
  } u_;
};

/// torch.promote_types(a, b).
DType promote_types(DType a, DType b);

/// The category-aware promotion state of torch.result_type: tensors with
/// dimensions, zero-dim tensors and Python scalars are tracked separately, and
/// a lower priority group only changes the result when it is of a higher
/// category (bool < integral < floating).
struct ResultTypeState {
  int dim_result = -1; ///< -1: none seen; otherwise a DType
  int zero_result = -1;
  int wrapped_result = -1;
  void add_tensor(DType t, int64_t dim);
  void add_scalar(const Scalar& s);
  DType result() const;
};

/// True when a value of dtype `from` may be written into `to` by an in-place op
/// (torch.can_cast: no float into integral, no non-bool into bool).
bool can_cast(DType from, DType to);

} // namespace tsc::runtime::tensor
