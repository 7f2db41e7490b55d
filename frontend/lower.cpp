// frontend/lower.cpp - Module-level lowering: imports, constants, classes, signatures, on-demand bodies.
//
// Declarations are collected first (so that functions may call each other in
// any order and classes may name each other), then every body is lowered in
// definition order. A body whose return type is inferred is lowered on demand
// when a caller needs that type; `__init__` is lowered before the other
// methods of its class because it defines the attributes.
#include "frontend/lower.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "frontend/lower_impl.h"
#include "ir/assert.h"

namespace tsc::frontend {

std::unique_ptr<ir::Module> lower(const Module& ast, ir::DiagnosticEngine& diag) {
  lowering::ModuleLowerer lowerer(ast, diag);
  return lowerer.run();
}

namespace lowering {
namespace {

// The modules an `import` may name; the first component decides.
bool is_supported_module(const std::string& dotted) {
  std::string root = dotted.substr(0, dotted.find('.'));
  return root == "torch" || root == "math" || root == "typing" || root == "tsc" || root == "__future__";
}

bool is_typing_name(const std::string& name) {
  return name == "List" || name == "Dict" || name == "Tuple" || name == "Optional" || name == "Any" ||
         name == "Union";
}

// `if __name__ == "__main__":` at module level is skipped.
bool is_main_guard(const Stmt& s) {
  if (s.kind != StmtKind::If)
    return false;
  const auto& test = *as<IfStmt>(s).test;
  if (test.kind != ExprKind::Compare)
    return false;
  const auto& c = as<CompareExpr>(test);
  if (c.ops.size() != 1 || c.ops[0] != CompareOp::Eq)
    return false;
  const Expr* a = c.left.get();
  const Expr* b = c.comparators[0].get();
  if (a->kind == ExprKind::Str)
    std::swap(a, b);
  return a->kind == ExprKind::Name && as<NameExpr>(*a).id == "__name__" && b->kind == ExprKind::Str &&
         as<StrExpr>(*b).value == "__main__";
}

bool is_docstring(const Stmt& s) {
  return s.kind == StmtKind::Expr && as<ExprStmt>(s).value->kind == ExprKind::Str;
}

// A literal usable as a module-level constant: int, float, bool, str, None,
// a signed number, or a tuple of these. Returns its type, or null.
TypePtr literal_type(const Expr& e) {
  switch (e.kind) {
  case ExprKind::Int:
    return Type::int_type();
  case ExprKind::Float:
    return Type::float_type();
  case ExprKind::Bool:
    return Type::bool_type();
  case ExprKind::Str:
    return Type::str_type();
  case ExprKind::None:
    return Type::none_type();
  case ExprKind::Unary: {
    const auto& u = as<UnaryExpr>(e);
    if (u.op != UnaryOp::Neg && u.op != UnaryOp::Pos)
      return nullptr;
    TypePtr t = literal_type(*u.operand);
    return t == Type::int_type() || t == Type::float_type() ? t : nullptr;
  }
  case ExprKind::Tuple: {
    std::vector<TypePtr> elems;
    for (const auto& el : as<TupleExpr>(e).elts) {
      TypePtr t = literal_type(*el);
      if (!t)
        return nullptr;
      elems.push_back(t);
    }
    return Type::tuple_of(std::move(elems));
  }
  default:
    return nullptr;
  }
}

} // namespace

TypePtr constant_literal_type(const Expr& e) {
  return literal_type(e);
}

// ----------------------------------------------------------------------------
// Shared helpers

std::string quoted(TypePtr t) {
  return "'" + (t ? t->str() : std::string("?")) + "'";
}

Symbol symbol(std::string_view qualified) {
  return Symbol::from_qualified(qualified);
}

std::string none_hint(TypePtr t) {
  return t && t->is_optional() ? "; check that it is not None first" : std::string();
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + cost});
      diag = up;
    }
  }
  return row[b.size()];
}

std::string closest_name(const std::string& name, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_d = std::max<size_t>(1, name.size() / 3) + 1;
  for (const auto& c : candidates) {
    if (c == name || c.empty())
      continue;
    size_t d = edit_distance(name, c);
    if (d < best_d) {
      best_d = d;
      best = c;
    }
  }
  return best;
}

