// ir/type.cpp - The process-wide type table (interning), subtyping and unification.
#include "ir/type.h"

#include "ir/assert.h"

#include <climits>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace tsc::ir {

// Owns every Type of the process. Structural types are interned by (kind,
// contained pointers), so two equal types are one object; class types are
// distinct per create(). Nothing is ever freed: types are compared by pointer
// and referenced from IR and runtime objects that may outlive any owner.
class TypeTable {
public:
  static TypeTable& instance() {
    // Deliberately never destroyed (see above), so no exit-time ordering issue.
    static TypeTable* table = new TypeTable();
    return *table;
  }

  // The leaf types, created first and never changing.
  TypePtr any = nullptr, none = nullptr, integer = nullptr, floating = nullptr, boolean = nullptr,
          string = nullptr, tensor = nullptr, number = nullptr;

  // Type's destructor is protected (types are never freed by their users);
  // the table, as a friend, is the one place allowed to delete them.
  struct Deleter {
    void operator()(const Type* t) const { delete t; }
  };
  using Owned = std::unique_ptr<const Type, Deleter>;

  TypePtr get(TypeKind kind, std::vector<TypePtr> contained) {
    std::string key = make_key(kind, contained, {});
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = interned_.find(key);
    if (it != interned_.end())
      return it->second;
    std::string spelling = spell(kind, contained);
    TypePtr t = own(Owned(new Type(kind, std::move(spelling), std::move(contained))));
    interned_.emplace(std::move(key), t);
    return t;
  }

  TypePtr var(std::string_view name) {
    std::string key = make_key(TypeKind::Var, {}, name);
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = interned_.find(key);
    if (it != interned_.end())
      return it->second;
    TypePtr t = own(Owned(new Type(TypeKind::Var, std::string(name), {})));
    interned_.emplace(std::move(key), t);
    return t;
  }

  TypePtr tensor_of(std::optional<ScalarType> dtype, std::optional<TensorSizes> sizes) {
    std::string spelling = spell_tensor(dtype, sizes);
    std::string key = make_key(TypeKind::Tensor, {}, spelling);
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = interned_.find(key);
    if (it != interned_.end())
      return it->second;
    tensors_.push_back(
        std::unique_ptr<TensorType>(new TensorType(dtype, std::move(sizes), std::move(spelling))));
    TypePtr t = tensors_.back().get();
    interned_.emplace(std::move(key), t);
    return t;
  }

  ClassType* create_class(std::string name) {
    std::lock_guard<std::mutex> lock(mutex_);
    classes_.push_back(std::unique_ptr<ClassType>(new ClassType(std::move(name))));
    return classes_.back().get();
  }

private:
  TypeTable() {
    any = leaf(TypeKind::Any, "Any");
    none = leaf(TypeKind::None, "NoneType");
    integer = leaf(TypeKind::Int, "int");
    floating = leaf(TypeKind::Float, "float");
    boolean = leaf(TypeKind::Bool, "bool");
    string = leaf(TypeKind::Str, "str");
    tensor = leaf(TypeKind::Tensor, "Tensor");
    number = leaf(TypeKind::Number, "number");
  }

  TypePtr leaf(TypeKind kind, const char* spelling) { return own(Owned(new Type(kind, spelling, {}))); }

  TypePtr own(Owned t) {
    types_.push_back(std::move(t));
    return types_.back().get();
  }

  static std::string make_key(TypeKind kind, const std::vector<TypePtr>& contained, std::string_view name) {
    std::string key;
    key.reserve(1 + contained.size() * sizeof(TypePtr) + name.size());
    key.push_back(static_cast<char>(kind));
    for (TypePtr t : contained) {
      char bytes[sizeof(TypePtr)];
      std::memcpy(bytes, &t, sizeof(TypePtr));
      key.append(bytes, sizeof(TypePtr));
    }
    key.append(name);
    return key;
  }

  // torch's TensorType::repr_str: Float(2, *, 3), Tensor(*, *), Long(), FloatTensor.
  static std::string spell_tensor(std::optional<ScalarType> dtype, const std::optional<TensorSizes>& sizes) {
    std::string out = dtype ? scalar_type_name(*dtype) : "Tensor";
    if (!sizes)
      return dtype ? out + "Tensor" : out;
    out.push_back('(');
    for (size_t i = 0; i < sizes->size(); ++i) {
      if (i)
        out += ", ";
      out += (*sizes)[i] ? std::to_string(*(*sizes)[i]) : std::string("*");
    }
    out.push_back(')');
    return out;
  }

