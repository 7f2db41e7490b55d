// frontend/lower_cond.cpp - Conditions and refinement: if/while tests, and/or/not, conditional expressions.
//
// A condition lowers to a bool value or a compile-time constant, plus the
// refinements it implies where it is true and where it is false. See Note
// [Refinement] in frontend/lower_impl.h.
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

// One operand int, the other float: the result is a float, as in Python's
// arithmetic. bool does not mix: Python would return the bool itself, and
// turning it into 1.0 would silently change the value the user gets.
bool mixes_to_float(TypePtr a, TypePtr b) {
  auto is_int_or_float = [](TypePtr t) { return t->kind() == TypeKind::Int || t->kind() == TypeKind::Float; };
  return is_int_or_float(a) && is_int_or_float(b);
}

} // namespace

std::string FunctionLowerer::refinement_key(const Expr& e, Env& env) {
  if (e.kind == ExprKind::Name) {
    const std::string& id = as<NameExpr>(e).id;
    return is_usable(env.find(id)) ? id : std::string();
  }
  if (e.kind == ExprKind::Attribute) {
    // `obj.attr` where obj is a local holding an object (self, or any other).
    const auto& a = as<AttributeExpr>(e);
    if (a.value->kind != ExprKind::Name)
      return {};
    const std::string& base = as<NameExpr>(*a.value).id;
    Binding* b = env.find(base);
    if (!is_usable(b))
      return {};
    TypePtr t = b->kind == BindingKind::Pending ? b->type : b->value->type();
    if (t->kind() != TypeKind::Class)
      return {};
    return base + "." + a.attr;
  }
  return {};
}

// `a and b` / `a or b` as a value: Python's result is an operand, not a bool.
Value* FunctionLowerer::lower_bool_op(const BoolOpExpr& e, Env& env) {
  return bool_op_values(e, 0, env);
}

Value* FunctionLowerer::bool_op_values(const BoolOpExpr& e, size_t i, Env& env) {
  const Expr& x = *e.values[i];
  if (i + 1 == e.values.size())
    return lower_expr(x, env);
  const bool is_and = e.op == BoolOpKind::And;
  const bool cond_like = x.kind == ExprKind::Compare || x.kind == ExprKind::BoolOp ||
                         x.kind == ExprKind::Bool ||
                         (x.kind == ExprKind::Unary && as<UnaryExpr>(x).op == UnaryOp::Not);
  Value* a = nullptr;
  Value* test = nullptr;
  std::vector<Refinement> refs_true, refs_false;
  if (cond_like) {
    Cond c = lower_cond(x, env);
    if (c.error)
      return nullptr;
    if (c.constant) {
      // True and y -> y; False and y -> False; True or y -> True; False or y -> y.
      if (*c.constant == is_and)
        return bool_op_values(e, i + 1, env);
      return const_bool(env, *c.constant, x.range);
    }
    a = test = c.value;
    refs_true = std::move(c.if_true);
    refs_false = std::move(c.if_false);
  } else {
    a = lower_expr(x, env);
    if (!a)
      return nullptr;
    test = truthy(env, a, x.range);
    if (!test)
      return nullptr;
    std::string key = refinement_key(x, env);
    if (a->type()->is_optional() && !key.empty())
      refs_true.push_back({key, a->type()->element(), x.range});
  }
  Node* n = emit(env, ir::prim::If, {test}, {}, e.range);
  Env t(&env, n->add_block());
  Env f(&env, n->add_block());
  Value* vt = nullptr;
  Value* vf = nullptr;
  if (is_and) {
    apply_refinements(t, refs_true, nullptr);
    vt = bool_op_values(e, i + 1, t);
    vf = a;
  } else {
    apply_refinements(f, refs_false, nullptr);
    // `x or y` with x: Optional[T] yields x as a T when it is taken.
    vt = a->type()->is_optional() && !cond_like
             ? emit(t, ir::prim::unchecked_cast, {a}, {a->type()->element()}, x.range)->output()
             : a;
    vf = bool_op_values(e, i + 1, f);
  }
  if (!vt || !vf)
    return nullptr;
  TypePtr type = nullptr;
  if (auto u = ir::unify(vt->type(), vf->type())) {
    type = *u;
  } else if (mixes_to_float(vt->type(), vf->type())) {
    vt = to_float(t, vt, e.range);
    vf = to_float(f, vf, e.range);
    type = Type::float_type();
  } else {
    // In source order: for `and` the left operand is the false arm's value.
    const Value* left = is_and ? vf : vt;
    const Value* right = is_and ? vt : vf;
    diag_.error(e.range, std::string("operands of '") + to_string(e.op) + "' have incompatible types " +
                             quoted(left->type()) + " and " + quoted(right->type()));
    return nullptr;
  }
  t.block()->register_output(vt);
  f.block()->register_output(vf);
  return n->add_output(type);
}