bool is_exception_name(const std::string& name) {
  static const char* const kNames[] = {
      "Exception",     "ValueError",     "TypeError",         "IndexError",          "KeyError",
      "RuntimeError",  "AssertionError", "ZeroDivisionError", "NotImplementedError", "ArithmeticError",
      "OverflowError", "AttributeError", "LookupError",
  };
  for (const char* n : kNames)
    if (name == n)
      return true;
  return false;
}

std::string dotted_name(const Expr& e) {
  if (e.kind == ExprKind::Name)
    return as<NameExpr>(e).id;
  if (e.kind != ExprKind::Attribute)
    return {};
  const auto& a = as<AttributeExpr>(e);
  std::string base = dotted_name(*a.value);
  return base.empty() ? std::string() : base + "." + a.attr;
}

// ----------------------------------------------------------------------------
// ModuleLowerer

ModuleLowerer::ModuleLowerer(const Module& ast, ir::DiagnosticEngine& diag)
    : ast_(ast), out_(diag), module_(std::make_unique<ir::Module>()) {}

std::unique_ptr<ir::Module> ModuleLowerer::run() {
  declare(ast_);
  for (auto& c : class_store_)
    declare_class_body(*c);
  for (FunctionInfo* f : order_)
    declare_signature(*f);
  for (FunctionInfo* f : order_) {
    if (f->owner && f->owner->init)
      ensure_lowered(*f->owner->init);
    ensure_lowered(*f);
  }
  // Bodies lower in dependency order; report in source order, and once: an
  // unrolled loop lowers its body once per element.
  std::vector<ir::Diagnostic> diags = diag_.diagnostics();
  std::stable_sort(diags.begin(), diags.end(), [](const ir::Diagnostic& a, const ir::Diagnostic& b) {
    return std::pair(a.range.line, a.range.col) < std::pair(b.range.line, b.range.col);
  });
  for (size_t i = 0; i < diags.size(); ++i) {
    const ir::Diagnostic& d = diags[i];
    bool repeated = false;
    for (size_t j = i; j-- > 0 && diags[j].range.line == d.range.line && diags[j].range.col == d.range.col;)
      repeated = repeated || (diags[j].message == d.message && diags[j].range.end == d.range.end);
    if (repeated)
      continue;
    ir::Diagnostic& copy = d.severity == ir::Severity::Warning ? out_.warning(d.range, d.message)
                                                               : out_.error(d.range, d.message);
    copy.notes = d.notes;
  }
  if (diag_.has_errors())
    return nullptr;
  return std::move(module_);
}

FunctionInfo* ModuleLowerer::find_function(const std::string& name) {
  auto it = functions_.find(name);
  return it == functions_.end() ? nullptr : it->second;
}

ClassInfo* ModuleLowerer::find_class(const std::string& name) {
  auto it = classes_.find(name);
  return it == classes_.end() ? nullptr : it->second;
}

ClassInfo* ModuleLowerer::class_info(TypePtr t) {
  const ir::ClassType* c = t ? ir::as_class(t) : nullptr;
  if (!c)
    return nullptr;
  auto it = class_by_type_.find(c);
  return it == class_by_type_.end() ? nullptr : it->second;
}

const ConstantInfo* ModuleLowerer::find_constant(const std::string& name) {
  auto it = constants_.find(name);
  return it == constants_.end() ? nullptr : &it->second;
}

std::string ModuleLowerer::module_alias(const std::string& name) const {
  auto it = modules_.find(name);
  return it == modules_.end() ? std::string() : it->second;
}

std::string ModuleLowerer::imported_name(const std::string& name) const {
  auto it = imported_.find(name);
  return it == imported_.end() ? std::string() : it->second;
}

void ModuleLowerer::collect_global_names(std::vector<std::string>& out) const {
  for (const auto& [name, f] : functions_)
    out.push_back(name);
  for (const auto& [name, c] : classes_)
    out.push_back(name);
  for (const auto& [name, c] : constants_)
    out.push_back(name);
  for (const auto& [name, m] : modules_)
    out.push_back(name);
  for (const auto& [name, q] : imported_)
    out.push_back(name);
}

