// frontend/lower_calls.cpp - Calls: user functions, methods, classes, builtins, math, and schema matching.
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

bool in_list(const std::string& name, std::initializer_list<const char*> names) {
  for (const char* n : names)
    if (name == n) return true;
  return false;
}

// Builtin methods per receiver type; each maps to the op `aten::<name>`.
bool is_builtin_method(TypeKind k, const std::string& name) {
  switch (k) {
    case TypeKind::List:
      return in_list(name, {"append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "clear",
                            "copy"});
    case TypeKind::Dict:
      return in_list(name, {"keys", "values", "items", "get", "pop", "setdefault", "update", "clear", "copy"});
    case TypeKind::Str:
      return in_list(name, {"split", "splitlines", "join", "strip", "lstrip", "rstrip", "startswith", "endswith",
                            "find", "rfind", "index", "rindex", "count", "replace", "upper", "lower", "capitalize",
                            "title", "swapcase", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower",
                            "zfill", "ljust", "rjust", "center", "partition", "rpartition"});
    default: return false;
  }
}

bool is_unsupported_builtin(const std::string& name) {
  return in_list(name, {"tuple", "set", "frozenset", "map", "filter", "getattr", "setattr", "hasattr", "delattr",
                        "type", "id", "input", "open", "iter", "next", "super", "format", "hash", "callable", "vars",
                        "globals", "locals", "eval", "exec", "compile", "object", "bytes", "bytearray", "complex",
                        "memoryview", "slice", "property", "staticmethod", "classmethod", "issubclass", "dir",
                        "help", "ascii", "breakpoint", "lambda"});
}

std::string plural(size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

}  // namespace

// ----------------------------------------------------------------------------
// Schema type matching

bool bind_type(TypePtr formal, TypePtr actual, TypeBindings& b, bool invariant) {
  if (formal->kind() == TypeKind::Var) {
    for (auto& [var, bound] : b) {
      if (var != formal) continue;
      if (bound == actual) return true;
      return !invariant && ir::is_subtype(actual, bound);
    }
    b.emplace_back(formal, actual);
    return true;
  }
  switch (formal->kind()) {
    case TypeKind::List:
      return actual->kind() == TypeKind::List && bind_type(formal->element(), actual->element(), b, true);
    case TypeKind::Dict:
      return actual->kind() == TypeKind::Dict && bind_type(formal->key(), actual->key(), b, true) &&
             bind_type(formal->value(), actual->value(), b, true);
    case TypeKind::Tuple: {
      if (actual->kind() != TypeKind::Tuple || actual->contained().size() != formal->contained().size()) return false;
      for (size_t i = 0; i < formal->contained().size(); ++i)
        if (!bind_type(formal->contained()[i], actual->contained()[i], b, invariant)) return false;
      return true;
    }
    case TypeKind::Optional:
      if (invariant) return actual->is_optional() && bind_type(formal->element(), actual->element(), b, true);
      if (actual->is_none()) return true;
      if (actual->is_optional()) return bind_type(formal->element(), actual->element(), b, false);
      return bind_type(formal->element(), actual, b, false);
    default: return formal == actual || (!invariant && ir::is_subtype(actual, formal));
  }
}

TypePtr subst_type(TypePtr formal, const TypeBindings& b) {
  switch (formal->kind()) {
    case TypeKind::Var:
      for (const auto& [var, bound] : b)
        if (var == formal) return bound;
      return nullptr;
    case TypeKind::List: {
      TypePtr e = subst_type(formal->element(), b);
      return e ? Type::list_of(e) : nullptr;
    }
    case TypeKind::Optional: {
      TypePtr e = subst_type(formal->element(), b);
      return e ? Type::optional_of(e) : nullptr;
    }
    case TypeKind::Dict: {
      TypePtr k = subst_type(formal->key(), b);
      TypePtr v = subst_type(formal->value(), b);
      return k && v ? Type::dict_of(k, v) : nullptr;
    }
    case TypeKind::Tuple: {
      std::vector<TypePtr> elems;
      for (TypePtr t : formal->contained()) {
        TypePtr s = subst_type(t, b);
        if (!s) return nullptr;
        elems.push_back(s);
      }
      return Type::tuple_of(std::move(elems));
    }
    default: return formal;
  }
}

// ----------------------------------------------------------------------------
// Calling operators through their schemas

std::vector<TypePtr> FunctionLowerer::method_hints(Symbol kind, TypePtr self_type, size_t nargs) {
  std::vector<TypePtr> hints;
  for (const ir::OpSchema* s : ir::OpRegistry::global().overloads(kind)) {
    TypeBindings b;
    if (s->arguments.empty() || !bind_type(s->arguments[0].type, self_type, b)) continue;
    for (size_t j = 1; j < s->arguments.size() && hints.size() < nargs; ++j)
      hints.push_back(s->arguments[j].kwarg_only ? nullptr : subst_type(s->arguments[j].type, b));
    break;
  }
  hints.resize(nargs, nullptr);
  return hints;
}