Value* FunctionLowerer::lower_if_expr(const IfExpr& e, Env& env, TypePtr expected) {
  Cond c = lower_cond(*e.test, env);
  if (c.error)
    return nullptr;
  if (c.constant)
    return lower_expr(*c.constant ? *e.body : *e.orelse, env, expected);
  Node* n = emit(env, ir::prim::If, {c.value}, {}, e.range);
  Env t(&env, n->add_block());
  Env f(&env, n->add_block());
  apply_refinements(t, c.if_true, nullptr);
  apply_refinements(f, c.if_false, nullptr);
  Value* vt = lower_expr(*e.body, t, expected);
  Value* vf = lower_expr(*e.orelse, f, expected);
  if (!vt || !vf)
    return nullptr;
  TypePtr type = nullptr;
  if (expected && coerce_possible(vt->type(), expected) && coerce_possible(vf->type(), expected)) {
    type = expected;
  } else if (auto u = ir::unify(vt->type(), vf->type())) {
    type = *u;
  } else if (mixes_to_float(vt->type(), vf->type())) {
    type = Type::float_type();
  } else {
    diag_.error(e.range, "the branches of a conditional expression have different types, " +
                             quoted(vt->type()) + " and " + quoted(vf->type()));
    return nullptr;
  }
  vt = coerce(t, vt, type, e.body->range);
  vf = coerce(f, vf, type, e.orelse->range);
  if (!vt || !vf)
    return nullptr;
  t.block()->register_output(vt);
  f.block()->register_output(vf);
  return n->add_output(type);
}

// ----------------------------------------------------------------------------
// Conditions. See Note [Refinement].

Value* FunctionLowerer::cond_value(Env& env, const Cond& c, const SourceRange& r) {
  if (c.error)
    return nullptr;
  if (c.constant)
    return const_bool(env, *c.constant, r);
  return c.value;
}

Cond FunctionLowerer::cond_is_none(const CompareExpr& e, Env& env) {
  Cond c;
  const bool is_not = e.ops[0] == CompareOp::IsNot;
  const Expr& subject = e.left->kind == ExprKind::None ? *e.comparators[0] : *e.left;
  Value* v = lower_expr(subject, env);
  if (!v) {
    c.error = true;
    return c;
  }
  TypePtr t = v->type();
  if (t->is_none()) {
    c.constant = !is_not;
  } else if (t->is_optional() || t->kind() == TypeKind::Any) {
    c.value =
        emit_op(env, is_not ? ir::aten::__isnot__ : ir::aten::__is__, {v, const_none(env, e.range)}, e.range);
    std::string key = t->is_optional() ? refinement_key(subject, env) : std::string();
    if (!key.empty())
      (is_not ? c.if_true : c.if_false).push_back({key, t->element(), e.range});
  } else {
    c.constant = is_not;
  }
  return c;
}