// Collects the module's definitions in order and checks the statements that
// may appear at module level.
void ModuleLowerer::declare(const Module& ast) {
  auto check_duplicate = [&](const std::string& name, const SourceRange& r) {
    auto [it, inserted] = global_defs_.emplace(name, r);
    if (!inserted) {
      diag_.error(r, "'" + name + "' is already defined").note(it->second, "'" + name + "' is defined here");
      return false;
    }
    return true;
  };
  for (const auto& sp : ast.body) {
    const Stmt& s = *sp;
    switch (s.kind) {
    case StmtKind::Import:
      declare_import(as<ImportStmt>(s));
      break;
    case StmtKind::ImportFrom:
      declare_import_from(as<ImportFromStmt>(s));
      break;
    case StmtKind::FunctionDef: {
      const auto& def = as<FunctionDefStmt>(s);
      if (!check_duplicate(def.name, def.name_range))
        break;
      bool ignored = false;
      if (!check_decorators(def, false, ignored) || ignored)
        break;
      auto info = std::make_unique<FunctionInfo>();
      info->name = def.name;
      info->short_name = def.name;
      info->def = &def;
      functions_[def.name] = info.get();
      order_.push_back(info.get());
      function_store_.push_back(std::move(info));
      break;
    }
    case StmtKind::ClassDef: {
      const auto& def = as<ClassDefStmt>(s);
      if (!check_duplicate(def.name, def.name_range))
        break;
      auto info = std::make_unique<ClassInfo>();
      info->name = def.name;
      info->def = &def;
      info->type = ir::ClassType::create(def.name);
      module_->add_class(info->type);
      classes_[def.name] = info.get();
      class_by_type_[info->type] = info.get();
      declare_methods(*info);
      class_store_.push_back(std::move(info));
      break;
    }
    case StmtKind::Assign:
    case StmtKind::AnnAssign:
      declare_constant(s);
      break;
    case StmtKind::Expr:
      if (!is_docstring(s))
        diag_.error(s.range, "only 'def', 'class', imports and constants are allowed at module level");
      break;
    case StmtKind::Pass:
      break;
    case StmtKind::If:
      if (is_main_guard(s))
        break;
      diag_.error(s.range, "only 'def', 'class', imports and constants are allowed at module level");
      break;
    default:
      diag_.error(s.range, "only 'def', 'class', imports and constants are allowed at module level");
      break;
    }
  }
}

void ModuleLowerer::declare_import(const ImportStmt& s) {
  for (const auto& alias : s.names) {
    if (!is_supported_module(alias.name)) {
      diag_.error(alias.range, "module '" + alias.name + "' is not supported");
      continue;
    }
    if (!alias.asname.empty()) {
      modules_[alias.asname] = alias.name;
    } else {
      std::string root = alias.name.substr(0, alias.name.find('.'));
      modules_[root] = root;
    }
  }
}

void ModuleLowerer::declare_import_from(const ImportFromStmt& s) {
  if (s.module == "__future__")
    return;
  if (!is_supported_module(s.module)) {
    diag_.error(s.range, "module '" + s.module + "' is not supported");
    return;
  }
  for (const auto& alias : s.names) {
    const std::string& local = alias.asname.empty() ? alias.name : alias.asname;
    if (s.module == "typing" && !is_typing_name(alias.name)) {
      diag_.error(alias.range, "'typing." + alias.name + "' is not supported");
      continue;
    }
    if (alias.name == "*") {
      diag_.error(alias.range, "'from " + s.module + " import *' is not supported");
      continue;
    }
    std::string qualified = s.module + "." + alias.name;
    // `from torch import nn` imports a module; `from torch import Tensor` a name.
    if (qualified == "torch.nn" || qualified == "torch.jit" || qualified == "torch.nn.functional")
      modules_[local] = qualified;
    else
      imported_[local] = qualified;
  }
}

