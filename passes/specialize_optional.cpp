// passes/specialize_optional.cpp - Removes Optional checks whose answer is known from types and definitions.
//
//   x is None / x is not None   -> False / True when x cannot be None: its type
//                                  is not Optional, NoneType or Any, or it is a
//                                  non-None constant, or a prim::unchecked_cast
//                                  to a type that is not Optional;
//                                  True / False when x's type is NoneType
//   prim::unchecked_cast(x)     -> x when x already has the target type
// The If that tested the check then has a constant condition, which
// constprop folds.
#include "passes/specialize_optional.h"

#include "ir/op_registry.h"
#include "passes/ir_utils.h"

namespace tsc::passes {
namespace {

using ir::Block;
using ir::Node;
using ir::TypeKind;
using ir::Value;

enum class Nullness { Unknown, None, NotNone };

Nullness nullness(const Value* v) {
  switch (v->type()->kind()) {
  case TypeKind::None:
    return Nullness::None;
  case TypeKind::Optional:
  case TypeKind::Any:
  case TypeKind::Var:
    break;
  case TypeKind::Int:
  case TypeKind::Float:
  case TypeKind::Bool:
  case TypeKind::Str:
  case TypeKind::Tensor:
  case TypeKind::Number:
  case TypeKind::List:
  case TypeKind::Tuple:
  case TypeKind::Dict:
  case TypeKind::Class:
    return Nullness::NotNone;
  }
  const Node* def = v->node();
  if (def->kind() == ir::prim::Constant && def->has_attribute("value"))
    return Nullness::NotNone;
  if (def->kind() == ir::prim::unchecked_cast)
    return nullness(def->input(0)) == Nullness::None ? Nullness::None : Nullness::Unknown;
  return Nullness::Unknown;
}

class SpecializeOptional final : public Pass {
 public:
  std::string_view name() const override { return "specialize-optional"; }

  PassResult run(ir::Function& fn, PassContext&) override {
    changed_ = false;
    run_block(fn.graph->block());
    return changed_ ? PassResult::Changed : PassResult::Unchanged;
  }

 private:
  void run_block(Block* b) {
    for (Node* n : b->nodes()) {
      for (Block* nested : n->blocks())
        run_block(nested);
      if (n->num_outputs() != 1 || !n->output()->has_uses())
        continue;
      if (n->kind() == ir::prim::unchecked_cast && n->input(0)->type() == n->output()->type()) {
        n->output()->replace_all_uses_with(n->input(0));
        changed_ = true;
        continue;
      }
      if (n->kind() != ir::aten::__is__ && n->kind() != ir::aten::__isnot__)
        continue;
      std::optional<bool> is = identical_to_none(n->input(0), n->input(1));
      if (!is)
        is = identical_to_none(n->input(1), n->input(0));
      if (!is)
        continue;
      bool result = n->kind() == ir::aten::__is__ ? *is : !*is;
      n->output()->replace_all_uses_with(insert_constant_before(n, Constant(result), n->range()));
      changed_ = true;
    }
  }

  // `x is other` when `other` is None: known when x's nullness is.
  static std::optional<bool> identical_to_none(const Value* x, const Value* other) {
    if (other->type()->kind() != TypeKind::None)
      return std::nullopt;
    Nullness k = nullness(x);
    if (k == Nullness::Unknown)
      return std::nullopt;
    return k == Nullness::None;
  }

  bool changed_ = false;
};

} // namespace

std::unique_ptr<Pass> create_specialize_optional_pass() {
  return std::make_unique<SpecializeOptional>();
}

} // namespace tsc::passes
