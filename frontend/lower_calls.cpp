// frontend/lower_calls.cpp - Calls: user functions, methods, classes, builtins, math, and schema matching.
#include <algorithm>
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

bool in_list(const std::string& name, std::initializer_list<const char*> names) {
  for (const char* n : names)
    if (name == n)
      return true;
  return false;
}

// Builtin methods per receiver type; each maps to the op `aten::<name>`.
bool is_builtin_method(TypeKind k, const std::string& name) {
  switch (k) {
  case TypeKind::List:
    return in_list(name, {"append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse",
                          "clear", "copy"});
  case TypeKind::Dict:
    return in_list(name, {"keys", "values", "items", "get", "pop", "setdefault", "update", "clear", "copy"});
  case TypeKind::Str:
    return in_list(name,
                   {"split",    "splitlines", "join",       "strip",   "lstrip",   "rstrip",  "startswith",
                    "endswith", "find",       "rfind",      "index",   "rindex",   "count",   "replace",
                    "upper",    "lower",      "capitalize", "title",   "swapcase", "isdigit", "isalpha",
                    "isalnum",  "isspace",    "isupper",    "islower", "zfill",    "ljust",   "rjust",
                    "center",   "partition",  "rpartition"});
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
    return false;
  }
  TSC_UNREACHABLE("unhandled type kind");
}

bool is_unsupported_builtin(const std::string& name) {
  return in_list(name, {"tuple",    "set",      "frozenset",    "map",         "filter",     "getattr",
                        "setattr",  "hasattr",  "delattr",      "type",        "id",         "input",
                        "open",     "iter",     "next",         "super",       "format",     "hash",
                        "callable", "vars",     "globals",      "locals",      "eval",       "exec",
                        "compile",  "object",   "bytes",        "bytearray",   "complex",    "memoryview",
                        "slice",    "property", "staticmethod", "classmethod", "issubclass", "dir",
                        "help",     "ascii",    "breakpoint",   "lambda"});
}

std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

} // namespace

// ----------------------------------------------------------------------------
// Schema type matching

bool bind_type(TypePtr formal, TypePtr actual, TypeBindings& b, bool invariant) {
  if (formal->kind() == TypeKind::Var) {
    for (auto& [var, bound] : b) {
      if (var != formal)
        continue;
      if (bound == actual)
        return true;
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
    if (actual->kind() != TypeKind::Tuple || actual->contained().size() != formal->contained().size())
      return false;
    for (size_t i = 0; i < formal->contained().size(); ++i)
      if (!bind_type(formal->contained()[i], actual->contained()[i], b, invariant))
        return false;
    return true;
  }
  case TypeKind::Optional:
    if (invariant)
      return actual->is_optional() && bind_type(formal->element(), actual->element(), b, true);
    if (actual->is_none())
      return true;
    if (actual->is_optional())
      return bind_type(formal->element(), actual->element(), b, false);
    return bind_type(formal->element(), actual, b, false);
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
    return formal == actual || (!invariant && ir::is_subtype(actual, formal));
  }
  TSC_UNREACHABLE("unhandled type kind");
}

TypePtr subst_type(TypePtr formal, const TypeBindings& b) {
  switch (formal->kind()) {
  case TypeKind::Var:
    for (const auto& [var, bound] : b)
      if (var == formal)
        return bound;
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
      if (!s)
        return nullptr;
      elems.push_back(s);
    }
    return Type::tuple_of(std::move(elems));
  }
  case TypeKind::Any:
  case TypeKind::None:
  case TypeKind::Int:
  case TypeKind::Float:
  case TypeKind::Bool:
  case TypeKind::Str:
  case TypeKind::Tensor:
  case TypeKind::Number:
  case TypeKind::Class:
    return formal;
  }
  TSC_UNREACHABLE("unhandled type kind");
}

// ----------------------------------------------------------------------------
// Calling operators through their schemas

