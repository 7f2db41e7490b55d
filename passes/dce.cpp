// passes/dce.cpp - Removes computations whose results are unused and that have no effect and cannot raise.
//
// Mark and sweep over values: the graph's result and every node that is not
// removable (passes/ir_utils.h: an effect, a mutation, or an op that may
// raise, as Python would raise even when the result is unused) are live;
// liveness flows to the values they read. A prim::If output or a loop-carried
// value is live only when something live reads it, so the sweep also drops
// unused If outputs and unused carried values (with their block outputs and
// parameters), not just whole nodes. An in-place tensor op (x.add_(1), also
// through a view) is a mutation and stays even when its result is unused; the
// views it writes through stay live as its inputs (Note [Tensor mutation in
// passes], passes/tensor_effects.h).
#include "passes/dce.h"

#include "ir/assert.h"
#include "passes/ir_utils.h"

#include <cstdint>
#include <limits>
#include <unordered_set>
#include <vector>

namespace tsc::passes {
namespace {

using ir::Block;
using ir::Node;
using ir::Value;

class DeadCodeElimination final : public Pass {
 public:
  std::string_view name() const override { return "dce"; }

  PassResult run(ir::Function& fn, PassContext&) override {
    live_values_.clear();
    live_nodes_.clear();
    changed_ = false;
    ir::Graph& g = *fn.graph;
    for (Value* v : g.outputs())
      mark(v);
    mark_roots(g.block());
    while (!worklist_.empty()) {
      Value* v = worklist_.back();
      worklist_.pop_back();
      propagate(v);
    }
    sweep(g.block());
    return changed_ ? PassResult::Changed : PassResult::Unchanged;
  }

 private:
  void mark(Value* v) {
    if (live_values_.insert(v).second)
      worklist_.push_back(v);
  }

  void mark_roots(Block* b) {
    for (Node* n : b->nodes()) {
      // A `while` might not end; removing it would end a program that does not.
      bool unbounded = n->kind() == ir::prim::Loop && !is_removable(n) && int_constant(n->input(0)) &&
                       *int_constant(n->input(0)) == std::numeric_limits<int64_t>::max();
      if (unbounded || (n->blocks().empty() && !is_removable(n)))
        mark_node(n);
      for (Block* nested : n->blocks())
        mark_roots(nested);
    }
  }

  // A node runs: its owner runs, and it reads its inputs (control nodes read
  // only their condition and trip count here; carried slots follow values).
  void mark_node(Node* n) {
    if (!live_nodes_.insert(n).second)
      return;
    if (n->kind() == ir::prim::If) {
      mark(n->input(0));
    } else if (n->kind() == ir::prim::Loop) {
      mark(n->input(0));
      mark(n->input(1));
      mark(n->block(0)->outputs()[0]);
    } else {
      for (Value* v : n->inputs())
        mark(v);
    }
    if (Node* owner = n->owning_block()->owning_node())
      mark_node(owner);
  }

  void propagate(Value* v) {
    Node* def = v->node();
    if (def->kind() == ir::prim::Param) {
      Node* owner = def->owning_block()->owning_node();
      if (owner == nullptr)
        return;
      mark_node(owner);
      size_t k = v->offset();
      if (owner->kind() == ir::prim::Loop && k >= 1) {
        mark(owner->input(k + 1));
        mark(owner->block(0)->outputs()[k]);
      }
      return;
    }
    mark_node(def);
    if (def->kind() == ir::prim::If) {
      for (Block* b : def->blocks())
        mark(b->outputs()[v->offset()]);
    } else if (def->kind() == ir::prim::Loop) {
      mark(def->input(v->offset() + 2));
      mark(def->block(0)->outputs()[v->offset() + 1]);
    }
  }

  // Backwards, so that a dead node's users (later in the block, or nested
  // in later nodes) are gone before it is erased.
  void sweep(Block* b) {
    for (Node* n = b->return_node()->prev(); n != b->param_node();) {
      Node* prev = n->prev();
      if (live_nodes_.count(n) == 0) {
        for (Value* o : n->outputs())
          TSC_ASSERT(!o->has_uses(), "a dead node's output is used by a live node");
        n->erase();
        changed_ = true;
      } else {
        std::vector<size_t> dead_params = trim_outputs(n);
        for (Block* nested : n->blocks())
          sweep(nested);
        for (size_t i : dead_params)
          n->block(0)->param_node()->erase_output(i);
      }
      n = prev;
    }
  }

  // Drops the unused outputs of a live If or Loop and the block outputs that
  // feed them. Returns the loop body parameters to erase once the body is
  // swept (their dead users are still there), highest first.
  std::vector<size_t> trim_outputs(Node* n) {
    std::vector<size_t> dead_params;
    if (n->kind() == ir::prim::If) {
      for (size_t i = n->num_outputs(); i-- > 0;) {
        if (live_values_.count(n->output(i)))
          continue;
        for (Block* b : n->blocks())
          b->return_node()->remove_input(i);
        n->erase_output(i);
        changed_ = true;
      }
    } else if (n->kind() == ir::prim::Loop) {
      Block* body = n->block(0);
      for (size_t i = n->num_outputs(); i-- > 0;) {
        if (live_values_.count(n->output(i)) || live_values_.count(body->params()[i + 1]))
          continue;
        n->remove_input(i + 2);
        body->return_node()->remove_input(i + 1);
        n->erase_output(i);
        dead_params.push_back(i + 1);
        changed_ = true;
      }
    }
    return dead_params;
  }

  std::unordered_set<const Value*> live_values_;
  std::unordered_set<const Node*> live_nodes_;
  std::vector<Value*> worklist_;
  bool changed_ = false;
};

} // namespace

std::unique_ptr<Pass> create_dce_pass() {
  return std::make_unique<DeadCodeElimination>();
}

} // namespace tsc::passes
