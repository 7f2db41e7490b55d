// passes/licm.cpp - Hoists loop-invariant computations out of prim::Loop bodies.
//
// A node of a loop body (not nested deeper) moves before the loop when every
// input is defined outside the loop (or by a node already hoisted) and it
// computes an immutable value from immutable values (passes/ir_utils.h
// is_pure_immutable: never a fresh list, never a read of a mutable one).
// It must also not raise, unless the loop surely runs its first iteration
// (constant trip count >= 1 and a constant true condition) and nothing
// before the node in the body has an effect or may raise: then raising
// before the loop is raising at the same point, with the same line.
// Inner loops are processed first, so invariants move out level by level.
// Reads of tensors move only in a graph that writes no tensor: see
// Note [Tensor mutation in passes] in passes/tensor_effects.h.
#include "passes/licm.h"

#include "passes/ir_utils.h"
#include "passes/tensor_effects.h"

#include <vector>

namespace tsc::passes {
namespace {

using ir::Block;
using ir::Node;

class LoopInvariantCodeMotion final : public Pass {
 public:
  std::string_view name() const override { return "licm"; }

  PassResult run(ir::Function& fn, PassContext&) override {
    changed_ = false;
    tensor_reads_ = !may_write_tensors(*fn.graph);
    run_block(fn.graph->block());
    return changed_ ? PassResult::Changed : PassResult::Unchanged;
  }

 private:
  void run_block(Block* b) {
    for (Node* n : b->nodes()) {
      for (Block* nested : n->blocks())
        run_block(nested);
      if (n->kind() == ir::prim::Loop)
        hoist(n);
    }
  }

  static bool runs_first_iteration(const Node* loop) {
    auto max = int_constant(loop->input(0));
    auto cond = bool_constant(loop->input(1));
    return max && *max >= 1 && cond && *cond;
  }

  void hoist(Node* loop) {
    Block* body = loop->block(0);
    bool first_iteration = runs_first_iteration(loop);
    bool quiet_so_far = true; // nothing earlier in the body has an effect or may raise
    for (Node* n = body->param_node()->next(); n != body->return_node();) {
      Node* next = n->next();
      bool removable = is_removable(n);
      bool pure = is_pure_immutable(n) || (tensor_reads_ && is_pure_tensor_read(n));
      bool invariant = pure && (removable || (first_iteration && quiet_so_far));
      for (const ir::Value* v : n->inputs())
        invariant = invariant && defined_outside(v, loop);
      if (invariant) {
        n->move_before(loop);
        changed_ = true;
      } else if (!removable) {
        quiet_so_far = false;
      }
      n = next;
    }
  }

  bool tensor_reads_ = false; // no tensor is written, so tensor reads may move
  bool changed_ = false;
};

} // namespace

std::unique_ptr<Pass> create_licm_pass() {
  return std::make_unique<LoopInvariantCodeMotion>();
}

} // namespace tsc::passes
