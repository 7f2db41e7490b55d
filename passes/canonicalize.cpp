// passes/canonicalize.cpp - Peephole rewrites, each exact under Python semantics.
//
//   x + 0, 0 + x, x - 0, x * 1, 1 * x, x // 1 (int)    -> x
//   x * 1.0, 1.0 * x, x / 1.0, x - 0.0, x + -0.0 (float) -> x   (not x + 0.0: -0.0 + 0.0 is 0.0;
//                                                                never x * 0: nan, inf, -0.0)
//   -(-x), not (not b)                                   -> x, b (an inner -x that overflows still raises)
//   bool(int(b)) for a bool b                            -> b
//   x == x, x <= x, x >= x (int, bool, str)  -> True;  x != x, x < x, x > x -> False (not float: nan)
//   len([a, b, c]) of a list no op mutates               -> 3
//   t[k], unpacking of a prim::TupleConstruct            -> its elements
//   prim::If whose branches return the same outer value  -> that value
//   prim::If returning (True, False) / (False, True)      -> the condition / not the condition
//                                                           (when no other output keeps the If)
#include "passes/canonicalize.h"

#include "ir/op_registry.h"
#include "passes/ir_utils.h"

#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace tsc::passes {
namespace {

using ir::Block;
using ir::Node;
using ir::Value;

bool is_int(const Value* v, int64_t k) {
  auto c = int_constant(v);
  return c && *c == k;
}

bool is_float(const Value* v, double k) {
  auto c = constant_of(v);
  if (!c || !std::holds_alternative<double>(*c))
    return false;
  double d = std::get<double>(*c);
  return d == k && std::signbit(d) == std::signbit(k);
}

std::string qualified(const Node* n) {
  return n->schema() ? n->schema()->qualified_name() : std::string();
}

// True when no op can change the list `v` (every use is an op that only reads it).
bool never_mutated(const Value* v) {
  for (const ir::Use& u : v->uses()) {
    const ir::OpSchema* s = u.user->schema();
    if (s == nullptr || s->effect != ir::OpEffect::Pure)
      return false;
  }
  return true;
}

class Canonicalize final : public Pass {
 public:
  std::string_view name() const override { return "canonicalize"; }

  PassResult run(ir::Function& fn, PassContext&) override {
    changed_ = false;
    run_block(fn.graph->block());
    return changed_ ? PassResult::Changed : PassResult::Unchanged;
  }

 private:
  void run_block(Block* b) {
    for (Node* n = b->param_node()->next(); n != b->return_node();) {
      Node* next = n->next();
      for (Block* nested : n->blocks())
        run_block(nested);
      if (Value* r = simplify(n)) {
        // Every rewrite shows the op cannot raise for these inputs (x + 0 never
        // overflows), and the ops rewritten have no effect: the node goes.
        n->output()->replace_all_uses_with(r);
        n->erase();
        changed_ = true;
      } else if (n->kind() == ir::prim::If) {
        simplify_if(n);
      } else if (n->kind() == ir::prim::TupleUnpack && n->input(0)->node()->kind() == ir::prim::TupleConstruct) {
        const Node* tuple = n->input(0)->node();
        for (size_t i = 0; i < n->num_outputs(); ++i) {
          if (n->output(i)->has_uses() && n->output(i)->type() == tuple->input(i)->type()) {
            n->output(i)->replace_all_uses_with(tuple->input(i));
            changed_ = true;
          }
        }
      }
      n = next;
    }
  }

  // The value that replaces n's single output, or null.
  Value* simplify(Node* n) {
    if (n->num_outputs() != 1 || !n->output()->has_uses())
      return nullptr;
    Value* r = rewrite(n);
    // Only a value of exactly the output's type replaces it.
    if (r != nullptr && r->type() != n->output()->type())
      return nullptr;
    return r;
  }