// NAME = literal, NAME: T = literal.
void ModuleLowerer::declare_constant(const Stmt& s) {
  const Expr* target = nullptr;
  const Expr* value = nullptr;
  const Expr* annotation = nullptr;
  if (s.kind == StmtKind::Assign) {
    const auto& a = as<AssignStmt>(s);
    if (a.targets.size() != 1) {
      diag_.error(s.range, "module-level constants must be assigned one at a time");
      return;
    }
    target = a.targets[0].get();
    value = a.value.get();
  } else {
    const auto& a = as<AnnAssignStmt>(s);
    target = a.target.get();
    value = a.value.get();
    annotation = a.annotation.get();
  }
  if (target->kind != ExprKind::Name) {
    diag_.error(target->range, "module-level assignments must bind a single name");
    return;
  }
  const std::string& name = as<NameExpr>(*target).id;
  if (!value) {
    diag_.error(s.range, "module-level constant '" + name + "' needs a value");
    return;
  }
  if (value->kind == ExprKind::Call && as<CallExpr>(*value).func->kind == ExprKind::Name &&
      as<NameExpr>(*as<CallExpr>(*value).func).id == "__tsc_unsupported__") {
    // See Note [Module classes]: a global tsc.script could not capture.
    const auto& call = as<CallExpr>(*value);
    if (call.args.size() == 1 && call.args[0]->kind == ExprKind::Str && global_defs_.emplace(name, target->range).second) {
      unsupported_globals_[name] = as<StrExpr>(*call.args[0]).value;
      return;
    }
  }
  TypePtr t = literal_type(*value);
  if (!t) {
    diag_.error(value->range, "module-level '" + name +
                                  "' must be a constant: an int, float, bool, str, None or a tuple of them");
    return;
  }
  if (annotation) {
    TypePtr declared = resolve_type(*annotation);
    if (!declared)
      return;
    bool ok = ir::is_subtype(t, declared) ||
              (t == Type::int_type() &&
               (declared == Type::float_type() || declared == Type::optional_of(Type::float_type())));
    if (!ok) {
      diag_.error(value->range,
                  "cannot assign " + quoted(t) + " to '" + name + "' of type " + quoted(declared));
      return;
    }
    t = declared;
  }
  auto [it, inserted] = global_defs_.emplace(name, target->range);
  if (!inserted) {
    diag_.error(target->range, "'" + name + "' is already defined")
        .note(it->second, "'" + name + "' is defined here");
    return;
  }
  constants_[name] = ConstantInfo{value, t, target->range};
}

// Decorators: @torch.jit.script/@tsc.script and @torch.jit.export are accepted;
// @torch.jit.ignore, @torch.jit.unused and @tsc.ignore mark a function that is
// not compiled. Returns false after reporting an unsupported decorator.
bool ModuleLowerer::check_decorators(const FunctionDefStmt& def, bool is_method, bool& ignored) {
  bool ok = true;
  for (const auto& d : def.decorators) {
    std::string name = dotted_name(*d.expr);
    if (!name.empty()) {
      std::string root = name.substr(0, name.find('.'));
      std::string mod = module_alias(root);
      if (!mod.empty())
        name = mod + name.substr(root.size());
      std::string imp = imported_name(name);
      if (!imp.empty())
        name = imp;
    }
    if (name == "torch.jit.script" || name == "tsc.script" || name == "torch.jit.export" ||
        name == "tsc.export")
      continue;
    if (name == "torch.jit.ignore" || name == "torch.jit.unused" || name == "tsc.ignore") {
      ignored = true;
      continue;
    }
    if (is_method && (name == "staticmethod" || name == "classmethod")) {
      diag_.error(d.expr->range, "only plain methods are supported; '@" + name + "' is not");
    } else {
      diag_.error(d.expr->range,
                  "unsupported decorator" + (name.empty() ? std::string() : " '@" + name + "'"));
    }
    ok = false;
  }
  return ok;
}

void ModuleLowerer::declare_methods(ClassInfo& c) {
  std::unordered_map<std::string, SourceRange> method_ranges;
  for (const auto& sp : c.def->body) {
    if (sp->kind != StmtKind::FunctionDef)
      continue;
    const auto& m = as<FunctionDefStmt>(*sp);
    auto [it, inserted] = method_ranges.emplace(m.name, m.name_range);
    if (!inserted) {
      diag_.error(m.name_range, "method '" + m.name + "' is already defined")
          .note(it->second, "'" + m.name + "' is defined here");
      continue;
    }
    bool ignored = false;
    if (!check_decorators(m, true, ignored))
      continue;
    if (ignored) {
      c.ignored_methods.insert(m.name);
      continue;
    }
    auto info = std::make_unique<FunctionInfo>();
    info->name = c.name + "." + m.name;
    info->short_name = m.name;
    info->def = &m;
    info->owner = &c;
    c.methods[m.name] = info.get();
    if (m.name == "__init__")
      c.init = info.get();
    c.type->add_method(m.name);
    order_.push_back(info.get());
    function_store_.push_back(std::move(info));
  }
}

