// passes/constprop.cpp - Folds ops on constants and control flow on constant conditions.
//
// - A registered op without side effects whose inputs are all constants and
//   whose outputs are all None/int/float/bool/str is evaluated through the
//   ConstantEvaluator (the runtime's own kernels) and replaced by constants.
//   An op that would raise is left alone: it raises at run time, with its
//   traceback, as Python would.
// - prim::If on a constant condition is replaced by the taken block.
// - prim::Loop that runs no iteration (constant false condition, or a
//   constant trip count <= 0) is replaced by its initial carried values.
// Folded nodes are erased right away (folding proved they do not raise).
// No tensor is ever a constant here, so no read of a (mutable) tensor folds
// (Note [Tensor mutation in passes], passes/tensor_effects.h).
#include "passes/constprop.h"

#include "ir/op_registry.h"
#include "passes/ir_utils.h"

#include <vector>

namespace tsc::passes {
namespace {

using ir::Block;
using ir::Node;
using ir::Value;

class ConstantPropagation final : public Pass {
 public:
  std::string_view name() const override { return "constprop"; }

  PassResult run(ir::Function& fn, PassContext& ctx) override {
    evaluator_ = ctx.evaluator;
    changed_ = false;
    run_block(fn.graph->block());
    return changed_ ? PassResult::Changed : PassResult::Unchanged;
  }

 private:
  void run_block(Block* b) {
    for (Node* n = b->param_node()->next(); n != b->return_node();) {
      // A folded If puts its block's nodes before `next`; they are visited next.
      Node* next = n->next();
      if (n->kind() == ir::prim::If) {
        if (auto cond = bool_constant(n->input(0))) {
          Node* first = n->prev();
          splice_block_before(n->block(*cond ? 0 : 1), n);
          n->erase();
          changed_ = true;
          next = first->next();
          n = next;
          continue;
        }
      } else if (n->kind() == ir::prim::Loop && runs_no_iteration(n)) {
        for (size_t i = 0; i < n->num_outputs(); ++i)
          n->output(i)->replace_all_uses_with(n->input(i + 2));
        n->erase();
        changed_ = true;
        n = next;
        continue;
      } else if (fold(n)) {
        n = next;
        continue;
      }
      for (Block* nested : n->blocks())
        run_block(nested);
      n = next;
    }
  }

  static bool runs_no_iteration(const Node* loop) {
    auto cond = bool_constant(loop->input(1));
    auto max = int_constant(loop->input(0));
    return (cond && !*cond) || (max && *max <= 0);
  }

  bool fold(Node* n) {
    const ir::OpSchema* schema = n->schema();
    if (evaluator_ == nullptr || schema == nullptr || schema->effect != ir::OpEffect::Pure ||
        !n->blocks().empty() || n->num_outputs() == 0) {
      return false;
    }
    for (const Value* o : n->outputs()) {
      if (!is_scalar_type(o->type()))
        return false;
    }
    std::vector<Constant> inputs;
    for (const Value* v : n->inputs()) {
      auto c = constant_of(v);
      if (!c)
        return false;
      inputs.push_back(std::move(*c));
    }
    auto outputs = evaluator_->fold(*schema, *n, inputs);
    if (!outputs || outputs->size() != n->num_outputs())
      return false;
    for (size_t i = 0; i < outputs->size(); ++i) {
      if (constant_type((*outputs)[i]) != n->output(i)->type())
        return false;
    }
    for (size_t i = 0; i < outputs->size(); ++i)
      n->output(i)->replace_all_uses_with(insert_constant_before(n, (*outputs)[i], n->range()));
    n->erase();
    changed_ = true;
    return true;
  }

  const ConstantEvaluator* evaluator_ = nullptr;
  bool changed_ = false;
};

} // namespace

std::unique_ptr<Pass> create_constprop_pass() {
  return std::make_unique<ConstantPropagation>();
}

} // namespace tsc::passes
