// ir/type.h - The types of the TorchScript language; interned, compared by pointer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tsc::ir {

enum class TypeKind {
  Any,       // TorchScript's Any: anything, refined with isinstance
  None,      // NoneType
  Int,       // 64-bit signed
  Float,     // double
  Bool,
  Str,
  Tensor,    // Tensor, or a refinement of it (a TensorType: dtype, rank, sizes)
  Number,    // Scalar in schemas: int, float or bool
  List,      // List[T]
  Tuple,     // Tuple[T1, ..., Tn] (n may be 0)
  Dict,      // Dict[K, V]
  Optional,  // Optional[T]; never nested, never Optional[None]
  Class,     // a user class
  Var,       // a type variable in an operator schema ('t', 'K', 'V'); never the type of a Value
};

/// A tensor's element type, with torch's ScalarType numbering (c10/core/ScalarType.h),
/// which is also how IR values carry dtypes (torch.float32 is the int 6).
enum class ScalarType : int8_t {
  Byte = 0,  // uint8
  Char = 1,  // int8
  Short = 2, // int16
  Int = 3,   // int32
  Long = 4,  // int64
  Half = 5,  // float16
  Float = 6, // float32
  Double = 7,
  Bool = 11,
  BFloat16 = 15,
};

/// The ScalarType numbered `code`, if tsc knows it.
std::optional<ScalarType> scalar_type_from_code(int64_t code);
/// torch's name, as refined tensor types print: "Float", "Long", "Bool", "BFloat16", ...
const char* scalar_type_name(ScalarType t);
/// The ScalarType whose name is `name`, if any.
std::optional<ScalarType> scalar_type_from_name(std::string_view name);

/// Per-dimension sizes of a refined tensor type; nullopt is an unknown size.
using TensorSizes = std::vector<std::optional<int64_t>>;

class Type;
/// Types are interned: two equal types are the same object, so compare pointers.
using TypePtr = const Type*;

/// A type. Construct through the static getters; they intern.
class Type {
 public:
  Type(const Type&) = delete;
  Type& operator=(const Type&) = delete;

  TypeKind kind() const { return kind_; }
  /// Python annotation spelling, which the IR printer and parser use too:
  /// int, float, bool, str, NoneType, Tensor, Any, number, List[int],
  /// Tuple[int, str], Tuple[()], Dict[str, int], Optional[int], the class's name.
  const std::string& str() const { return str_; }

  /// Contained types: List -> {T}, Optional -> {T}, Dict -> {K, V}, Tuple -> elements.
  const std::vector<TypePtr>& contained() const { return contained_; }
  TypePtr element() const;  ///< List/Optional element type (precondition: List or Optional)
  TypePtr key() const;      ///< Dict key type
  TypePtr value() const;    ///< Dict value type

  bool is_optional() const { return kind_ == TypeKind::Optional; }
  bool is_none() const { return kind_ == TypeKind::None; }
  /// int, float or bool
  bool is_number() const;

  static TypePtr any_type();
  static TypePtr none_type();
  static TypePtr int_type();
  static TypePtr float_type();
  static TypePtr bool_type();
  static TypePtr str_type();
  static TypePtr tensor_type();
  static TypePtr number_type();
  static TypePtr list_of(TypePtr elem);
  static TypePtr tuple_of(std::vector<TypePtr> elems);
  static TypePtr dict_of(TypePtr key, TypePtr value);
  /// Optional[T]; Optional[Optional[T]] is Optional[T], Optional[None] is None.
  static TypePtr optional_of(TypePtr elem);
  /// A schema type variable named `name`.
  static TypePtr type_var(std::string_view name);
  /// Tensor refined with what is known of its dtype and sizes (nullopt: unknown
  /// rank). With nothing known this is tensor_type() itself. Precondition: sizes >= 0.
  static TypePtr tensor_of(std::optional<ScalarType> dtype, std::optional<TensorSizes> sizes);

 protected:
  Type(TypeKind kind, std::string str, std::vector<TypePtr> contained)
      : kind_(kind), str_(std::move(str)), contained_(std::move(contained)) {}
  ~Type() = default;
  friend class TypeTable;

 private:
  TypeKind kind_;
  std::string str_;
  std::vector<TypePtr> contained_;
};

