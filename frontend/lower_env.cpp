// frontend/lower_env.cpp - Environments, refinement, and merging branches into prim::If outputs.
#include <string_view>
#include <unordered_set>
#include <utility>

#include "frontend/lower_impl.h"
#include "ir/assert.h"
#include "ir/op_registry.h"

namespace tsc::frontend::lowering {
namespace {

bool is_usable(const Binding* b) {
  return b && (b->kind == BindingKind::Value || b->kind == BindingKind::Pending);
}

TypePtr current_type(const Binding& b) {
  return b.kind == BindingKind::Pending ? b.type : b.value->type();
}

} // namespace

// ----------------------------------------------------------------------------
// Env

Binding* Env::find_local(const std::string& name) {
  auto it = vars_.find(name);
  return it == vars_.end() ? nullptr : &it->second;
}

Binding* Env::find(const std::string& name) {
  for (Env* e = this; e; e = e->parent_) {
    if (Binding* b = e->find_local(name))
      return b;
  }
  return nullptr;
}

Binding& Env::set(const std::string& name, Binding b) {
  auto [it, inserted] = vars_.insert_or_assign(name, std::move(b));
  if (inserted)
    order_.push_back(name);
  return it->second;
}

// ----------------------------------------------------------------------------
// Emission

Node* FunctionLowerer::emit(Env& env, Symbol kind, const std::vector<Value*>& inputs,
                            const std::vector<TypePtr>& outputs, const SourceRange& r) {
  Node* n = graph_.create(kind, inputs, outputs, r);
  env.block()->append(n);
  return n;
}

Value* FunctionLowerer::const_int(Env& env, int64_t v, const SourceRange& r) {
  Node* n = emit(env, ir::prim::Constant, {}, {Type::int_type()}, r);
  n->set_attribute("value", v);
  return n->output();
}

Value* FunctionLowerer::const_float(Env& env, double v, const SourceRange& r) {
  Node* n = emit(env, ir::prim::Constant, {}, {Type::float_type()}, r);
  n->set_attribute("value", v);
  return n->output();
}

Value* FunctionLowerer::const_bool(Env& env, bool v, const SourceRange& r) {
  Node* n = emit(env, ir::prim::Constant, {}, {Type::bool_type()}, r);
  n->set_attribute("value", v);
  return n->output();
}

Value* FunctionLowerer::const_str(Env& env, std::string v, const SourceRange& r) {
  Node* n = emit(env, ir::prim::Constant, {}, {Type::str_type()}, r);
  n->set_attribute("value", std::move(v));
  return n->output();
}

Value* FunctionLowerer::const_none(Env& env, const SourceRange& r) {
  return emit(env, ir::prim::Constant, {}, {Type::none_type()}, r)->output();
}

Value* FunctionLowerer::uninitialized(Env& env, TypePtr type, const SourceRange& r) {
  return emit(env, ir::prim::Uninitialized, {}, {type}, r)->output();
}

Node* FunctionLowerer::emit_op_node(Env& env, Symbol kind, const std::vector<Value*>& inputs,
                                    const SourceRange& r) {
  for (Value* v : inputs)
    if (!v)
      return nullptr;
  for (const ir::OpSchema* schema : ir::OpRegistry::global().overloads(kind)) {
    if (schema->arguments.size() != inputs.size())
      continue;
    TypeBindings b;
    bool ok = true;
    for (size_t i = 0; i < inputs.size() && ok; ++i)
      ok = bind_type(schema->arguments[i].type, inputs[i]->type(), b);
    if (!ok)
      continue;
    std::vector<TypePtr> outs;
    for (TypePtr t : schema->returns) {
      TypePtr s = subst_type(t, b);
      if (!s) {
        ok = false;
        break;
      }
      outs.push_back(s);
    }
    if (!ok)
      continue;
    Node* n = emit(env, kind, inputs, outs, r);
    n->set_schema(schema);
    return n;
  }
  return nullptr;
}

Value* FunctionLowerer::emit_op(Env& env, Symbol kind, const std::vector<Value*>& inputs,
                                const SourceRange& r) {
  Node* n = emit_op_node(env, kind, inputs, r);
  return n && n->num_outputs() > 0 ? n->output() : nullptr;
}

Value* FunctionLowerer::emit_not(Env& env, Value* b, const SourceRange& r) {
  return emit_op(env, ir::aten::__not__, {b}, r);
}

// ----------------------------------------------------------------------------
// Bindings

Value* FunctionLowerer::materialize(Binding& b) {
  if (b.kind == BindingKind::Value)
    return b.value;
  if (b.kind != BindingKind::Pending)
    return nullptr;
  // See Note [Refinement]: the cast goes where the refinement starts to hold.
  Node* n = graph_.create(ir::prim::unchecked_cast, {b.value}, {b.type}, b.origin);
  if (b.anchor_node) {
    n->insert_after(b.anchor_node);
  } else {
    n->insert_before(b.anchor_block->param_node()->next());
  }
  Value* out = n->output();
  const std::string& name = b.cast_name.empty() ? b.value->debug_name() : b.cast_name;
  if (!name.empty())
    out->set_debug_name(name);
  b.source = b.value;
  b.value = out;
  b.kind = BindingKind::Value;
  return out;
}

Value* FunctionLowerer::materialize_for_merge(Binding& b) {
  if (b.kind == BindingKind::Pending && b.value->type() != b.type && ir::is_subtype(b.value->type(), b.type))
    return b.value;
  return materialize(b);
}

Value* FunctionLowerer::read_local(Env& env, const std::string& name, const SourceRange& r, bool& found) {
  Binding* b = env.find(name);
  found = b != nullptr;
  if (!b)
    return nullptr;
  switch (b->kind) {
  case BindingKind::Value:
    return b->value;
  case BindingKind::Pending:
    return materialize(*b);
  case BindingKind::Poisoned:
    return nullptr;
  case BindingKind::Undefined:
    diag_.error(r, "'" + name + "' " + b->reason).note(b->def_range, "'" + name + "' is defined here");
    b->kind = BindingKind::Poisoned;
    return nullptr;
  case BindingKind::Unbound:
    diag_.error(r, "'" + name + "' is used before it is assigned")
        .note(b->def_range, "'" + name + "' is declared here");
    b->kind = BindingKind::Poisoned;
    return nullptr;
  case BindingKind::AttrRefine:
  case BindingKind::AttrStale:
    found = false;
    return nullptr;
  }
  return nullptr;
}

void FunctionLowerer::apply_refinements(Env& env, const std::vector<Refinement>& refs, Node* anchor) {
  for (const Refinement& r : refs) {
    if (r.key.find('.') != std::string::npos) {
      ++attr_refinements_;
      Binding b;
      b.kind = BindingKind::AttrRefine;
      b.type = r.type;
      env.set(r.key, std::move(b));
      continue;
    }
    Binding* cur = env.find(r.key);
    if (!is_usable(cur))
      continue;
    TypePtr cur_type = current_type(*cur);
    if (cur_type == r.type || ir::is_subtype(cur_type, r.type))
      continue;
    Binding nb;
    nb.kind = BindingKind::Pending;
    nb.value = cur->value;
    nb.source = cur->value;
    nb.type = r.type;
    if (cur->kind == BindingKind::Pending && ir::is_subtype(cur->value->type(), r.type)) {
      // An annotated variable read through an upcast: its value already has the type.
      nb.kind = BindingKind::Value;
    }
    nb.declared = cur->declared;
    nb.pinned = cur->pinned;
    nb.def_range = cur->def_range;
    nb.assigned = env.find_local(r.key) == cur ? cur->assigned : false;
    nb.anchor_node = anchor;
    nb.anchor_block = env.block();
    nb.origin = r.range;
    env.set(r.key, std::move(nb));
  }
}

// ----------------------------------------------------------------------------
// Exit flags

Value* FunctionLowerer::flag_value(Env& env, const Flag& f, const SourceRange& r) {
  switch (f.state) {
  case Tri::No:
    return const_bool(env, false, r);
  case Tri::Yes:
    return const_bool(env, true, r);
  case Tri::Maybe:
    return f.value ? f.value : const_bool(env, false, r);
  }
  return nullptr;
}

Value* FunctionLowerer::exit_condition(Env& env, const Exit& st, const SourceRange& r,
                                       bool include_continue) {
  Value* acc = nullptr;
  auto add = [&](const Flag& f) {
    if (f.state != Tri::Maybe || !f.value)
      return;
    acc = acc ? emit_op(env, ir::aten::__or__, {acc, f.value}, r) : f.value;
  };
  add(st.ret);
  add(st.brk);
  if (include_continue)
    add(st.cont);
  return acc;
}

void FunctionLowerer::note_retval_carrier(Value* v) {
  if (!declared_return_ && v)
    retval_carriers_.push_back(v);
}

TypePtr FunctionLowerer::retval_type() const {
  // While the return type is inferred, carriers get a placeholder that run()
  // replaces once every return statement has been seen.
  return declared_return_ ? declared_return_ : Type::any_type();
}

// ----------------------------------------------------------------------------
// Merging the branches of an If

Exit FunctionLowerer::merge_branches(Node* node, Env& parent, Env& t, const Exit& st_t, Env& f,
                                     const Exit& st_f, const SourceRange& r) {
  Exit res;
  if (st_t.dead && st_f.dead) {
    res.dead = true;
    return res;
  }
  // A branch "continues" when it may fall through to the statement after the
  // If; its values "matter" unless it returned or raised on every path: values
  // on break/continue paths flow into the enclosing loop's carried values.
  const bool cont_t = !st_t.exited();
  const bool cont_f = !st_f.exited();
  const bool val_t = !st_t.dead && st_t.ret.state != Tri::Yes;
  const bool val_f = !st_f.dead && st_f.ret.state != Tri::Yes;

  // One If output: its type, the value each branch yields (null: a branch
  // whose value does not matter yields prim::Uninitialized), and what it becomes.
  enum class Slot { Var, Ret, Brk, Cont, Retval };
  struct Out {
    Slot slot;
    TypePtr type;
    Value* vt;
    Value* vf;
    std::string name;
    Binding binding;
  };
  std::vector<Out> outs;

  auto refinement_only = [](const Binding* b) { return is_usable(b) && !b->assigned && b->source; };
  // A refinement that holds after the If: the same cast, anchored after it.
  auto reinstall = [&](const std::string& name, const Binding& b) {
    Binding nb = b;
    nb.kind = BindingKind::Pending;
    nb.type = current_type(b);
    nb.value = b.source;
    nb.anchor_node = node;
    nb.anchor_block = parent.block();
    Binding* pl = parent.find_local(name);
    nb.assigned = pl ? pl->assigned : false;
    parent.set(name, std::move(nb));
  };

  if (val_t || val_f) {
    std::vector<const std::string*> names;
    std::unordered_set<std::string_view> seen;
    for (Env* e : {&t, &f})
      for (const auto& n : e->order())
        if (seen.insert(n).second)
          names.push_back(&n);

    for (const std::string* np : names) {
      const std::string& name = *np;
      Binding* lt = t.find_local(name);
      Binding* lf = f.find_local(name);

      if (name.find('.') != std::string::npos) {
        Binding nb;
        if ((val_t && lt && lt->kind == BindingKind::AttrStale) ||
            (val_f && lf && lf->kind == BindingKind::AttrStale)) {
          nb.kind = BindingKind::AttrStale;
          parent.set(name, nb);
        } else if (cont_t && cont_f) {
          if (lt && lf && lt->kind == BindingKind::AttrRefine && lf->kind == BindingKind::AttrRefine &&
              lt->type == lf->type)
            parent.set(name, *lt);
        } else if (Binding* a = cont_t ? lt : (cont_f ? lf : nullptr);
                   a && a->kind == BindingKind::AttrRefine) {
          parent.set(name, *a);
        }
        continue;
      }

      const bool changed_t = val_t && lt && !refinement_only(lt);
      const bool changed_f = val_f && lf && !refinement_only(lf);
      if (!changed_t && !changed_f) {
        // Refinements only: those of the branches that continue hold after the If.
        Binding* rt = cont_t && refinement_only(lt) ? lt : nullptr;
        Binding* rf = cont_f && refinement_only(lf) ? lf : nullptr;
        if (cont_t && cont_f) {
          if (rt && rf && rt->source == rf->source && current_type(*rt) == current_type(*rf))
            reinstall(name, *rt);
        } else if (rt) {
          reinstall(name, *rt);
        } else if (rf) {
          reinstall(name, *rf);
        }
        continue;
      }

      Binding* parent_b = parent.find(name);
      Binding* bt = val_t ? t.find(name) : nullptr;
      Binding* bf = val_f ? f.find(name) : nullptr;
      const bool ut = is_usable(bt);
      const bool uf = is_usable(bf);

      if (val_t != val_f) {
        // Only one branch's values matter.
        Binding* b = val_t ? bt : bf;
        if (!is_usable(b)) {
          if (b)
            parent.set(name, *b);
          continue;
        }
        TypePtr type = current_type(*b);
        Value* v = materialize_for_merge(*b);
        Value* other = nullptr;
        if (parent_b && parent_b->kind == BindingKind::Value && ir::is_subtype(parent_b->value->type(), type))
          other = parent_b->value;
        Binding nb;
        nb.declared = b->declared;
        nb.pinned = b->pinned;
        nb.def_range = b->def_range;
        nb.assigned = true;
        outs.push_back(Out{Slot::Var, type, val_t ? v : other, val_t ? other : v, name, std::move(nb)});
        continue;
      }

      if (ut && uf) {
        const TypePtr tt = current_type(*bt);
        const TypePtr tf = current_type(*bf);
        Value* vt = materialize_for_merge(*bt);
        Value* vf = materialize_for_merge(*bf);
        if (vt == vf && tt == tf)
          continue;
        TypePtr type = nullptr;
        if (auto u = ir::unify(tt, tf)) {
          type = *u;
        } else if (bt->declared && bt->declared == bf->declared && ir::is_subtype(tt, bt->declared) &&
                   ir::is_subtype(tf, bt->declared)) {
          type = bt->declared;
        }
        if (!type) {
          diag_
              .error(bf->def_range, "'" + name + "' is " + quoted(tt) + " in the true branch but " +
                                        quoted(tf) + " in the false branch")
              .note(bt->def_range, "'" + name + "' is assigned " + quoted(tt) + " here");
          Binding nb;
          nb.kind = BindingKind::Poisoned;
          parent.set(name, nb);
          continue;
        }
        Binding nb;
        nb.declared = bt->declared == bf->declared ? bt->declared : type;
        nb.pinned = bt->pinned || bf->pinned;
        nb.def_range = is_usable(parent_b) ? parent_b->def_range : bt->def_range;
        nb.assigned = true;
        outs.push_back(Out{Slot::Var, type, vt, vf, name, std::move(nb)});
        continue;
      }
      if (ut || uf) {
        // Defined on one side only: visible after the If when the other side
        // leaves (it yields prim::Uninitialized), else undefined there.
        Binding* good = ut ? bt : bf;
        Binding* bad = ut ? bf : bt;
        const bool bad_leaves = ut ? !cont_f : !cont_t;
        Binding nb;
        if (bad && bad->kind == BindingKind::Poisoned) {
          nb.kind = BindingKind::Poisoned;
        } else if (bad_leaves) {
          TypePtr type = current_type(*good);
          Value* v = materialize_for_merge(*good);
          nb.declared = good->declared;
          nb.pinned = good->pinned;
          nb.def_range = good->def_range;
          nb.assigned = true;
          outs.push_back(Out{Slot::Var, type, ut ? v : nullptr, ut ? nullptr : v, name, std::move(nb)});
          continue;
        } else {
          nb.kind = BindingKind::Undefined;
          nb.reason = std::string("is not defined in the ") + (ut ? "false" : "true") + " branch";
          nb.def_range = good->def_range;
          nb.declared = good->declared;
        }
        parent.set(name, std::move(nb));
        continue;
      }
      if ((bt && bt->kind == BindingKind::Poisoned) || (bf && bf->kind == BindingKind::Poisoned)) {
        Binding nb;
        nb.kind = BindingKind::Poisoned;
        parent.set(name, nb);
      } else if (lt && lt->kind == BindingKind::Undefined) {
        parent.set(name, *lt);
      } else if (lf && lf->kind == BindingKind::Undefined) {
        parent.set(name, *lf);
      }
    }
  }

  res.left = st_t.exited() && st_f.exited();

  // ---- exit flags (a branch that raised takes the other's) ----
  auto merge_flag = [&](Flag Exit::*k, Slot slot) {
    Flag a = st_t.*k;
    Flag b = st_f.*k;
    if (st_t.dead)
      a = b;
    if (st_f.dead)
      b = a;
    Flag& out = res.*k;
    if (a.state == b.state && a.state != Tri::Maybe) {
      out.state = a.state;
      return;
    }
    out.state = Tri::Maybe;
    // The same flag value on both live paths comes from before the If.
    if (!st_t.dead && !st_f.dead && a.state == Tri::Maybe && b.state == Tri::Maybe && a.value == b.value) {
      out.value = a.value;
      return;
    }
    Value* vt = st_t.dead ? const_bool(t, false, r) : flag_value(t, a, r);
    Value* vf = st_f.dead ? const_bool(f, false, r) : flag_value(f, b, r);
    outs.push_back(Out{slot, Type::bool_type(), vt, vf, {}, {}});
  };
  merge_flag(&Exit::ret, Slot::Ret);
  merge_flag(&Exit::brk, Slot::Brk);
  merge_flag(&Exit::cont, Slot::Cont);
  if (res.ret.state != Tri::No) {
    Value* a = !st_t.dead && st_t.ret.state != Tri::No ? st_t.retval : nullptr;
    Value* b = !st_f.dead && st_f.ret.state != Tri::No ? st_f.retval : nullptr;
    if (a && a == b) {
      res.retval = a;
    } else {
      outs.push_back(Out{Slot::Retval, retval_type(), a, b, {}, {}});
    }
  }

  // ---- outputs ----
  for (Out& o : outs) {
    Value* vt = o.vt;
    Value* vf = o.vf;
    if (!vt) {
      vt = uninitialized(t, o.type, r);
      if (o.slot == Slot::Retval)
        note_retval_carrier(vt);
    }
    if (!vf) {
      vf = uninitialized(f, o.type, r);
      if (o.slot == Slot::Retval)
        note_retval_carrier(vf);
    }
    Value* out = node->add_output(o.type);
    t.block()->register_output(vt);
    f.block()->register_output(vf);
    switch (o.slot) {
    case Slot::Var:
      out->set_debug_name(o.name);
      o.binding.kind = BindingKind::Value;
      o.binding.value = out;
      parent.set(o.name, std::move(o.binding));
      break;
    case Slot::Ret:
      res.ret.value = out;
      break;
    case Slot::Brk:
      res.brk.value = out;
      break;
    case Slot::Cont:
      res.cont.value = out;
      break;
    case Slot::Retval:
      res.retval = out;
      note_retval_carrier(out);
      break;
    }
  }
  return res;
}

} // namespace tsc::frontend::lowering
