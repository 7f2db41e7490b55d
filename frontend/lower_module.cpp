// frontend/lower_module.cpp - Module classes: the classes of scripted nn.Module instances.
//
// Note [Module classes]
// tsc.script(module) (python/tsc/_module.py) walks an nn.Module instance and
// describes each distinct module configuration as a class whose header is a
// synthetic fragment of calls, followed by the methods it needs, each taken
// from the source file that defines it (SourceFragment::method_of attaches
// them to the class):
//
//   class Conv2d_1:
//       __tsc_module__("torch.nn.modules.conv.Conv2d", "")   # python name, container: "", "list", "dict"
//       __tsc_attribute__("weight", Tensor, "parameter")       # a slot: name, type, kind
//       __tsc_attribute__("0", Linear, "module")               # any name, also ModuleList's "0"
//       __tsc_constant__("stride", (1, 1))                     # __constants__, Final, training
//       __tsc_ignored__("debug_dump")                          # @ignore'd: not compiled
//       __tsc_unsupported__("activation", "why")               # an attribute compiled code cannot read
//
// The instance's values fill the slots at run time; the constants are folded
// into the code. Module code differs from plain class code in four ways:
//  - `self.X` of a constant is the constant, and conditions built from
//    constants and literals are static: `if self.training:` and
//    `if self.padding_mode != 'zeros':` lower only the branch taken, so a
//    training-only or unusual-configuration branch never needs to compile;
//  - calling a module object (`self.conv1(x)`, `layer(x)`) calls its forward;
//  - a container's submodules are a fixed sequence: `for m in self.layers`,
//    `enumerate`/`zip` over them, `self.layers[i]`, `self.blocks["k"]`,
//    `len(self.layers)` and ModuleDict's items()/keys()/values() are unrolled
//    (each submodule may have a different class);
//  - a global tsc.script could not capture is declared
//    `NAME = __tsc_unsupported__("why")`: only a use in code that is compiled
//    is an error, with the reason, at that use.
#include <cmath>

#include "frontend/lower_impl.h"
#include "ir/assert.h"

