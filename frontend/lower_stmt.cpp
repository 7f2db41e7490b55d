// frontend/lower_stmt.cpp - Statements: blocks with exit flags, if, return, raise, assert, assignment, del.
#include <string>
#include <utility>
#include <vector>

#include "frontend/lower_impl.h"
#include "ir/assert.h"

namespace tsc::frontend::lowering {
namespace {

bool is_usable(const Binding* b) {
  return b && (b->kind == BindingKind::Value || b->kind == BindingKind::Pending);
}

} // namespace

// ----------------------------------------------------------------------------
// Blocks. See Note [Exit flags].

Exit FunctionLowerer::lower_block(const Body& body, size_t begin, Env& env, const Stmt* tail) {
  const size_t n = body.size() + (tail ? 1 : 0);
  for (size_t i = begin; i < n; ++i) {
    const Stmt& s = i < body.size() ? *body[i] : *tail;
    Exit st = lower_stmt(s, env);
    // After a definite exit the rest of the block is dead (Python allows it).
    if (st.exited())
      return st;
    if (!st.may_exit())
      continue;
    if (i + 1 >= n)
      return st;
    return guard_rest(body, i + 1, env, tail, st, s.range);
  }
  return Exit{};
}

// The statements after one that may exit run under `prim::If(not exited)`.
Exit FunctionLowerer::guard_rest(const Body& body, size_t begin, Env& env, const Stmt* tail, const Exit& st,
                                 const SourceRange& r) {
  Value* exited = exit_condition(env, st, r, true);
  TSC_ASSERT(exited, "guard without an exit flag");
  Value* go_on = emit_not(env, exited, r);
  Node* n = emit(env, ir::prim::If, {go_on}, {}, r);
  Env t(&env, n->add_block());
  Env f(&env, n->add_block());
  Exit st_t = lower_block(body, begin, t, tail);
  // On the false path some flag is set; when only one can be, it is known.
  Exit st_f = st;
  st_f.left = true;
  int maybes = (st.ret.state == Tri::Maybe) + (st.brk.state == Tri::Maybe) + (st.cont.state == Tri::Maybe);
  if (maybes == 1) {
    for (Flag* fl : {&st_f.ret, &st_f.brk, &st_f.cont}) {
      if (fl->state == Tri::Maybe)
        *fl = Flag{Tri::Yes, nullptr};
    }
  }
  return merge_branches(n, env, t, st_t, f, st_f, r);
}

Exit FunctionLowerer::lower_stmt(const Stmt& s, Env& env) {
  switch (s.kind) {
  case StmtKind::FunctionDef:
    diag_.error(as<FunctionDefStmt>(s).name_range, "nested functions are not supported");
    return {};
  case StmtKind::ClassDef:
    diag_.error(as<ClassDefStmt>(s).name_range, "classes must be defined at module level");
    return {};
  case StmtKind::If:
    return lower_if(as<IfStmt>(s), env);
  case StmtKind::While:
    return lower_while(as<WhileStmt>(s), env);
  case StmtKind::For:
    return lower_for(as<ForStmt>(s), env);
  case StmtKind::Break:
  case StmtKind::Continue: {
    const char* what = s.kind == StmtKind::Break ? "'break'" : "'continue'";
    if (loops_.empty()) {
      diag_.error(s.range, std::string(what) + " outside loop");
      return {};
    }
    if (loops_.back()) {
      diag_.error(s.range, std::string(what) + " is not supported in a loop over a tuple, which is unrolled");
      return {};
    }
    Exit e;
    (s.kind == StmtKind::Break ? e.brk : e.cont).state = Tri::Yes;
    return e;
  }
  case StmtKind::Pass:
    return {};
  case StmtKind::Return:
    return lower_return(as<ReturnStmt>(s), env);
  case StmtKind::Assert:
    return lower_assert(as<AssertStmt>(s), env);
  case StmtKind::Raise:
    return lower_raise(as<RaiseStmt>(s), env);
  case StmtKind::Delete:
    lower_delete(as<DeleteStmt>(s), env);
    return {};
  case StmtKind::Assign:
    lower_assign(as<AssignStmt>(s), env);
    return {};
  case StmtKind::AugAssign:
    lower_aug_assign(as<AugAssignStmt>(s), env);
    return {};
  case StmtKind::AnnAssign:
    lower_ann_assign(as<AnnAssignStmt>(s), env);
    return {};
  case StmtKind::Expr: {
    const Expr& e = *as<ExprStmt>(s).value;
    if (e.kind == ExprKind::Str || e.kind == ExprKind::Ellipsis)
      return {}; // docstring, `...` body
    discard_result_ = e.kind == ExprKind::Call;
    lower_expr(e, env);
    discard_result_ = false;
    return {};
  }
  case StmtKind::Import:
  case StmtKind::ImportFrom: {
    diag_.error(s.range, "imports are only supported at module level");
    // The names it would bind are not errors of their own (`import os.path` binds 'os').
    const bool plain = s.kind == StmtKind::Import;
    const auto& names = plain ? as<ImportStmt>(s).names : as<ImportFromStmt>(s).names;
    for (const auto& alias : names) {
      Binding b;
      b.kind = BindingKind::Poisoned;
      std::string bound = !alias.asname.empty() ? alias.asname
                          : plain                 ? alias.name.substr(0, alias.name.find('.'))
                                                  : alias.name;
      env.set(bound, std::move(b));
    }
    return {};
  }
  }
  return {};
}

// ----------------------------------------------------------------------------
// if / return / raise / assert

Exit FunctionLowerer::lower_if(const IfStmt& s, Env& env) {
  Cond c = lower_cond(*s.test, env);
  if (c.constant && !c.error) {
    // A condition known at compile time (isinstance, `x is None` on a non-Optional,
    // a bool constant): only the live branch is lowered, in this scope.
    return lower_block(*c.constant ? s.body : s.orelse, 0, env, nullptr);
  }
  Value* cond = c.value && !c.error ? c.value : const_bool(env, true, s.test->range);
  Node* n = emit(env, ir::prim::If, {cond}, {}, s.range);
  Env t(&env, n->add_block());
  Env f(&env, n->add_block());
  apply_refinements(t, c.if_true, nullptr);
  apply_refinements(f, c.if_false, nullptr);
  Exit st_t = lower_block(s.body, 0, t, nullptr);
  Exit st_f = lower_block(s.orelse, 0, f, nullptr);
  return merge_branches(n, env, t, st_t, f, st_f, s.range);
}

Exit FunctionLowerer::lower_return(const ReturnStmt& s, Env& env) {
  const bool implicit = &s == &implicit_return_;
  Value* v = s.value ? lower_expr(*s.value, env, declared_return_) : const_none(env, s.range);
  const SourceRange& vr = s.value ? s.value->range : s.range;
  Exit e;
  e.ret.state = Tri::Yes;
  if (!v) {
    e.retval = uninitialized(env, retval_type(), s.range);
    note_retval_carrier(e.retval);
    return e;
  }
  if (declared_return_) {
    Value* c = coerce(env, v, declared_return_, vr);
    if (!c) {
      if (implicit) {
        if (!reported_missing_return_)
          diag_.error(info_.def->name_range, "'" + info_.name + "' must return a value of type " +
                                                 quoted(declared_return_) + " on every path");
        reported_missing_return_ = true;
      } else {
        diag_.error(vr, "return type " + quoted(declared_return_) + " of '" + info_.name +
                            "' does not match returned " + quoted(v->type()));
      }
      c = uninitialized(env, declared_return_, vr);
    }
    e.retval = c;
    return e;
  }
  if (!inferred_return_) {
    inferred_return_ = v->type();
    inferred_return_range_ = vr;
  } else if (auto u = ir::unify(inferred_return_, v->type())) {
    inferred_return_ = *u;
  } else {
    diag_
        .error(vr, "return type " + quoted(inferred_return_) + " of '" + info_.name +
                       "' does not match returned " + quoted(v->type()))
        .note(inferred_return_range_, "'" + info_.name + "' returns " + quoted(inferred_return_) + " here");
  }
  e.retval = v;
  return e;
}

Value* FunctionLowerer::raise_message(const Expr* arg, Env& env) {
  if (!arg)
    return const_str(env, "", SourceRange{});
  Value* v = lower_expr(*arg, env);
  if (!v)
    return nullptr;
  if (v->type() == Type::str_type())
    return v;
  return emit_op(env, ir::aten::str, {v}, arg->range);
}

Exit FunctionLowerer::lower_raise(const RaiseStmt& s, Env& env) {
  Exit dead;
  dead.dead = true;
  if (!s.exc) {
    diag_.error(s.range,
                "bare 'raise' is not supported; raise an exception such as 'ValueError(\"message\")'");
    return dead;
  }
  const Expr* exc = s.exc.get();
  const CallExpr* call = exc->kind == ExprKind::Call ? &as<CallExpr>(*exc) : nullptr;
  const Expr* name_expr = call ? call->func.get() : exc;
  const Expr* arg = nullptr;
  // The class first: `raise Point(x, y)` is about Point, not about its arguments.
  std::string name =
      name_expr->kind == ExprKind::Name ? as<NameExpr>(*name_expr).id : dotted_name(*name_expr);
  if (!is_exception_name(name)) {
    diag_.error(name_expr->range,
                name.empty()
                    ? std::string("expected an exception such as 'ValueError(\"message\")'")
                    : "unsupported exception type '" + name + "'; raise one of Python's builtin exceptions");
    return dead;
  }
  if (call) {
    if (!call->keywords.empty()) {
      diag_.error(call->keywords[0].name_range, "exceptions do not take keyword arguments");
      return dead;
    }
    if (call->args.size() > 1) {
      diag_.error(call->args[1]->range, "exceptions take at most one argument, the message");
      return dead;
    }
    if (!call->args.empty())
      arg = call->args[0].get();
  }
  Value* msg = raise_message(arg, env);
  if (!msg)
    return dead;
  Node* n = emit_op_node(env, symbol("prim::RaiseException"), {msg}, s.range);
  if (n)
    n->set_attribute("exc", name);
  return dead;
}

Exit FunctionLowerer::lower_assert(const AssertStmt& s, Env& env) {
  Cond c = lower_cond(*s.test, env);
  if (c.error)
    return {};
  auto raise_in = [&](Env& e) {
    // Python evaluates the message only when the assertion fails.
    Value* msg = raise_message(s.msg.get(), e);
    if (!msg)
      msg = const_str(e, "", s.range);
    Node* n = emit_op_node(e, symbol("prim::RaiseException"), {msg}, s.range);
    if (n)
      n->set_attribute("exc", std::string("AssertionError"));
  };
  if (c.constant) {
    if (*c.constant)
      return {};
    raise_in(env);
    Exit dead;
    dead.dead = true;
    return dead;
  }
  Node* n = emit(env, ir::prim::If, {c.value}, {}, s.range);
  n->add_block();
  Env fail(&env, n->add_block());
  raise_in(fail);
  apply_refinements(env, c.if_true, n);
  return {};
}

// ----------------------------------------------------------------------------
// Assignment

TypePtr FunctionLowerer::target_type_hint(const Expr& target, Env& env) {
  auto local_type = [&](const Expr& e) -> TypePtr {
    if (e.kind != ExprKind::Name)
      return nullptr;
    Binding* b = env.find(as<NameExpr>(e).id);
    if (!b)
      return nullptr;
    if (b->kind == BindingKind::Value)
      return b->value->type();
    if (b->kind == BindingKind::Pending)
      return b->type;
    return nullptr;
  };
  switch (target.kind) {
  case ExprKind::Name: {
    Binding* b = env.find(as<NameExpr>(target).id);
    if (b && (is_usable(b) || b->kind == BindingKind::Unbound))
      return b->declared;
    return nullptr;
  }
  case ExprKind::Attribute: {
    const auto& a = as<AttributeExpr>(target);
    ClassInfo* ci = mod_.class_info(local_type(*a.value));
    if (!ci)
      return nullptr;
    auto slot = ci->type->find_attribute(a.attr);
    return slot ? ci->type->attributes()[*slot].type : nullptr;
  }
  case ExprKind::Subscript: {
    TypePtr t = local_type(*as<SubscriptExpr>(target).value);
    if (is_kind(t, TypeKind::List))
      return t->element();
    if (is_kind(t, TypeKind::Dict))
      return t->value();
    return nullptr;
  }
  case ExprKind::Tuple:
  case ExprKind::List: {
    const auto& elts =
        target.kind == ExprKind::Tuple ? as<TupleExpr>(target).elts : as<ListExpr>(target).elts;
    std::vector<TypePtr> types;
    for (const auto& el : elts) {
      TypePtr t = target_type_hint(*el, env);
      if (!t)
        return nullptr;
      types.push_back(t);
    }
    return Type::tuple_of(std::move(types));
  }
  default:
    return nullptr;
  }
}

void FunctionLowerer::lower_assign(const AssignStmt& s, Env& env) {
  TypePtr hint = target_type_hint(*s.targets[0], env);
  RValue rv = lower_rvalue(*s.value, env, hint);
  for (const auto& t : s.targets) {
    if (rv.poison) {
      poison_targets(*t, env);
    } else {
      assign_to(*t, rv, env);
    }
  }
}

void FunctionLowerer::poison_targets(const Expr& target, Env& env) {
  if (target.kind == ExprKind::Name) {
    Binding b;
    b.kind = BindingKind::Poisoned;
    env.set(as<NameExpr>(target).id, std::move(b));
  } else if (target.kind == ExprKind::Tuple) {
    for (const auto& e : as<TupleExpr>(target).elts)
      poison_targets(*e, env);
  } else if (target.kind == ExprKind::List) {
    for (const auto& e : as<ListExpr>(target).elts)
      poison_targets(*e, env);
  }
}

Value* FunctionLowerer::materialize_rvalue(const RValue& rv, Env& env) {
  if (rv.poison)
    return nullptr;
  if (rv.value)
    return rv.value;
  std::vector<Value*> parts;
  std::vector<TypePtr> types;
  for (const RValue& e : rv.elems) {
    Value* v = materialize_rvalue(e, env);
    if (!v)
      return nullptr;
    parts.push_back(v);
    types.push_back(v->type());
  }
  return emit(env, ir::prim::TupleConstruct, parts, {Type::tuple_of(std::move(types))}, rv.range)->output();
}

void FunctionLowerer::assign_to(const Expr& target, const RValue& rv, Env& env, bool fresh) {
  switch (target.kind) {
  case ExprKind::Name:
    assign_name(as<NameExpr>(target).id, target.range, rv, env, nullptr, fresh);
    return;
  case ExprKind::Tuple:
  case ExprKind::List: {
    const auto& elts =
        target.kind == ExprKind::Tuple ? as<TupleExpr>(target).elts : as<ListExpr>(target).elts;
    for (const auto& el : elts) {
      if (el->kind == ExprKind::Starred) {
        diag_.error(el->range, "starred assignment is not supported");
        poison_targets(target, env);
        return;
      }
    }
    if (rv.poison) {
      poison_targets(target, env);
      return;
    }
    auto arity_error = [&](size_t found) {
      if (found > elts.size()) {
        diag_.error(rv.range, "too many values to unpack (expected " + std::to_string(elts.size()) +
                                  ", got " + std::to_string(found) + ")");
      } else {
        diag_.error(rv.range, "not enough values to unpack (expected " + std::to_string(elts.size()) +
                                  ", got " + std::to_string(found) + ")");
      }
      poison_targets(target, env);
    };
    if (rv.is_virtual_tuple()) {
      if (rv.elems.size() != elts.size())
        return arity_error(rv.elems.size());
      for (size_t i = 0; i < elts.size(); ++i)
        assign_to(*elts[i], rv.elems[i], env, fresh);
      return;
    }
    TypePtr t = rv.value->type();
    std::vector<Value*> parts;
    if (t->kind() == TypeKind::Tuple) {
      if (t->contained().size() != elts.size())
        return arity_error(t->contained().size());
      Node* n = emit(env, ir::prim::TupleUnpack, {rv.value}, t->contained(), rv.range);
      parts = n->outputs();
    } else if (t->kind() == TypeKind::List) {
      // The length is checked at run time.
      std::vector<TypePtr> types(elts.size(), t->element());
      Node* n = emit(env, ir::prim::ListUnpack, {rv.value}, types, rv.range);
      parts = n->outputs();
    } else {
      diag_.error(rv.range, "cannot unpack a value of type " + quoted(t));
      poison_targets(target, env);
      return;
    }
    for (size_t i = 0; i < elts.size(); ++i)
      assign_to(*elts[i], RValue::of(parts[i], rv.range), env, fresh);
    return;
  }
  case ExprKind::Attribute: {
    Value* v = materialize_rvalue(rv, env);
    if (v)
      assign_attribute(as<AttributeExpr>(target), v, rv.range, env, nullptr);
    return;
  }
  case ExprKind::Subscript: {
    Value* v = materialize_rvalue(rv, env);
    if (v)
      assign_subscript(as<SubscriptExpr>(target), v, rv.range, env);
    return;
  }
  case ExprKind::Starred:
    diag_.error(target.range, "starred assignment is not supported");
    return;
  default:
    diag_.error(target.range, "cannot assign to this expression");
    return;
  }
}

void FunctionLowerer::assign_name(const std::string& name, const SourceRange& name_range, const RValue& rv,
                                  Env& env, TypePtr annotated, bool fresh) {
  Value* v = materialize_rvalue(rv, env);
  if (!v) {
    Binding b;
    b.kind = BindingKind::Poisoned;
    env.set(name, std::move(b));
    return;
  }
  Binding* cur = fresh ? nullptr : env.find(name);
  const bool visible = is_usable(cur) || (cur && cur->kind == BindingKind::Unbound);
  TypePtr declared;
  SourceRange def;
  if (annotated) {
    if (visible && cur->declared && cur->declared != annotated) {
      diag_.error(name_range, "'" + name + "' is already declared as " + quoted(cur->declared))
          .note(cur->def_range, "variable '" + name + "' was " + cur->declared->str() + " here");
      return;
    }
    declared = annotated;
    def = visible ? cur->def_range : name_range;
  } else if (visible && cur->declared) {
    declared = cur->declared;
    def = cur->def_range;
  } else {
    declared = v->type();
    def = name_range;
  }
  Value* c = coerce(env, v, declared, rv.range);
  if (!c) {
    auto& error = diag_.error(rv.range, "cannot assign " + quoted(v->type()) + " to '" + name +
                                            "' of type " + quoted(declared));
    // `n: int = "3"` declares n in this very statement: a note would point at it again.
    if (!annotated || visible)
      error.note(def, "variable '" + name + "' was " + declared->str() + " here");
    if (!visible) {
      // Declared here with its type: later uses of the name are not errors of their own.
      Binding b;
      b.kind = BindingKind::Poisoned;
      env.set(name, std::move(b));
    }
    return;
  }
  if (c->debug_name().empty())
    c->set_debug_name(name);
  if (attr_refinements_ > 0) {
    // A new object: refinements of its attributes no longer hold.
    const std::string prefix = name + ".";
    std::vector<std::string> stale;
    for (Env* e = &env; e; e = e->parent())
      for (const auto& key : e->order())
        if (key.compare(0, prefix.size(), prefix) == 0)
          stale.push_back(key);
    for (const auto& key : stale) {
      Binding sb;
      sb.kind = BindingKind::AttrStale;
      env.set(key, std::move(sb));
    }
  }
  Binding b;
  b.kind = BindingKind::Value;
  b.value = c;
  b.declared = declared;
  b.pinned = annotated != nullptr || (visible && cur->pinned);
  b.def_range = def;
  b.assigned = true;
  env.set(name, std::move(b));
}

void FunctionLowerer::assign_attribute(const AttributeExpr& target, Value* v, const SourceRange& vr, Env& env,
                                       TypePtr annotated) {
  Value* obj = lower_expr(*target.value, env);
  if (!obj)
    return;
  store_attribute(obj, target, v, vr, env, annotated);
}

void FunctionLowerer::store_attribute(Value* obj, const AttributeExpr& target, Value* v,
                                      const SourceRange& vr, Env& env, TypePtr annotated) {
  ClassInfo* ci = mod_.class_info(obj->type());
  if (!ci) {
    diag_.error(target.range,
                quoted(obj->type()) + " has no attribute '" + target.attr + "'" + none_hint(obj->type()));
    return;
  }
  mod_.ensure_class_ready(*ci);
  const bool on_self = target.value->kind == ExprKind::Name && as<NameExpr>(*target.value).id == "self";
  auto slot = ci->type->find_attribute(target.attr);
  TypePtr type;
  if (!slot) {
    // Attributes are the assignments to `self.x` in `__init__`.
    if (!(is_init_ && ci == self_class_ && on_self)) {
      diag_.error(target.range, "'" + ci->name + "' has no attribute '" + target.attr + "'");
      return;
    }
    type = annotated ? annotated : v->type();
    ci->type->add_attribute(target.attr, type);
    ci->attr_ranges[target.attr] = target.range;
  } else {
    type = ci->type->attributes()[*slot].type;
    if (annotated && annotated != type) {
      diag_.error(target.range, "attribute '" + target.attr + "' is already declared as " + quoted(type))
          .note(ci->attr_ranges[target.attr], "attribute '" + target.attr + "' was " + type->str() + " here");
      return;
    }
  }
  Value* c = coerce(env, v, type, vr);
  if (!c) {
    diag_
        .error(vr, "cannot assign " + quoted(v->type()) + " to attribute '" + target.attr + "' of type " +
                       quoted(type))
        .note(ci->attr_ranges[target.attr], "attribute '" + target.attr + "' was " + type->str() + " here");
    return;
  }
  Node* n = emit(env, ir::prim::SetAttr, {obj, c}, {}, target.range);
  n->set_attribute("name", target.attr);
  if (target.value->kind == ExprKind::Name && attr_refinements_ > 0) {
    Binding stale;
    stale.kind = BindingKind::AttrStale;
    env.set(as<NameExpr>(*target.value).id + "." + target.attr, std::move(stale));
  }
}

void FunctionLowerer::assign_subscript(const SubscriptExpr& target, Value* v, const SourceRange& vr,
                                       Env& env) {
  Value* obj = lower_expr(*target.value, env);
  if (!obj)
    return;
  if (obj->type()->kind() == TypeKind::Tensor) {
    tensor_assign_subscript(obj, *target.index, v, vr, env, target.range);
    return;
  }
  if (target.index->kind == ExprKind::Slice) {
    diag_.error(target.index->range, "assignment to a slice is not supported");
    return;
  }
  TypePtr hint = nullptr;
  if (is_kind(obj->type(), TypeKind::Dict))
    hint = obj->type()->key();
  Value* idx = lower_expr(*target.index, env, hint);
  if (!idx)
    return;
  store_subscript(obj, idx, v, vr, target, env);
}

void FunctionLowerer::store_subscript(Value* obj, Value* idx, Value* v, const SourceRange& vr,
                                      const SubscriptExpr& target, Env& env) {
  TypePtr t = obj->type();
  if (t->kind() == TypeKind::List) {
    Value* i = coerce(env, idx, Type::int_type(), target.index->range);
    if (!i) {
      diag_.error(target.index->range, "list indices must be integers, not " + quoted(idx->type()));
      return;
    }
    Value* c = coerce(env, v, t->element(), vr);
    if (!c) {
      diag_.error(vr, "cannot assign " + quoted(v->type()) + " to an element of " + quoted(t));
      return;
    }
    emit_op_node(env, ir::aten::_set_item, {obj, i, c}, target.range);
    return;
  }
  if (t->kind() == TypeKind::Dict) {
    Value* k = coerce(env, idx, t->key(), target.index->range);
    if (!k) {
      diag_.error(target.index->range,
                  "dict key must be " + quoted(t->key()) + ", found " + quoted(idx->type()));
      return;
    }
    Value* c = coerce(env, v, t->value(), vr);
    if (!c) {
      diag_.error(vr, "cannot assign " + quoted(v->type()) + " to a value of " + quoted(t));
      return;
    }
    emit_op_node(env, ir::aten::_set_item, {obj, k, c}, target.range);
    return;
  }
  diag_.error(target.value->range, quoted(t) + " does not support item assignment");
}

void FunctionLowerer::lower_ann_assign(const AnnAssignStmt& s, Env& env) {
  TypePtr t = mod_.resolve_type(*s.annotation);
  if (!t) {
    poison_targets(*s.target, env);
    return;
  }
  switch (s.target->kind) {
  case ExprKind::Name: {
    const std::string& name = as<NameExpr>(*s.target).id;
    if (!s.value) {
      Binding* cur = env.find(name);
      if (is_usable(cur)) {
        if (cur->declared != t)
          diag_.error(s.target->range, "'" + name + "' is already declared as " + quoted(cur->declared))
              .note(cur->def_range, "variable '" + name + "' was " + cur->declared->str() + " here");
        return;
      }
      Binding b;
      b.kind = BindingKind::Unbound;
      b.declared = t;
      b.def_range = s.target->range;
      env.set(name, std::move(b));
      return;
    }
    RValue rv = lower_rvalue(*s.value, env, t);
    assign_name(name, s.target->range, rv, env, t, false);
    return;
  }
  case ExprKind::Attribute: {
    const auto& target = as<AttributeExpr>(*s.target);
    if (!s.value) {
      Value* obj = lower_expr(*target.value, env);
      ClassInfo* ci = obj ? mod_.class_info(obj->type()) : nullptr;
      if (!obj)
        return;
      if (!ci || !is_init_ || ci != self_class_) {
        diag_.error(s.target->range, "attributes can only be declared in '__init__' or in the class body");
        return;
      }
      if (!ci->type->find_attribute(target.attr)) {
        ci->type->add_attribute(target.attr, t);
        ci->attr_ranges[target.attr] = target.range;
      }
      return;
    }
    Value* v = lower_expr(*s.value, env, t);
    if (v)
      assign_attribute(target, v, s.value->range, env, t);
    return;
  }
  default:
    diag_.error(s.target->range, "annotated assignment needs a variable or attribute target");
    return;
  }
}

void FunctionLowerer::lower_aug_assign(const AugAssignStmt& s, Env& env) {
  const Expr& target = *s.target;
  auto combine = [&](Value* cur) -> Value* {
    TypePtr hint = is_kind(cur->type(), TypeKind::List) ? cur->type() : nullptr;
    Value* rhs = lower_expr(*s.value, env, hint);
    if (!rhs)
      return nullptr;
    if (cur->type()->kind() == TypeKind::List && s.op == BinaryOp::Add) {
      // `l += other` extends the list in place.
      if (emit_op_node(env, symbol("aten::add_"), {cur, rhs}, s.range))
        return cur;
      diag_.error(s.range,
                  "unsupported operand types for +=: " + quoted(cur->type()) + " and " + quoted(rhs->type()));
      return nullptr;
    }
    return binary_op(s.op, cur, rhs, env, s.range, true);
  };
  switch (target.kind) {
  case ExprKind::Name: {
    Value* cur = lower_expr(target, env);
    if (!cur)
      return;
    Value* res = combine(cur);
    if (!res || res == cur)
      return;
    assign_name(as<NameExpr>(target).id, target.range, RValue::of(res, s.range), env, nullptr, false);
    return;
  }
  case ExprKind::Attribute: {
    const auto& a = as<AttributeExpr>(target);
    Value* obj = lower_expr(*a.value, env);
    if (!obj)
      return;
    Value* cur = read_attribute(obj, a, env);
    if (!cur)
      return;
    Value* res = combine(cur);
    if (!res || res == cur)
      return;
    store_attribute(obj, a, res, s.range, env, nullptr);
    return;
  }
  case ExprKind::Subscript: {
    const auto& sub = as<SubscriptExpr>(target);
    Value* obj = lower_expr(*sub.value, env);
    if (!obj)
      return;
    if (obj->type()->kind() == TypeKind::Tensor) {
      tensor_aug_assign_subscript(obj, sub, s.op, *s.value, env, s.range);
      return;
    }
    if (sub.index->kind == ExprKind::Slice) {
      diag_.error(sub.index->range, "assignment to a slice is not supported");
      return;
    }
    if (!is_kind(obj->type(), TypeKind::List) && !is_kind(obj->type(), TypeKind::Dict)) {
      diag_.error(sub.value->range, quoted(obj->type()) + " does not support item assignment");
      return;
    }
    TypePtr hint = is_kind(obj->type(), TypeKind::Dict) ? obj->type()->key() : nullptr;
    Value* idx = lower_expr(*sub.index, env, hint);
    if (!idx)
      return;
    Value* cur = subscript_value(obj, idx, env, sub.range, sub.index->range);
    if (!cur)
      return;
    Value* res = combine(cur);
    if (!res || res == cur)
      return;
    store_subscript(obj, idx, res, s.range, sub, env);
    return;
  }
  default:
    diag_.error(target.range, "cannot assign to this expression");
    return;
  }
}

void FunctionLowerer::lower_delete(const DeleteStmt& s, Env& env) {
  for (const auto& tp : s.targets) {
    const Expr& t = *tp;
    if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List) {
      const auto& elts = t.kind == ExprKind::Tuple ? as<TupleExpr>(t).elts : as<ListExpr>(t).elts;
      for (const auto& e : elts) {
        if (e->kind != ExprKind::Subscript) {
          diag_.error(e->range, "'del' supports only list and dict items, e.g. 'del d[k]'");
          continue;
        }
        const auto& sub = as<SubscriptExpr>(*e);
        delete_item(sub, env);
      }
      continue;
    }
    if (t.kind != ExprKind::Subscript) {
      diag_.error(t.range, "'del' supports only list and dict items, e.g. 'del d[k]'");
      continue;
    }
    delete_item(as<SubscriptExpr>(t), env);
  }
}