Value* FunctionLowerer::default_constant(Env& env, const ir::DefaultValue& d, TypePtr type, const SourceRange& r) {
  if (std::holds_alternative<std::monostate>(d)) return const_none(env, r);
  if (auto* i = std::get_if<int64_t>(&d)) {
    TypePtr base = type->is_optional() ? type->element() : type;
    if (base->kind() == TypeKind::Float) return const_float(env, static_cast<double>(*i), r);
    return const_int(env, *i, r);
  }
  if (auto* f = std::get_if<double>(&d)) return const_float(env, *f, r);
  if (auto* b = std::get_if<bool>(&d)) return const_bool(env, *b, r);
  return const_str(env, std::get<std::string>(d), r);
}

Node* FunctionLowerer::call_schema(Env& env, Symbol kind, std::vector<CallArg> args, const SourceRange& r,
                                   const std::string& display, size_t implicit_args) {
  for (const CallArg& a : args)
    if (!a.value) return nullptr;
  std::vector<size_t> positional, keywords;
  for (size_t i = 0; i < args.size(); ++i) (args[i].name.empty() ? positional : keywords).push_back(i);
  const auto& overloads = ir::OpRegistry::global().overloads(kind);

  struct Plan {
    std::vector<int> source;  // per schema argument: index into args, or -1 for its default
    std::vector<bool> to_float;
    TypeBindings bindings;
  };
  auto match = [&](const ir::OpSchema& s, bool convert, Plan& p) {
    size_t npos = 0;
    for (const auto& a : s.arguments)
      if (!a.kwarg_only) ++npos;
    if (positional.size() > npos) return false;
    p.source.assign(s.arguments.size(), -1);
    p.to_float.assign(args.size(), false);
    p.bindings.clear();
    for (size_t i = 0; i < positional.size(); ++i) p.source[i] = static_cast<int>(positional[i]);
    for (size_t k : keywords) {
      size_t j = 0;
      while (j < s.arguments.size() && s.arguments[j].name != args[k].name) ++j;
      if (j == s.arguments.size() || p.source[j] >= 0) return false;
      p.source[j] = static_cast<int>(k);
    }
    for (size_t j = 0; j < s.arguments.size(); ++j) {
      if (p.source[j] < 0) {
        if (!s.arguments[j].default_value) return false;
        continue;
      }
      TypePtr actual = args[static_cast<size_t>(p.source[j])].value->type();
      if (bind_type(s.arguments[j].type, actual, p.bindings)) continue;
      if (!convert) return false;
      TypePtr want = subst_type(s.arguments[j].type, p.bindings);
      if (want && want->is_optional()) want = want->element();
      if (!want || want->kind() != TypeKind::Float ||
          (actual->kind() != TypeKind::Int && actual->kind() != TypeKind::Bool))
        return false;
      p.to_float[static_cast<size_t>(p.source[j])] = true;
    }
    return true;
  };

  for (bool convert : {false, true}) {
    for (const ir::OpSchema* s : overloads) {
      Plan p;
      if (!match(*s, convert, p)) continue;
      std::vector<Value*> inputs;
      for (size_t j = 0; j < s->arguments.size(); ++j) {
        if (p.source[j] < 0) {
          TypePtr t = subst_type(s->arguments[j].type, p.bindings);
          inputs.push_back(default_constant(env, *s->arguments[j].default_value, t ? t : s->arguments[j].type, r));
          continue;
        }
        size_t a = static_cast<size_t>(p.source[j]);
        inputs.push_back(p.to_float[a] ? to_float(env, args[a].value, args[a].range) : args[a].value);
      }
      std::vector<TypePtr> outs;
      for (TypePtr t : s->returns) {
        TypePtr o = subst_type(t, p.bindings);
        outs.push_back(o ? o : Type::any_type());
      }
      Node* n = emit(env, kind, inputs, outs, r);
      n->set_schema(s);
      return n;
    }
  }

  // Nothing matched: explain against the overload the receiver selects.
  std::vector<const ir::OpSchema*> candidates;
  for (const ir::OpSchema* s : overloads) {
    if (implicit_args > 0) {
      TypeBindings b;
      if (s->arguments.empty() || !bind_type(s->arguments[0].type, args[0].value->type(), b)) continue;
    }
    candidates.push_back(s);
  }
  if (candidates.size() > 1) {
    std::vector<const ir::OpSchema*> by_arity;
    for (const ir::OpSchema* s : candidates) {
      size_t npos = 0, required = 0;
      for (const auto& a : s->arguments) {
        if (a.kwarg_only) continue;
        ++npos;
        if (!a.default_value) ++required;
      }
      if (positional.size() <= npos && positional.size() >= required) by_arity.push_back(s);
    }
    if (by_arity.size() == 1) candidates = by_arity;
  }
  if (candidates.size() != 1) {
    std::string types;
    for (size_t i = implicit_args; i < args.size(); ++i) types += (types.empty() ? "" : ", ") + quoted(args[i].value->type());
    diag_.error(r, "no overload of '" + display + "' accepts " + (types.empty() ? std::string("no arguments") : "arguments " + types) +
                       (implicit_args ? " on " + quoted(args[0].value->type()) : std::string()));
    return nullptr;
  }
  const ir::OpSchema& s = *candidates[0];
  size_t npos = 0, required = 0;
  for (const auto& a : s.arguments) {
    if (a.kwarg_only) continue;
    ++npos;
    if (!a.default_value) ++required;
  }
  npos -= implicit_args;
  required -= implicit_args;
  const size_t given = positional.size() - implicit_args;
  if (given > npos) {
    diag_.error(r, "expected " + std::string(npos == required ? "" : "at most ") + plural(npos, "argument") +
                       " for '" + display + "' but got " + std::to_string(given));
    return nullptr;
  }
  std::vector<int> source(s.arguments.size(), -1);
  for (size_t i = 0; i < positional.size(); ++i) source[i] = static_cast<int>(positional[i]);
  for (size_t k : keywords) {
    size_t j = 0;
    while (j < s.arguments.size() && s.arguments[j].name != args[k].name) ++j;
    if (j == s.arguments.size() || j < implicit_args) {
      diag_.error(args[k].name_range, "'" + display + "' has no parameter named '" + args[k].name + "'");
      return nullptr;
    }
    if (source[j] >= 0) {
      diag_.error(args[k].name_range, "'" + display + "' got multiple values for argument '" + args[k].name + "'");
      return nullptr;
    }
    source[j] = static_cast<int>(k);
  }
  for (size_t j = 0; j < s.arguments.size(); ++j) {
    if (source[j] >= 0 || s.arguments[j].default_value) continue;
    if (keywords.empty() && !s.arguments[j].kwarg_only) {
      diag_.error(r, "expected " + std::string(npos == required ? "" : "at least ") + plural(required, "argument") +
                         " for '" + display + "' but got " + std::to_string(given));
    } else {
      diag_.error(r, "missing argument '" + s.arguments[j].name + "' in call to '" + display + "'");
    }
    return nullptr;
  }
  TypeBindings b;
  for (size_t j = 0; j < s.arguments.size(); ++j) {
    if (source[j] < 0) continue;
    const CallArg& a = args[static_cast<size_t>(source[j])];
    if (bind_type(s.arguments[j].type, a.value->type(), b)) continue;
    TypePtr want = subst_type(s.arguments[j].type, b);
    diag_.error(a.range, "argument '" + s.arguments[j].name + "' of '" + display + "' expects " +
                             quoted(want ? want : s.arguments[j].type) + " but got " + quoted(a.value->type()));
    return nullptr;
  }
  diag_.error(r, "no overload of '" + display + "' matches these arguments");
  return nullptr;
}