/// A user class. Attributes are slots in declaration order; methods are named
/// functions of the IR module (qualified "Class.method"). ClassTypes are created
/// once per class definition, live for the whole process (owned by the type
/// table) and are mutable only while their compilation unit builds them.
class ClassType final : public Type {
 public:
  /// What an attribute slot holds in a scripted nn.Module (torch's split of a
  /// module's state): a parameter, a registered buffer, a submodule, or a
  /// plain attribute (everything else, and every attribute of other classes).
  enum class AttributeKind : uint8_t { Plain, Parameter, Buffer, Module };

  struct Attribute {
    std::string name;
    TypePtr type;
    AttributeKind kind = AttributeKind::Plain;
  };

  /// Creates a new, distinct class type.
  static ClassType* create(std::string name);

  const std::string& name() const { return str(); }
  const std::vector<Attribute>& attributes() const { return attributes_; }
  /// Slot index of attribute `name`, if any.
  std::optional<size_t> find_attribute(std::string_view name) const;
  /// Appends an attribute slot; returns its index. Precondition: not present yet.
  size_t add_attribute(std::string name, TypePtr type, AttributeKind kind = AttributeKind::Plain);

  const std::vector<std::string>& methods() const { return methods_; }
  bool has_method(std::string_view name) const;
  void add_method(std::string name);

 private:
  explicit ClassType(std::string name);
  friend class TypeTable;
  std::vector<Attribute> attributes_;
  std::vector<std::string> methods_;
};

/// "parameter", "buffer", "module", or "" for Plain: the IR class header's
/// spelling (`weight : Tensor [parameter]`).
const char* attribute_kind_name(ClassType::AttributeKind kind);
/// The kind spelled `name` (one of the above, "plain" for Plain), if any.
std::optional<ClassType::AttributeKind> attribute_kind_from_name(std::string_view name);

inline const ClassType* as_class(TypePtr t) {
  return t->kind() == TypeKind::Class ? static_cast<const ClassType*>(t) : nullptr;
}

/// A refinement of Tensor (TypeKind::Tensor, but not Type::tensor_type()):
/// what is known statically of a tensor's dtype, rank and sizes, after
/// TorchScript's TensorType. It prints as torch does: `Float(2, 3)`,
/// `Float(*, 3)` (unknown size), `Tensor(*, *)` (rank without dtype),
/// `Long()` (0-dim), `FloatTensor` (dtype without rank). It is a subtype of
/// Tensor and of every refinement that claims less; Tensor is a subtype of none.
class TensorType final : public Type {
 public:
  std::optional<ScalarType> dtype() const { return dtype_; }
  /// The sizes; nullopt when the rank is unknown.
  const std::optional<TensorSizes>& sizes() const { return sizes_; }
  std::optional<size_t> rank() const {
    return sizes_ ? std::optional<size_t>(sizes_->size()) : std::nullopt;
  }
  /// Number of elements when every size is known.
  std::optional<int64_t> numel() const;

 private:
  TensorType(std::optional<ScalarType> dtype, std::optional<TensorSizes> sizes, std::string spelling);
  friend class TypeTable;
  std::optional<ScalarType> dtype_;
  std::optional<TensorSizes> sizes_;
};

/// The refinement of a tensor type, or null for plain Tensor and non-tensor types.
const TensorType* as_refined_tensor(TypePtr t);

/// `t` with every tensor refinement (also inside containers) replaced by Tensor:
/// the type schemas, runtime conversions and type tests reason about.
TypePtr unrefined(TypePtr t);

/// The join of two tensor types (kind Tensor): what both agree on (equal
/// dtype; equal rank, then equal sizes per dimension), Tensor otherwise.
TypePtr join_tensor_types(TypePtr a, TypePtr b);

/// `from` can be used where `to` is expected without a conversion node:
/// equal types, T -> Optional[T], None -> Optional[T], anything -> Any,
/// int/float/bool -> number, and element-wise for Tuple (covariant, immutable);
/// a refined tensor type -> Tensor or any refinement claiming less (TensorType).
/// Lists and dicts are invariant. int -> float is NOT a subtype (it converts).
bool is_subtype(TypePtr from, TypePtr to);

/// The least type both unify to, or nullopt: equal -> itself, T and None ->
/// Optional[T], T and Optional[T] -> Optional[T], two tensor types -> their
/// join (join_tensor_types). int and float do not unify.
std::optional<TypePtr> unify(TypePtr a, TypePtr b);

}  // namespace tsc::ir