  static std::string spell(TypeKind kind, const std::vector<TypePtr>& contained) {
    auto join = [&] {
      std::string out;
      for (size_t i = 0; i < contained.size(); ++i) {
        if (i)
          out += ", ";
        out += contained[i]->str();
      }
      return out;
    };
    switch (kind) {
    case TypeKind::List:
      return "List[" + join() + "]";
    case TypeKind::Tuple:
      return contained.empty() ? std::string("Tuple[()]") : "Tuple[" + join() + "]";
    case TypeKind::Dict:
      return "Dict[" + join() + "]";
    case TypeKind::Optional:
      return "Optional[" + join() + "]";
    case TypeKind::Any:
    case TypeKind::None:
    case TypeKind::Int:
    case TypeKind::Float:
    case TypeKind::Bool:
    case TypeKind::Str:
    case TypeKind::Tensor:
    case TypeKind::Number:
    case TypeKind::Class:
    case TypeKind::Var:
      break;
    }
    TSC_UNREACHABLE("spell() of a leaf type");
  }

  std::mutex mutex_;
  // Types have a protected, non-virtual destructor; the table never dies, so
  // these owners exist to express ownership, not to free.
  std::deque<Owned> types_;
  std::deque<std::unique_ptr<ClassType>> classes_;
  std::deque<std::unique_ptr<TensorType>> tensors_;
  std::unordered_map<std::string, TypePtr> interned_;
};

TypePtr Type::element() const {
  TSC_ASSERT(kind_ == TypeKind::List || kind_ == TypeKind::Optional,
             "element() of a type that is not List or Optional");
  return contained_[0];
}

TypePtr Type::key() const {
  TSC_ASSERT(kind_ == TypeKind::Dict, "key() of a type that is not Dict");
  return contained_[0];
}

TypePtr Type::value() const {
  TSC_ASSERT(kind_ == TypeKind::Dict, "value() of a type that is not Dict");
  return contained_[1];
}

bool Type::is_number() const {
  return kind_ == TypeKind::Int || kind_ == TypeKind::Float || kind_ == TypeKind::Bool;
}

TypePtr Type::any_type() {
  return TypeTable::instance().any;
}
TypePtr Type::none_type() {
  return TypeTable::instance().none;
}
TypePtr Type::int_type() {
  return TypeTable::instance().integer;
}
TypePtr Type::float_type() {
  return TypeTable::instance().floating;
}
TypePtr Type::bool_type() {
  return TypeTable::instance().boolean;
}
TypePtr Type::str_type() {
  return TypeTable::instance().string;
}
TypePtr Type::tensor_type() {
  return TypeTable::instance().tensor;
}
TypePtr Type::number_type() {
  return TypeTable::instance().number;
}

TypePtr Type::list_of(TypePtr elem) {
  TSC_ASSERT(elem != nullptr, "list_of(null)");
  return TypeTable::instance().get(TypeKind::List, {elem});
}

TypePtr Type::tuple_of(std::vector<TypePtr> elems) {
  for (TypePtr t : elems)
    TSC_ASSERT(t != nullptr, "tuple_of with a null element");
  return TypeTable::instance().get(TypeKind::Tuple, std::move(elems));
}

TypePtr Type::dict_of(TypePtr key, TypePtr value) {
  TSC_ASSERT(key != nullptr && value != nullptr, "dict_of(null)");
  return TypeTable::instance().get(TypeKind::Dict, {key, value});
}

TypePtr Type::optional_of(TypePtr elem) {
  TSC_ASSERT(elem != nullptr, "optional_of(null)");
  if (elem->is_optional() || elem->is_none())
    return elem;
  return TypeTable::instance().get(TypeKind::Optional, {elem});
}

TypePtr Type::type_var(std::string_view name) {
  TSC_ASSERT(!name.empty(), "type_var with an empty name");
  return TypeTable::instance().var(name);
}

TypePtr Type::tensor_of(std::optional<ScalarType> dtype, std::optional<TensorSizes> sizes) {
  if (!dtype && !sizes)
    return tensor_type();
  if (sizes) {
    for (const auto& d : *sizes)
      TSC_ASSERT(!d || *d >= 0, "tensor_of with a negative size");
  }
  return TypeTable::instance().tensor_of(dtype, std::move(sizes));
}

