// frontend/lower_types.cpp - Type annotations, conversions between types, and truthiness.
#include <string>
#include <vector>

#include "frontend/lower_impl.h"
#include "ir/assert.h"

namespace tsc::frontend::lowering {
namespace {

// What an annotation name stands for once aliases are expanded.
enum class TypeName {
  Unknown,
  Int,
  Float,
  Bool,
  Str,
  Tensor,
  Any,
  None,
  List,
  Dict,
  Tuple,
  Optional,
  Union,
  Class
};

bool is_dict_key_type(TypePtr t) {
  switch (t->kind()) {
  case TypeKind::Str:
  case TypeKind::Int:
  case TypeKind::Float:
  case TypeKind::Bool:
  case TypeKind::Tensor:
    return true;
  case TypeKind::Any:
  case TypeKind::None:
  case TypeKind::Number:
  case TypeKind::List:
  case TypeKind::Tuple:
  case TypeKind::Dict:
  case TypeKind::Optional:
  case TypeKind::Class:
  case TypeKind::Var:
    return false;
  }
  TSC_UNREACHABLE("unhandled type kind");
}

} // namespace

// ----------------------------------------------------------------------------
// Annotations

TypePtr ModuleLowerer::resolve_type_name(const std::string& name, const SourceRange& r, bool subscripted) {
  (void)subscripted;
  if (name == "int")
    return Type::int_type();
  if (name == "float")
    return Type::float_type();
  if (name == "bool")
    return Type::bool_type();
  if (name == "str")
    return Type::str_type();
  if (name == "NoneType")
    return Type::none_type();
  if (ClassInfo* c = find_class(name))
    return c->type;
  std::string q = imported_name(name);
  if (q == "torch.Tensor" || name == "Tensor")
    return Type::tensor_type();
  if (q == "typing.Any" || name == "Any")
    return Type::any_type();
  if (name == "List" || name == "Dict" || name == "Tuple" || name == "Optional" || name == "Union" ||
      name == "list" || name == "dict" || name == "tuple" || q == "typing.List" || q == "typing.Dict" ||
      q == "typing.Tuple" || q == "typing.Optional" || q == "typing.Union") {
    std::string example = name == "Dict" || name == "dict" ? name + "[str, int]"
                          : name == "Optional"             ? name + "[int]"
                          : name == "Union"                ? name + "[int, None]"
                                                           : name + "[int]";
    diag_.error(r, "'" + name + "' needs type arguments, e.g. '" + example + "'");
    return nullptr;
  }
  std::vector<std::string> candidates = {"int",  "float", "bool",  "str",      "Tensor",
                                         "List", "Dict",  "Tuple", "Optional", "Any"};
  for (const auto& [n, c] : classes_)
    candidates.push_back(n);
  std::string best = closest_name(name, candidates);
  diag_.error(r, "unknown type '" + name + "'" +
                     (best.empty() ? std::string() : "; did you mean '" + best + "'?"));
  return nullptr;
}

TypePtr ModuleLowerer::resolve_type(const Expr& e) {
  // The generic or plain type a Name/Attribute stands for.
  auto classify = [&](const Expr& x, std::string& spelled) -> TypeName {
    std::string name = dotted_name(x);
    spelled = name;
    if (name.empty())
      return TypeName::Unknown;
    size_t dot = name.find('.');
    if (dot != std::string::npos) {
      std::string mod = module_alias(name.substr(0, dot));
      if (mod.empty())
        return TypeName::Unknown;
      std::string q = mod + name.substr(dot);
      if (q == "torch.Tensor")
        return TypeName::Tensor;
      if (q.rfind("typing.", 0) == 0)
        name = q.substr(7);
      else
        return TypeName::Unknown;
    } else {
      if (find_class(name))
        return TypeName::Class;
      std::string q = imported_name(name);
      if (q.rfind("typing.", 0) == 0)
        name = q.substr(7);
      if (q == "torch.Tensor")
        return TypeName::Tensor;
    }
    if (name == "List" || name == "list")
      return TypeName::List;
    if (name == "Dict" || name == "dict")
      return TypeName::Dict;
    if (name == "Tuple" || name == "tuple")
      return TypeName::Tuple;
    if (name == "Optional")
      return TypeName::Optional;
    if (name == "Union")
      return TypeName::Union;
    if (name == "Any")
      return TypeName::Any;
    if (name == "Tensor")
      return TypeName::Tensor;
    if (name == "int")
      return TypeName::Int;
    if (name == "float")
      return TypeName::Float;
    if (name == "bool")
      return TypeName::Bool;
    if (name == "str")
      return TypeName::Str;
    if (name == "NoneType")
      return TypeName::None;
    return TypeName::Unknown;
  };

  switch (e.kind) {
  case ExprKind::None:
    return Type::none_type();
  case ExprKind::Str: {
    // A forward reference: "C" (only plain names).
    const std::string& text = as<StrExpr>(e).value;
    bool ident = !text.empty();
    for (char ch : text)
      if (!(isalnum(static_cast<unsigned char>(ch)) || ch == '_'))
        ident = false;
    if (!ident) {
      diag_.error(e.range, "string annotations must name a type, e.g. \"MyClass\"");
      return nullptr;
    }
    return resolve_type_name(text, e.range, false);
  }
  case ExprKind::Name:
    return resolve_type_name(as<NameExpr>(e).id, e.range, false);
  case ExprKind::Attribute: {
    std::string spelled;
    TypeName k = classify(e, spelled);
    switch (k) {
    case TypeName::Tensor:
      return Type::tensor_type();
    case TypeName::Any:
      return Type::any_type();
    case TypeName::Unknown:
      break;
    default:
      return resolve_type_name(spelled.substr(spelled.rfind('.') + 1), e.range, false);
    }
    diag_.error(e.range, "unknown type '" + spelled + "'");
    return nullptr;
  }
  case ExprKind::Binary: {
    const auto& b = as<BinaryExpr>(e);
    if (b.op != BinaryOp::BitOr)
      break;
    TypePtr l = resolve_type(*b.lhs);
    TypePtr r = resolve_type(*b.rhs);
    if (!l || !r)
      return nullptr;
    if (r->is_none())
      return Type::optional_of(l);
    if (l->is_none())
      return Type::optional_of(r);
    if (l == r)
      return l;
    diag_.error(e.range,
                "union types are supported only as 'T | None', found " + quoted(l) + " | " + quoted(r));
    return nullptr;
  }
  case ExprKind::Subscript: {
    const auto& s = as<SubscriptExpr>(e);
    std::string spelled;
    TypeName k = classify(*s.value, spelled);
    std::vector<const Expr*> args;
    bool empty_tuple = false;
    if (s.index->kind == ExprKind::Tuple) {
      for (const auto& a : as<TupleExpr>(*s.index).elts)
        args.push_back(a.get());
      empty_tuple = args.empty();
    } else {
      args.push_back(s.index.get());
    }
    std::vector<TypePtr> types;
    for (const Expr* a : args) {
      if (a->kind == ExprKind::Ellipsis) {
        diag_.error(a->range, "variable-length tuples are not supported; list each element type");
        return nullptr;
      }
      TypePtr t = resolve_type(*a);
      if (!t)
        return nullptr;
      types.push_back(t);
    }
    auto arity = [&](size_t n) {
      if (types.size() == n)
        return true;
      diag_.error(s.index->range, "'" + spelled + "' expects " + std::to_string(n) + " type argument" +
                                      (n == 1 ? "" : "s") + ", found " + std::to_string(types.size()));
      return false;
    };
    switch (k) {
    case TypeName::List:
      if (!arity(1))
        return nullptr;
      return Type::list_of(types[0]);
    case TypeName::Dict:
      if (!arity(2))
        return nullptr;
      if (!is_dict_key_type(types[0])) {
        diag_.error(args[0]->range,
                    "dict keys must be str, int, float, bool or Tensor; found " + quoted(types[0]));
        return nullptr;
      }
      return Type::dict_of(types[0], types[1]);
    case TypeName::Tuple:
      if (empty_tuple)
        return Type::tuple_of({});
      return Type::tuple_of(types);
    case TypeName::Optional:
      if (!arity(1))
        return nullptr;
      return Type::optional_of(types[0]);
    case TypeName::Union: {
      TypePtr other = nullptr;
      bool has_none = false;
      for (TypePtr t : types) {
        if (t->is_none()) {
          has_none = true;
        } else if (!other || other == t) {
          other = t;
        } else {
          diag_.error(e.range, "'Union' is supported only as 'Union[T, None]'");
          return nullptr;
        }
      }
      if (!other)
        return Type::none_type();
      return has_none ? Type::optional_of(other) : other;
    }
    case TypeName::Unknown:
      if (!spelled.empty()) {
        // Reports an unknown name (with a suggestion); a known one is not generic.
        if (resolve_type_name(spelled, s.value->range, true))
          diag_.error(s.value->range, "'" + spelled + "' does not take type arguments");
        return nullptr;
      }
      break;
    default:
      diag_.error(s.value->range, "'" + spelled + "' does not take type arguments");
      return nullptr;
    }
    break;
  }
  default:
    break;
  }
  diag_.error(e.range, "expected a type");
  return nullptr;
}

// ----------------------------------------------------------------------------
// Conversions

Value* FunctionLowerer::to_int_if_bool(Env& env, Value* v, const SourceRange& r) {
  if (!v || v->type()->kind() != TypeKind::Bool)
    return v;
  return emit_op(env, ir::aten::Int, {v}, r);
}

Value* FunctionLowerer::to_float(Env& env, Value* v, const SourceRange& r) {
  if (!v)
    return nullptr;
  switch (v->type()->kind()) {
  case TypeKind::Float:
    return v;
  case TypeKind::Int:
  case TypeKind::Bool:
    return emit_op(env, ir::aten::Float, {v}, r);
  default:
    return nullptr;
  }
}

Value* FunctionLowerer::coerce(Env& env, Value* v, TypePtr target, const SourceRange& r) {
  if (!v || !target)
    return nullptr;
  TypePtr from = v->type();
  if (from == target || ir::is_subtype(from, target))
    return v;
  TypePtr base = target->is_optional() ? target->element() : target;
  switch (base->kind()) {
  case TypeKind::Float:
    if (from->kind() == TypeKind::Int || from->kind() == TypeKind::Bool)
      return to_float(env, v, r);
    return nullptr;
  case TypeKind::Int:
    if (from->kind() == TypeKind::Bool)
      return to_int_if_bool(env, v, r);
    return nullptr;
  case TypeKind::Tuple: {
    if (from->kind() != TypeKind::Tuple || from->contained().size() != base->contained().size())
      return nullptr;
    std::vector<Value*> parts;
    for (size_t i = 0; i < base->contained().size(); ++i) {
      Value* idx = const_int(env, static_cast<int64_t>(i), r);
      Value* el = emit(env, ir::prim::TupleIndex, {v, idx}, {from->contained()[i]}, r)->output();
      Value* c = coerce(env, el, base->contained()[i], r);
      if (!c)
        return nullptr;
      parts.push_back(c);
    }
    std::vector<TypePtr> types;
    for (Value* p : parts)
      types.push_back(p->type());
    return emit(env, ir::prim::TupleConstruct, parts, {Type::tuple_of(types)}, r)->output();
  }
  case TypeKind::Any:
  case TypeKind::None:
  case TypeKind::Bool:
  case TypeKind::Str:
  case TypeKind::Tensor:
  case TypeKind::Number:
  case TypeKind::List:
  case TypeKind::Dict:
  case TypeKind::Optional:
  case TypeKind::Class:
  case TypeKind::Var:
    return nullptr;
  }
  TSC_UNREACHABLE("unhandled type kind");
}

// Python truthiness: numbers are true when nonzero, str/list/dict when
// nonempty, Optional when not None (and its value is true), tuples by length.
Value* FunctionLowerer::truthy(Env& env, Value* v, const SourceRange& r) {
  if (!v)
    return nullptr;
  TypePtr t = v->type();
  auto nonempty = [&](Symbol len_kind) -> Value* {
    Value* n = emit_op(env, len_kind, {v}, r);
    if (!n)
      return nullptr;
    return emit_op(env, ir::aten::ne, {n, const_int(env, 0, r)}, r);
  };
  switch (t->kind()) {
  case TypeKind::Bool:
    return v;
  case TypeKind::Int:
  case TypeKind::Float:
    return emit_op(env, ir::aten::Bool, {v}, r);
  case TypeKind::Str:
  case TypeKind::List:
  case TypeKind::Dict:
    return nonempty(ir::aten::len);
  case TypeKind::None:
    return const_bool(env, false, r);
  case TypeKind::Tuple:
    return const_bool(env, !t->contained().empty(), r);
  case TypeKind::Optional: {
    TypePtr elem = t->element();
    TypeKind ek = elem->kind();
    if (ek == TypeKind::Tensor || ek == TypeKind::Any || ek == TypeKind::Number) {
      diag_.error(r, "condition must be bool, found " + quoted(t));
      return nullptr;
    }
    Value* is_some = emit_op(env, ir::aten::__isnot__, {v, const_none(env, r)}, r);
    // Objects and nonempty tuples are always true: only None is false.
    if (ek == TypeKind::Class || (ek == TypeKind::Tuple && !elem->contained().empty()))
      return is_some;
    Node* n = emit(env, ir::prim::If, {is_some}, {}, r);
    Env some(&env, n->add_block());
    Env none(&env, n->add_block());
    Value* cast = emit(some, ir::prim::unchecked_cast, {v}, {elem}, r)->output();
    Value* b = truthy(some, cast, r);
    if (!b)
      b = const_bool(some, false, r);
    some.block()->register_output(b);
    none.block()->register_output(const_bool(none, false, r));
    return n->add_output(Type::bool_type());
  }
  case TypeKind::Any:
  case TypeKind::Class:
  case TypeKind::Tensor:
  case TypeKind::Number:
  case TypeKind::Var:
    break;
  }
  diag_.error(r, "condition must be bool, found " + quoted(t));
  return nullptr;
}

} // namespace tsc::frontend::lowering