namespace tsc::frontend::lowering {
namespace {

const StrExpr* str_arg(const CallExpr& call, size_t i) {
  if (i >= call.args.size() || call.args[i]->kind != ExprKind::Str)
    return nullptr;
  return &as<StrExpr>(*call.args[i]);
}

// The callee name of a header statement `__tsc_NAME__(...)`, or empty.
std::string header_call(const Stmt& s) {
  if (s.kind != StmtKind::Expr)
    return {};
  const Expr& e = *as<ExprStmt>(s).value;
  if (e.kind != ExprKind::Call || as<CallExpr>(e).func->kind != ExprKind::Name)
    return {};
  const std::string& id = as<NameExpr>(*as<CallExpr>(e).func).id;
  return id.rfind("__tsc_", 0) == 0 ? id : std::string();
}

} // namespace

bool static_truth(const StaticValue& v) {
  switch (v.index()) {
  case 0:
    return false;
  case 1:
    return std::get<bool>(v);
  case 2:
    return std::get<int64_t>(v) != 0;
  case 3:
    return std::get<double>(v) != 0.0;
  default:
    return !std::get<std::string>(v).empty();
  }
}

namespace {

std::optional<double> as_number(const StaticValue& v) {
  if (auto* b = std::get_if<bool>(&v))
    return *b ? 1.0 : 0.0;
  if (auto* i = std::get_if<int64_t>(&v))
    return static_cast<double>(*i);
  if (auto* d = std::get_if<double>(&v))
    return *d;
  return std::nullopt;
}

// Python's comparison of two static scalars; nullopt when it is not decided
// here (ordering of None or of a str with a number raises in Python).
std::optional<bool> compare(CompareOp op, const StaticValue& a, const StaticValue& b) {
  const bool a_none = a.index() == 0, b_none = b.index() == 0;
  if (op == CompareOp::Is || op == CompareOp::IsNot) {
    if (!a_none && !b_none)
      return std::nullopt; // identity of two values: not decided statically
    const bool same = a_none && b_none;
    return op == CompareOp::Is ? same : !same;
  }
  int order = 0;
  bool comparable = false;
  if (auto* sa = std::get_if<std::string>(&a)) {
    if (auto* sb = std::get_if<std::string>(&b)) {
      order = sa->compare(*sb);
      comparable = true;
    }
  } else if (auto na = as_number(a)) {
    if (auto nb = as_number(b)) {
      order = *na < *nb ? -1 : (*na > *nb ? 1 : 0);
      comparable = true;
    }
  }
  switch (op) {
  case CompareOp::Eq:
  case CompareOp::NotEq: {
    bool eq = comparable ? order == 0 : (a_none && b_none);
    return op == CompareOp::Eq ? eq : !eq;
  }
  case CompareOp::Lt:
    return comparable ? std::optional<bool>(order < 0) : std::nullopt;
  case CompareOp::LtE:
    return comparable ? std::optional<bool>(order <= 0) : std::nullopt;
  case CompareOp::Gt:
    return comparable ? std::optional<bool>(order > 0) : std::nullopt;
  case CompareOp::GtE:
    return comparable ? std::optional<bool>(order >= 0) : std::nullopt;
  case CompareOp::Is:
  case CompareOp::IsNot:
  case CompareOp::In:
  case CompareOp::NotIn:
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<StaticValue> literal_value(const Expr& e) {
  switch (e.kind) {
  case ExprKind::Int:
    return StaticValue(as<IntExpr>(e).value);
  case ExprKind::Float:
    return StaticValue(as<FloatExpr>(e).value);
  case ExprKind::Bool:
    return StaticValue(as<BoolExpr>(e).value);
  case ExprKind::Str:
    return StaticValue(as<StrExpr>(e).value);
  case ExprKind::None:
    return StaticValue(std::monostate());
  case ExprKind::Unary: {
    const auto& u = as<UnaryExpr>(e);
    if (u.op != UnaryOp::Neg && u.op != UnaryOp::Pos)
      return std::nullopt;
    auto v = literal_value(*u.operand);
    if (!v)
      return std::nullopt;
    if (auto* i = std::get_if<int64_t>(&*v))
      return StaticValue(u.op == UnaryOp::Neg ? -*i : *i);
    if (auto* d = std::get_if<double>(&*v))
      return StaticValue(u.op == UnaryOp::Neg ? -*d : *d);
    return std::nullopt;
  }
  default:
    return std::nullopt;
  }
}

} // namespace

// ----------------------------------------------------------------------------
// Declarations

bool ModuleLowerer::declare_module_header(ClassInfo& c) {
  const ClassDefStmt& def = *c.def;
  if (def.body.empty() || header_call(*def.body[0]) != "__tsc_module__")
    return false;
  c.is_module = true;
  auto bad = [&](const Stmt& s) { diag_.error(s.range, "malformed module class header statement"); };
  for (const auto& sp : def.body) {
    const Stmt& s = *sp;
    if (s.kind == StmtKind::FunctionDef)
      continue; // declare_methods
    std::string what = header_call(s);
    if (what.empty()) {
      bad(s);
      continue;
    }
    const auto& call = as<CallExpr>(*as<ExprStmt>(s).value);
    const StrExpr* name = str_arg(call, 0);
    if (!name) {
      bad(s);
      continue;
    }
    if (what == "__tsc_module__") {
      const StrExpr* kind = str_arg(call, 1);
      if (call.args.size() != 2 || !kind) {
        bad(s);
        continue;
      }
      c.python_name = name->value;
      c.container = kind->value == "list"   ? ModuleContainer::List
                    : kind->value == "dict" ? ModuleContainer::Dict
                                            : ModuleContainer::None;
    } else if (what == "__tsc_attribute__") {
      const StrExpr* kind = str_arg(call, 2);
      if (call.args.size() != 3 || !kind) {
        bad(s);
        continue;
      }
      TypePtr t = resolve_type(*call.args[1]);
      if (!t)
        continue;
      if (c.type->find_attribute(name->value)) {
        diag_.error(s.range, "attribute '" + name->value + "' is declared twice");
        continue;
      }
      auto k = kind->value == "plain" ? std::optional(ir::ClassType::AttributeKind::Plain)
                                      : ir::attribute_kind_from_name(kind->value);
      if (!k) {
        bad(s);
        continue;
      }
      c.type->add_attribute(name->value, t, *k);
      c.attr_ranges[name->value] = s.range;
    } else if (what == "__tsc_constant__") {
      if (call.args.size() != 2) {
        bad(s);
        continue;
      }
      const Expr& value = *call.args[1];
      ConstantInfo info;
      info.value = &value;
      info.range = s.range;
      info.type = constant_literal_type(value);
      if (!info.type) {
        bad(s);
        continue;
      }
      c.constants[name->value] = info;
    } else if (what == "__tsc_ignored__") {
      c.ignored_methods.insert(name->value);
    } else if (what == "__tsc_unsupported__") {
      const StrExpr* why = str_arg(call, 1);
      if (call.args.size() != 2 || !why) {
        bad(s);
        continue;
      }
      c.unsupported[name->value] = why->value;
    } else {
      bad(s);
    }
  }
  return true;
}

const std::string* ModuleLowerer::find_unsupported_global(const std::string& name) const {
  auto it = unsupported_globals_.find(name);
  return it == unsupported_globals_.end() ? nullptr : &it->second;
}

// ----------------------------------------------------------------------------
// Static values

ClassInfo* FunctionLowerer::static_class(const Expr& e, Env& env) {
  if (e.kind == ExprKind::Name) {
    Binding* b = env.find(as<NameExpr>(e).id);
    if (!b || (b->kind != BindingKind::Value && b->kind != BindingKind::Pending))
      return nullptr;
    TypePtr t = b->kind == BindingKind::Pending ? b->type : (b->value ? b->value->type() : nullptr);
    return t ? mod_.class_info(t) : nullptr;
  }
  if (e.kind == ExprKind::Attribute) {
    const auto& a = as<AttributeExpr>(e);
    ClassInfo* owner = static_class(*a.value, env);
    if (!owner || !owner->is_module)
      return nullptr;
    auto slot = owner->type->find_attribute(a.attr);
    return slot ? mod_.class_info(owner->type->attributes()[*slot].type) : nullptr;
  }
  return nullptr;
}

std::optional<StaticValue> FunctionLowerer::static_value(const Expr& e, Env& env) {
  if (auto lit = literal_value(e))
    return lit;
  switch (e.kind) {
  case ExprKind::Name: {
    const std::string& id = as<NameExpr>(e).id;
    if (env.find(id))
      return std::nullopt;
    const ConstantInfo* c = mod_.find_constant(id);
    return c ? literal_value(*c->value) : std::nullopt;
  }
  case ExprKind::Attribute: {
    const auto& a = as<AttributeExpr>(e);
    ClassInfo* ci = static_class(*a.value, env);
    if (!ci || !ci->is_module)
      return std::nullopt;
    auto it = ci->constants.find(a.attr);
    if (it != ci->constants.end())
      return literal_value(*it->second.value);
    // An attribute holding None is a constant None too (its type is NoneType).
    auto slot = ci->type->find_attribute(a.attr);
    if (slot && ci->type->attributes()[*slot].type->is_none())
      return StaticValue(std::monostate());
    return std::nullopt;
  }
  case ExprKind::Unary: {
    const auto& u = as<UnaryExpr>(e);
    if (u.op != UnaryOp::Not)
      return std::nullopt;
    auto v = static_value(*u.operand, env);
    return v ? std::optional<StaticValue>(StaticValue(!static_truth(*v))) : std::nullopt;
  }
  case ExprKind::BoolOp: {
    // Python returns an operand; a static condition only needs its truth.
    const auto& b = as<BoolOpExpr>(e);
    const bool is_and = b.op == BoolOpKind::And;
    for (const auto& operand : b.values) {
      auto v = static_value(*operand, env);
      if (!v)
        return std::nullopt;
      if (static_truth(*v) != is_and)
        return StaticValue(!is_and);
    }
    return StaticValue(is_and);
  }
  case ExprKind::Compare: {
    const auto& c = as<CompareExpr>(e);
    auto left = static_value(*c.left, env);
    if (!left)
      return std::nullopt;
    for (size_t i = 0; i < c.ops.size(); ++i) {
      auto right = static_value(*c.comparators[i], env);
      if (!right)
        return std::nullopt;
      auto r = compare(c.ops[i], *left, *right);
      if (!r)
        return std::nullopt;
      if (!*r)
        return StaticValue(false);
      left = right;
    }
    return StaticValue(true);
  }
  default:
    return std::nullopt;
  }
}

// ----------------------------------------------------------------------------
// Attributes, calls and containers

Value* FunctionLowerer::module_constant(ClassInfo& ci, const AttributeExpr& e, Env& env, bool& handled) {
  handled = false;
  auto k = ci.constants.find(e.attr);
  if (k != ci.constants.end()) {
    handled = true;
    return lower_constant(*k->second.value, k->second.type, env, e.range);
  }
  auto u = ci.unsupported.find(e.attr);
  if (u != ci.unsupported.end()) {
    handled = true;
    diag_.error(e.range, "attribute '" + e.attr + "' of module '" + ci.python_name +
                             "' cannot be used in compiled code: " + u->second);
    return nullptr;
  }
  return nullptr;
}

Value* FunctionLowerer::call_module(Value* obj, const CallExpr& e, Env& env,
                                    const SourceRange& callee_range) {
  ClassInfo* ci = mod_.class_info(obj->type());
  TSC_ASSERT(ci && ci->is_module, "call_module on a non-module");
  auto it = ci->methods.find("forward");
  if (it == ci->methods.end()) {
    diag_.error(callee_range, "module '" + ci->python_name + "' has no 'forward' method to call" +
                                  (ci->ignored_methods.count("forward") ? " (it is ignored)" : ""));
    return nullptr;
  }
  return call_user_function(*it->second, obj, e, env, 1);
}

std::vector<Value*> FunctionLowerer::module_children(Value* obj, ClassInfo& ci, Env& env,
                                                     const SourceRange& r, std::vector<std::string>* keys) {
  std::vector<Value*> out;
  for (const auto& attr : ci.type->attributes()) {
    if (attr.kind != ir::ClassType::AttributeKind::Module)
      continue;
    Node* n = emit(env, ir::prim::GetAttr, {obj}, {attr.type}, r);
    n->set_attribute("name", attr.name);
    out.push_back(n->output());
    if (keys)
      keys->push_back(attr.name);
  }
  return out;
}

Value* FunctionLowerer::module_subscript(Value* obj, ClassInfo& ci, const Expr& index, Env& env,
                                         const SourceRange& r) {
  std::vector<std::string> keys;
  std::vector<Value*> children = module_children(obj, ci, env, r, &keys);
  if (ci.container == ModuleContainer::Dict) {
    if (index.kind != ExprKind::Str) {
      diag_.error(index.range, "a ModuleDict index must be a string literal");
      return nullptr;
    }
    const std::string& key = as<StrExpr>(index).value;
    for (size_t i = 0; i < keys.size(); ++i)
      if (keys[i] == key)
        return children[i];
    diag_.error(index.range, "module '" + ci.python_name + "' has no key '" + key + "'");
    return nullptr;
  }
  auto i = constant_int(index, env);
  if (!i) {
    diag_.error(index.range, "a module list index must be an integer constant");
    return nullptr;
  }
  const auto n = static_cast<int64_t>(children.size());
  int64_t k = *i < 0 ? *i + n : *i;
  if (k < 0 || k >= n) {
    diag_.error(index.range, "index " + std::to_string(*i) + " is out of range for module '" +
                                 ci.python_name + "' of " + std::to_string(n) + " submodules");
    return nullptr;
  }
  return children[static_cast<size_t>(k)];
}

Value* FunctionLowerer::module_dict_view(Value* obj, ClassInfo& ci, const std::string& name,
                                         const CallExpr& e, Env& env) {
  if (!check_arity(e, name, 0, 0))
    return nullptr;
  std::vector<std::string> keys;
  std::vector<Value*> children = module_children(obj, ci, env, e.range, &keys);
  std::vector<Value*> parts;
  std::vector<TypePtr> types;
  for (size_t i = 0; i < children.size(); ++i) {
    Value* v = children[i];
    if (name == "keys") {
      v = const_str(env, keys[i], e.range);
    } else if (name == "items") {
      Value* k = const_str(env, keys[i], e.range);
      v = emit(env, ir::prim::TupleConstruct, {k, v}, {Type::tuple_of({k->type(), v->type()})}, e.range)
              ->output();
    }
    parts.push_back(v);
    types.push_back(v->type());
  }
  return emit(env, ir::prim::TupleConstruct, parts, {Type::tuple_of(std::move(types))}, e.range)->output();
}

} // namespace tsc::frontend::lowering