bool FunctionLowerer::lower_args(const CallExpr& e, Env& env, std::vector<CallArg>& args,
                                 const std::vector<TypePtr>& hints) {
  bool ok = true;
  for (size_t i = 0; i < e.args.size(); ++i) {
    const Expr& a = *e.args[i];
    if (a.kind == ExprKind::Starred) {
      diag_.error(a.range, "starred arguments are not supported");
      ok = false;
      continue;
    }
    Value* v = lower_expr(a, env, i < hints.size() ? hints[i] : nullptr);
    if (!v) ok = false;
    args.push_back(CallArg{v, a.range, {}, {}});
  }
  for (const Keyword& k : e.keywords) {
    Value* v = lower_expr(*k.value, env);
    if (!v) ok = false;
    args.push_back(CallArg{v, k.value->range, k.name, k.name_range});
  }
  return ok;
}

Value* FunctionLowerer::call_result(Env& env, Node* n, const SourceRange& r) {
  if (!n) return nullptr;
  if (n->num_outputs() == 0) return const_none(env, r);
  if (n->num_outputs() == 1) return n->output();
  // Several outputs (divmod, partition) are one tuple in Python.
  std::vector<TypePtr> types;
  for (Value* o : n->outputs()) types.push_back(o->type());
  return emit(env, ir::prim::TupleConstruct, n->outputs(), {Type::tuple_of(std::move(types))}, r)->output();
}

// ----------------------------------------------------------------------------
// Dispatch

Value* FunctionLowerer::lower_call(const CallExpr& e, Env& env, TypePtr expected) {
  const bool discard = std::exchange(discard_result_, false);
  Value* v = dispatch_call(e, env, expected);
  // A call used as a statement needs no None for its result.
  if (discard && v && v->node()->kind() == ir::prim::Constant && v->type()->is_none() && !v->has_uses())
    v->node()->erase();
  return v;
}

