// frontend/lower_expr.cpp - Expressions and conditions.
#include <cmath>
#include <limits>
#include <numbers>
#include <string>
#include <utility>
#include <vector>

#include "frontend/lower_impl.h"
#include "ir/assert.h"
#include "ir/op_registry.h"

namespace tsc::frontend::lowering {
namespace {

bool is_usable(const Binding* b) {
  return b && (b->kind == BindingKind::Value || b->kind == BindingKind::Pending);
}

bool is_numeric(TypePtr t) {
  TypeKind k = t->kind();
  return k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::Bool;
}

// Operands of number arithmetic: one is a number (Scalar) and the other a number, int, float or bool.
bool is_number_operand(TypePtr a, TypePtr b) {
  auto numberish = [](TypePtr t) { return is_numeric(t) || t->kind() == TypeKind::Number; };
  return (a->kind() == TypeKind::Number || b->kind() == TypeKind::Number) && numberish(a) && numberish(b);
}

Symbol binary_symbol(BinaryOp op) {
  switch (op) {
  case BinaryOp::Add:
    return ir::aten::add;
  case BinaryOp::Sub:
    return ir::aten::sub;
  case BinaryOp::Mul:
    return ir::aten::mul;
  case BinaryOp::Div:
    return ir::aten::div;
  case BinaryOp::FloorDiv:
    return ir::aten::floordiv;
  case BinaryOp::Mod:
    return ir::aten::remainder;
  case BinaryOp::Pow:
    return ir::aten::pow;
  case BinaryOp::MatMul:
    return ir::aten::matmul;
  case BinaryOp::BitAnd:
    return ir::aten::__and__;
  case BinaryOp::BitOr:
    return ir::aten::__or__;
  case BinaryOp::BitXor:
    return ir::aten::__xor__;
  case BinaryOp::LShift:
    return ir::aten::__lshift__;
  case BinaryOp::RShift:
    return ir::aten::__rshift__;
  }
  return ir::aten::add;
}

Symbol compare_symbol(CompareOp op) {
  switch (op) {
  case CompareOp::Eq:
    return ir::aten::eq;
  case CompareOp::NotEq:
    return ir::aten::ne;
  case CompareOp::Lt:
    return ir::aten::lt;
  case CompareOp::LtE:
    return ir::aten::le;
  case CompareOp::Gt:
    return ir::aten::gt;
  case CompareOp::GtE:
    return ir::aten::ge;
  case CompareOp::Is:
    return ir::aten::__is__;
  case CompareOp::IsNot:
    return ir::aten::__isnot__;
  case CompareOp::In:
  case CompareOp::NotIn:
    return ir::aten::__contains__;
  }
  return ir::aten::eq;
}

// Whether `==` between these types means something (used for `in` on tuples).
bool comparable(TypePtr a, TypePtr b) {
  if (is_numeric(a) && is_numeric(b))
    return true;
  if (a->is_none() || b->is_none())
    return true;
  if (a == b)
    return a->kind() != TypeKind::Tensor && a->kind() != TypeKind::Any;
  return false;
}

const char* const kBuiltinNames[] = {
    "print",     "len", "range",      "min", "max",   "abs",  "round", "sum",    "sorted", "reversed",
    "enumerate", "zip", "isinstance", "int", "float", "bool", "str",   "divmod", "pow",    "chr",
    "ord",       "hex", "bin",        "oct", "list",  "dict", "any",   "all",    "repr",
};

const char* const kMathFunctions[] = {
    "sqrt",  "exp",       "log",      "log2", "log10", "log1p",   "sin",     "cos",
    "tan",   "asin",      "acos",     "atan", "atan2", "sinh",    "cosh",    "tanh",
    "floor", "ceil",      "trunc",    "fabs", "pow",   "isnan",   "isinf",   "isfinite",
    "gcd",   "factorial", "copysign", "fmod", "hypot", "degrees", "radians",
};

} // namespace

bool is_builtin_name(const std::string& name) {
  for (const char* b : kBuiltinNames)
    if (name == b)
      return true;
  return false;
}

bool is_math_function(const std::string& name) {
  for (const char* m : kMathFunctions)
    if (name == m)
      return true;
  return false;
}

std::optional<double> math_constant(const std::string& name) {
  if (name == "pi")
    return std::numbers::pi;
  if (name == "e")
    return std::numbers::e;
  if (name == "tau")
    return 2 * std::numbers::pi;
  if (name == "inf")
    return std::numeric_limits<double>::infinity();
  if (name == "nan")
    return std::numeric_limits<double>::quiet_NaN();
  return std::nullopt;
}

// ----------------------------------------------------------------------------
// Dispatch

Value* FunctionLowerer::lower_expr(const Expr& e, Env& env, TypePtr expected) {
  switch (e.kind) {
  case ExprKind::Name:
    return lower_name(as<NameExpr>(e), env);
  case ExprKind::Int: {
    int64_t v = as<IntExpr>(e).value;
    if (expected && (expected == Type::float_type() || expected == Type::optional_of(Type::float_type())))
      return const_float(env, static_cast<double>(v), e.range);
    return const_int(env, v, e.range);
  }
  case ExprKind::Float:
    return const_float(env, as<FloatExpr>(e).value, e.range);
  case ExprKind::Str:
    return const_str(env, as<StrExpr>(e).value, e.range);
  case ExprKind::Bool:
    return const_bool(env, as<BoolExpr>(e).value, e.range);
  case ExprKind::None:
    return const_none(env, e.range);
  case ExprKind::Ellipsis:
    diag_.error(e.range, "'...' is not supported here");
    return nullptr;
  case ExprKind::FString:
    return lower_fstring(as<FStringExpr>(e), env);
  case ExprKind::Unary:
    return lower_unary(as<UnaryExpr>(e), env);
  case ExprKind::Binary:
    return lower_binary(as<BinaryExpr>(e), env, expected);
  case ExprKind::BoolOp:
    return lower_bool_op(as<BoolOpExpr>(e), env);
  case ExprKind::Compare:
    return lower_compare(as<CompareExpr>(e), env);
  case ExprKind::IfExp:
    return lower_if_expr(as<IfExpr>(e), env, expected);
  case ExprKind::Call:
    return lower_call(as<CallExpr>(e), env, expected);
  case ExprKind::Attribute:
    return lower_attribute(as<AttributeExpr>(e), env);
  case ExprKind::Subscript:
    return lower_subscript(as<SubscriptExpr>(e), env);
  case ExprKind::Slice:
    diag_.error(e.range, "a slice is only allowed inside '[]'");
    return nullptr;
  case ExprKind::List:
    return lower_list(as<ListExpr>(e), env, expected);
  case ExprKind::Tuple:
    return lower_tuple(as<TupleExpr>(e), env, expected);
  case ExprKind::Dict:
    return lower_dict(as<DictExpr>(e), env, expected);
  case ExprKind::ListComp:
    return lower_list_comp(as<ListCompExpr>(e), env, expected);
  case ExprKind::DictComp:
    return lower_dict_comp(as<DictCompExpr>(e), env, expected);
  case ExprKind::Starred:
    diag_.error(e.range, "starred expressions are not supported");
    return nullptr;
  }
  return nullptr;
}

RValue FunctionLowerer::lower_rvalue(const Expr& e, Env& env, TypePtr expected) {
  if (e.kind != ExprKind::Tuple)
    return RValue::of(lower_expr(e, env, expected), e.range);
  const auto& elts = as<TupleExpr>(e).elts;
  const bool hinted = is_kind(expected, TypeKind::Tuple) && expected->contained().size() == elts.size();
  RValue rv;
  rv.range = e.range;
  for (size_t i = 0; i < elts.size(); ++i) {
    RValue el = lower_rvalue(*elts[i], env, hinted ? expected->contained()[i] : nullptr);
    if (el.poison)
      rv.poison = true;
    rv.elems.push_back(std::move(el));
  }
  if (rv.poison)
    rv.elems.clear();
  return rv;
}

// ----------------------------------------------------------------------------
// Names, constants, attributes

void FunctionLowerer::report_unknown_name(const std::string& name, const SourceRange& r, Env& env) {
  std::string hint;
  if (is_math_function(name) || math_constant(name)) {
    hint = "math." + name;
  } else {
    std::vector<std::string> candidates;
    for (Env* e = &env; e; e = e->parent())
      for (const auto& n : e->order())
        if (n.find('.') == std::string::npos && is_usable(e->find_local(n)))
          candidates.push_back(n);
    mod_.collect_global_names(candidates);
    for (const char* b : kBuiltinNames)
      candidates.push_back(b);
    hint = closest_name(name, candidates);
  }
  diag_.error(r, "unknown name '" + name + "'" +
                     (hint.empty() ? std::string() : "; did you mean '" + hint + "'?"));
  // Report each unknown name once per function.
  Env* root = &env;
  while (root->parent())
    root = root->parent();
  Binding b;
  b.kind = BindingKind::Poisoned;
  root->set(name, std::move(b));
}

Value* FunctionLowerer::lower_name(const NameExpr& e, Env& env) {
  bool found = false;
  Value* v = read_local(env, e.id, e.range, found);
  if (found)
    return v;
  if (const std::string* why = mod_.find_unsupported_global(e.id)) {
    diag_.error(e.range, *why);
    return nullptr;
  }
  if (const ConstantInfo* c = mod_.find_constant(e.id))
    return lower_constant(*c->value, c->type, env, e.range);
  std::string imported = mod_.imported_name(e.id);
  if (imported.rfind("math.", 0) == 0) {
    if (auto c = math_constant(imported.substr(5)))
      return const_float(env, *c, e.range);
  }
  if (mod_.find_function(e.id)) {
    diag_.error(e.range, "function '" + e.id + "' cannot be used as a value; call it instead");
  } else if (mod_.find_class(e.id)) {
    diag_.error(e.range, "class '" + e.id + "' cannot be used as a value");
  } else if (!mod_.module_alias(e.id).empty()) {
    diag_.error(e.range, "module '" + e.id + "' cannot be used as a value");
  } else if (is_builtin_name(e.id) || !imported.empty()) {
    diag_.error(e.range, "'" + e.id + "' cannot be used as a value; call it instead");
  } else if (is_exception_name(e.id)) {
    diag_.error(e.range, "'" + e.id + "' can only be used in a 'raise' statement");
  } else {
    report_unknown_name(e.id, e.range, env);
  }
  return nullptr;
}

// Module-level constants are folded at each use.
Value* FunctionLowerer::lower_constant(const Expr& lit, TypePtr type, Env& env, const SourceRange& r) {
  switch (lit.kind) {
  case ExprKind::Int:
    if (type->kind() == TypeKind::Float || (type->is_optional() && type->element() == Type::float_type()))
      return const_float(env, static_cast<double>(as<IntExpr>(lit).value), r);
    return const_int(env, as<IntExpr>(lit).value, r);
  case ExprKind::Float:
    return const_float(env, as<FloatExpr>(lit).value, r);
  case ExprKind::Str:
    return const_str(env, as<StrExpr>(lit).value, r);
  case ExprKind::Bool:
    return const_bool(env, as<BoolExpr>(lit).value, r);
  case ExprKind::None:
    return const_none(env, r);
  case ExprKind::Unary: {
    const auto& u = as<UnaryExpr>(lit);
    const Expr& o = *u.operand;
    const bool neg = u.op == UnaryOp::Neg;
    if (o.kind == ExprKind::Int && type->kind() != TypeKind::Float)
      return const_int(env, neg ? -as<IntExpr>(o).value : as<IntExpr>(o).value, r);
    double d = o.kind == ExprKind::Int ? static_cast<double>(as<IntExpr>(o).value) : as<FloatExpr>(o).value;
    return const_float(env, neg ? -d : d, r);
  }
  case ExprKind::Tuple: {
    const auto& elts = as<TupleExpr>(lit).elts;
    std::vector<Value*> parts;
    std::vector<TypePtr> types;
    for (size_t i = 0; i < elts.size(); ++i) {
      TypePtr et = i < type->contained().size() ? type->contained()[i] : Type::none_type();
      Value* v = lower_constant(*elts[i], et, env, r);
      parts.push_back(v);
      types.push_back(v->type());
    }
    return emit(env, ir::prim::TupleConstruct, parts, {Type::tuple_of(std::move(types))}, r)->output();
  }
  default:
    TSC_UNREACHABLE("module constant is not a literal");
  }
}

Value* FunctionLowerer::read_attribute(Value* obj, const AttributeExpr& e, Env& env) {
  if (obj->type()->kind() == TypeKind::Tensor)
    return tensor_attribute(obj, e, env);
  ClassInfo* ci = mod_.class_info(obj->type());
  if (!ci) {
    diag_.error(e.range, quoted(obj->type()) + " has no attribute '" + e.attr + "'" + none_hint(obj->type()));
    return nullptr;
  }
  mod_.ensure_class_ready(*ci);
  if (ci->is_module) {
    bool handled = false;
    Value* k = module_constant(*ci, e, env, handled);
    if (handled)
      return k;
  }
  auto slot = ci->type->find_attribute(e.attr);
  if (!slot) {
    if (ci->methods.count(e.attr) || ci->ignored_methods.count(e.attr)) {
      diag_.error(e.range, "method '" + e.attr + "' cannot be used as a value; call it instead");
    } else {
      diag_.error(e.range, "'" + ci->name + "' has no attribute '" + e.attr + "'");
    }
    return nullptr;
  }
  TypePtr type = ci->type->attributes()[*slot].type;
  Node* n = emit(env, ir::prim::GetAttr, {obj}, {type}, e.range);
  n->set_attribute("name", e.attr);
  Value* v = n->output();
  // See Note [Refinement]: `self.x` reads are refined while the refinement holds.
  std::string key = refinement_key(e, env);
  if (!key.empty()) {
    Binding* r = env.find(key);
    if (r && r->kind == BindingKind::AttrRefine && r->type != type)
      v = emit(env, ir::prim::unchecked_cast, {v}, {r->type}, e.range)->output();
  }
  return v;
}

Value* FunctionLowerer::lower_attribute(const AttributeExpr& e, Env& env) {
  // A module path: math.pi, torch.float32, ...
  std::string dotted = dotted_name(e);
  if (!dotted.empty()) {
    std::string root = dotted.substr(0, dotted.find('.'));
    std::string mod = mod_.module_alias(root);
    if (!mod.empty() && !env.find(root)) {
      std::string q = mod + dotted.substr(root.size());
      if (q.rfind("math.", 0) == 0) {
        std::string name = q.substr(5);
        if (auto c = math_constant(name))
          return const_float(env, *c, e.range);
        if (is_math_function(name)) {
          diag_.error(e.range, "'" + q + "' cannot be used as a value; call it instead");
        } else {
          diag_.error(e.attr_range, "module 'math' has no attribute '" + name + "'");
        }
        return nullptr;
      }
      if (q.rfind("torch.", 0) == 0) {
        if (auto dt = torch_dtype_constant(q.substr(6)))
          return const_int(env, *dt, e.range); // a ScalarType is an int, as in TorchScript
      }
      diag_.error(e.range, "'" + q + "' is not supported");
      return nullptr;
    }
  }
  Value* obj = lower_expr(*e.value, env);
  if (!obj)
    return nullptr;
  return read_attribute(obj, e, env);
}

// ----------------------------------------------------------------------------
// Operators

Value* FunctionLowerer::lower_unary(const UnaryExpr& e, Env& env) {
  if (e.op == UnaryOp::Not)
    return cond_value(env, lower_cond(e, env), e.range);
  // Fold signed literals so that -1 is one constant.
  if (e.op == UnaryOp::Neg && e.operand->kind == ExprKind::Int)
    return const_int(env, -as<IntExpr>(*e.operand).value, e.range);
  if (e.op == UnaryOp::Neg && e.operand->kind == ExprKind::Float)
    return const_float(env, -as<FloatExpr>(*e.operand).value, e.range);
  Value* v = lower_expr(*e.operand, env);
  if (!v)
    return nullptr;
  TypePtr t = v->type();
  if (t->kind() == TypeKind::Tensor)
    return tensor_unary(e.op, v, env, e.range);
  auto fail = [&]() -> Value* {
    diag_.error(e.range, std::string("bad operand type for unary ") + to_string(e.op) + ": " + quoted(t));
    return nullptr;
  };
  switch (e.op) {
  case UnaryOp::Neg:
    if (!is_numeric(t) && t->kind() != TypeKind::Number)
      return fail();
    return emit_op(env, ir::aten::neg, {to_int_if_bool(env, v, e.range)}, e.range);
  case UnaryOp::Pos:
    if (!is_numeric(t) && t->kind() != TypeKind::Number)
      return fail();
    return to_int_if_bool(env, v, e.range);
  case UnaryOp::Invert:
    if (t->kind() != TypeKind::Int && t->kind() != TypeKind::Bool)
      return fail();
    return emit_op(env, symbol("aten::__invert__"), {to_int_if_bool(env, v, e.range)}, e.range);
  case UnaryOp::Not:
    break;
  }
  return nullptr;
}

Value* FunctionLowerer::lower_binary(const BinaryExpr& e, Env& env, TypePtr expected) {
  // [0.0] * n and [] + l take the list type from the context.
  auto hint = [&](const Expr& x) -> TypePtr {
    bool list_literal = x.kind == ExprKind::List || x.kind == ExprKind::ListComp;
    return list_literal && (e.op == BinaryOp::Add || e.op == BinaryOp::Mul) ? expected : nullptr;
  };
  Value* a = lower_expr(*e.lhs, env, hint(*e.lhs));
  TypePtr rhs_hint = hint(*e.rhs);
  if (!rhs_hint && a && e.op == BinaryOp::Add && is_kind(a->type(), TypeKind::List))
    rhs_hint = a->type();
  Value* b = lower_expr(*e.rhs, env, rhs_hint);
  if (!a || !b)
    return nullptr;
  return binary_op(e.op, a, b, env, e.range, false);
}

Value* FunctionLowerer::binary_op(BinaryOp op, Value* a, Value* b, Env& env, const SourceRange& r,
                                  bool in_place) {
  if (!a || !b)
    return nullptr;
  TypePtr ta = a->type();
  TypePtr tb = b->type();
  auto fail = [&]() -> Value* {
    diag_.error(r, std::string("unsupported operand types for ") + to_string(op) + (in_place ? "=" : "") +
                       ": " + quoted(ta) + " and " + quoted(tb));
    return nullptr;
  };
  if (ta->kind() == TypeKind::Tensor || tb->kind() == TypeKind::Tensor) {
    if (in_place && ta->kind() == TypeKind::Tensor)
      return tensor_inplace_binary(op, a, b, env, r); // TorchScript: `x += y` is aten::add_
    return tensor_binary(op, a, b, env, r);
  }
  const Symbol kind = binary_symbol(op);
  if (is_number_operand(ta, tb)) {
    // A number (TorchScript's Scalar, e.g. x.item()): aten::add(Scalar a, Scalar b)
    // and its siblings, which decide int or float at run time.
    bool arithmetic = op == BinaryOp::Add || op == BinaryOp::Sub || op == BinaryOp::Mul ||
                      op == BinaryOp::Div || op == BinaryOp::FloorDiv || op == BinaryOp::Mod ||
                      op == BinaryOp::Pow;
    if (!arithmetic)
      return fail();
    return emit_op(env, kind, {to_int_if_bool(env, a, r), to_int_if_bool(env, b, r)}, r);
  }
  switch (op) {
  case BinaryOp::Add:
  case BinaryOp::Sub:
  case BinaryOp::Mul:
  case BinaryOp::Div:
  case BinaryOp::FloorDiv:
  case BinaryOp::Mod:
  case BinaryOp::Pow: {
    if (is_numeric(ta) && is_numeric(tb)) {
      // bool arithmetic is int arithmetic; int mixed with float is float.
      a = to_int_if_bool(env, a, r);
      b = to_int_if_bool(env, b, r);
      // int ** int is an int, but a negative constant exponent makes it a float
      // in Python (2 ** -1 == 0.5), which is then known statically.
      const bool negative_power = op == BinaryOp::Pow && b->node()->kind() == ir::prim::Constant &&
                                  b->type()->kind() == TypeKind::Int && b->node()->i("value") < 0;
      if (a->type()->kind() == TypeKind::Float || b->type()->kind() == TypeKind::Float || negative_power) {
        a = to_float(env, a, r);
        b = to_float(env, b, r);
      }
      return emit_op(env, kind, {a, b}, r);
    }
    if (op == BinaryOp::Add) {
      if (ta->kind() == TypeKind::Tuple && tb->kind() == TypeKind::Tuple) {
        std::vector<Value*> parts;
        std::vector<TypePtr> types;
        for (Value* t : {a, b}) {
          for (size_t i = 0; i < t->type()->contained().size(); ++i) {
            Value* idx = const_int(env, static_cast<int64_t>(i), r);
            parts.push_back(
                emit(env, ir::prim::TupleIndex, {t, idx}, {t->type()->contained()[i]}, r)->output());
            types.push_back(t->type()->contained()[i]);
          }
        }
        return emit(env, ir::prim::TupleConstruct, parts, {Type::tuple_of(std::move(types))}, r)->output();
      }
      if (Value* v = emit_op(env, kind, {a, b}, r))
        return v;
      return fail();
    }
    if (op == BinaryOp::Mul) {
      // seq * n and n * seq repeat the sequence.
      Value* seq = a;
      Value* n = b;
      if (is_kind(tb, TypeKind::List) || is_kind(tb, TypeKind::Str))
        std::swap(seq, n);
      TypeKind sk = seq->type()->kind();
      TypeKind nk = n->type()->kind();
      if ((sk == TypeKind::List || sk == TypeKind::Str) && (nk == TypeKind::Int || nk == TypeKind::Bool)) {
        n = to_int_if_bool(env, n, r);
        if (Value* v = emit_op(env, kind, {seq, n}, r))
          return v;
      }
    }
    return fail();
  }
  case BinaryOp::MatMul:
    return fail();
  case BinaryOp::BitAnd:
  case BinaryOp::BitOr:
  case BinaryOp::BitXor:
    if (ta->kind() == TypeKind::Bool && tb->kind() == TypeKind::Bool)
      return emit_op(env, kind, {a, b}, r);
    [[fallthrough]];
  case BinaryOp::LShift:
  case BinaryOp::RShift: {
    auto intlike = [](TypePtr t) { return t->kind() == TypeKind::Int || t->kind() == TypeKind::Bool; };
    if (!intlike(ta) || !intlike(tb))
      return fail();
    return emit_op(env, kind, {to_int_if_bool(env, a, r), to_int_if_bool(env, b, r)}, r);
  }
  }
  return fail();
}

Value* FunctionLowerer::lower_compare(const CompareExpr& e, Env& env) {
  if (e.ops.size() == 1 && (e.ops[0] == CompareOp::Is || e.ops[0] == CompareOp::IsNot) &&
      (e.left->kind == ExprKind::None || e.comparators[0]->kind == ExprKind::None)) {
    return cond_value(env, cond_is_none(e, env), e.range);
  }
  Value* left = lower_expr(*e.left, env);
  return compare_chain(e, 0, left, env);
}

// a < b < c: b is evaluated once, and c only when a < b.
Value* FunctionLowerer::compare_chain(const CompareExpr& e, size_t i, Value* left, Env& env) {
  if (!left)
    return nullptr;
  Value* right = lower_expr(*e.comparators[i], env);
  if (!right)
    return nullptr;
  const Expr& lhs = i == 0 ? *e.left : *e.comparators[i - 1];
  SourceRange r = SourceRange::join(lhs.range, e.comparators[i]->range);
  Value* res = compare_op(e.ops[i], left, right, env, r, e.op_ranges.size() > i ? e.op_ranges[i] : r);
  if (!res || i + 1 == e.ops.size())
    return res;
  Node* n = emit(env, ir::prim::If, {res}, {}, e.range);
  Env t(&env, n->add_block());
  Env f(&env, n->add_block());
  Value* rest = compare_chain(e, i + 1, right, t);
  if (!rest)
    return nullptr;
  t.block()->register_output(rest);
  f.block()->register_output(const_bool(f, false, e.range));
  return n->add_output(Type::bool_type());
}

Value* FunctionLowerer::compare_op(CompareOp op, Value* a, Value* b, Env& env, const SourceRange& r,
                                   const SourceRange& op_range) {
  (void)op_range;
  TypePtr ta = a->type();
  TypePtr tb = b->type();
  if ((ta->kind() == TypeKind::Tensor || tb->kind() == TypeKind::Tensor) && op != CompareOp::Is &&
      op != CompareOp::IsNot && op != CompareOp::In && op != CompareOp::NotIn)
    return tensor_compare(op, a, b, env, r);
  switch (op) {
  case CompareOp::Eq:
  case CompareOp::NotEq:
    return equality(op == CompareOp::Eq, a, b, env, r);
  case CompareOp::Lt:
  case CompareOp::LtE:
  case CompareOp::Gt:
  case CompareOp::GtE: {
    if (ta->kind() == TypeKind::Class) {
      static const char* const kMethods[] = {"__lt__", "__le__", "__gt__", "__ge__"};
      const char* method = kMethods[static_cast<int>(op) - static_cast<int>(CompareOp::Lt)];
      bool found = false;
      if (Value* v = call_dunder(a, method, {b}, env, r, &found))
        return v;
      if (found)
        return nullptr;
    }
    if ((is_numeric(ta) && is_numeric(tb)) || is_number_operand(ta, tb)) {
      // int against float stays exact (aten::lt.int_float), as in Python.
      a = to_int_if_bool(env, a, r);
      b = to_int_if_bool(env, b, r);
    }
    if (Value* v = emit_op(env, compare_symbol(op), {a, b}, r))
      return v;
    diag_.error(r, std::string("'") + to_string(op) + "' is not supported between " + quoted(ta) + " and " +
                       quoted(tb));
    return nullptr;
  }
  case CompareOp::Is:
  case CompareOp::IsNot: {
    // `x is None` where x can never be None is known statically.
    auto never_none = [](TypePtr t) {
      return !t->is_none() && !t->is_optional() && t->kind() != TypeKind::Any;
    };
    if ((ta->is_none() && never_none(tb)) || (tb->is_none() && never_none(ta)))
      return const_bool(env, op == CompareOp::IsNot, r);
    return emit_op(env, compare_symbol(op), {a, b}, r);
  }
  case CompareOp::In:
  case CompareOp::NotIn: {
    Value* v = contains(b, a, env, r);
    if (!v || op == CompareOp::In)
      return v;
    return emit_not(env, v, r);
  }
  }
  return nullptr;
}

Value* FunctionLowerer::equality(bool eq, Value* a, Value* b, Env& env, const SourceRange& r) {
  TypePtr ta = a->type();
  TypePtr tb = b->type();
  const Symbol kind = eq ? ir::aten::eq : ir::aten::ne;
  auto fail = [&]() -> Value* {
    diag_.error(r, std::string("'") + (eq ? "==" : "!=") + "' is not supported between " + quoted(ta) +
                       " and " + quoted(tb));
    return nullptr;
  };
  // Comparing with None is an identity test for every type we have.
  if (ta->is_none() || tb->is_none()) {
    if ((ta->is_none() && !tb->is_optional() && !tb->is_none() && tb->kind() != TypeKind::Any) ||
        (tb->is_none() && !ta->is_optional() && !ta->is_none() && ta->kind() != TypeKind::Any))
      return const_bool(env, !eq, r);
    return emit_op(env, eq ? ir::aten::__is__ : ir::aten::__isnot__, {a, b}, r);
  }
  if (is_number_operand(ta, tb))
    return emit_op(env, kind, {to_int_if_bool(env, a, r), to_int_if_bool(env, b, r)}, r);
  if (is_numeric(ta) && is_numeric(tb)) {
    if (!(ta->kind() == TypeKind::Bool && tb->kind() == TypeKind::Bool)) {
      // int against float stays exact (aten::eq.int_float), as in Python.
      a = to_int_if_bool(env, a, r);
      b = to_int_if_bool(env, b, r);
    }
    return emit_op(env, kind, {a, b}, r);
  }
  if (ta->kind() == TypeKind::Tuple && tb->kind() == TypeKind::Tuple) {
    if (ta->contained().size() != tb->contained().size())
      return const_bool(env, !eq, r);
    Value* acc = nullptr;
    for (size_t i = 0; i < ta->contained().size(); ++i) {
      Value* ia = emit(env, ir::prim::TupleIndex, {a, const_int(env, static_cast<int64_t>(i), r)},
                       {ta->contained()[i]}, r)
                      ->output();
      Value* ib = emit(env, ir::prim::TupleIndex, {b, const_int(env, static_cast<int64_t>(i), r)},
                       {tb->contained()[i]}, r)
                      ->output();
      Value* c = equality(true, ia, ib, env, r);
      if (!c)
        return nullptr;
      acc = acc ? emit_op(env, ir::aten::__and__, {acc, c}, r) : c;
    }
    if (!acc)
      acc = const_bool(env, true, r);
    return eq ? acc : emit_not(env, acc, r);
  }
  if ((ta->is_optional() && !tb->is_optional()) || (tb->is_optional() && !ta->is_optional())) {
    // Optional[T] == T: false when None, else compare the values.
    Value* opt = ta->is_optional() ? a : b;
    Value* other = ta->is_optional() ? b : a;
    if (!comparable(opt->type()->element(), other->type()))
      return fail();
    Value* is_none = emit_op(env, ir::aten::__is__, {opt, const_none(env, r)}, r);
    Node* n = emit(env, ir::prim::If, {is_none}, {}, r);
    Env t(&env, n->add_block());
    Env f(&env, n->add_block());
    t.block()->register_output(const_bool(t, !eq, r));
    Value* cast = emit(f, ir::prim::unchecked_cast, {opt}, {opt->type()->element()}, r)->output();
    Value* c = equality(eq, cast, other, f, r);
    if (!c)
      return nullptr;
    f.block()->register_output(c);
    return n->add_output(Type::bool_type());
  }
  if (ta->kind() == TypeKind::Class) {
    // Python's protocol: a.__eq__(b) / a.__ne__(b); without __ne__, != negates
    // __eq__; a class without __eq__ compares identity.
    bool found = false;
    if (Value* v = call_dunder(a, eq ? "__eq__" : "__ne__", {b}, env, r, &found))
      return v;
    if (found)
      return nullptr;
    if (!eq) {
      if (Value* v = call_dunder(a, "__eq__", {b}, env, r, &found))
        return emit_not(env, v, r);
      if (found)
        return nullptr;
    }
    if (ta == tb)
      return emit_op(env, eq ? ir::aten::__is__ : ir::aten::__isnot__, {a, b}, r);
  }
  if (Value* v = emit_op(env, kind, {a, b}, r))
    return v;
  return fail();
}

Value* FunctionLowerer::contains(Value* container, Value* item, Env& env, const SourceRange& r) {
  TypePtr ct = container->type();
  TypePtr it = item->type();
  auto fail = [&]() -> Value* {
    diag_.error(r, "'in' is not supported between " + quoted(it) + " and " + quoted(ct));
    return nullptr;
  };
  switch (ct->kind()) {
  case TypeKind::List: {
    Value* c = coerce(env, item, ct->element(), r);
    if (!c)
      return fail();
    return emit_op(env, ir::aten::__contains__, {container, c}, r);
  }
  case TypeKind::Dict: {
    Value* c = coerce(env, item, ct->key(), r);
    if (!c)
      return fail();
    return emit_op(env, ir::aten::__contains__, {container, c}, r);
  }
  case TypeKind::Str:
    if (it->kind() != TypeKind::Str)
      return fail();
    return emit_op(env, ir::aten::__contains__, {container, item}, r);
  case TypeKind::Tuple: {
    Value* acc = nullptr;
    for (size_t i = 0; i < ct->contained().size(); ++i) {
      if (!comparable(ct->contained()[i], it))
        continue;
      Value* el = emit(env, ir::prim::TupleIndex, {container, const_int(env, static_cast<int64_t>(i), r)},
                       {ct->contained()[i]}, r)
                      ->output();
      Value* c = equality(true, item, el, env, r);
      if (!c)
        return nullptr;
      acc = acc ? emit_op(env, ir::aten::__or__, {acc, c}, r) : c;
    }
    return acc ? acc : const_bool(env, false, r);
  }
  case TypeKind::Any:
  case TypeKind::None:
  case TypeKind::Int:
  case TypeKind::Float:
  case TypeKind::Bool:
  case TypeKind::Tensor:
  case TypeKind::Number:
  case TypeKind::Optional:
  case TypeKind::Class:
  case TypeKind::Var:
    diag_.error(r, "argument of type " + quoted(ct) + " is not iterable");
    return nullptr;
  }
  TSC_UNREACHABLE("unhandled type kind");
}

// ----------------------------------------------------------------------------
// Subscripts and slices

std::optional<int64_t> FunctionLowerer::constant_int(const Expr& e, Env& env) {
  if (e.kind == ExprKind::Int)
    return as<IntExpr>(e).value;
  if (e.kind == ExprKind::Unary) {
    const auto& u = as<UnaryExpr>(e);
    auto v = constant_int(*u.operand, env);
    if (!v)
      return std::nullopt;
    if (u.op == UnaryOp::Neg)
      return -*v;
    if (u.op == UnaryOp::Pos)
      return *v;
    return std::nullopt;
  }
  if (e.kind == ExprKind::Name) {
    const std::string& id = as<NameExpr>(e).id;
    if (env.find(id))
      return std::nullopt;
    const ConstantInfo* c = mod_.find_constant(id);
    if (c && c->type == Type::int_type())
      return constant_int(*c->value, env);
  }
  return std::nullopt;
}

Value* FunctionLowerer::subscript_value(Value* obj, Value* idx, Env& env, const SourceRange& r,
                                        const SourceRange& idx_range) {
  TypePtr t = obj->type();
  switch (t->kind()) {
  case TypeKind::List:
  case TypeKind::Str: {
    Value* i = coerce(env, idx, Type::int_type(), idx_range);
    if (!i) {
      diag_.error(idx_range, std::string(t->kind() == TypeKind::Str ? "string" : "list") +
                                 " indices must be integers, not " + quoted(idx->type()));
      return nullptr;
    }
    return emit_op(env, ir::aten::__getitem__, {obj, i}, r);
  }
  case TypeKind::Dict: {
    Value* k = coerce(env, idx, t->key(), idx_range);
    if (!k) {
      diag_.error(idx_range, "dict key must be " + quoted(t->key()) + ", found " + quoted(idx->type()));
      return nullptr;
    }
    return emit_op(env, ir::aten::__getitem__, {obj, k}, r);
  }
  case TypeKind::Any:
  case TypeKind::None:
  case TypeKind::Int:
  case TypeKind::Float:
  case TypeKind::Bool:
  case TypeKind::Tensor:
  case TypeKind::Number:
  case TypeKind::Tuple:
  case TypeKind::Optional:
  case TypeKind::Class:
  case TypeKind::Var:
    diag_.error(r, quoted(t) + " is not subscriptable");
    return nullptr;
  }
  TSC_UNREACHABLE("unhandled type kind");
}

Value* FunctionLowerer::lower_subscript(const SubscriptExpr& e, Env& env) {
  Value* obj = lower_expr(*e.value, env);
  if (!obj)
    return nullptr;
  if (obj->type()->kind() == TypeKind::Tensor)
    return tensor_subscript(obj, *e.index, env, e.range);
  if (ClassInfo* ci = mod_.class_info(obj->type()); ci && ci->container != ModuleContainer::None)
    return module_subscript(obj, *ci, *e.index, env, e.range);
  if (e.index->kind == ExprKind::Slice)
    return lower_slice(obj, as<SliceExpr>(*e.index), env, e.range);
  TypePtr t = obj->type();
  if (t->kind() == TypeKind::Tuple) {
    auto idx = constant_int(*e.index, env);
    if (!idx) {
      diag_.error(e.index->range, "tuple index must be an integer constant");
      return nullptr;
    }
    const int64_t n = static_cast<int64_t>(t->contained().size());
    int64_t i = *idx < 0 ? *idx + n : *idx;
    if (i < 0 || i >= n) {
      diag_.error(e.index->range, "tuple index " + std::to_string(*idx) + " out of range for " + quoted(t));
      return nullptr;
    }
    Value* iv = const_int(env, i, e.index->range);
    return emit(env, ir::prim::TupleIndex, {obj, iv}, {t->contained()[static_cast<size_t>(i)]}, e.range)
        ->output();
  }
  TypePtr hint = t->kind() == TypeKind::Dict ? t->key() : nullptr;
  if (t->kind() != TypeKind::List && t->kind() != TypeKind::Str && t->kind() != TypeKind::Dict) {
    diag_.error(e.value->range, quoted(t) + " is not subscriptable");
    return nullptr;
  }
  Value* idx = lower_expr(*e.index, env, hint);
  if (!idx)
    return nullptr;
  return subscript_value(obj, idx, env, e.range, e.index->range);
}

Value* FunctionLowerer::lower_slice(Value* v, const SliceExpr& s, Env& env, const SourceRange& r) {
  TypePtr t = v->type();
  if (t->kind() == TypeKind::Tuple) {
    // Python's slice.indices() on a length known at compile time.
    const int64_t n = static_cast<int64_t>(t->contained().size());
    std::optional<int64_t> lo, hi, st;
    for (auto [expr, out] :
         {std::pair{s.lower.get(), &lo}, std::pair{s.upper.get(), &hi}, std::pair{s.step.get(), &st}}) {
      if (!expr || expr->kind == ExprKind::None)
        continue;
      *out = constant_int(*expr, env);
      if (!*out) {
        diag_.error(expr->range, "tuple slice bounds must be integer constants");
        return nullptr;
      }
    }
    int64_t step = st.value_or(1);
    if (step == 0) {
      diag_.error(s.step->range, "slice step cannot be zero");
      return nullptr;
    }
    auto clamp = [&](std::optional<int64_t> x, int64_t dflt, int64_t lower, int64_t upper) {
      if (!x)
        return dflt;
      int64_t v2 = *x < 0 ? *x + n : *x;
      return v2 < lower ? lower : (v2 > upper ? upper : v2);
    };
    int64_t begin = step > 0 ? clamp(lo, 0, 0, n) : clamp(lo, n - 1, -1, n - 1);
    int64_t end = step > 0 ? clamp(hi, n, 0, n) : clamp(hi, -1, -1, n - 1);
    std::vector<TypePtr> types;
    for (int64_t i = begin; step > 0 ? i < end : i > end; i += step)
      types.push_back(t->contained()[static_cast<size_t>(i)]);
    if (step == 1) {
      Node* node = emit(env, ir::prim::TupleSlice, {v}, {Type::tuple_of(types)}, r);
      node->set_attribute("begin", begin);
      node->set_attribute("end", std::max(begin, end));
      return node->output();
    }
    std::vector<Value*> parts;
    for (int64_t i = begin; step > 0 ? i < end : i > end; i += step) {
      Value* idx = const_int(env, i, r);
      parts.push_back(
          emit(env, ir::prim::TupleIndex, {v, idx}, {t->contained()[static_cast<size_t>(i)]}, r)->output());
    }
    return emit(env, ir::prim::TupleConstruct, parts, {Type::tuple_of(types)}, r)->output();
  }
  if (t->kind() != TypeKind::List && t->kind() != TypeKind::Str) {
    diag_.error(r, quoted(t) + " cannot be sliced");
    return nullptr;
  }
  auto bound = [&](const Expr* x, bool is_step) -> Value* {
    if (!x)
      return is_step ? const_int(env, 1, s.range) : const_none(env, s.range);
    Value* b = lower_expr(*x, env);
    if (!b)
      return nullptr;
    if (b->type()->is_none())
      return is_step ? const_int(env, 1, x->range) : b;
    // start and end are `int?` in the schema: an Optional[int] passes as it is.
    TypePtr want = is_step ? Type::int_type() : Type::optional_of(Type::int_type());
    if (!coerce_possible(b->type(), want)) {
      diag_.error(x->range, is_step ? "slice step must be an int or None, not " + quoted(b->type()) +
                                            (b->type()->is_optional() ? " (check it against None first)" : "")
                                    : "slice indices must be integers or None, not " + quoted(b->type()));
      return nullptr;
    }
    return coerce(env, b, want, x->range);
  };
  Value* lo = bound(s.lower.get(), false);
  Value* hi = bound(s.upper.get(), false);
  Value* st = bound(s.step.get(), true);
  if (!lo || !hi || !st)
    return nullptr;
  return emit_op(env, ir::aten::slice, {v, lo, hi, st}, r);
}

// ----------------------------------------------------------------------------
// Displays and f-strings

bool FunctionLowerer::coerce_possible(TypePtr from, TypePtr to) {
  if (from == to || ir::is_subtype(from, to))
    return true;
  TypePtr base = to->is_optional() ? to->element() : to;
  if (base->kind() == TypeKind::Float)
    return from->kind() == TypeKind::Int || from->kind() == TypeKind::Bool;
  if (base->kind() == TypeKind::Int)
    return from->kind() == TypeKind::Bool;
  if (base->kind() == TypeKind::Tuple && from->kind() == TypeKind::Tuple &&
      base->contained().size() == from->contained().size()) {
    for (size_t i = 0; i < from->contained().size(); ++i)
      if (!coerce_possible(from->contained()[i], base->contained()[i]))
        return false;
    return true;
  }
  return false;
}

TypePtr FunctionLowerer::unify_elements(const std::vector<Value*>& vals,
                                        const std::vector<const Expr*>& exprs, const char* what) {
  TypePtr cur = nullptr;
  for (size_t i = 0; i < vals.size(); ++i) {
    TypePtr t = vals[i]->type();
    if (!cur || t == cur) {
      cur = t;
      continue;
    }
    auto u = ir::unify(cur, t);
    if (u) {
      cur = *u;
    } else if ((cur->kind() == TypeKind::Int && t->kind() == TypeKind::Float) ||
               (cur->kind() == TypeKind::Float && t->kind() == TypeKind::Int)) {
      cur = Type::float_type();
    } else {
      diag_.error(exprs[i]->range,
                  std::string(what) + " must have one type, found " + quoted(cur) + " and " + quoted(t));
      return nullptr;
    }
  }
  return cur;
}

bool FunctionLowerer::check_dict_key(TypePtr key, const SourceRange& r) {
  switch (key->kind()) {
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
    break;
  }
  diag_.error(r, "dict keys must be str, int, float, bool or Tensor; found " + quoted(key));
  return false;
}

Value* FunctionLowerer::lower_list(const ListExpr& e, Env& env, TypePtr expected) {
  if (expected && expected->is_optional())
    expected = expected->element();
  TypePtr hint = is_kind(expected, TypeKind::List) ? expected->element() : nullptr;
  if (e.elts.empty()) {
    if (!hint) {
      diag_.error(e.range, "empty list needs a type annotation, e.g. 'x: List[int] = []'");
      return nullptr;
    }
    return emit(env, ir::prim::ListConstruct, {}, {Type::list_of(hint)}, e.range)->output();
  }
  std::vector<Value*> vals;
  std::vector<const Expr*> exprs;
  bool ok = true;
  for (const auto& el : e.elts) {
    Value* v = lower_expr(*el, env, hint);
    if (!v)
      ok = false;
    vals.push_back(v);
    exprs.push_back(el.get());
  }
  if (!ok)
    return nullptr;
  TypePtr elem = nullptr;
  if (hint) {
    elem = hint;
    for (Value* v : vals)
      if (!coerce_possible(v->type(), hint))
        elem = nullptr;
  }
  if (!elem)
    elem = unify_elements(vals, exprs, "list elements");
  if (!elem)
    return nullptr;
  for (size_t i = 0; i < vals.size(); ++i)
    vals[i] = coerce(env, vals[i], elem, exprs[i]->range);
  return emit(env, ir::prim::ListConstruct, vals, {Type::list_of(elem)}, e.range)->output();
}

Value* FunctionLowerer::lower_tuple(const TupleExpr& e, Env& env, TypePtr expected) {
  RValue rv = lower_rvalue(e, env, expected);
  Value* v = materialize_rvalue(rv, env);
  if (!v || !is_kind(expected, TypeKind::Tuple) || !coerce_possible(v->type(), expected))
    return v;
  return coerce(env, v, expected, e.range);
}

Value* FunctionLowerer::lower_dict(const DictExpr& e, Env& env, TypePtr expected) {
  if (expected && expected->is_optional())
    expected = expected->element();
  const bool hinted = is_kind(expected, TypeKind::Dict);
  if (e.keys.empty()) {
    if (!hinted) {
      diag_.error(e.range, "empty dict needs a type annotation, e.g. 'x: Dict[str, int] = {}'");
      return nullptr;
    }
    return emit(env, ir::prim::DictConstruct, {}, {expected}, e.range)->output();
  }
  std::vector<Value*> keys, vals;
  std::vector<const Expr*> kexprs, vexprs;
  bool ok = true;
  for (size_t i = 0; i < e.keys.size(); ++i) {
    Value* k = lower_expr(*e.keys[i], env, hinted ? expected->key() : nullptr);
    Value* v = lower_expr(*e.values[i], env, hinted ? expected->value() : nullptr);
    if (!k || !v)
      ok = false;
    keys.push_back(k);
    vals.push_back(v);
    kexprs.push_back(e.keys[i].get());
    vexprs.push_back(e.values[i].get());
  }
  if (!ok)
    return nullptr;
  TypePtr kt = nullptr;
  TypePtr vt = nullptr;
  if (hinted) {
    kt = expected->key();
    vt = expected->value();
    for (size_t i = 0; i < keys.size(); ++i) {
      if (!coerce_possible(keys[i]->type(), kt))
        kt = nullptr;
      if (!coerce_possible(vals[i]->type(), vt))
        vt = nullptr;
      if (!kt || !vt)
        break;
    }
    if (!kt || !vt)
      kt = vt = nullptr;
  }
  if (!kt) {
    kt = unify_elements(keys, kexprs, "dict keys");
    if (!kt)
      return nullptr;
    vt = unify_elements(vals, vexprs, "dict values");
    if (!vt)
      return nullptr;
  }
  if (!check_dict_key(kt, kexprs[0]->range))
    return nullptr;
  std::vector<Value*> inputs;
  for (size_t i = 0; i < keys.size(); ++i) {
    inputs.push_back(coerce(env, keys[i], kt, kexprs[i]->range));
    inputs.push_back(coerce(env, vals[i], vt, vexprs[i]->range));
  }
  return emit(env, ir::prim::DictConstruct, inputs, {Type::dict_of(kt, vt)}, e.range)->output();
}

Value* FunctionLowerer::lower_fstring(const FStringExpr& e, Env& env) {
  std::string fmt, plain;
  std::vector<Value*> args;
  bool ok = true;
  for (const auto& part : e.parts) {
    if (!part.is_field) {
      const std::string& text = as<StrExpr>(*part.expr).value;
      plain += text;
      for (char c : text) {
        if (c == '{' || c == '}')
          fmt += c;
        fmt += c;
      }
      continue;
    }
    Value* v = lower_expr(*part.expr, env);
    if (!v) {
      ok = false;
      continue;
    }
    if (part.conversion == 'r')
      v = emit_op(env, symbol("aten::repr"), {v}, part.expr->range);
    fmt += "{}";
    args.push_back(v);
  }
  if (!ok)
    return nullptr;
  if (args.empty())
    return const_str(env, plain, e.range);
  std::vector<Value*> inputs = {const_str(env, fmt, e.range)};
  inputs.insert(inputs.end(), args.begin(), args.end());
  Node* n = emit(env, ir::aten::format, inputs, {Type::str_type()}, e.range);
  n->set_schema(ir::OpRegistry::global().find("aten::format"));
  return n->output();
}

} // namespace tsc::frontend::lowering