  Value* rewrite(Node* n) {
    const std::string op = qualified(n);
    if (op.empty()) {
      if (n->kind() == ir::prim::TupleIndex && n->input(0)->node()->kind() == ir::prim::TupleConstruct) {
        auto k = int_constant(n->input(1));
        const Node* tuple = n->input(0)->node();
        int64_t size = static_cast<int64_t>(tuple->num_inputs());
        if (k && *k >= -size && *k < size)
          return tuple->input(static_cast<size_t>(*k < 0 ? *k + size : *k));
      }
      if (n->kind() == ir::prim::unchecked_cast && n->input(0)->type() == n->output()->type())
        return n->input(0);
      return nullptr;
    }
    Value* a = n->num_inputs() > 0 ? n->input(0) : nullptr;
    Value* b = n->num_inputs() > 1 ? n->input(1) : nullptr;
    if (op == "aten::add.int")
      return is_int(b, 0) ? a : is_int(a, 0) ? b : nullptr;
    if (op == "aten::sub.int" || op == "aten::floordiv.int")
      return is_int(b, op == "aten::sub.int" ? 0 : 1) ? a : nullptr;
    if (op == "aten::mul.int")
      return is_int(b, 1) ? a : is_int(a, 1) ? b : nullptr;
    if (op == "aten::mul.float")
      return is_float(b, 1.0) ? a : is_float(a, 1.0) ? b : nullptr;
    if (op == "aten::div.float")
      return is_float(b, 1.0) ? a : nullptr;
    if (op == "aten::sub.float")
      return is_float(b, 0.0) ? a : nullptr;
    if (op == "aten::add.float")
      return is_float(b, -0.0) ? a : is_float(a, -0.0) ? b : nullptr;
    if (op == "aten::neg.int" || op == "aten::neg.float" || op == "aten::__not__") {
      const Node* inner = a->node();
      return qualified(inner) == op ? inner->input(0) : nullptr;
    }
    if (op == "aten::Bool.int") {
      const Node* inner = a->node();
      return qualified(inner) == "aten::Int.bool" ? inner->input(0) : nullptr;
    }
    if (a != nullptr && a == b) {
      bool exact = op.ends_with(".int") || op.ends_with(".bool") || op.ends_with(".str");
      if (exact && (op.starts_with("aten::eq.") || op.starts_with("aten::le.") || op.starts_with("aten::ge.")))
        return insert_constant_before(n, Constant(true), n->range());
      if (exact && (op.starts_with("aten::ne.") || op.starts_with("aten::lt.") || op.starts_with("aten::gt.")))
        return insert_constant_before(n, Constant(false), n->range());
    }
    if (op == "aten::len.t" && a->node()->kind() == ir::prim::ListConstruct && never_mutated(a))
      return insert_constant_before(n, Constant(static_cast<int64_t>(a->node()->num_inputs())), n->range());
    return nullptr;
  }

  void simplify_if(Node* n) {
    Value* cond = n->input(0);
    // Outputs that the branches return as (True, False) or (False, True);
    // rewritten only when that leaves the If unused, since a condition with
    // more uses no longer fuses into a compare-and-branch in the bytecode.
    std::vector<std::pair<Value*, bool>> flags; // output, is the condition (else its negation)
    bool all_replaceable = true;
    for (size_t i = 0; i < n->num_outputs(); ++i) {
      Value* out = n->output(i);
      if (!out->has_uses())
        continue;
      Value* t = n->block(0)->outputs()[i];
      Value* f = n->block(1)->outputs()[i];
      if (t == f && defined_outside(t, n) && t->type() == out->type()) {
        out->replace_all_uses_with(t);
        changed_ = true;
        continue;
      }
      auto tc = bool_constant(t), fc = bool_constant(f);
      if (tc && fc && *tc != *fc && out->type() == ir::Type::bool_type()) {
        flags.emplace_back(out, *tc);
      } else {
        all_replaceable = false;
      }
    }
    if (!all_replaceable)
      return;
    for (auto [out, same] : flags) {
      if (same) {
        out->replace_all_uses_with(cond);
      } else {
        Node* neg = n->graph().create(ir::aten::__not__, {cond}, {ir::Type::bool_type()}, n->range());
        neg->set_schema(ir::OpRegistry::global().find("aten::__not__"));
        neg->set_inlined_at(n->inlined_at());
        neg->insert_after(n);
        out->replace_all_uses_with(neg->output());
      }
      changed_ = true;
    }
  }

  bool changed_ = false;
};

} // namespace

std::unique_ptr<Pass> create_canonicalize_pass() {
  return std::make_unique<Canonicalize>();
}

} // namespace tsc::passes