namespace {
struct ScalarTypeName {
  ScalarType type;
  const char* name;
};
constexpr ScalarTypeName kScalarTypeNames[] = {
    {ScalarType::Byte, "Byte"},   {ScalarType::Char, "Char"},     {ScalarType::Short, "Short"},
    {ScalarType::Int, "Int"},     {ScalarType::Long, "Long"},     {ScalarType::Half, "Half"},
    {ScalarType::Float, "Float"}, {ScalarType::Double, "Double"}, {ScalarType::Bool, "Bool"},
    {ScalarType::BFloat16, "BFloat16"},
};
} // namespace

std::optional<ScalarType> scalar_type_from_code(int64_t code) {
  for (const ScalarTypeName& n : kScalarTypeNames) {
    if (static_cast<int64_t>(n.type) == code)
      return n.type;
  }
  return std::nullopt;
}

const char* scalar_type_name(ScalarType t) {
  for (const ScalarTypeName& n : kScalarTypeNames) {
    if (n.type == t)
      return n.name;
  }
  TSC_UNREACHABLE("bad ScalarType");
}

std::optional<ScalarType> scalar_type_from_name(std::string_view name) {
  for (const ScalarTypeName& n : kScalarTypeNames) {
    if (name == n.name)
      return n.type;
  }
  return std::nullopt;
}

TensorType::TensorType(std::optional<ScalarType> dtype, std::optional<TensorSizes> sizes,
                       std::string spelling)
    : Type(TypeKind::Tensor, std::move(spelling), {}), dtype_(dtype), sizes_(std::move(sizes)) {}

std::optional<int64_t> TensorType::numel() const {
  if (!sizes_)
    return std::nullopt;
  int64_t n = 1;
  for (const auto& d : *sizes_) {
    if (!d)
      return std::nullopt;
    if (*d != 0 && n > INT64_MAX / *d)
      return std::nullopt;
    n *= *d;
  }
  return n;
}

const TensorType* as_refined_tensor(TypePtr t) {
  if (t->kind() != TypeKind::Tensor || t == Type::tensor_type())
    return nullptr;
  return static_cast<const TensorType*>(t);
}

TypePtr unrefined(TypePtr t) {
  switch (t->kind()) {
  case TypeKind::Tensor:
    return Type::tensor_type();
  case TypeKind::List:
    return Type::list_of(unrefined(t->element()));
  case TypeKind::Optional:
    return Type::optional_of(unrefined(t->element()));
  case TypeKind::Dict:
    return Type::dict_of(unrefined(t->key()), unrefined(t->value()));
  case TypeKind::Tuple: {
    std::vector<TypePtr> elems;
    for (TypePtr c : t->contained())
      elems.push_back(unrefined(c));
    return Type::tuple_of(std::move(elems));
  }
  case TypeKind::Any:
  case TypeKind::None:
  case TypeKind::Int:
  case TypeKind::Float:
  case TypeKind::Bool:
  case TypeKind::Str:
  case TypeKind::Number:
  case TypeKind::Class:
  case TypeKind::Var:
    return t;
  }
  TSC_UNREACHABLE("bad TypeKind");
}

TypePtr join_tensor_types(TypePtr a, TypePtr b) {
  TSC_ASSERT(a->kind() == TypeKind::Tensor && b->kind() == TypeKind::Tensor, "join of non-tensor types");
  if (a == b)
    return a;
  const TensorType* ra = as_refined_tensor(a);
  const TensorType* rb = as_refined_tensor(b);
  if (ra == nullptr || rb == nullptr)
    return Type::tensor_type();
  std::optional<ScalarType> dtype = ra->dtype() == rb->dtype() ? ra->dtype() : std::nullopt;
  std::optional<TensorSizes> sizes;
  if (ra->sizes() && rb->sizes() && ra->sizes()->size() == rb->sizes()->size()) {
    sizes.emplace();
    for (size_t i = 0; i < ra->sizes()->size(); ++i) {
      const auto& x = (*ra->sizes())[i];
      sizes->push_back(x == (*rb->sizes())[i] ? x : std::nullopt);
    }
  }
  return Type::tensor_of(dtype, std::move(sizes));
}

namespace {
// `from` claims at least what the tensor type `to` claims.
bool is_tensor_subtype(TypePtr from, TypePtr to) {
  if (from->kind() != TypeKind::Tensor)
    return false;
  const TensorType* rt = as_refined_tensor(to);
  if (rt == nullptr)
    return true;
  const TensorType* rf = as_refined_tensor(from);
  if (rf == nullptr)
    return false;
  if (rt->dtype() && rf->dtype() != rt->dtype())
    return false;
  if (!rt->sizes())
    return true;
  if (!rf->sizes() || rf->sizes()->size() != rt->sizes()->size())
    return false;
  for (size_t i = 0; i < rt->sizes()->size(); ++i) {
    if ((*rt->sizes())[i] && (*rf->sizes())[i] != (*rt->sizes())[i])
      return false;
  }
  return true;
}
} // namespace