Value* FunctionLowerer::dispatch_call(const CallExpr& e, Env& env, TypePtr expected) {
  const Expr& f = *e.func;
  for (const auto& a : e.args) {
    if (a->kind == ExprKind::Starred) {
      diag_.error(a->range, "starred arguments are not supported");
      return nullptr;
    }
  }
  if (f.kind == ExprKind::Name) {
    const std::string& id = as<NameExpr>(f).id;
    if (Binding* b = env.find(id)) {
      if (is_usable(b)) {
        bool found = false;
        Value* v = read_local(env, id, f.range, found);
        if (v) diag_.error(f.range, quoted(v->type()) + " is not callable");
      }
      return nullptr;
    }
    if (FunctionInfo* fi = mod_.find_function(id)) return call_user_function(*fi, nullptr, e, env, 0);
    if (ClassInfo* ci = mod_.find_class(id)) return construct_object(*ci, e, env);
    std::string imported = mod_.imported_name(id);
    if (!imported.empty()) return call_module_function(imported, e, env, expected);
    if (mod_.find_constant(id)) {
      diag_.error(f.range, "'" + id + "' is a constant and cannot be called");
      return nullptr;
    }
    if (is_builtin_name(id)) return call_builtin(id, e, env, expected);
    if (is_exception_name(id)) {
      diag_.error(f.range, "'" + id + "' can only be used in a 'raise' statement");
      return nullptr;
    }
    if (is_unsupported_builtin(id)) {
      diag_.error(f.range, "builtin '" + id + "' is not supported");
      return nullptr;
    }
    report_unknown_name(id, f.range, env);
    return nullptr;
  }
  if (f.kind == ExprKind::Attribute) {
    const auto& a = as<AttributeExpr>(f);
    std::string dotted = dotted_name(f);
    if (!dotted.empty()) {
      std::string root = dotted.substr(0, dotted.find('.'));
      std::string mod = mod_.module_alias(root);
      if (!mod.empty() && !env.find(root)) return call_module_function(mod + dotted.substr(root.size()), e, env, expected);
    }
    Value* obj = lower_expr(*a.value, env);
    if (!obj) return nullptr;
    return call_method(obj, a, e, env);
  }
  diag_.error(f.range, "this expression cannot be called");
  return nullptr;
}

// ----------------------------------------------------------------------------
// User functions, methods and classes

Value* FunctionLowerer::call_user_function(FunctionInfo& f, Value* self, const CallExpr& e, Env& env,
                                           size_t first_param) {
  const std::string display = f.owner ? (f.short_name == "__init__" ? f.owner->name : f.short_name) : f.name;
  if (!f.signature_ok) {
    std::vector<CallArg> ignored;
    lower_args(e, env, ignored, {});
    return nullptr;
  }
  const auto& params = f.fn->params;
  std::vector<size_t> positional_params;
  for (size_t p = first_param; p < params.size(); ++p)
    if (!params[p].kwarg_only) positional_params.push_back(p);
  // Which argument feeds each parameter: positional i -> i, keyword k -> args.size() + k.
  std::vector<int> source(params.size(), -1);
  bool ok = true;
  size_t required = 0;
  for (size_t p = first_param; p < params.size(); ++p)
    if (!params[p].default_value && !params[p].kwarg_only) ++required;
  if (e.args.size() > positional_params.size()) {
    diag_.error(e.range, "expected " + std::string(required == positional_params.size() ? "" : "at most ") +
                             plural(positional_params.size(), "argument") + " for '" + display + "' but got " +
                             std::to_string(e.args.size()));
    ok = false;
  } else {
    for (size_t i = 0; i < e.args.size(); ++i) source[positional_params[i]] = static_cast<int>(i);
  }
  for (size_t k = 0; ok && k < e.keywords.size(); ++k) {
    const Keyword& kw = e.keywords[k];
    size_t p = first_param;
    while (p < params.size() && params[p].name != kw.name) ++p;
    if (p == params.size()) {
      diag_.error(kw.name_range, "'" + display + "' has no parameter named '" + kw.name + "'");
      ok = false;
    } else if (source[p] >= 0) {
      diag_.error(kw.name_range, "'" + display + "' got multiple values for argument '" + kw.name + "'");
      ok = false;
    } else {
      source[p] = static_cast<int>(e.args.size() + k);
    }
  }
  for (size_t p = first_param; ok && p < params.size(); ++p) {
    if (source[p] >= 0 || params[p].default_value) continue;
    if (e.keywords.empty() && !params[p].kwarg_only) {
      diag_.error(e.range, "expected " + std::string(required == positional_params.size() ? "" : "at least ") +
                               plural(required, "argument") + " for '" + display + "' but got " +
                               std::to_string(e.args.size()));
    } else {
      diag_.error(e.range, "missing argument '" + params[p].name + "' in call to '" + display + "'");
    }
    ok = false;
  }
  // Arguments are evaluated in the order written, each expecting its parameter's type.
  std::vector<TypePtr> expected_types(e.args.size() + e.keywords.size(), nullptr);
  for (size_t p = first_param; p < params.size(); ++p)
    if (source[p] >= 0) expected_types[static_cast<size_t>(source[p])] = params[p].type;
  std::vector<Value*> vals;
  for (size_t i = 0; i < e.args.size(); ++i) {
    if (e.args[i]->kind == ExprKind::Starred) {
      diag_.error(e.args[i]->range, "starred arguments are not supported");
      ok = false;
      vals.push_back(nullptr);
      continue;
    }
    vals.push_back(lower_expr(*e.args[i], env, expected_types[i]));
  }
  for (size_t k = 0; k < e.keywords.size(); ++k)
    vals.push_back(lower_expr(*e.keywords[k].value, env, expected_types[e.args.size() + k]));
  if (!ok) return nullptr;
  for (Value* v : vals)
    if (!v) return nullptr;

  std::vector<Value*> inputs;
  if (self) inputs.push_back(self);
  for (size_t p = first_param; p < params.size(); ++p) {
    const ir::Parameter& param = params[p];
    if (source[p] < 0) {
      inputs.push_back(default_constant(env, *param.default_value, param.type, e.range));
      continue;
    }
    size_t a = static_cast<size_t>(source[p]);
    const SourceRange& ar = a < e.args.size() ? e.args[a]->range : e.keywords[a - e.args.size()].value->range;
    Value* c = coerce(env, vals[a], param.type, ar);
    if (!c) {
      diag_.error(ar, "argument '" + param.name + "' of '" + display + "' expects " + quoted(param.type) +
                          " but got " + quoted(vals[a]->type()));
      ok = false;
    }
    inputs.push_back(c);
  }
  if (!ok) return nullptr;
  TypePtr ret = mod_.return_type_of(f, e.range);
  if (!ret) return nullptr;
  Node* n = emit(env, self ? ir::prim::CallMethod : ir::prim::CallFunction, inputs, {ret}, e.range);
  n->set_attribute("name", self ? f.short_name : f.name);
  return n->output();
}