void FunctionLowerer::delete_item(const SubscriptExpr& sub, Env& env) {
  Value* obj = lower_expr(*sub.value, env);
  if (!obj)
    return;
  if (sub.index->kind == ExprKind::Slice) {
    diag_.error(sub.index->range, "deleting a slice is not supported");
    return;
  }
  TypePtr t = obj->type();
  if (t->kind() == TypeKind::List) {
    Value* idx = lower_expr(*sub.index, env);
    if (!idx)
      return;
    Value* i = coerce(env, idx, Type::int_type(), sub.index->range);
    if (!i) {
      diag_.error(sub.index->range, "list indices must be integers, not " + quoted(idx->type()));
      return;
    }
    emit_op_node(env, symbol("aten::Delete"), {obj, i}, sub.range);
    return;
  }
  if (t->kind() == TypeKind::Dict) {
    Value* idx = lower_expr(*sub.index, env, t->key());
    if (!idx)
      return;
    Value* k = coerce(env, idx, t->key(), sub.index->range);
    if (!k) {
      diag_.error(sub.index->range,
                  "dict key must be " + quoted(t->key()) + ", found " + quoted(idx->type()));
      return;
    }
    emit_op_node(env, symbol("aten::Delete"), {obj, k}, sub.range);
    return;
  }
  diag_.error(sub.value->range, quoted(t) + " does not support item deletion");
}

} // namespace tsc::frontend::lowering