ClassType::ClassType(std::string name) : Type(TypeKind::Class, std::move(name), {}) {}

ClassType* ClassType::create(std::string name) {
  return TypeTable::instance().create_class(std::move(name));
}

std::optional<size_t> ClassType::find_attribute(std::string_view name) const {
  for (size_t i = 0; i < attributes_.size(); ++i) {
    if (attributes_[i].name == name)
      return i;
  }
  return std::nullopt;
}

size_t ClassType::add_attribute(std::string name, TypePtr type, AttributeKind kind) {
  TSC_ASSERT(!find_attribute(name), "attribute added twice to a class");
  TSC_ASSERT(type != nullptr, "attribute without a type");
  attributes_.push_back({std::move(name), type, kind});
  return attributes_.size() - 1;
}

const char* attribute_kind_name(ClassType::AttributeKind kind) {
  switch (kind) {
  case ClassType::AttributeKind::Plain:
    return "";
  case ClassType::AttributeKind::Parameter:
    return "parameter";
  case ClassType::AttributeKind::Buffer:
    return "buffer";
  case ClassType::AttributeKind::Module:
    return "module";
  }
  TSC_UNREACHABLE("bad AttributeKind");
}

std::optional<ClassType::AttributeKind> attribute_kind_from_name(std::string_view name) {
  using K = ClassType::AttributeKind;
  for (K k : {K::Parameter, K::Buffer, K::Module}) {
    if (name == attribute_kind_name(k))
      return k;
  }
  if (name == "plain")
    return K::Plain;
  return std::nullopt;
}

bool ClassType::has_method(std::string_view name) const {
  for (const std::string& m : methods_) {
    if (m == name)
      return true;
  }
  return false;
}

void ClassType::add_method(std::string name) {
  if (!has_method(name))
    methods_.push_back(std::move(name));
}

bool is_subtype(TypePtr from, TypePtr to) {
  if (from == to)
    return true;
  switch (to->kind()) {
  case TypeKind::Any:
    return true;
  case TypeKind::Optional:
    if (from->is_none())
      return true;
    if (from->is_optional())
      return is_subtype(from->element(), to->element());
    return is_subtype(from, to->element());
  case TypeKind::Number:
    return from->is_number();
  case TypeKind::Tuple: {
    if (from->kind() != TypeKind::Tuple || from->contained().size() != to->contained().size())
      return false;
    for (size_t i = 0; i < from->contained().size(); ++i) {
      if (!is_subtype(from->contained()[i], to->contained()[i]))
        return false;
    }
    return true;
  }
  case TypeKind::Tensor:
    return is_tensor_subtype(from, to);
  case TypeKind::None:
  case TypeKind::Int:
  case TypeKind::Float:
  case TypeKind::Bool:
  case TypeKind::Str:
  case TypeKind::List:
  case TypeKind::Dict:
  case TypeKind::Class:
  case TypeKind::Var:
    return false;
  }
  TSC_UNREACHABLE("bad TypeKind");
}

std::optional<TypePtr> unify(TypePtr a, TypePtr b) {
  if (is_subtype(a, b))
    return b;
  if (is_subtype(b, a))
    return a;
  if (a->kind() == TypeKind::Tensor && b->kind() == TypeKind::Tensor)
    return join_tensor_types(a, b);
  if (a->is_none())
    return Type::optional_of(b);
  if (b->is_none())
    return Type::optional_of(a);
  if (a->is_optional() || b->is_optional()) {
    TypePtr ia = a->is_optional() ? a->element() : a;
    TypePtr ib = b->is_optional() ? b->element() : b;
    if (auto inner = unify(ia, ib))
      return Type::optional_of(*inner);
    return std::nullopt;
  }
  if (a->kind() == TypeKind::Tuple && b->kind() == TypeKind::Tuple &&
      a->contained().size() == b->contained().size()) {
    std::vector<TypePtr> elems;
    for (size_t i = 0; i < a->contained().size(); ++i) {
      auto e = unify(a->contained()[i], b->contained()[i]);
      if (!e)
        return std::nullopt;
      elems.push_back(*e);
    }
    return Type::tuple_of(std::move(elems));
  }
  return std::nullopt;
}

} // namespace tsc::ir