Value* FunctionLowerer::construct_object(ClassInfo& c, const CallExpr& e, Env& env) {
  Value* obj = emit(env, ir::prim::CreateObject, {}, {c.type}, e.range)->output();
  if (c.init) {
    if (!call_user_function(*c.init, obj, e, env, 1)) return nullptr;
  } else if (!e.args.empty() || !e.keywords.empty()) {
    diag_.error(e.range, "expected 0 arguments for '" + c.name + "' but got " +
                             std::to_string(e.args.size() + e.keywords.size()));
    return nullptr;
  }
  return obj;
}

Value* FunctionLowerer::call_method(Value* self, const AttributeExpr& callee, const CallExpr& e, Env& env) {
  ClassInfo* ci = mod_.class_info(self->type());
  if (!ci) return call_builtin_method(self, callee.attr, e, env);
  auto it = ci->methods.find(callee.attr);
  if (it != ci->methods.end()) return call_user_function(*it->second, self, e, env, 1);
  if (ci->ignored_methods.count(callee.attr)) {
    diag_.error(callee.range, "method '" + callee.attr + "' of '" + ci->name +
                                  "' is not compiled (it is ignored) and cannot be called from compiled code");
  } else if (ci->type->find_attribute(callee.attr)) {
    diag_.error(callee.range, "attribute '" + callee.attr + "' of '" + ci->name + "' is not callable");
  } else {
    diag_.error(callee.range, "'" + ci->name + "' has no method '" + callee.attr + "'");
  }
  return nullptr;
}

Value* FunctionLowerer::call_builtin_method(Value* self, const std::string& name, const CallExpr& e, Env& env) {
  TypePtr t = self->type();
  if (!is_builtin_method(t->kind(), name)) {
    diag_.error(e.func->range, quoted(t) + " has no method '" + name + "'");
    return nullptr;
  }
  if (name == "sort" && !e.args.empty()) {
    // Python: `reverse` is keyword-only.
    diag_.error(e.args[0]->range, "'sort' takes no positional arguments; use 'reverse=...'");
    return nullptr;
  }
  const Symbol kind = symbol("aten::" + name);
  std::vector<CallArg> args;
  args.push_back(CallArg{self, e.func->range, {}, {}});
  if (!lower_args(e, env, args, method_hints(kind, t, e.args.size()))) return nullptr;
  // d.get(k, None) is d.get(k).
  if (name == "get" && args.size() == 3 && args[2].name.empty() && args[2].value->type()->is_none()) args.pop_back();
  return call_result(env, call_schema(env, kind, std::move(args), e.range, name, 1), e.range);
}

// ----------------------------------------------------------------------------
// Builtins

bool FunctionLowerer::check_arity(const CallExpr& e, const std::string& name, size_t lo, size_t hi) {
  if (!e.keywords.empty()) {
    diag_.error(e.keywords[0].name_range, "'" + name + "' takes no keyword arguments");
    return false;
  }
  const size_t n = e.args.size();
  if (n >= lo && n <= hi) return true;
  std::string expected = lo == hi ? plural(lo, "argument")
                         : n < lo ? "at least " + plural(lo, "argument")
                                  : "at most " + plural(hi, "argument");
  diag_.error(e.range, "expected " + expected + " for '" + name + "' but got " + std::to_string(n));
  return false;
}

