// passes/unroll.cpp - Unrolls loops with a small constant trip count.
//
// A prim::Loop whose trip count is a constant N (1 <= N <= kMaxTrips), whose
// initial condition is the constant True and whose body returns the constant
// True as its next condition (a `for` without break or return: the exit
// flags of those make the condition a computed value) is replaced by N
// copies of its body, the iteration number a constant in each copy and the
// carried values threaded from one copy to the next. `continue` needs
// nothing: it is an If inside the body. Loops whose condition is computed
// are left alone, since unrolling them exactly would nest every later copy
// in an If. Budget: N times the body's node count at most kMaxUnrolledNodes.
#include "passes/unroll.h"

#include "passes/ir_utils.h"

#include <vector>

namespace tsc::passes {
namespace {

using ir::Block;
using ir::Node;
using ir::Value;

constexpr int64_t kMaxTrips = 16;
constexpr size_t kMaxUnrolledNodes = 256;

class Unroll final : public Pass {
 public:
  std::string_view name() const override { return "unroll"; }

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
      if (n->kind() == ir::prim::Loop && unrollable(n))
        unroll(n);
      n = next;
    }
  }

  static bool unrollable(const Node* loop) {
    auto trips = int_constant(loop->input(0));
    auto cond = bool_constant(loop->input(1));
    const Block* body = loop->block(0);
    auto next_cond = bool_constant(body->outputs()[0]);
    if (!trips || *trips < 1 || *trips > kMaxTrips || !cond || !*cond || !next_cond || !*next_cond)
      return false;
    return static_cast<size_t>(*trips) * count_nodes(body) <= kMaxUnrolledNodes;
  }

  void unroll(Node* loop) {
    Block* body = loop->block(0);
    int64_t trips = *int_constant(loop->input(0));
    std::vector<Value*> carried(loop->inputs().begin() + 2, loop->inputs().end());
    for (int64_t k = 0; k < trips; ++k) {
      ValueMap env;
      env.set(body->params()[0], insert_constant_before(loop, Constant(k), loop->range()));
      for (size_t i = 0; i < carried.size(); ++i)
        env.set(body->params()[i + 1], carried[i]);
      for (const Node* n : body->nodes())
        clone_node_before(n, loop, env);
      for (size_t i = 0; i < carried.size(); ++i)
        carried[i] = env(body->outputs()[i + 1]);
    }
    for (size_t i = 0; i < loop->num_outputs(); ++i)
      loop->output(i)->replace_all_uses_with(carried[i]);
    loop->erase();
    changed_ = true;
  }

  bool changed_ = false;
};

} // namespace

std::unique_ptr<Pass> create_unroll_pass() {
  return std::make_unique<Unroll>();
}

} // namespace tsc::passes