std::vector<TypePtr> FunctionLowerer::method_hints(Symbol kind, TypePtr self_type, size_t nargs) {
  std::vector<TypePtr> hints;
  for (const ir::OpSchema* s : ir::OpRegistry::global().overloads(kind)) {
    TypeBindings b;
    if (s->arguments.empty() || !bind_type(s->arguments[0].type, self_type, b))
      continue;
    for (size_t j = 1; j < s->arguments.size() && hints.size() < nargs; ++j)
      hints.push_back(s->arguments[j].kwarg_only ? nullptr : subst_type(s->arguments[j].type, b));
    break;
  }
  hints.resize(nargs, nullptr);
  return hints;
}

Value* FunctionLowerer::default_constant(Env& env, const ir::DefaultValue& d, TypePtr type,
                                         const SourceRange& r) {
  if (std::holds_alternative<std::monostate>(d))
    return const_none(env, r);
  if (auto* i = std::get_if<int64_t>(&d)) {
    TypePtr base = type->is_optional() ? type->element() : type;
    if (base->kind() == TypeKind::Float)
      return const_float(env, static_cast<double>(*i), r);
    return const_int(env, *i, r);
  }
  if (auto* f = std::get_if<double>(&d))
    return const_float(env, *f, r);
  if (auto* b = std::get_if<bool>(&d))
    return const_bool(env, *b, r);
  return const_str(env, std::get<std::string>(d), r);
}