void ModuleLowerer::declare_class_body(ClassInfo& c) {
  if (declare_module_header(c))
    return;
  const ClassDefStmt& def = *c.def;
  for (const auto& base : def.bases) {
    if (base->kind == ExprKind::Name && as<NameExpr>(*base).id == "object")
      continue;
    std::string name = dotted_name(*base);
    diag_.error(base->range, "inheritance is not supported; class '" + c.name +
                                 "' may only derive from 'object'" +
                                 (name.empty() ? std::string() : ", not '" + name + "'"));
  }
  for (const auto& d : def.decorators) {
    std::string name = dotted_name(*d.expr);
    std::string root = name.substr(0, name.find('.'));
    std::string mod = module_alias(root);
    if (!mod.empty())
      name = mod + name.substr(root.size());
    if (name == "torch.jit.script" || name == "tsc.script")
      continue;
    diag_.error(d.expr->range,
                "unsupported class decorator" + (name.empty() ? std::string() : " '@" + name + "'"));
  }
  for (const auto& sp : def.body) {
    const Stmt& s = *sp;
    switch (s.kind) {
    case StmtKind::FunctionDef:
      break; // declare_methods
    case StmtKind::AnnAssign: {
      const auto& a = as<AnnAssignStmt>(s);
      if (a.target->kind != ExprKind::Name) {
        diag_.error(a.target->range, "expected an attribute name");
        break;
      }
      const std::string& name = as<NameExpr>(*a.target).id;
      if (a.value) {
        diag_.error(s.range, "class attributes with values are not supported; assign 'self." + name +
                                 "' in '__init__'");
        break;
      }
      TypePtr t = resolve_type(*a.annotation);
      if (!t)
        break;
      if (c.type->find_attribute(name)) {
        diag_.error(a.target->range, "attribute '" + name + "' is already declared")
            .note(c.attr_ranges[name], "'" + name + "' is declared here");
        break;
      }
      c.type->add_attribute(name, t);
      c.attr_ranges[name] = a.target->range;
      break;
    }
    case StmtKind::Assign:
      diag_.error(s.range, "class attributes are not supported; assign them to 'self' in '__init__'");
      break;
    case StmtKind::Pass:
      break;
    case StmtKind::Expr:
      if (is_docstring(s))
        break;
      diag_.error(s.range, "only methods and attribute annotations are allowed in a class body");
      break;
    default:
      diag_.error(s.range, "only methods and attribute annotations are allowed in a class body");
      break;
    }
  }
}

std::optional<ir::DefaultValue> ModuleLowerer::default_value(const Expr& e, TypePtr type,
                                                             const std::string& param) {
  const Expr* lit = &e;
  bool negate = false;
  if (lit->kind == ExprKind::Unary) {
    const auto& u = as<UnaryExpr>(*lit);
    if (u.op == UnaryOp::Neg || u.op == UnaryOp::Pos) {
      negate = u.op == UnaryOp::Neg;
      lit = u.operand.get();
      if (lit->kind != ExprKind::Int && lit->kind != ExprKind::Float)
        lit = &e;
    }
  }
  TypePtr base = type->is_optional() ? type->element() : type;
  auto mismatch = [&](TypePtr found) {
    diag_.error(e.range,
                "default value of '" + param + "' must be " + quoted(type) + ", found " + quoted(found));
    return std::nullopt;
  };
  switch (lit->kind) {
  case ExprKind::None:
    if (type->is_optional() || type->is_none() || type->kind() == TypeKind::Any)
      return ir::DefaultValue{};
    return mismatch(Type::none_type());
  case ExprKind::Int: {
    int64_t v = as<IntExpr>(*lit).value;
    if (negate)
      v = -v;
    if (base == Type::int_type() || base->kind() == TypeKind::Any || base->kind() == TypeKind::Number)
      return ir::DefaultValue{v};
    if (base == Type::float_type())
      return ir::DefaultValue{static_cast<double>(v)};
    return mismatch(Type::int_type());
  }
  case ExprKind::Float: {
    double v = as<FloatExpr>(*lit).value;
    if (negate)
      v = -v;
    if (base == Type::float_type() || base->kind() == TypeKind::Any || base->kind() == TypeKind::Number)
      return ir::DefaultValue{v};
    return mismatch(Type::float_type());
  }
  case ExprKind::Bool:
    if (base == Type::bool_type() || base->kind() == TypeKind::Any)
      return ir::DefaultValue{as<BoolExpr>(*lit).value};
    return mismatch(Type::bool_type());
  case ExprKind::Str:
    if (base == Type::str_type() || base->kind() == TypeKind::Any)
      return ir::DefaultValue{as<StrExpr>(*lit).value};
    return mismatch(Type::str_type());
  case ExprKind::List:
  case ExprKind::Dict:
  case ExprKind::ListComp:
  case ExprKind::DictComp:
    diag_.error(e.range,
                "mutable default values are not supported; use None and create the value in the body");
    return std::nullopt;
  default:
    diag_.error(e.range, "default value of '" + param + "' must be a literal: None, int, float, bool or str");
    return std::nullopt;
  }
}

