// passes/tensor_effects.cpp - Tensor writes and pure tensor reads for CSE and LICM.
// See Note [Tensor mutation in passes] in passes/tensor_effects.h.
#include "passes/tensor_effects.h"

#include "ir/op_registry.h"
#include "passes/ir_utils.h"

#include <vector>

namespace tsc::passes {
namespace {

bool is_tensor(const ir::Value* v) {
  return v->type()->kind() == ir::TypeKind::Tensor;
}

bool may_write_tensors(const ir::Node* n) {
  if (n->kind() == ir::prim::CallFunction || n->kind() == ir::prim::CallMethod)
    return true;
  const ir::OpSchema* s = n->schema();
  if (s == nullptr)
    return false;
  switch (s->effect) {
  case ir::OpEffect::Pure:
    return false;
  case ir::OpEffect::Mutates:
    for (size_t i = 0; i < n->num_inputs() && i < s->arguments.size(); ++i) {
      if (s->arguments[i].is_mutated && is_tensor(n->input(i)))
        return true;
    }
    return false;
  case ir::OpEffect::External:
    for (const ir::Value* v : n->inputs()) {
      if (is_tensor(v))
        return true;
    }
    return false;
  }
  return true;
}

} // namespace

bool may_write_tensors(const ir::Graph& g) {
  std::vector<const ir::Block*> work{g.block()};
  while (!work.empty()) {
    const ir::Block* b = work.back();
    work.pop_back();
    for (const ir::Node* n : b->nodes()) {
      if (may_write_tensors(n))
        return true;
      for (const ir::Block* nested : n->blocks())
        work.push_back(nested);
    }
  }
  return false;
}

bool is_pure_tensor_read(const ir::Node* n) {
  if (!n->blocks().empty() || n->num_outputs() == 0)
    return false;
  const ir::OpSchema* s = n->schema();
  if (s == nullptr || s->effect != ir::OpEffect::Pure)
    return false;
  for (const ir::Value* o : n->outputs()) {
    if (!is_immutable_type(o->type()))
      return false;
  }
  bool reads_tensor = false;
  for (const ir::Value* i : n->inputs()) {
    if (is_tensor(i))
      reads_tensor = true;
    else if (!is_immutable_type(i->type()))
      return false;
  }
  return reads_tensor;
}

} // namespace tsc::passes