Node* FunctionLowerer::call_schema(Env& env, Symbol kind, std::vector<CallArg> args, const SourceRange& r,
                                   const std::string& display, size_t implicit_args) {
  for (const CallArg& a : args)
    if (!a.value)
      return nullptr;
  std::vector<size_t> positional, keywords;
  for (size_t i = 0; i < args.size(); ++i)
    (args[i].name.empty() ? positional : keywords).push_back(i);
  const auto& overloads = ir::OpRegistry::global().overloads(kind);

  struct Plan {
    std::vector<int> source; // per schema argument: index into args, or -1 for its default
    std::vector<bool> to_float;
    std::vector<int64_t> to_list;    // per argument: N when an int fills an `int[N]` (N copies)
    std::vector<bool> tuple_to_list; // per argument: a tuple of ints fills an `int[]`
    TypeBindings bindings;
  };
  auto match = [&](const ir::OpSchema& s, bool convert, Plan& p) {
    size_t npos = 0;
    for (const auto& a : s.arguments)
      if (!a.kwarg_only)
        ++npos;
    if (positional.size() > npos)
      return false;
    p.source.assign(s.arguments.size(), -1);
    p.to_float.assign(args.size(), false);
    p.to_list.assign(args.size(), 0);
    p.tuple_to_list.assign(args.size(), false);
    p.bindings.clear();
    for (size_t i = 0; i < positional.size(); ++i)
      p.source[i] = static_cast<int>(positional[i]);
    for (size_t k : keywords) {
      size_t j = 0;
      while (j < s.arguments.size() && s.arguments[j].name != args[k].name)
        ++j;
      if (j == s.arguments.size() || p.source[j] >= 0)
        return false;
      p.source[j] = static_cast<int>(k);
    }
    for (size_t j = 0; j < s.arguments.size(); ++j) {
      if (p.source[j] < 0) {
        if (!s.arguments[j].default_value)
          return false;
        continue;
      }
      TypePtr actual = args[static_cast<size_t>(p.source[j])].value->type();
      if (bind_type(s.arguments[j].type, actual, p.bindings))
        continue;
      // TorchScript: an int where `int[N]` is expected stands for N copies (x.sum(1)),
      // and a tuple of ints where `int[]` is expected is a list (x.sum((0, 1))).
      TypePtr formal =
          s.arguments[j].type->is_optional() ? s.arguments[j].type->element() : s.arguments[j].type;
      if (formal->kind() == TypeKind::List && formal->element()->kind() == TypeKind::Int) {
        // Tensor ops take an int for a plain `int[]` too (torch.flip(x, 0) is flip(x, [0])).
        const bool tensor_op = s.arguments[0].type->kind() == TypeKind::Tensor;
        if ((s.arguments[j].fixed_list_size > 0 || tensor_op) && actual->kind() == TypeKind::Int) {
          p.to_list[static_cast<size_t>(p.source[j])] = std::max<int64_t>(s.arguments[j].fixed_list_size, 1);
          continue;
        }
        if (actual->kind() == TypeKind::Tuple &&
            std::all_of(actual->contained().begin(), actual->contained().end(),
                        [](TypePtr e) { return e->kind() == TypeKind::Int; })) {
          p.tuple_to_list[static_cast<size_t>(p.source[j])] = true;
          continue;
        }
      }
      if (!convert)
        return false;
      TypePtr want = subst_type(s.arguments[j].type, p.bindings);
      if (want && want->is_optional())
        want = want->element();
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
      if (!match(*s, convert, p))
        continue;
      std::vector<Value*> inputs;
      for (size_t j = 0; j < s->arguments.size(); ++j) {
        if (p.source[j] < 0) {
          TypePtr t = subst_type(s->arguments[j].type, p.bindings);
          const ir::DefaultValue& d = *s->arguments[j].default_value;
          if (const auto& items = s->arguments[j].list_default) {
            // `int[2] stride=[]`, `int[1] stride=[1]`: the list as written.
            std::vector<Value*> consts;
            for (int64_t item : *items)
              consts.push_back(const_int(env, item, r));
            inputs.push_back(
                emit(env, ir::prim::ListConstruct, consts, {Type::list_of(Type::int_type())}, r)->output());
            continue;
          }
          if (std::holds_alternative<int64_t>(d) && t && t->kind() == TypeKind::List) {
            // `int[2] stride=1`: the int stands for a list of N copies.
            Value* c = const_int(env, std::get<int64_t>(d), r);
            size_t n = static_cast<size_t>(std::max<int64_t>(s->arguments[j].fixed_list_size, 1));
            inputs.push_back(emit(env, ir::prim::ListConstruct, std::vector<Value*>(n, c),
                                  {Type::list_of(t->element())}, r)
                                 ->output());
            continue;
          }
          inputs.push_back(
              default_constant(env, *s->arguments[j].default_value, t ? t : s->arguments[j].type, r));
          continue;
        }
        size_t a = static_cast<size_t>(p.source[j]);
        if (p.to_list[a] > 0) {
          std::vector<Value*> copies(static_cast<size_t>(p.to_list[a]), args[a].value);
          inputs.push_back(
              emit(env, ir::prim::ListConstruct, copies, {Type::list_of(Type::int_type())}, args[a].range)
                  ->output());
          continue;
        }
        if (p.tuple_to_list[a]) {
          std::vector<Value*> items;
          for (size_t k = 0; k < args[a].value->type()->contained().size(); ++k) {
            Value* idx = const_int(env, static_cast<int64_t>(k), args[a].range);
            items.push_back(
                emit(env, ir::prim::TupleIndex, {args[a].value, idx}, {Type::int_type()}, args[a].range)
                    ->output());
          }
          inputs.push_back(
              emit(env, ir::prim::ListConstruct, items, {Type::list_of(Type::int_type())}, args[a].range)
                  ->output());
          continue;
        }
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
      if (s->arguments.empty() || !bind_type(s->arguments[0].type, args[0].value->type(), b))
        continue;
    }
    candidates.push_back(s);
  }
  if (candidates.size() > 1) {
    std::vector<const ir::OpSchema*> by_arity;
    for (const ir::OpSchema* s : candidates) {
      size_t npos = 0, required = 0;
      for (const auto& a : s->arguments) {
        if (a.kwarg_only)
          continue;
        ++npos;
        if (!a.default_value)
          ++required;
      }
      if (positional.size() <= npos && positional.size() >= required)
        by_arity.push_back(s);
    }
    if (by_arity.size() == 1)
      candidates = by_arity;
  }
  if (candidates.size() != 1) {
    std::string types;
    for (size_t i = implicit_args; i < args.size(); ++i)
      types += (types.empty() ? "" : ", ") + quoted(args[i].value->type());
    diag_.error(r, "no overload of '" + display + "' accepts " +
                       (types.empty() ? std::string("no arguments") : "arguments " + types) +
                       (implicit_args ? " on " + quoted(args[0].value->type()) : std::string()));
    return nullptr;
  }
  const ir::OpSchema& s = *candidates[0];
  size_t npos = 0, required = 0;
  for (const auto& a : s.arguments) {
    if (a.kwarg_only)
      continue;
    ++npos;
    if (!a.default_value)
      ++required;
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
  for (size_t i = 0; i < positional.size(); ++i)
    source[i] = static_cast<int>(positional[i]);
  for (size_t k : keywords) {
    size_t j = 0;
    while (j < s.arguments.size() && s.arguments[j].name != args[k].name)
      ++j;
    if (j == s.arguments.size() || j < implicit_args) {
      diag_.error(args[k].name_range, "'" + display + "' has no parameter named '" + args[k].name + "'");
      return nullptr;
    }
    if (source[j] >= 0) {
      diag_.error(args[k].name_range,
                  "'" + display + "' got multiple values for argument '" + args[k].name + "'");
      return nullptr;
    }
    source[j] = static_cast<int>(k);
  }
  for (size_t j = 0; j < s.arguments.size(); ++j) {
    if (source[j] >= 0 || s.arguments[j].default_value)
      continue;
    if (keywords.empty() && !s.arguments[j].kwarg_only) {
      diag_.error(r, "expected " + std::string(npos == required ? "" : "at least ") +
                         plural(required, "argument") + " for '" + display + "' but got " +
                         std::to_string(given));
    } else {
      diag_.error(r, "missing argument '" + s.arguments[j].name + "' in call to '" + display + "'");
    }
    return nullptr;
  }
  TypeBindings b;
  for (size_t j = 0; j < s.arguments.size(); ++j) {
    if (source[j] < 0)
      continue;
    const CallArg& a = args[static_cast<size_t>(source[j])];
    if (bind_type(s.arguments[j].type, a.value->type(), b))
      continue;
    TypePtr want = subst_type(s.arguments[j].type, b);
    diag_.error(a.range, "argument '" + s.arguments[j].name + "' of '" + display + "' expects " +
                             quoted(want ? want : s.arguments[j].type) + " but got " +
                             quoted(a.value->type()));
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
    if (!v)
      ok = false;
    args.push_back(CallArg{v, a.range, {}, {}});
  }
  for (const Keyword& k : e.keywords) {
    Value* v = lower_expr(*k.value, env);
    if (!v)
      ok = false;
    args.push_back(CallArg{v, k.value->range, k.name, k.name_range});
  }
  return ok;
}

Value* FunctionLowerer::call_result(Env& env, Node* n, const SourceRange& r) {
  if (!n)
    return nullptr;
  if (n->num_outputs() == 0)
    return const_none(env, r);
  if (n->num_outputs() == 1)
    return n->output();
  // Several outputs (divmod, partition) are one tuple in Python.
  std::vector<TypePtr> types;
  for (Value* o : n->outputs())
    types.push_back(o->type());
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
        if (v) {
          ClassInfo* ci = mod_.class_info(v->type());
          if (ci && ci->is_module)
            return call_module(v, e, env, f.range);
          diag_.error(f.range, quoted(v->type()) + " is not callable");
        }
      }
      return nullptr;
    }
    if (const std::string* why = mod_.find_unsupported_global(id)) {
      diag_.error(f.range, *why);
      return nullptr;
    }
    if (FunctionInfo* fi = mod_.find_function(id))
      return call_user_function(*fi, nullptr, e, env, 0);
    if (ClassInfo* ci = mod_.find_class(id))
      return construct_object(*ci, e, env);
    std::string imported = mod_.imported_name(id);
    if (!imported.empty())
      return call_module_function(imported, e, env, expected);
    if (mod_.find_constant(id)) {
      diag_.error(f.range, "'" + id + "' is a constant and cannot be called");
      return nullptr;
    }
    if (is_builtin_name(id))
      return call_builtin(id, e, env, expected);
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
      if (!mod.empty() && !env.find(root))
        return call_module_function(mod + dotted.substr(root.size()), e, env, expected);
    }
    Value* obj = lower_expr(*a.value, env);
    if (!obj)
      return nullptr;
    if (a.attr == "tolist" && obj->type()->kind() == TypeKind::Tensor)
      return tensor_tolist(obj, e, env, expected); // the annotation decides the result type
    return call_method(obj, a, e, env);
  }
  if (f.kind == ExprKind::Subscript) {
    // self.layers[0](x): a submodule picked from a container is called like one.
    Value* callee = lower_expr(f, env);
    if (!callee)
      return nullptr;
    ClassInfo* ci = mod_.class_info(callee->type());
    if (ci && ci->is_module)
      return call_module(callee, e, env, f.range);
    diag_.error(f.range, quoted(callee->type()) + " is not callable");
    return nullptr;
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
    if (!params[p].kwarg_only)
      positional_params.push_back(p);
  // Which argument feeds each parameter: positional i -> i, keyword k -> args.size() + k.
  std::vector<int> source(params.size(), -1);
  bool ok = true;
  size_t required = 0;
  for (size_t p = first_param; p < params.size(); ++p)
    if (!params[p].default_value && !params[p].kwarg_only)
      ++required;
  if (e.args.size() > positional_params.size()) {
    diag_.error(e.range, "expected " + std::string(required == positional_params.size() ? "" : "at most ") +
                             plural(positional_params.size(), "argument") + " for '" + display +
                             "' but got " + std::to_string(e.args.size()));
    ok = false;
  } else {
    for (size_t i = 0; i < e.args.size(); ++i)
      source[positional_params[i]] = static_cast<int>(i);
  }
  for (size_t k = 0; ok && k < e.keywords.size(); ++k) {
    const Keyword& kw = e.keywords[k];
    size_t p = first_param;
    while (p < params.size() && params[p].name != kw.name)
      ++p;
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
    if (source[p] >= 0 || params[p].default_value)
      continue;
    if (e.keywords.empty() && !params[p].kwarg_only) {
      diag_.error(e.range, "expected " +
                               std::string(required == positional_params.size() ? "" : "at least ") +
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
    if (source[p] >= 0)
      expected_types[static_cast<size_t>(source[p])] = params[p].type;
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
  if (!ok)
    return nullptr;
  for (Value* v : vals)
    if (!v)
      return nullptr;

  std::vector<Value*> inputs;
  if (self)
    inputs.push_back(self);
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
  if (!ok)
    return nullptr;
  TypePtr ret = mod_.return_type_of(f, e.range);
  if (!ret)
    return nullptr;
  Node* n = emit(env, self ? ir::prim::CallMethod : ir::prim::CallFunction, inputs, {ret}, e.range);
  n->set_attribute("name", self ? f.short_name : f.name);
  return n->output();
}

Value* FunctionLowerer::call_dunder(Value* self, const std::string& method, const std::vector<Value*>& args,
                                    Env& env, const SourceRange& r, bool* found) {
  *found = false;
  ClassInfo* c = mod_.class_info(self->type());
  if (!c)
    return nullptr;
  auto it = c->methods.find(method);
  if (it == c->methods.end())
    return nullptr;
  *found = true;
  FunctionInfo& f = *it->second;
  if (!f.signature_ok)
    return nullptr;
  const auto& params = f.fn->params;
  if (params.size() != args.size() + 1) {
    diag_.error(r, "'" + c->name + "." + method + "' must take " + plural(args.size() + 1, "parameter") +
                       " to be used as an operator, but takes " + std::to_string(params.size()));
    return nullptr;
  }
  std::vector<Value*> inputs{self};
  for (size_t i = 0; i < args.size(); ++i) {
    Value* v = coerce(env, args[i], params[i + 1].type, r);
    if (!v) {
      diag_.error(r, "argument '" + params[i + 1].name + "' of '" + c->name + "." + method + "' expects " +
                         quoted(params[i + 1].type) + " but got " + quoted(args[i]->type()));
      return nullptr;
    }
    inputs.push_back(v);
  }
  TypePtr ret = mod_.return_type_of(f, r);
  if (!ret)
    return nullptr;
  Node* n = emit(env, ir::prim::CallMethod, inputs, {ret}, r);
  n->set_attribute("name", method);
  return n->output();
}

Value* FunctionLowerer::construct_object(ClassInfo& c, const CallExpr& e, Env& env) {
  Value* obj = emit(env, ir::prim::CreateObject, {}, {c.type}, e.range)->output();
  if (c.init) {
    if (!call_user_function(*c.init, obj, e, env, 1))
      return nullptr;
  } else if (!e.args.empty() || !e.keywords.empty()) {
    diag_.error(e.range, "expected 0 arguments for '" + c.name + "' but got " +
                             std::to_string(e.args.size() + e.keywords.size()));
    return nullptr;
  }
  return obj;
}

Value* FunctionLowerer::call_method(Value* self, const AttributeExpr& callee, const CallExpr& e, Env& env) {
  ClassInfo* ci = mod_.class_info(self->type());
  if (!ci)
    return call_builtin_method(self, callee.attr, e, env);
  auto it = ci->methods.find(callee.attr);
  if (it != ci->methods.end())
    return call_user_function(*it->second, self, e, env, 1);
  if (ci->is_module && !ci->ignored_methods.count(callee.attr)) {
    if (ci->container == ModuleContainer::Dict &&
        (callee.attr == "items" || callee.attr == "keys" || callee.attr == "values"))
      return module_dict_view(self, *ci, callee.attr, e, env);
    auto slot = ci->type->find_attribute(callee.attr);
    ClassInfo* sub = slot ? mod_.class_info(ci->type->attributes()[*slot].type) : nullptr;
    if (sub && sub->is_module) {
      Value* obj = read_attribute(self, callee, env);
      return obj ? call_module(obj, e, env, callee.range) : nullptr;
    }
    if (!slot && (ci->constants.count(callee.attr) || ci->unsupported.count(callee.attr))) {
      bool handled = false;
      Value* k = module_constant(*ci, callee, env, handled);
      if (k)
        diag_.error(callee.range,
                    "constant '" + callee.attr + "' of module '" + ci->python_name + "' is not callable");
      return nullptr;
    }
  }
  if (ci->ignored_methods.count(callee.attr)) {
    diag_.error(callee.range,
                "method '" + callee.attr + "' of '" + ci->name +
                    "' is not compiled (it is ignored) and cannot be called from compiled code");
  } else if (ci->type->find_attribute(callee.attr)) {
    diag_.error(callee.range, "attribute '" + callee.attr + "' of '" + ci->name + "' is not callable");
  } else {
    diag_.error(callee.range, "'" + ci->name + "' has no method '" + callee.attr + "'");
  }
  return nullptr;
}

Value* FunctionLowerer::call_builtin_method(Value* self, const std::string& name, const CallExpr& e,
                                            Env& env) {
  TypePtr t = self->type();
  if (t->kind() == TypeKind::Tensor)
    return call_tensor_method(self, name, e, env);
  if (t->kind() == TypeKind::Str && name == "format") {
    // "...{}...".format(a, b): aten::format, as TorchScript (positional `{}` fields only).
    if (!e.keywords.empty()) {
      diag_.error(e.keywords[0].name_range, "'format' takes only positional arguments");
      return nullptr;
    }
    std::vector<Value*> inputs = {self};
    for (const auto& a : e.args) {
      Value* v = lower_expr(*a, env);
      if (!v)
        return nullptr;
      inputs.push_back(v);
    }
    Node* n = emit(env, ir::aten::format, inputs, {Type::str_type()}, e.range);
    n->set_schema(ir::OpRegistry::global().find("aten::format"));
    return n->output();
  }
  if (!is_builtin_method(t->kind(), name)) {
    diag_.error(e.func->range, quoted(t) + " has no method '" + name + "'" + none_hint(t));
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
  if (!lower_args(e, env, args, method_hints(kind, t, e.args.size())))
    return nullptr;
  // d.get(k, None) is d.get(k).
  if (name == "get" && args.size() == 3 && args[2].name.empty() && args[2].value->type()->is_none())
    args.pop_back();
  return call_result(env, call_schema(env, kind, std::move(args), e.range, name, 1), e.range);
}

} // namespace tsc::frontend::lowering
