// passes/ir_utils.h - What several passes ask of nodes: constants, effects, whether a node can raise.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "ir/graph.h"
#include "passes/constant_evaluator.h"

namespace tsc::passes {

/// The value of `v` when it is a prim::Constant output of type None, int,
/// float, bool or str; nullopt otherwise.
std::optional<Constant> constant_of(const ir::Value* v);
/// The bool / int value of `v` when it is such a constant.
std::optional<bool> bool_constant(const ir::Value* v);
std::optional<int64_t> int_constant(const ir::Value* v);

/// The type a prim::Constant holding `c` has (NoneType, int, float, bool, str).
ir::TypePtr constant_type(const Constant& c);
/// Inserts `%c : T = prim::Constant[value=c]()` before `before`, with `range`.
ir::Value* insert_constant_before(ir::Node* before, const Constant& c, const ir::SourceRange& range);

/// True for int, float, bool, str and NoneType: values the frontend may fold.
bool is_scalar_type(ir::TypePtr t);
/// True for types whose values are immutable: scalars, and Optionals and
/// tuples of immutable types. Two equal computations of such a value are
/// interchangeable, and reading them never sees a later mutation.
bool is_immutable_type(ir::TypePtr t);

/// True when removing `n` (were its outputs unused) changes nothing Python
/// could observe: no side effect, no mutation, and it cannot raise (for a
/// node with blocks: the same holds for every nested node, and a loop is a
/// `for` with a bounded trip count rather than a `while`).
bool is_removable(const ir::Node* n);

/// True when `n` computes its outputs from its inputs alone (no blocks, no
/// effect, no fresh mutable object, no read of mutable state), so that two
/// such nodes with equal inputs and attributes give interchangeable results.
/// It may still raise.
bool is_pure_immutable(const ir::Node* n);

/// True when `v` is defined outside the node `n` (not in one of its blocks,
/// however deep), so that it is visible where `n` is.
bool defined_outside(const ir::Value* v, const ir::Node* n);

/// Number of nodes in `b`, nested blocks included.
size_t count_nodes(const ir::Block* b);

/// Moves the nodes of `b` before `before`, then replaces each output of
/// `owner` with the matching output of `b`. `owner` (a prim::If) is left
/// without uses; the caller erases it.
void splice_block_before(ir::Block* b, ir::Node* owner);

/// A value substitution for cloning: values without an entry map to themselves.
class ValueMap {
 public:
  virtual ~ValueMap() = default;
  ir::Value* operator()(ir::Value* v) const;
  void set(const ir::Value* from, ir::Value* to) { map_[from] = to; }
  /// Called for each cloned node (bookkeeping such as inlined call stacks).
  virtual void on_clone(const ir::Node* /*original*/, ir::Node* /*clone*/) {}

 private:
  std::unordered_map<const ir::Value*, ir::Value*> map_;
};

/// Clones `n` (with its nested blocks) into before `before` (possibly in
/// another graph), mapping inputs through `env` and recording the clone's
/// outputs (and nested block parameters) in `env`. The clone keeps `n`'s
/// range, attributes, schema, debug names and inlined call stack (when the
/// graph is the same; `env.on_clone` may replace it).
ir::Node* clone_node_before(const ir::Node* n, ir::Node* before, ValueMap& env);

}  // namespace tsc::passes