void ModuleLowerer::declare_signature(FunctionInfo& f) {
  const FunctionDefStmt& def = *f.def;
  auto fn = std::make_unique<ir::Function>();
  fn->name = f.name;
  fn->range = def.range;
  fn->graph = std::make_unique<ir::Graph>();
  if (f.owner)
    fn->owner = f.owner->type;
  size_t first = 0;
  if (f.owner) {
    if (def.params.empty() || def.params[0].kwarg_only) {
      diag_.error(def.name_range, "method '" + def.name + "' must take 'self' as its first parameter");
      f.signature_ok = false;
    } else {
      ir::Parameter self;
      self.name = def.params[0].name;
      self.type = f.owner->type;
      fn->params.push_back(std::move(self));
      first = 1;
    }
  }
  bool seen_default = false;
  for (size_t i = first; i < def.params.size(); ++i) {
    const Param& p = def.params[i];
    ir::Parameter param;
    param.name = p.name;
    param.kwarg_only = p.kwarg_only;
    param.type = p.annotation ? resolve_type(*p.annotation) : Type::tensor_type();
    if (!param.type)
      f.signature_ok = false;
    if (p.default_value) {
      seen_default = true;
      if (param.type) {
        param.default_value = default_value(*p.default_value, param.type, p.name);
        if (!param.default_value)
          f.signature_ok = false;
      }
    } else if (seen_default && !p.kwarg_only) {
      diag_.error(p.range, "parameter '" + p.name + "' without a default follows one with a default");
      f.signature_ok = false;
    }
    fn->params.push_back(std::move(param));
  }
  if (f.owner && def.name == "__init__") {
    f.return_annotated = true;
    f.return_type = Type::none_type();
    if (def.returns) {
      TypePtr t = resolve_type(*def.returns);
      if (t && t != Type::none_type())
        diag_.error(def.returns->range, "'__init__' must return None, not " + quoted(t));
    }
  } else if (def.returns) {
    f.return_annotated = true;
    f.return_type = resolve_type(*def.returns);
    if (!f.return_type)
      f.signature_ok = false;
  }
  fn->return_type = f.return_type;
  f.fn = &module_->add_function(std::move(fn));
}

void ModuleLowerer::ensure_lowered(FunctionInfo& f) {
  if (f.state != FunctionInfo::State::Declared)
    return;
  if (f.owner && f.owner->init && &f != f.owner->init)
    ensure_class_ready(*f.owner);
  if (f.state != FunctionInfo::State::Declared)
    return;
  f.state = FunctionInfo::State::InProgress;
  FunctionLowerer lowerer(*this, f);
  lowerer.run();
  f.state = FunctionInfo::State::Done;
}

void ModuleLowerer::ensure_class_ready(ClassInfo& c) {
  if (c.init)
    ensure_lowered(*c.init);
}

TypePtr ModuleLowerer::return_type_of(FunctionInfo& f, const SourceRange& use) {
  if (f.return_annotated)
    return f.return_type;
  if (f.state == FunctionInfo::State::InProgress) {
    if (!f.reported_recursion)
      diag_.error(use, "recursive function '" + f.name + "' needs a return type annotation")
          .note(f.def->name_range, "'" + f.name + "' is defined here");
    f.reported_recursion = true;
    return nullptr;
  }
  ensure_lowered(f);
  return f.return_type;
}

// ----------------------------------------------------------------------------
// Scanning bodies for assigned names (loop-carried values)

const ScanInfo& ModuleLowerer::scan(const Body& body) {
  auto it = scans_.find(&body);
  if (it != scans_.end())
    return it->second;
  ScanInfo info;
  std::unordered_set<std::string> seen, seen_attrs;
  for (const auto& s : body)
    scan_stmt(*s, info, seen, seen_attrs, false);
  return scans_.emplace(&body, std::move(info)).first->second;
}