Value* FunctionLowerer::call_builtin(const std::string& name, const CallExpr& e, Env& env, TypePtr expected) {
  const SourceRange& r = e.range;
  if (name == "print") return call_print(e, env);
  if (name == "isinstance") return call_isinstance(e, env, nullptr);
  if (name == "int" || name == "float" || name == "bool" || name == "str") return call_conversion(name, e, env, expected);
  if (name == "min" || name == "max") return call_min_max(name == "min", e, env);
  if (name == "range" || name == "enumerate" || name == "zip" || name == "reversed") {
    // Used as a value (`"".join(reversed(l))`, `sum(range(n))`), the iterator
    // is consumed at once: build the list it would produce.
    Iterable it;
    if (!lower_iterable(e, env, it)) return nullptr;
    return list_from_iterable(it, env, expected, r);
  }
  if (name == "list" || name == "dict") {
    if (!check_arity(e, name, 0, 1)) return nullptr;
    const bool is_list = name == "list";
    if (e.args.empty()) {
      TypePtr t = expected && expected->is_optional() ? expected->element() : expected;
      if (is_list && is_kind(t, TypeKind::List)) return emit(env, ir::prim::ListConstruct, {}, {t}, r)->output();
      if (!is_list && is_kind(t, TypeKind::Dict)) return emit(env, ir::prim::DictConstruct, {}, {t}, r)->output();
      diag_.error(r, is_list ? "empty list needs a type annotation, e.g. 'x: List[int] = []'"
                             : "empty dict needs a type annotation, e.g. 'x: Dict[str, int] = {}'");
      return nullptr;
    }
    const Expr& arg = *e.args[0];
    if (is_list && arg.kind == ExprKind::Call && as<CallExpr>(arg).func->kind == ExprKind::Name) {
      const std::string& inner = as<NameExpr>(*as<CallExpr>(arg).func).id;
      if ((inner == "range" || inner == "enumerate" || inner == "zip" || inner == "reversed") && !env.find(inner) &&
          !mod_.find_function(inner) && !mod_.find_class(inner)) {
        Iterable it;
        if (!lower_iterable(arg, env, it)) return nullptr;
        return list_from_iterable(it, env, expected, r);
      }
    }
    Value* v = lower_expr(arg, env);
    if (!v) return nullptr;
    TypePtr t = v->type();
    if (is_list) {
      if (t->kind() == TypeKind::List) return emit_op(env, symbol("aten::list"), {v}, r);
      if (t->kind() == TypeKind::Str) return emit_op(env, symbol("aten::list"), {v}, r);
      if (t->kind() == TypeKind::Dict) return emit_op(env, symbol("aten::keys"), {v}, r);
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
    if (!check_arity(e, name, 1, 1)) return nullptr;
    Value* v = lower_expr(*e.args[0], env);
    if (!v) return nullptr;
    TypePtr t = v->type();
    if (t->kind() == TypeKind::Tuple) return const_int(env, static_cast<int64_t>(t->contained().size()), r);
    if (Value* n = emit_op(env, ir::aten::len, {v}, r)) return n;
    diag_.error(e.args[0]->range, "object of type " + quoted(t) + " has no len()");
    return nullptr;
  }
  if (name == "abs") {
    if (!check_arity(e, name, 1, 1)) return nullptr;
    Value* v = lower_expr(*e.args[0], env);
    if (!v) return nullptr;
    if (!is_numeric(v->type())) {
      diag_.error(e.args[0]->range, "bad operand type for abs(): " + quoted(v->type()));
      return nullptr;
    }
    return emit_op(env, symbol("prim::abs"), {to_int_if_bool(env, v, r)}, r);
  }
  if (name == "round") {
    if (!check_arity(e, name, 1, 2)) return nullptr;
    Value* x = lower_expr(*e.args[0], env);
    Value* nd = e.args.size() > 1 ? lower_expr(*e.args[1], env) : nullptr;
    if (!x || (e.args.size() > 1 && !nd)) return nullptr;
    if (!is_numeric(x->type())) {
      diag_.error(e.args[0]->range, "argument 'number' of 'round' expects a number but got " + quoted(x->type()));
      return nullptr;
    }
    x = to_int_if_bool(env, x, r);
    if (!nd) return x->type()->kind() == TypeKind::Int ? x : emit_op(env, symbol("aten::round"), {x}, r);
    Value* n = coerce(env, nd, Type::int_type(), e.args[1]->range);
    if (!n) {
      diag_.error(e.args[1]->range, "argument 'ndigits' of 'round' expects 'int' but got " + quoted(nd->type()));
      return nullptr;
    }
    return emit_op(env, symbol("aten::round"), {x, n}, r);
  }
  if (name == "sum") {
    if (!check_arity(e, name, 1, 2)) return nullptr;
    Value* l = lower_expr(*e.args[0], env);
    Value* start = e.args.size() > 1 ? lower_expr(*e.args[1], env) : nullptr;
    if (!l || (e.args.size() > 1 && !start)) return nullptr;
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
    if (start) args.push_back(CallArg{to_int_if_bool(env, start, r), e.args[1]->range, {}, {}});
    return call_result(env, call_schema(env, symbol("aten::sum"), std::move(args), r, name, 0), r);
  }
  if (name == "sorted") {
    if (e.args.size() != 1) {
      diag_.error(r, "expected 1 argument for 'sorted' but got " + std::to_string(e.args.size()));
      return nullptr;
    }
    std::vector<CallArg> args;
    if (!lower_args(e, env, args, {})) return nullptr;
    if (is_kind(args[0].value->type(), TypeKind::Dict)) args[0].value = emit_op(env, symbol("aten::keys"), {args[0].value}, r);
    return call_result(env, call_schema(env, symbol("aten::sorted"), std::move(args), r, name, 0), r);
  }
  if (name == "divmod") {
    if (!check_arity(e, name, 2, 2)) return nullptr;
    Value* a = lower_expr(*e.args[0], env);
    Value* b = lower_expr(*e.args[1], env);
    if (!a || !b) return nullptr;
    if (!is_numeric(a->type()) || !is_numeric(b->type())) {
      diag_.error(r, "unsupported operand types for divmod(): " + quoted(a->type()) + " and " + quoted(b->type()));
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
    if (!check_arity(e, name, 2, 2)) return nullptr;
    Value* a = lower_expr(*e.args[0], env);
    Value* b = lower_expr(*e.args[1], env);
    return binary_op(BinaryOp::Pow, a, b, env, r, false);
  }
  if (name == "any" || name == "all") {
    if (!check_arity(e, name, 1, 1)) return nullptr;
    Value* l = lower_expr(*e.args[0], env);
    if (!l) return nullptr;
    if (Value* v = emit_op(env, symbol("aten::" + name), {l}, r)) return v;
    diag_.error(e.args[0]->range, "'" + name + "' expects a list of bool, found " + quoted(l->type()));
    return nullptr;
  }
  if (name == "repr") {
    if (!check_arity(e, name, 1, 1)) return nullptr;
    Value* v = lower_expr(*e.args[0], env);
    return v ? emit_op(env, symbol("aten::repr"), {v}, r) : nullptr;
  }
  if (name == "chr" || name == "ord" || name == "hex" || name == "bin" || name == "oct") {
    if (!check_arity(e, name, 1, 1)) return nullptr;
    Value* v = lower_expr(*e.args[0], env);
    if (!v) return nullptr;
    if (name != "ord") v = to_int_if_bool(env, v, r);
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
    if (!v) ok = false;
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
    if (k.value->kind == ExprKind::None) continue;
    if (k.value->kind != ExprKind::Str) {
      diag_.error(k.value->range, "'" + k.name + "' of 'print' must be a string literal");
      ok = false;
      continue;
    }
    (k.name == "sep" ? sep : end) = as<StrExpr>(*k.value).value;
  }
  if (!ok) return nullptr;
  Node* n = emit(env, ir::prim::Print, vals, {}, e.range);
  n->set_schema(ir::OpRegistry::global().find("prim::Print"));
  if (sep != " ") n->set_attribute("sep", sep);
  if (end != "\n") n->set_attribute("end", end);
  return const_none(env, e.range);
}

std::optional<bool> FunctionLowerer::static_isinstance(TypePtr t, const Expr& spec, std::vector<TypePtr>& dyn,
                                                       bool& error) {
  // The checks a spec names: a type name, or a tuple of them.
  std::vector<const Expr*> names;
  if (spec.kind == ExprKind::Tuple) {
    for (const auto& el : as<TupleExpr>(spec).elts) names.push_back(el.get());
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
    if (!matches(t->element())) return false;
    return std::nullopt;  // true unless None
  }
  if (t->kind() == TypeKind::Any) {
    for (const Check& c : checks) {
      TypePtr ct = c.cls                ? c.cls
                   : c.name == "int"   ? Type::int_type()
                   : c.name == "float" ? Type::float_type()
                   : c.name == "bool"  ? Type::bool_type()
                   : c.name == "str"   ? Type::str_type()
                                       : nullptr;
      if (!ct) {
        diag_.error(spec.range, "isinstance on an 'Any' value needs a concrete type, e.g. 'int', not '" + c.name + "'");
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
    if (!key.empty()) c.if_true.push_back({key, v->type()->element(), e.range});
  } else {
    for (TypePtr t : dyn) {
      Node* n = emit(env, ir::prim::isinstance, {v}, {Type::bool_type()}, e.range);
      n->set_attribute("type", t);
      c.value = c.value ? emit_op(env, ir::aten::__or__, {c.value, n->output()}, e.range) : n->output();
    }
    if (dyn.size() == 1 && !key.empty()) c.if_true.push_back({key, dyn[0], e.range});
  }
  return c.value;
}

Value* FunctionLowerer::call_conversion(const std::string& name, const CallExpr& e, Env& env, TypePtr expected) {
  (void)expected;
  const SourceRange& r = e.range;
  if (name == "int" && e.args.size() == 2) {
    diag_.error(r, "'int' with a base is not supported");
    return nullptr;
  }
  if (!check_arity(e, name, 0, 1)) return nullptr;
  if (e.args.empty()) {
    if (name == "int") return const_int(env, 0, r);
    if (name == "float") return const_float(env, 0.0, r);
    if (name == "bool") return const_bool(env, false, r);
    return const_str(env, "", r);
  }
  Value* v = lower_expr(*e.args[0], env);
  if (!v) return nullptr;
  TypePtr t = v->type();
  const TypeKind k = t->kind();
  auto fail = [&]() -> Value* {
    diag_.error(e.args[0]->range, "cannot convert " + quoted(t) + " to '" + name + "'");
    return nullptr;
  };
  if (name == "str") return k == TypeKind::Str ? v : emit_op(env, ir::aten::str, {v}, r);
  if (name == "bool") {
    if (k == TypeKind::Tensor || k == TypeKind::Any || k == TypeKind::Class || k == TypeKind::Number) return fail();
    return truthy(env, v, r);
  }
  if (name == "int") {
    if (k == TypeKind::Int) return v;
    if (k != TypeKind::Bool && k != TypeKind::Float && k != TypeKind::Str) return fail();
    return emit_op(env, ir::aten::Int, {v}, r);
  }
  if (k == TypeKind::Float) return v;
  if (k != TypeKind::Bool && k != TypeKind::Int && k != TypeKind::Str) return fail();
  return emit_op(env, ir::aten::Float, {v}, r);
}

Value* FunctionLowerer::call_min_max(bool is_min, const CallExpr& e, Env& env) {
  const std::string name = is_min ? "min" : "max";
  const Symbol kind = is_min ? ir::prim::min : ir::prim::max;
  if (!e.keywords.empty()) {
    diag_.error(e.keywords[0].name_range, "'" + name + "' has no parameter named '" + e.keywords[0].name + "'");
    return nullptr;
  }
  if (e.args.empty()) {
    diag_.error(e.range, "expected at least 1 argument for '" + name + "' but got 0");
    return nullptr;
  }
  std::vector<Value*> vals;
  for (const auto& a : e.args) {
    Value* v = lower_expr(*a, env);
    if (!v) return nullptr;
    vals.push_back(v);
  }
  if (vals.size() == 1) {
    if (Value* v = emit_op(env, kind, {vals[0]}, e.range)) return v;
    diag_.error(e.args[0]->range, "'" + name + "' expects a list of int, float or str, or at least 2 arguments; found " +
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
      diag_.error(e.range, "'" + name + "' cannot compare " + quoted(a->type()) + " and " + quoted(b->type()));
      return nullptr;
    }
  }
  return acc;
}

Value* FunctionLowerer::call_math(const std::string& name, const CallExpr& e, Env& env) {
  const std::string display = "math." + name;
  const SourceRange& r = e.range;
  auto one_float = in_list(name, {"sqrt", "exp", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
                                  "sinh", "cosh", "tanh", "fabs", "degrees", "radians", "isnan", "isinf", "isfinite"});
  auto two_float = in_list(name, {"atan2", "copysign", "fmod", "hypot", "pow"});
  size_t lo = 1, hi = 1;
  if (two_float || name == "gcd") lo = hi = 2;
  if (name == "log") hi = 2;
  if (!check_arity(e, display, lo, hi)) return nullptr;
  std::vector<Value*> vals;
  for (const auto& a : e.args) {
    Value* v = lower_expr(*a, env);
    if (!v) return nullptr;
    if (!is_numeric(v->type())) {
      diag_.error(a->range, "argument of '" + display + "' must be a number, found " + quoted(v->type()));
      return nullptr;
    }
    vals.push_back(v);
  }
  const Symbol kind = symbol("aten::" + name);
  if (one_float || two_float || name == "log") {
    for (Value*& v : vals) v = to_float(env, v, r);
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
      diag_.error(e.args[i]->range, "argument of '" + display + "' must be an int, found " + quoted(vals[i]->type()));
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
    if (is_math_function(name)) return call_math(name, e, env);
    diag_.error(e.func->range, "module 'math' has no function '" + name + "'");
    return nullptr;
  }
  if (qualified == "torch.jit.annotate") {
    if (!check_arity(e, qualified, 2, 2)) return nullptr;
    TypePtr t = mod_.resolve_type(*e.args[0]);
    if (!t) return nullptr;
    Value* v = lower_expr(*e.args[1], env, t);
    if (!v) return nullptr;
    Value* c = coerce(env, v, t, e.args[1]->range);
    if (!c) diag_.error(e.args[1]->range, "cannot annotate a value of type " + quoted(v->type()) + " as " + quoted(t));
    return c;
  }
  if (qualified == "torch.jit.is_scripting" || qualified == "torch.jit.is_tracing") {
    if (!check_arity(e, qualified, 0, 0)) return nullptr;
    return const_bool(env, qualified == "torch.jit.is_scripting", e.range);
  }
  diag_.error(e.func->range, "'" + qualified + "' is not supported");
  return nullptr;
}

}  // namespace tsc::frontend::lowering