Cond FunctionLowerer::cond_and_or(const BoolOpExpr& e, size_t i, Env& env) {
  Cond c1 = lower_cond(*e.values[i], env);
  if (i + 1 == e.values.size() || c1.error)
    return c1;
  const bool is_and = e.op == BoolOpKind::And;
  if (c1.constant) {
    if (*c1.constant != is_and)
      return c1; // False and ... / True or ...
    return cond_and_or(e, i + 1, env);
  }
  Node* n = emit(env, ir::prim::If, {c1.value}, {}, e.range);
  Env t(&env, n->add_block());
  Env f(&env, n->add_block());
  Env& rest_env = is_and ? t : f;
  Env& short_env = is_and ? f : t;
  apply_refinements(rest_env, is_and ? c1.if_true : c1.if_false, nullptr);
  Cond c2 = cond_and_or(e, i + 1, rest_env);
  Value* v2 = c2.error ? const_bool(rest_env, false, e.range) : cond_value(rest_env, c2, e.range);
  rest_env.block()->register_output(v2);
  short_env.block()->register_output(const_bool(short_env, !is_and, e.range));
  Cond res;
  res.error = c2.error;
  res.value = n->add_output(Type::bool_type());
  auto& merged = is_and ? res.if_true : res.if_false;
  merged = is_and ? c1.if_true : c1.if_false;
  const auto& more = is_and ? c2.if_true : c2.if_false;
  merged.insert(merged.end(), more.begin(), more.end());
  return res;
}

Cond FunctionLowerer::lower_cond(const Expr& e, Env& env) {
  Cond c;
  // See Note [Module classes]: conditions on module constants are static.
  if (self_class_ && self_class_->is_module && e.kind != ExprKind::Bool) {
    if (auto v = static_value(e, env)) {
      c.constant = static_truth(*v);
      return c;
    }
  }
  switch (e.kind) {
  case ExprKind::Bool:
    c.constant = as<BoolExpr>(e).value;
    return c;
  case ExprKind::Unary: {
    const auto& u = as<UnaryExpr>(e);
    if (u.op != UnaryOp::Not)
      break;
    Cond inner = lower_cond(*u.operand, env);
    if (inner.error)
      return inner;
    c.if_true = std::move(inner.if_false);
    c.if_false = std::move(inner.if_true);
    if (inner.constant) {
      c.constant = !*inner.constant;
    } else {
      c.value = emit_not(env, inner.value, e.range);
    }
    return c;
  }
  case ExprKind::BoolOp:
    return cond_and_or(as<BoolOpExpr>(e), 0, env);
  case ExprKind::Compare: {
    const auto& cmp = as<CompareExpr>(e);
    if (cmp.ops.size() == 1 && (cmp.ops[0] == CompareOp::Is || cmp.ops[0] == CompareOp::IsNot) &&
        (cmp.left->kind == ExprKind::None || cmp.comparators[0]->kind == ExprKind::None))
      return cond_is_none(cmp, env);
    break;
  }
  case ExprKind::Call: {
    const auto& call = as<CallExpr>(e);
    if (call.func->kind == ExprKind::Name && as<NameExpr>(*call.func).id == "isinstance" &&
        !env.find("isinstance") && !mod_.find_function("isinstance")) {
      call_isinstance(call, env, &c);
      return c;
    }
    break;
  }
  case ExprKind::Name: {
    // A bool module constant makes the condition static (`if DEBUG:`).
    const std::string& id = as<NameExpr>(e).id;
    if (!env.find(id)) {
      const ConstantInfo* k = mod_.find_constant(id);
      if (k && k->type == Type::bool_type()) {
        c.constant = as<BoolExpr>(*k->value).value;
        return c;
      }
    }
    break;
  }
  default:
    break;
  }
  Value* v = lower_expr(e, env);
  if (!v) {
    c.error = true;
    return c;
  }
  // `if x:` on an Optional local refines x where it is true.
  if (v->type()->is_optional()) {
    std::string key = refinement_key(e, env);
    if (!key.empty())
      c.if_true.push_back({key, v->type()->element(), e.range});
  }
  c.value = truthy(env, v, e.range);
  if (!c.value)
    c.error = true;
  return c;
}

} // namespace tsc::frontend::lowering
