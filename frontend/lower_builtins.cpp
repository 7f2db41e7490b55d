// frontend/lower_builtins.cpp - Builtin functions (print, len, min, isinstance, int(), ...) and math.*.
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "frontend/lower_impl.h"
#include "ir/assert.h"
#include "ir/op_registry.h"

namespace tsc::frontend::lowering {
namespace {

bool is_numeric(TypePtr t) {
  TypeKind k = t->kind();
  return k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::Bool;
}

bool in_list(const std::string& name, std::initializer_list<const char*> names) {
  for (const char* n : names)
    if (name == n)
      return true;
  return false;
}

std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

} // namespace

// ----------------------------------------------------------------------------
// Builtins

bool FunctionLowerer::check_arity(const CallExpr& e, const std::string& name, size_t lo, size_t hi) {
  if (!e.keywords.empty()) {
    diag_.error(e.keywords[0].name_range, "'" + name + "' takes no keyword arguments");
    return false;
  }
  const size_t n = e.args.size();
  if (n >= lo && n <= hi)
    return true;
  std::string expected = lo == hi ? plural(lo, "argument")
                         : n < lo ? "at least " + plural(lo, "argument")
                                  : "at most " + plural(hi, "argument");
  diag_.error(e.range, "expected " + expected + " for '" + name + "' but got " + std::to_string(n));
  return false;
}

Value* FunctionLowerer::call_builtin(const std::string& name, const CallExpr& e, Env& env, TypePtr expected) {
  const SourceRange& r = e.range;
  if (name == "print")
    return call_print(e, env);
  if (name == "isinstance")
    return call_isinstance(e, env, nullptr);
  if (name == "int" || name == "float" || name == "bool" || name == "str")
    return call_conversion(name, e, env, expected);
  if (name == "min" || name == "max")
    return call_min_max(name == "min", e, env);
  if (name == "range" || name == "enumerate" || name == "zip" || name == "reversed") {
    // Used as a value (`"".join(reversed(l))`, `sum(range(n))`), the iterator
    // is consumed at once: build the list it would produce.
    Iterable it;
    if (!lower_iterable(e, env, it))
      return nullptr;
    return list_from_iterable(it, env, expected, r);
  }
  if (name == "list" || name == "dict") {
    if (!check_arity(e, name, 0, 1))
      return nullptr;
    const bool is_list = name == "list";
    if (e.args.empty()) {
      TypePtr t = expected && expected->is_optional() ? expected->element() : expected;
      if (is_list && is_kind(t, TypeKind::List))
        return emit(env, ir::prim::ListConstruct, {}, {t}, r)->output();
      if (!is_list && is_kind(t, TypeKind::Dict))
        return emit(env, ir::prim::DictConstruct, {}, {t}, r)->output();
      diag_.error(r, is_list ? "empty list needs a type annotation, e.g. 'x: List[int] = []'"
                             : "empty dict needs a type annotation, e.g. 'x: Dict[str, int] = {}'");
      return nullptr;
    }
    const Expr& arg = *e.args[0];
    if (is_list && arg.kind == ExprKind::Call && as<CallExpr>(arg).func->kind == ExprKind::Name) {
      const std::string& inner = as<NameExpr>(*as<CallExpr>(arg).func).id;
      if ((inner == "range" || inner == "enumerate" || inner == "zip" || inner == "reversed") &&
          !env.find(inner) && !mod_.find_function(inner) && !mod_.find_class(inner)) {
        Iterable it;
        if (!lower_iterable(arg, env, it))
          return nullptr;
        return list_from_iterable(it, env, expected, r);
      }
    }
    Value* v = lower_expr(arg, env);
    if (!v)
      return nullptr;
    TypePtr t = v->type();
    if (is_list) {
      if (t->kind() == TypeKind::List)
        return emit_op(env, symbol("aten::list"), {v}, r);
      if (t->kind() == TypeKind::Str)
        return emit_op(env, symbol("aten::list"), {v}, r);
      if (t->kind() == TypeKind::Dict)
        return emit_op(env, symbol("aten::keys"), {v}, r);
      if (t->kind() == TypeKind::Tuple) {
        Iterable it;
        it.kind = Iterable::Kind::Tuple;
        for (size_t i = 0; i < t->contained().size(); ++i) {
          Value* idx = const_int(env, static_cast<int64_t>(i), r);
          it.elements.push_back(
              RValue::of(emit(env, ir::prim::TupleIndex, {v, idx}, {t->contained()[i]}, r)->output(), r));
        }
        return list_from_iterable(it, env, expected, r);
      }
    } else if (t->kind() == TypeKind::Dict) {
      return emit_op(env, symbol("aten::dict"), {v}, r);
    }
    diag_.error(arg.range, "'" + name + "' cannot convert a value of type " + quoted(t));
    return nullptr;
  }
  if (name == "len") {
    if (!check_arity(e, name, 1, 1))
      return nullptr;
    Value* v = lower_expr(*e.args[0], env);
    if (!v)
      return nullptr;
    TypePtr t = v->type();
    if (t->kind() == TypeKind::Tuple)
      return const_int(env, static_cast<int64_t>(t->contained().size()), r);
    if (ClassInfo* ci = mod_.class_info(t); ci && ci->container != ModuleContainer::None)
      return const_int(env, static_cast<int64_t>(module_children(v, *ci, env, r).size()), r);
    if (t->kind() == TypeKind::Class) {
      bool found = false;
      Value* n = call_dunder(v, "__len__", {}, env, r, &found);
      if (found) {
        if (n && n->type() != Type::int_type()) {
          diag_.error(r, "'__len__' of " + quoted(t) + " must return 'int', not " + quoted(n->type()));
          return nullptr;
        }
        return n;
      }
    }
    if (Value* n = emit_op(env, ir::aten::len, {v}, r))
      return n;
    diag_.error(e.args[0]->range, "object of type " + quoted(t) + " has no len()");
    return nullptr;
  }
  if (name == "abs") {
    if (!check_arity(e, name, 1, 1))
      return nullptr;
    Value* v = lower_expr(*e.args[0], env);
    if (!v)
      return nullptr;
    if (!is_numeric(v->type()) && v->type()->kind() != TypeKind::Number) {
      diag_.error(e.args[0]->range, "bad operand type for abs(): " + quoted(v->type()));
      return nullptr;
    }
    return emit_op(env, symbol("prim::abs"), {to_int_if_bool(env, v, r)}, r);
  }
  if (name == "round") {
    if (!check_arity(e, name, 1, 2))
      return nullptr;
    Value* x = lower_expr(*e.args[0], env);
    Value* nd = e.args.size() > 1 ? lower_expr(*e.args[1], env) : nullptr;
    if (!x || (e.args.size() > 1 && !nd))
      return nullptr;
    if (!is_numeric(x->type())) {
      diag_.error(e.args[0]->range,
                  "argument 'number' of 'round' expects a number but got " + quoted(x->type()));
      return nullptr;
    }
    x = to_int_if_bool(env, x, r);
    if (!nd)
      return x->type()->kind() == TypeKind::Int ? x : emit_op(env, symbol("aten::round"), {x}, r);
    Value* n = coerce(env, nd, Type::int_type(), e.args[1]->range);
    if (!n) {
      diag_.error(e.args[1]->range,
                  "argument 'ndigits' of 'round' expects 'int' but got " + quoted(nd->type()));
      return nullptr;
    }
    return emit_op(env, symbol("aten::round"), {x, n}, r);
  }
  if (name == "sum") {
    if (!check_arity(e, name, 1, 2))
      return nullptr;
    Value* l = lower_expr(*e.args[0], env);
    Value* start = e.args.size() > 1 ? lower_expr(*e.args[1], env) : nullptr;
    if (!l || (e.args.size() > 1 && !start))
      return nullptr;
    TypePtr lt = l->type();
    if (lt->kind() != TypeKind::List || !is_numeric(lt->element())) {
      diag_.error(e.args[0]->range, "'sum' expects a list of numbers, found " + quoted(lt));
      return nullptr;
    }
    if (start && !is_numeric(start->type())) {
      diag_.error(e.args[1]->range, "'sum' expects a number as start, found " + quoted(start->type()));
      return nullptr;
    }
    if (start && start->type()->kind() == TypeKind::Float && lt->element()->kind() != TypeKind::Float) {
      // An int sum with a float start is a float: add the start afterwards.
      Value* s = emit_op(env, symbol("aten::sum"), {l, const_int(env, 0, r)}, r);
      return binary_op(BinaryOp::Add, s, start, env, r, false);
    }
    std::vector<CallArg> args = {CallArg{l, e.args[0]->range, {}, {}}};
    if (start)
      args.push_back(CallArg{to_int_if_bool(env, start, r), e.args[1]->range, {}, {}});
    return call_result(env, call_schema(env, symbol("aten::sum"), std::move(args), r, name, 0), r);
  }
  if (name == "sorted") {
    if (e.args.size() != 1) {
      diag_.error(r, "expected 1 argument for 'sorted' but got " + std::to_string(e.args.size()));
      return nullptr;
    }
    std::vector<CallArg> args;
    if (!lower_args(e, env, args, {}))
      return nullptr;
    if (is_kind(args[0].value->type(), TypeKind::Dict))
      args[0].value = emit_op(env, symbol("aten::keys"), {args[0].value}, r);
    return call_result(env, call_schema(env, symbol("aten::sorted"), std::move(args), r, name, 0), r);
  }
  if (name == "divmod") {
    if (!check_arity(e, name, 2, 2))
      return nullptr;
    Value* a = lower_expr(*e.args[0], env);
    Value* b = lower_expr(*e.args[1], env);
    if (!a || !b)
      return nullptr;
    if (!is_numeric(a->type()) || !is_numeric(b->type())) {
      diag_.error(r, "unsupported operand types for divmod(): " + quoted(a->type()) + " and " +
                         quoted(b->type()));
      return nullptr;
    }
    a = to_int_if_bool(env, a, r);
    b = to_int_if_bool(env, b, r);
    if (a->type()->kind() == TypeKind::Float || b->type()->kind() == TypeKind::Float) {
      a = to_float(env, a, r);
      b = to_float(env, b, r);
    }
    return call_result(env, emit_op_node(env, symbol("aten::divmod"), {a, b}, r), r);
  }
  if (name == "pow") {
    if (e.args.size() == 3) {
      diag_.error(r, "'pow' with a modulus is not supported");
      return nullptr;
    }
    if (!check_arity(e, name, 2, 2))
      return nullptr;
    Value* a = lower_expr(*e.args[0], env);
    Value* b = lower_expr(*e.args[1], env);
    return binary_op(BinaryOp::Pow, a, b, env, r, false);
  }
  if (name == "any" || name == "all") {
    if (!check_arity(e, name, 1, 1))
      return nullptr;
    Value* l = lower_expr(*e.args[0], env);
    if (!l)
      return nullptr;
    if (Value* v = emit_op(env, symbol("aten::" + name), {l}, r))
      return v;
    diag_.error(e.args[0]->range, "'" + name + "' expects a list of bool, found " + quoted(l->type()));
    return nullptr;
  }
  if (name == "repr") {
    if (!check_arity(e, name, 1, 1))
      return nullptr;
    Value* v = lower_expr(*e.args[0], env);
    return v ? emit_op(env, symbol("aten::repr"), {v}, r) : nullptr;
  }
  if (name == "chr" || name == "ord" || name == "hex" || name == "bin" || name == "oct") {
    if (!check_arity(e, name, 1, 1))
      return nullptr;
    Value* v = lower_expr(*e.args[0], env);
    if (!v)
      return nullptr;
    if (name != "ord")
      v = to_int_if_bool(env, v, r);
    std::vector<CallArg> args = {CallArg{v, e.args[0]->range, {}, {}}};
    return call_result(env, call_schema(env, symbol("aten::" + name), std::move(args), r, name, 0), r);
  }
  TSC_UNREACHABLE("builtin without a lowering");
}

Value* FunctionLowerer::call_print(const CallExpr& e, Env& env) {
  std::vector<Value*> vals;
  bool ok = true;
  for (const auto& a : e.args) {
    if (a->kind == ExprKind::Starred) {
      diag_.error(a->range, "starred arguments are not supported");
      ok = false;
      continue;
    }
    Value* v = lower_expr(*a, env);
    if (!v)
      ok = false;
    vals.push_back(v);
  }
  std::string sep = " ";
  std::string end = "\n";
  for (const Keyword& k : e.keywords) {
    if (k.name != "sep" && k.name != "end") {
      diag_.error(k.name_range, "'print' has no parameter named '" + k.name + "'");
      ok = false;
      continue;
    }
    if (k.value->kind == ExprKind::None)
      continue;
    if (k.value->kind != ExprKind::Str) {
      diag_.error(k.value->range, "'" + k.name + "' of 'print' must be a string literal");
      ok = false;
      continue;
    }
    (k.name == "sep" ? sep : end) = as<StrExpr>(*k.value).value;
  }
  if (!ok)
    return nullptr;
  Node* n = emit(env, ir::prim::Print, vals, {}, e.range);
  n->set_schema(ir::OpRegistry::global().find("prim::Print"));
  if (sep != " ")
    n->set_attribute("sep", sep);
  if (end != "\n")
    n->set_attribute("end", end);
  return const_none(env, e.range);
}

std::optional<bool> FunctionLowerer::static_isinstance(TypePtr t, const Expr& spec, std::vector<TypePtr>& dyn,
                                                       bool& error) {
  // The checks a spec names: a type name, or a tuple of them.
  std::vector<const Expr*> names;
  if (spec.kind == ExprKind::Tuple) {
    for (const auto& el : as<TupleExpr>(spec).elts)
      names.push_back(el.get());
  } else {
    names.push_back(&spec);
  }
  struct Check {
    std::string name;
    TypePtr cls = nullptr;
  };
  std::vector<Check> checks;
  for (const Expr* n : names) {
    if (n->kind == ExprKind::Subscript) {
      diag_.error(n->range, "isinstance does not accept subscripted types such as 'List[int]'");
      error = true;
      return std::nullopt;
    }
    std::string id = n->kind == ExprKind::Name ? as<NameExpr>(*n).id : std::string();
    if (ClassInfo* ci = id.empty() ? nullptr : mod_.find_class(id)) {
      checks.push_back({id, ci->type});
    } else if (in_list(id, {"int", "float", "bool", "str", "list", "dict", "tuple"})) {
      checks.push_back({id, nullptr});
    } else {
      diag_.error(n->range, "isinstance expects a type such as 'int', 'str', 'list' or a class");
      error = true;
      return std::nullopt;
    }
  }
  auto matches = [&](TypePtr x) {
    for (const Check& c : checks) {
      if (c.cls ? x == c.cls
                : (c.name == "int" && (x->kind() == TypeKind::Int || x->kind() == TypeKind::Bool)) ||
                      (c.name == "float" && x->kind() == TypeKind::Float) ||
                      (c.name == "bool" && x->kind() == TypeKind::Bool) ||
                      (c.name == "str" && x->kind() == TypeKind::Str) ||
                      (c.name == "list" && x->kind() == TypeKind::List) ||
                      (c.name == "dict" && x->kind() == TypeKind::Dict) ||
                      (c.name == "tuple" && x->kind() == TypeKind::Tuple))
        return true;
    }
    return false;
  };
  if (t->is_optional()) {
    if (!matches(t->element()))
      return false;
    return std::nullopt; // true unless None
  }
  if (t->kind() == TypeKind::Any) {
    for (const Check& c : checks) {
      TypePtr ct = c.cls               ? c.cls
                   : c.name == "int"   ? Type::int_type()
                   : c.name == "float" ? Type::float_type()
                   : c.name == "bool"  ? Type::bool_type()
                   : c.name == "str"   ? Type::str_type()
                                       : nullptr;
      if (!ct) {
        diag_.error(spec.range,
                    "isinstance on an 'Any' value needs a concrete type, e.g. 'int', not '" + c.name + "'");
        error = true;
        return std::nullopt;
      }
      dyn.push_back(ct);
    }
    return std::nullopt;
  }
  return matches(t);
}

Value* FunctionLowerer::call_isinstance(const CallExpr& e, Env& env, Cond* cond) {
  Cond local;
  Cond& c = cond ? *cond : local;
  if (!check_arity(e, "isinstance", 2, 2)) {
    c.error = true;
    return nullptr;
  }
  Value* v = lower_expr(*e.args[0], env);
  if (!v) {
    c.error = true;
    return nullptr;
  }
  std::vector<TypePtr> dyn;
  bool error = false;
  std::optional<bool> st = static_isinstance(v->type(), *e.args[1], dyn, error);
  if (error) {
    c.error = true;
    return nullptr;
  }
  if (st) {
    c.constant = *st;
    return cond ? nullptr : const_bool(env, *st, e.range);
  }
  std::string key = refinement_key(*e.args[0], env);
  if (v->type()->is_optional()) {
    // isinstance(Optional[T], T): true unless None.
    Node* n = emit(env, ir::prim::isinstance, {v}, {Type::bool_type()}, e.range);
    n->set_attribute("type", v->type()->element());
    c.value = n->output();
    if (!key.empty())
      c.if_true.push_back({key, v->type()->element(), e.range});
  } else {
    for (TypePtr t : dyn) {
      Node* n = emit(env, ir::prim::isinstance, {v}, {Type::bool_type()}, e.range);
      n->set_attribute("type", t);
      c.value = c.value ? emit_op(env, ir::aten::__or__, {c.value, n->output()}, e.range) : n->output();
    }
    if (dyn.size() == 1 && !key.empty())
      c.if_true.push_back({key, dyn[0], e.range});
  }
  return c.value;
}

Value* FunctionLowerer::call_conversion(const std::string& name, const CallExpr& e, Env& env,
                                        TypePtr expected) {
  (void)expected;
  const SourceRange& r = e.range;
  if (name == "int" && e.args.size() == 2) {
    diag_.error(r, "'int' with a base is not supported");
    return nullptr;
  }
  if (!check_arity(e, name, 0, 1))
    return nullptr;
  if (e.args.empty()) {
    if (name == "int")
      return const_int(env, 0, r);
    if (name == "float")
      return const_float(env, 0.0, r);
    if (name == "bool")
      return const_bool(env, false, r);
    return const_str(env, "", r);
  }
  Value* v = lower_expr(*e.args[0], env);
  if (!v)
    return nullptr;
  TypePtr t = v->type();
  const TypeKind k = t->kind();
  auto fail = [&]() -> Value* {
    diag_.error(e.args[0]->range, "cannot convert " + quoted(t) + " to '" + name + "'");
    return nullptr;
  };
  if (name == "str")
    return k == TypeKind::Str ? v : emit_op(env, ir::aten::str, {v}, r);
  if (k == TypeKind::Tensor) // the value of a one-element tensor (aten::Float.Tensor, ...)
    return emit_op(env,
                   name == "int"     ? ir::aten::Int
                   : name == "float" ? ir::aten::Float
                                     : ir::aten::Bool,
                   {v}, r);
  if (name == "bool") {
    if (k == TypeKind::Tensor || k == TypeKind::Any || k == TypeKind::Class || k == TypeKind::Number)
      return fail();
    return truthy(env, v, r);
  }
  if (name == "int") {
    if (k == TypeKind::Int)
      return v;
    if (k != TypeKind::Bool && k != TypeKind::Float && k != TypeKind::Str && k != TypeKind::Number)
      return fail();
    return emit_op(env, ir::aten::Int, {v}, r); // a number (x.item()) is aten::Int.Scalar
  }
  if (k == TypeKind::Float)
    return v;
  if (k != TypeKind::Bool && k != TypeKind::Int && k != TypeKind::Str && k != TypeKind::Number)
    return fail();
  return emit_op(env, ir::aten::Float, {v}, r); // a number (x.item()) is aten::Float.Scalar
}

Value* FunctionLowerer::call_min_max(bool is_min, const CallExpr& e, Env& env) {
  const std::string name = is_min ? "min" : "max";
  const Symbol kind = is_min ? ir::prim::min : ir::prim::max;
  if (!e.keywords.empty()) {
    diag_.error(e.keywords[0].name_range,
                "'" + name + "' has no parameter named '" + e.keywords[0].name + "'");
    return nullptr;
  }
  if (e.args.empty()) {
    diag_.error(e.range, "expected at least 1 argument for '" + name + "' but got 0");
    return nullptr;
  }
  std::vector<Value*> vals;
  for (const auto& a : e.args) {
    Value* v = lower_expr(*a, env);
    if (!v)
      return nullptr;
    vals.push_back(v);
  }
  if (vals.size() == 1) {
    if (Value* v = emit_op(env, kind, {vals[0]}, e.range))
      return v;
    diag_.error(e.args[0]->range,
                "'" + name + "' expects a list of int, float or str, or at least 2 arguments; found " +
                    quoted(vals[0]->type()));
    return nullptr;
  }
  Value* acc = vals[0];
  for (size_t i = 1; i < vals.size(); ++i) {
    Value* a = acc;
    Value* b = vals[i];
    if (is_numeric(a->type()) && is_numeric(b->type())) {
      a = to_int_if_bool(env, a, e.range);
      b = to_int_if_bool(env, b, e.range);
      if (a->type()->kind() == TypeKind::Float || b->type()->kind() == TypeKind::Float) {
        a = to_float(env, a, e.range);
        b = to_float(env, b, e.range);
      }
    }
    acc = emit_op(env, kind, {a, b}, e.range);
    if (!acc) {
      diag_.error(e.range,
                  "'" + name + "' cannot compare " + quoted(a->type()) + " and " + quoted(b->type()));
      return nullptr;
    }
  }
  return acc;
}

Value* FunctionLowerer::call_math(const std::string& name, const CallExpr& e, Env& env) {
  const std::string display = "math." + name;
  const SourceRange& r = e.range;
  auto one_float = in_list(name, {"sqrt", "exp",     "log2",    "log10", "log1p", "sin",     "cos",
                                  "tan",  "asin",    "acos",    "atan",  "sinh",  "cosh",    "tanh",
                                  "fabs", "degrees", "radians", "isnan", "isinf", "isfinite"});
  auto two_float = in_list(name, {"atan2", "copysign", "fmod", "hypot", "pow"});
  size_t lo = 1, hi = 1;
  if (two_float || name == "gcd")
    lo = hi = 2;
  if (name == "log")
    hi = 2;
  if (!check_arity(e, display, lo, hi))
    return nullptr;
  std::vector<Value*> vals;
  for (const auto& a : e.args) {
    Value* v = lower_expr(*a, env);
    if (!v)
      return nullptr;
    if (!is_numeric(v->type())) {
      diag_.error(a->range, "argument of '" + display + "' must be a number, found " + quoted(v->type()));
      return nullptr;
    }
    vals.push_back(v);
  }
  // math.pow differs from `**`: always float, and math's domain/range errors.
  const Symbol kind = symbol(name == "pow" ? std::string("aten::math_pow") : "aten::" + name);
  if (one_float || two_float || name == "log") {
    for (Value*& v : vals)
      v = to_float(env, v, r);
    return emit_op(env, kind, vals, r);
  }
  if (name == "floor" || name == "ceil" || name == "trunc") {
    Value* v = to_int_if_bool(env, vals[0], r);
    return v->type()->kind() == TypeKind::Int ? v : emit_op(env, kind, {v}, r);
  }
  // gcd, factorial: ints only.
  for (size_t i = 0; i < vals.size(); ++i) {
    vals[i] = to_int_if_bool(env, vals[i], r);
    if (vals[i]->type()->kind() != TypeKind::Int) {
      diag_.error(e.args[i]->range,
                  "argument of '" + display + "' must be an int, found " + quoted(vals[i]->type()));
      return nullptr;
    }
  }
  return emit_op(env, kind, vals, r);
}

Value* FunctionLowerer::call_module_function(const std::string& qualified, const CallExpr& e, Env& env,
                                             TypePtr expected) {
  (void)expected;
  if (qualified.rfind("math.", 0) == 0) {
    std::string name = qualified.substr(5);
    if (is_math_function(name))
      return call_math(name, e, env);
    diag_.error(e.func->range, "module 'math' has no function '" + name + "'");
    return nullptr;
  }
  if (qualified == "torch.jit.annotate") {
    if (!check_arity(e, qualified, 2, 2))
      return nullptr;
    TypePtr t = mod_.resolve_type(*e.args[0]);
    if (!t)
      return nullptr;
    Value* v = lower_expr(*e.args[1], env, t);
    if (!v)
      return nullptr;
    Value* c = coerce(env, v, t, e.args[1]->range);
    if (!c)
      diag_.error(e.args[1]->range,
                  "cannot annotate a value of type " + quoted(v->type()) + " as " + quoted(t));
    return c;
  }
  {
    // torch.nn.modules.utils' _single/_pair/_triple/_quadruple (also reached through
    // torch.nn.functional): an int repeated n times, a list or tuple as it is.
    const std::string name = qualified.substr(qualified.rfind('.') + 1);
    const bool utils =
        qualified.rfind("torch.nn.functional.", 0) == 0 || qualified.rfind("torch.nn.modules.", 0) == 0;
    const int n = name == "_single"      ? 1
                  : name == "_pair"      ? 2
                  : name == "_triple"    ? 3
                  : name == "_quadruple" ? 4
                                         : 0;
    if (utils && n > 0) {
      if (!check_arity(e, name, 1, 1))
        return nullptr;
      Value* v = lower_expr(*e.args[0], env);
      if (!v)
        return nullptr;
      TypePtr t = v->type();
      if (t->kind() == TypeKind::List || t->kind() == TypeKind::Tuple)
        return v;
      if (t != Type::int_type()) {
        diag_.error(e.args[0]->range, "'" + name + "' expects an int, a list or a tuple, found " + quoted(t));
        return nullptr;
      }
      std::vector<Value*> items(static_cast<size_t>(n), v);
      return emit(env, ir::prim::ListConstruct, items, {Type::list_of(Type::int_type())}, e.range)->output();
    }
  }
  if (qualified == "torch.jit.is_scripting" || qualified == "torch.jit.is_tracing") {
    if (!check_arity(e, qualified, 0, 0))
      return nullptr;
    return const_bool(env, qualified == "torch.jit.is_scripting", e.range);
  }
  if (qualified.rfind("torch.", 0) == 0 && qualified.rfind("torch.jit.", 0) != 0)
    return call_torch_function(qualified, e, env);
  diag_.error(e.func->range, "'" + qualified + "' is not supported");
  return nullptr;
}

} // namespace tsc::frontend::lowering