void ModuleLowerer::scan_stmt(const Stmt& s, ScanInfo& info, std::unordered_set<std::string>& seen,
                              std::unordered_set<std::string>& seen_attrs, bool in_nested_loop) {
  auto add_target = [&](auto&& self, const Expr& t) -> void {
    switch (t.kind) {
    case ExprKind::Name: {
      const auto& n = as<NameExpr>(t).id;
      if (seen.insert(n).second)
        info.names.push_back(n);
      break;
    }
    case ExprKind::Tuple:
      for (const auto& e : as<TupleExpr>(t).elts)
        self(self, *e);
      break;
    case ExprKind::List:
      for (const auto& e : as<ListExpr>(t).elts)
        self(self, *e);
      break;
    case ExprKind::Starred:
      self(self, *as<StarredExpr>(t).value);
      break;
    case ExprKind::Attribute: {
      const auto& a = as<AttributeExpr>(t);
      if (a.value->kind == ExprKind::Name) {
        std::string key = as<NameExpr>(*a.value).id + "." + a.attr;
        if (seen_attrs.insert(key).second)
          info.attrs.push_back(key);
      }
      break;
    }
    default:
      break;
    }
  };
  auto body = [&](const Body& b, bool nested) {
    for (const auto& c : b)
      scan_stmt(*c, info, seen, seen_attrs, nested);
  };
  switch (s.kind) {
  case StmtKind::Assign:
    for (const auto& t : as<AssignStmt>(s).targets)
      add_target(add_target, *t);
    break;
  case StmtKind::AugAssign:
    add_target(add_target, *as<AugAssignStmt>(s).target);
    break;
  case StmtKind::AnnAssign:
    add_target(add_target, *as<AnnAssignStmt>(s).target);
    break;
  case StmtKind::For: {
    const auto& f = as<ForStmt>(s);
    add_target(add_target, *f.target);
    body(f.body, true);
    body(f.orelse, in_nested_loop);
    break;
  }
  case StmtKind::While: {
    const auto& w = as<WhileStmt>(s);
    body(w.body, true);
    body(w.orelse, in_nested_loop);
    break;
  }
  case StmtKind::If: {
    const auto& i = as<IfStmt>(s);
    body(i.body, in_nested_loop);
    body(i.orelse, in_nested_loop);
    break;
  }
  case StmtKind::Return:
    info.has_return = true;
    break;
  case StmtKind::Break:
    if (!in_nested_loop)
      info.has_break = true;
    break;
  default:
    break;
  }
}

// ----------------------------------------------------------------------------
// FunctionLowerer: the driver

FunctionLowerer::FunctionLowerer(ModuleLowerer& mod, FunctionInfo& info)
    : mod_(mod), diag_(mod.diag()), info_(info), graph_(*info.fn->graph),
      implicit_return_(info.def->range, nullptr) {
  self_class_ = info.owner;
  is_init_ = info.owner && info.short_name == "__init__";
  if (info.return_annotated)
    declared_return_ = info.return_type;
}

void FunctionLowerer::run() {
  ir::Function& fn = *info_.fn;
  const FunctionDefStmt& def = *info_.def;
  Env root(nullptr, graph_.block());
  graph_.set_insertion_point_end(graph_.block());
  for (size_t i = 0; i < fn.params.size(); ++i) {
    const ir::Parameter& p = fn.params[i];
    const Param* ast_param = nullptr;
    for (const auto& ap : def.params)
      if (ap.name == p.name)
        ast_param = &ap;
    Value* v = graph_.add_input(p.type ? p.type : Type::any_type(), p.name);
    Binding b;
    b.kind = p.type ? BindingKind::Value : BindingKind::Poisoned;
    b.value = v;
    b.declared = p.type;
    b.def_range = ast_param ? ast_param->range : def.name_range;
    b.assigned = true;
    root.set(p.name, std::move(b));
  }
  Exit st = lower_block(def.body, 0, root, &implicit_return_);

  TypePtr ret = declared_return_;
  if (!ret)
    ret = inferred_return_ ? inferred_return_ : Type::none_type();
  Value* out = nullptr;
  if (!st.dead && st.ret.state == Tri::Yes && st.retval) {
    out = st.retval;
  } else {
    out = uninitialized(root, ret, def.range);
  }
  if (!declared_return_) {
    for (Value* v : retval_carriers_)
      v->set_type(ret);
    if (out->type()->kind() == TypeKind::Any && ret->kind() != TypeKind::Any)
      out->set_type(ret);
  }
  graph_.register_output(out);
  fn.return_type = ret;
  info_.return_type = ret;
}

} // namespace lowering
} // namespace tsc::frontend
