// frontend/lower_loops.cpp - while/for loops, iterables, tuple unrolling and comprehensions.
//
// prim::Loop(%max_trip_count, %initial_cond, %carried...) owns one block
//   block0(%i : int, %carried...) -> (%next_cond, %carried_next...)
// (See Note [Structured control flow] in ir/graph.h.) The carried values are the
// variables the body assigns that exist before the loop, plus the return flag
// and returned value when the body may return (Note [Exit flags]).
#include <limits>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "frontend/lower_impl.h"
#include "ir/assert.h"

namespace tsc::frontend::lowering {
namespace {

bool is_usable(const Binding* b) {
  return b && (b->kind == BindingKind::Value || b->kind == BindingKind::Pending);
}

void target_names(const Expr& t, std::vector<std::string>& out) {
  switch (t.kind) {
  case ExprKind::Name:
    out.push_back(as<NameExpr>(t).id);
    break;
  case ExprKind::Tuple:
    for (const auto& e : as<TupleExpr>(t).elts)
      target_names(*e, out);
    break;
  case ExprKind::List:
    for (const auto& e : as<ListExpr>(t).elts)
      target_names(*e, out);
    break;
  case ExprKind::Starred:
    target_names(*as<StarredExpr>(t).value, out);
    break;
  default:
    break;
  }
}

const char* const kLoopOnly = "is defined only inside the loop";

} // namespace

// ----------------------------------------------------------------------------
// Iterables

bool FunctionLowerer::lower_iterable(const Expr& e, Env& env, Iterable& out) {
  out.range = e.range;
  if (e.kind == ExprKind::Call && as<CallExpr>(e).func->kind == ExprKind::Name) {
    const auto& call = as<CallExpr>(e);
    const std::string& id = as<NameExpr>(*call.func).id;
    const bool builtin = !env.find(id) && !mod_.find_function(id) && !mod_.find_class(id);
    if (builtin && id == "range") {
      if (!check_arity(call, "range", 1, 3))
        return false;
      std::vector<Value*> vals;
      for (const auto& a : call.args) {
        Value* v = lower_expr(*a, env);
        if (!v)
          return false;
        Value* i = coerce(env, v, Type::int_type(), a->range);
        if (!i) {
          diag_.error(a->range, "'range' expects int arguments, found " + quoted(v->type()));
          return false;
        }
        vals.push_back(i);
      }
      out.kind = Iterable::Kind::Range;
      if (vals.size() == 1) {
        out.simple = true;
        out.trip = vals[0];
        return true;
      }
      if (call.args.size() == 3) {
        auto step = constant_int(*call.args[2], env);
        if (step && *step == 0) {
          diag_.error(call.args[2]->range, "'range' step must not be zero");
          return false;
        }
      }
      out.start = vals[0];
      out.step = vals.size() == 3 ? vals[2] : const_int(env, 1, e.range);
      out.trip = emit_op(env, ir::aten::__range_length, {vals[0], vals[1], out.step}, e.range);
      return true;
    }
    if (builtin && id == "enumerate") {
      const Expr* start_expr = call.args.size() == 2 ? call.args[1].get() : nullptr;
      for (const Keyword& k : call.keywords) {
        if (k.name != "start" || start_expr) {
          diag_.error(k.name_range, "'enumerate' has no parameter named '" + k.name + "'");
          return false;
        }
        start_expr = k.value.get();
      }
      if (call.args.empty() || call.args.size() > 2) {
        diag_.error(e.range,
                    "expected 1 to 2 arguments for 'enumerate' but got " + std::to_string(call.args.size()));
        return false;
      }
      out.kind = Iterable::Kind::Enumerate;
      out.children.emplace_back();
      if (!lower_iterable(*call.args[0], env, out.children[0]))
        return false;
      if (start_expr) {
        Value* s = lower_expr(*start_expr, env);
        if (!s)
          return false;
        out.start = coerce(env, s, Type::int_type(), start_expr->range);
        if (!out.start) {
          diag_.error(start_expr->range, "'enumerate' start must be an int, found " + quoted(s->type()));
          return false;
        }
      }
      if (out.children[0].kind == Iterable::Kind::Tuple) {
        // Unrolled: (index, element) pairs as virtual tuples.
        Iterable inner = std::move(out.children[0]);
        out.children.clear();
        out.kind = Iterable::Kind::Tuple;
        for (size_t i = 0; i < inner.elements.size(); ++i) {
          Value* idx = const_int(env, static_cast<int64_t>(i), e.range);
          if (out.start)
            idx = emit_op(env, ir::aten::add, {out.start, idx}, e.range);
          RValue pair;
          pair.range = e.range;
          pair.elems = {RValue::of(idx, e.range), inner.elements[i]};
          out.elements.push_back(std::move(pair));
        }
        return true;
      }
      out.trip = out.children[0].trip;
      return true;
    }
    if (builtin && id == "zip") {
      if (!check_arity(call, "zip", 1, std::numeric_limits<size_t>::max()))
        return false;
      out.kind = Iterable::Kind::Zip;
      out.children.resize(call.args.size());
      for (size_t i = 0; i < call.args.size(); ++i)
        if (!lower_iterable(*call.args[i], env, out.children[i]))
          return false;
      bool all_tuples = true;
      for (const Iterable& c : out.children)
        all_tuples = all_tuples && c.kind == Iterable::Kind::Tuple;
      if (all_tuples) {
        // Unrolled (module containers, tuples): tuples of the i-th elements.
        size_t n = out.children[0].elements.size();
        for (const Iterable& c : out.children)
          n = std::min(n, c.elements.size());
        std::vector<RValue> rows;
        for (size_t k = 0; k < n; ++k) {
          RValue row;
          row.range = e.range;
          for (const Iterable& c : out.children)
            row.elems.push_back(c.elements[k]);
          rows.push_back(std::move(row));
        }
        out.children.clear();
        out.kind = Iterable::Kind::Tuple;
        out.elements = std::move(rows);
        return true;
      }
      for (size_t i = 0; i < call.args.size(); ++i) {
        if (out.children[i].kind == Iterable::Kind::Tuple) {
          diag_.error(call.args[i]->range, "'zip' over a tuple is not supported");
          return false;
        }
        out.trip = out.trip ? emit_op(env, ir::prim::min, {out.trip, out.children[i].trip}, e.range)
                            : out.children[i].trip;
      }
      return true;
    }
    if (builtin && id == "reversed") {
      if (!check_arity(call, "reversed", 1, 1))
        return false;
      out.kind = Iterable::Kind::Reversed;
      out.children.emplace_back();
      if (!lower_iterable(*call.args[0], env, out.children[0]))
        return false;
      Iterable::Kind k = out.children[0].kind;
      if (k != Iterable::Kind::Range && k != Iterable::Kind::Seq) {
        diag_.error(call.args[0]->range, "'reversed' expects a list, str or range");
        return false;
      }
      out.trip = out.children[0].trip;
      out.last = emit_op(env, ir::aten::sub, {out.trip, const_int(env, 1, e.range)}, e.range);
      return true;
    }
  }
  RValue rv = lower_rvalue(e, env);
  if (rv.poison)
    return false;
  if (rv.is_virtual_tuple()) {
    out.kind = Iterable::Kind::Tuple;
    out.elements = std::move(rv.elems);
    return true;
  }
  Value* v = rv.value;
  TypePtr t = v->type();
  switch (t->kind()) {
  case TypeKind::Dict:
    v = emit_op(env, symbol("aten::keys"), {v}, e.range);
    [[fallthrough]];
  case TypeKind::List:
  case TypeKind::Str:
  case TypeKind::Tensor: // rows along dim 0 (aten::select), as in TorchScript
    out.kind = Iterable::Kind::Seq;
    out.seq = v;
    out.trip = emit_op(env, ir::aten::len, {v}, e.range);
    return true;
  case TypeKind::Class:
    if (ClassInfo* ci = mod_.class_info(t); ci && ci->container != ModuleContainer::None) {
      // See Note [Module classes]: a container's submodules, unrolled; a ModuleDict gives its keys.
      out.kind = Iterable::Kind::Tuple;
      std::vector<std::string> keys;
      for (Value* child : module_children(v, *ci, env, e.range, &keys))
        out.elements.push_back(RValue::of(child, e.range));
      if (ci->container == ModuleContainer::Dict) {
        out.elements.clear();
        for (const std::string& k : keys)
          out.elements.push_back(RValue::of(const_str(env, k, e.range), e.range));
      }
      return true;
    }
    diag_.error(e.range, quoted(t) + " is not iterable");
    return false;
  case TypeKind::Tuple:
    out.kind = Iterable::Kind::Tuple;
    for (size_t i = 0; i < t->contained().size(); ++i) {
      Value* idx = const_int(env, static_cast<int64_t>(i), e.range);
      out.elements.push_back(RValue::of(
          emit(env, ir::prim::TupleIndex, {v, idx}, {t->contained()[i]}, e.range)->output(), e.range));
    }
    return true;
  case TypeKind::Any:
  case TypeKind::None:
  case TypeKind::Int:
  case TypeKind::Float:
  case TypeKind::Bool:
  case TypeKind::Number:
  case TypeKind::Optional:
  case TypeKind::Var:
    diag_.error(e.range, quoted(t) + " is not iterable");
    return false;
  }
  TSC_UNREACHABLE("unhandled type kind");
}

RValue FunctionLowerer::element(Iterable& it, Value* index, Env& body) {
  const SourceRange& r = it.range;
  switch (it.kind) {
  case Iterable::Kind::Range:
    if (it.simple)
      return RValue::of(index, r);
    return RValue::of(emit_op(body, ir::aten::__derive_index, {index, it.start, it.step}, r), r);
  case Iterable::Kind::Seq:
    if (it.seq->type()->kind() == TypeKind::Tensor)
      return RValue::of(tensor_op(body, "select", {it.seq, const_int(body, 0, r), index}, r, "select"), r);
    return RValue::of(emit_op(body, ir::aten::__getitem__, {it.seq, index}, r), r);
  case Iterable::Kind::Reversed:
    return element(it.children[0], emit_op(body, ir::aten::sub, {it.last, index}, r), body);
  case Iterable::Kind::Enumerate: {
    RValue rv;
    rv.range = r;
    Value* i = it.start ? emit_op(body, ir::aten::add, {index, it.start}, r) : index;
    rv.elems.push_back(RValue::of(i, r));
    rv.elems.push_back(element(it.children[0], index, body));
    return rv;
  }
  case Iterable::Kind::Zip: {
    RValue rv;
    rv.range = r;
    for (Iterable& c : it.children)
      rv.elems.push_back(element(c, index, body));
    return rv;
  }
  case Iterable::Kind::Tuple:
    break;
  }
  TSC_UNREACHABLE("tuples are unrolled, not indexed");
}

// ----------------------------------------------------------------------------
// Loops

Exit FunctionLowerer::lower_while(const WhileStmt& s, Env& env) {
  if (!s.orelse.empty())
    diag_.error(s.else_range, "'else' clauses on loops are not supported");
  // The test is evaluated before each iteration on the loop-carried values, so
  // the first evaluation sees them with their carried types: an annotated
  // `cur: Optional[int] = 0` is tested (and refined) as an Optional.
  std::vector<Carried> carried = loop_carried(env, s.body, nullptr);
  Env entry(&env, env.block());
  for (Carried& c : carried) {
    if (c.init->type() == c.type)
      continue;
    c.init = emit(entry, ir::prim::unchecked_cast, {c.init}, {c.type}, s.test->range)->output();
    c.init->set_debug_name(c.name);
    Binding b;
    b.kind = BindingKind::Value;
    b.value = c.init;
    b.declared = c.declared;
    b.pinned = c.pinned;
    b.def_range = c.def_range;
    entry.set(c.name, std::move(b));
  }
  Cond c = lower_cond(*s.test, entry);
  if (c.constant && !*c.constant && !c.error)
    return {}; // never runs
  // Only a literal `while True:` is infinite; a test that types decide before
  // the loop is evaluated again on the loop-carried values.
  const bool infinite = c.constant && *c.constant && !c.error && is_literal_true(*s.test);
  Value* init = c.error || c.constant ? const_bool(env, true, s.test->range) : c.value;
  Value* trip = const_int(env, std::numeric_limits<int64_t>::max(), s.range);
  return lower_loop(env, trip, init, s.body, nullptr, nullptr, infinite || c.error ? nullptr : s.test.get(),
                    s.range, c.if_true, infinite, std::move(carried));
}

bool FunctionLowerer::is_literal_true(const Expr& e) {
  switch (e.kind) {
  case ExprKind::Bool:
    return as<BoolExpr>(e).value;
  case ExprKind::Int:
    return as<IntExpr>(e).value != 0;
  case ExprKind::Name: {
    const ConstantInfo* k = mod_.find_constant(as<NameExpr>(e).id);
    return k && k->value->kind == ExprKind::Bool && as<BoolExpr>(*k->value).value;
  }
  default:
    return false;
  }
}

Exit FunctionLowerer::lower_for(const ForStmt& s, Env& env) {
  if (!s.orelse.empty())
    diag_.error(s.else_range, "'else' clauses on loops are not supported");
  Iterable it;
  if (!lower_iterable(*s.iter, env, it)) {
    poison_targets(*s.target, env);
    return {};
  }
  if (it.kind == Iterable::Kind::Tuple) {
    // Iterating a tuple unrolls the loop: each element may have its own type.
    Env u(&env, env.block());
    Exit st = lower_unrolled(s, it, 0, u);
    finish_unrolled(env, u);
    return st;
  }
  return lower_loop(env, it.trip, const_bool(env, true, s.range), s.body, s.target.get(), &it, nullptr,
                    s.range, {}, false, loop_carried(env, s.body, s.target.get()));
}

std::vector<Carried> FunctionLowerer::loop_carried(Env& env, const Body& body, const Expr* target) {
  const ScanInfo& si = mod_.scan(body);
  std::vector<std::string> names;
  if (target)
    target_names(*target, names);
  names.insert(names.end(), si.names.begin(), si.names.end());
  // Loop-carried: assigned in the body and defined before the loop.
  std::vector<Carried> carried;
  std::unordered_set<std::string> seen;
  for (const std::string& name : names) {
    if (!seen.insert(name).second)
      continue;
    Binding* b = env.find(name);
    if (!is_usable(b))
      continue;
    // The value's own (possibly narrowed) type, unless the variable was declared
    // with an annotation or holds None: then its declared type, so that
    // `best: Optional[int] = None` may change in the loop.
    TypePtr cur = b->kind == BindingKind::Pending ? b->type : b->value->type();
    TypePtr type = (b->pinned || cur->is_none()) && b->declared ? b->declared : cur;
    Value* v = materialize_for_merge(*b);
    carried.push_back({name, v, type, b->declared ? b->declared : type, b->pinned, b->def_range});
  }
  return carried;
}

Exit FunctionLowerer::lower_loop(Env& env, Value* trip, Value* init_cond, const Body& body,
                                 const Expr* target, Iterable* iterable, const Expr* while_test,
                                 const SourceRange& r, const std::vector<Refinement>& refs, bool infinite,
                                 std::vector<Carried> carried) {
  const ScanInfo& si = mod_.scan(body);
  std::vector<std::string> names;
  if (target)
    target_names(*target, names);
  names.insert(names.end(), si.names.begin(), si.names.end());
  const bool carry_ret = si.has_return;

  std::vector<Value*> inputs = {trip, init_cond};
  std::vector<TypePtr> types;
  for (const Carried& c : carried) {
    inputs.push_back(c.init);
    types.push_back(c.type);
  }
  if (carry_ret) {
    inputs.push_back(const_bool(env, false, r));
    Value* u = uninitialized(env, retval_type(), r);
    note_retval_carrier(u);
    inputs.push_back(u);
    types.push_back(Type::bool_type());
    types.push_back(retval_type());
  }
  Node* loop = emit(env, ir::prim::Loop, inputs, types, r);
  Block* b = loop->add_block();
  Value* iter = b->add_param(Type::int_type());
  Env benv(&env, b);
  std::vector<Value*> params;
  for (const Carried& c : carried) {
    Value* p = b->add_param(c.type);
    p->set_debug_name(c.name);
    params.push_back(p);
    Binding nb;
    nb.kind = BindingKind::Value;
    nb.value = p;
    nb.declared = c.declared;
    nb.pinned = c.pinned;
    nb.def_range = c.def_range;
    benv.set(c.name, std::move(nb));
  }
  Value* retval_param = nullptr;
  if (carry_ret) {
    b->add_param(Type::bool_type());
    retval_param = b->add_param(retval_type());
    note_retval_carrier(retval_param);
  }
  // See Note [Refinement]: attributes the body assigns are not refined in it.
  for (const std::string& a : si.attrs) {
    Binding stale;
    stale.kind = BindingKind::AttrStale;
    benv.set(a, std::move(stale));
  }
  if (attr_refinements_ > 0) {
    // Objects the body rebinds: their attribute refinements do not hold either.
    std::vector<std::string> stale_keys;
    for (const std::string& name : names) {
      const std::string prefix = name + ".";
      for (Env* e = &env; e; e = e->parent())
        for (const auto& key : e->order())
          if (key.compare(0, prefix.size(), prefix) == 0)
            stale_keys.push_back(key);
    }
    for (const auto& key : stale_keys) {
      Binding stale;
      stale.kind = BindingKind::AttrStale;
      benv.set(key, std::move(stale));
    }
  }

  loops_.push_back(false);
  if (target)
    assign_to(*target, element(*iterable, iter, benv), benv);
  apply_refinements(benv, refs, nullptr);
  Exit st = lower_block(body, 0, benv, nullptr);
  loops_.pop_back();

  // The next condition: not break and not return and (while) the test.
  Value* next = nullptr;
  if (st.dead || st.brk.state == Tri::Yes || st.ret.state == Tri::Yes) {
    next = const_bool(benv, false, r);
  } else {
    Exit stopping;
    stopping.brk = st.brk;
    stopping.ret = st.ret;
    Value* stop = exit_condition(benv, stopping, r, false);
    if (while_test && stop) {
      Node* n = emit(benv, ir::prim::If, {emit_not(benv, stop, r)}, {}, r);
      Env again(&benv, n->add_block());
      Env stopped(&benv, n->add_block());
      Cond c2 = lower_cond(*while_test, again);
      again.block()->register_output(c2.error ? const_bool(again, false, r) : cond_value(again, c2, r));
      stopped.block()->register_output(const_bool(stopped, false, r));
      next = n->add_output(Type::bool_type());
    } else if (while_test) {
      Cond c2 = lower_cond(*while_test, benv);
      next = c2.error ? const_bool(benv, false, r) : cond_value(benv, c2, r);
    } else {
      next = stop ? emit_not(benv, stop, r) : const_bool(benv, true, r);
    }
  }
  b->register_output(next);
  for (size_t i = 0; i < carried.size(); ++i) {
    const Carried& c = carried[i];
    Value* v = nullptr;
    if (!st.dead) {
      Binding* cb = benv.find(c.name);
      if (is_usable(cb))
        v = materialize_for_merge(*cb);
    }
    if (!v)
      v = params[i];
    Value* cv = coerce(benv, v, c.type, r);
    if (!cv) {
      diag_
          .error(r, "'" + c.name + "' is " + quoted(c.type) + " before the loop but " + quoted(v->type()) +
                        " after an iteration")
          .note(c.def_range, "declare '" + c.name + "' with the wider type here, e.g. '" + c.name + ": " +
                                 v->type()->str() + " = ...'");
      cv = params[i];
    }
    b->register_output(cv);
  }
  if (carry_ret) {
    const bool returns = !st.dead && st.ret.state != Tri::No;
    b->register_output(returns ? flag_value(benv, st.ret, r) : const_bool(benv, false, r));
    b->register_output(returns && st.retval ? st.retval : retval_param);
  }

  // After the loop: carried variables are the loop's outputs.
  for (size_t i = 0; i < carried.size(); ++i) {
    Value* out = loop->output(i);
    out->set_debug_name(carried[i].name);
    Binding nb;
    nb.kind = BindingKind::Value;
    nb.value = out;
    nb.declared = carried[i].declared;
    nb.pinned = carried[i].pinned;
    nb.def_range = carried[i].def_range;
    nb.assigned = true;
    env.set(carried[i].name, std::move(nb));
  }
  for (const std::string& name : names) {
    if (is_usable(env.find(name)))
      continue;
    Binding* inner = benv.find_local(name);
    if (!inner || inner->kind == BindingKind::Poisoned)
      continue;
    Binding nb;
    nb.kind = BindingKind::Undefined;
    nb.reason = kLoopOnly;
    nb.def_range = inner->def_range;
    env.set(name, std::move(nb));
  }
  Exit res;
  if (carry_ret) {
    Value* ret = loop->output(carried.size());
    Value* retval = loop->output(carried.size() + 1);
    note_retval_carrier(retval);
    if (!st.dead && st.ret.state != Tri::No) {
      res.ret = Flag{Tri::Maybe, ret};
      res.retval = retval;
    }
  }
  if (infinite && !si.has_break) {
    // `while True:` without break is left only by return or raise.
    if (res.ret.state == Tri::Maybe) {
      res.ret.state = Tri::Yes;
    } else {
      res.dead = true;
    }
  }
  return res;
}

Exit FunctionLowerer::lower_unrolled(const ForStmt& s, Iterable& it, size_t index, Env& u) {
  if (index == it.elements.size())
    return {};
  std::vector<std::string> targets;
  target_names(*s.target, targets);
  Env iter(&u, u.block());
  loops_.push_back(true);
  assign_to(*s.target, it.elements[index], iter, /*fresh=*/true);
  Exit st = lower_block(s.body, 0, iter, nullptr);
  loops_.pop_back();
  // The iteration's assignments (except to the loop variable) hold afterwards.
  for (const std::string& name : iter.order()) {
    bool is_target = false;
    for (const auto& t : targets)
      is_target = is_target || t == name;
    if (!is_target)
      u.set(name, *iter.find_local(name));
  }
  if (st.exited())
    return st;
  if (!st.may_exit() || index + 1 == it.elements.size()) {
    if (st.may_exit())
      return st;
    return lower_unrolled(s, it, index + 1, u);
  }
  // A return in this iteration guards the remaining ones.
  Value* go_on = emit_not(u, exit_condition(u, st, s.range, true), s.range);
  Node* n = emit(u, ir::prim::If, {go_on}, {}, s.range);
  Env t(&u, n->add_block());
  Env f(&u, n->add_block());
  Exit st_t = lower_unrolled(s, it, index + 1, t);
  Exit st_f = st;
  st_f.left = true;
  if (st_f.ret.state == Tri::Maybe)
    st_f.ret = Flag{Tri::Yes, nullptr};
  return merge_branches(n, u, t, st_t, f, st_f, s.range);
}

void FunctionLowerer::finish_unrolled(Env& env, Env& u) {
  for (const std::string& name : u.order()) {
    Binding* b = u.find_local(name);
    Binding* before = env.find(name);
    if (name.find('.') != std::string::npos || is_usable(before) ||
        (before && before->kind == BindingKind::Unbound) || !is_usable(b)) {
      env.set(name, *b);
      continue;
    }
    Binding nb;
    nb.kind = BindingKind::Undefined;
    nb.reason = kLoopOnly;
    nb.def_range = b->def_range;
    env.set(name, std::move(nb));
  }
}

// ----------------------------------------------------------------------------
// Comprehensions

bool FunctionLowerer::for_each_element(Iterable& it, Env& env, const SourceRange& r,
                                       const std::function<bool(Env&, const RValue&)>& body) {
  if (it.kind == Iterable::Kind::Tuple) {
    for (const RValue& el : it.elements) {
      Env e(&env, env.block());
      if (!body(e, el))
        return false;
    }
    return true;
  }
  Node* loop = emit(env, ir::prim::Loop, {it.trip, const_bool(env, true, r)}, {}, r);
  Block* b = loop->add_block();
  Value* iter = b->add_param(Type::int_type());
  Env benv(&env, b);
  bool ok = body(benv, element(it, iter, benv));
  b->register_output(const_bool(benv, true, r));
  return ok;
}

bool FunctionLowerer::comprehension_loops(const std::vector<Comprehension>& gens, size_t g, Env& env,
                                          const std::function<bool(Env&)>& leaf, const SourceRange& r) {
  const Comprehension& c = gens[g];
  Iterable it;
  if (!lower_iterable(*c.iter, env, it))
    return false;
  // Filters nest as prim::If without outputs; the innermost runs the next clause.
  std::function<bool(size_t, Env&)> filters = [&](size_t i, Env& cur) -> bool {
    if (i == c.ifs.size())
      return g + 1 < gens.size() ? comprehension_loops(gens, g + 1, cur, leaf, r) : leaf(cur);
    Cond cd = lower_cond(*c.ifs[i], cur);
    if (cd.error)
      return false;
    if (cd.constant)
      return *cd.constant ? filters(i + 1, cur) : true;
    Node* n = emit(cur, ir::prim::If, {cd.value}, {}, c.ifs[i]->range);
    Env t(&cur, n->add_block());
    n->add_block();
    apply_refinements(t, cd.if_true, nullptr);
    return filters(i + 1, t);
  };
  return for_each_element(it, env, r, [&](Env& benv, const RValue& el) {
    assign_to(*c.target, el, benv, /*fresh=*/true);
    return filters(0, benv);
  });
}

Value* FunctionLowerer::lower_list_comp(const ListCompExpr& e, Env& env, TypePtr expected) {
  if (expected && expected->is_optional())
    expected = expected->element();
  TypePtr hint = is_kind(expected, TypeKind::List) ? expected->element() : nullptr;
  // The element type is known once the element is lowered: see set_type below.
  Value* list = emit(env, ir::prim::ListConstruct, {}, {Type::list_of(Type::any_type())}, e.range)->output();
  TypePtr elem = nullptr;
  Env scope(&env, env.block());
  bool ok = comprehension_loops(
      e.generators, 0, scope,
      [&](Env& inner) {
        Value* v = lower_expr(*e.elt, inner, hint);
        if (!v)
          return false;
        if (!elem) {
          elem = hint && coerce_possible(v->type(), hint) ? hint : v->type();
          list->set_type(Type::list_of(elem));
        }
        Value* c = coerce(inner, v, elem, e.elt->range);
        if (!c) {
          diag_.error(e.elt->range, "list elements must have one type, found " + quoted(elem) + " and " +
                                        quoted(v->type()));
          return false;
        }
        emit_op_node(inner, ir::aten::append, {list, c}, e.elt->range);
        return true;
      },
      e.range);
  if (!ok)
    return nullptr;
  if (!elem) {
    if (!hint) {
      diag_.error(e.range, "cannot infer the element type of this comprehension; annotate the variable, e.g. "
                           "'x: List[int] = ...'");
      return nullptr;
    }
    list->set_type(Type::list_of(hint));
  }
  return list;
}

Value* FunctionLowerer::lower_dict_comp(const DictCompExpr& e, Env& env, TypePtr expected) {
  if (expected && expected->is_optional())
    expected = expected->element();
  const bool hinted = is_kind(expected, TypeKind::Dict);
  Value* dict =
      emit(env, ir::prim::DictConstruct, {}, {Type::dict_of(Type::str_type(), Type::any_type())}, e.range)
          ->output();
  TypePtr kt = nullptr;
  TypePtr vt = nullptr;
  Env scope(&env, env.block());
  bool ok = comprehension_loops(
      e.generators, 0, scope,
      [&](Env& inner) {
        Value* k = lower_expr(*e.key, inner, hinted ? expected->key() : nullptr);
        Value* v = lower_expr(*e.value, inner, hinted ? expected->value() : nullptr);
        if (!k || !v)
          return false;
        if (!kt) {
          kt = hinted && coerce_possible(k->type(), expected->key()) ? expected->key() : k->type();
          vt = hinted && coerce_possible(v->type(), expected->value()) ? expected->value() : v->type();
          if (!check_dict_key(kt, e.key->range))
            return false;
          dict->set_type(Type::dict_of(kt, vt));
        }
        Value* kc = coerce(inner, k, kt, e.key->range);
        Value* vc = coerce(inner, v, vt, e.value->range);
        if (!kc || !vc) {
          diag_.error(kc ? e.value->range : e.key->range, "dict comprehension entries must have one type");
          return false;
        }
        emit_op_node(inner, ir::aten::_set_item, {dict, kc, vc}, e.range);
        return true;
      },
      e.range);
  if (!ok)
    return nullptr;
  if (!kt) {
    if (!hinted) {
      diag_.error(e.range, "cannot infer the type of this comprehension; annotate the variable, e.g. 'x: "
                           "Dict[str, int] = ...'");
      return nullptr;
    }
    dict->set_type(expected);
  }
  return dict;
}

// list(range(...)), list(enumerate(l)), list(zip(a, b)), list(reversed(l)), list(tuple)
Value* FunctionLowerer::list_from_iterable(Iterable& it, Env& env, TypePtr expected, const SourceRange& r) {
  if (expected && expected->is_optional())
    expected = expected->element();
  TypePtr hint = is_kind(expected, TypeKind::List) ? expected->element() : nullptr;
  Value* list = emit(env, ir::prim::ListConstruct, {}, {Type::list_of(Type::any_type())}, r)->output();
  TypePtr elem = nullptr;
  bool ok = for_each_element(it, env, r, [&](Env& benv, const RValue& el) {
    Value* v = materialize_rvalue(el, benv);
    if (!v)
      return false;
    if (!elem) {
      elem = hint && coerce_possible(v->type(), hint) ? hint : v->type();
      list->set_type(Type::list_of(elem));
    }
    Value* c = coerce(benv, v, elem, r);
    if (!c) {
      diag_.error(r, "list elements must have one type, found " + quoted(elem) + " and " + quoted(v->type()));
      return false;
    }
    emit_op_node(benv, ir::aten::append, {list, c}, r);
    return true;
  });
  if (!ok)
    return nullptr;
  if (!elem) {
    if (!hint) {
      diag_.error(r, "empty list needs a type annotation, e.g. 'x: List[int] = []'");
      return nullptr;
    }
    list->set_type(Type::list_of(hint));
  }
  return list;
}

} // namespace tsc::frontend::lowering
