// passes/tensor_effects.h - Which nodes may write tensor contents, and which only read them.
//
// Note [Tensor mutation in passes]
// Tensors are mutable: aten::add_(x, y) writes x's storage, and every view of
// that storage (x[0], x.t(), another name for x) sees the write. A node that
// reads a tensor therefore gives a different value before and after such a
// write, even with the same input Value. The passes use one rule that needs
// no alias analysis: a tensor read may merge (CSE) or move out of a loop
// (LICM) only in a graph where nothing can write a tensor: no op with a '!'
// on a Tensor argument, no external op taking a tensor, and no call of a
// function or method (which may do either). Only reads whose outputs are
// immutable values (int, float, bool, ...: x.dim(), x.size(0), x.item())
// qualify; a node that makes a new tensor never merges, since two results
// would then be one object that a caller could write through. DCE never
// removes a mutating op (OpEffect::Mutates), and constant propagation folds
// only nodes whose inputs are all scalar constants, so it never reads a tensor.
#pragma once

#include "ir/graph.h"

namespace tsc::passes {

/// True when some node of `g` (nested blocks included) may write the contents
/// of a tensor: an op that mutates a Tensor argument, an external op with a
/// tensor input, or a prim::CallFunction / prim::CallMethod.
bool may_write_tensors(const ir::Graph& g);

/// True when `n` has no blocks and no effect, reads at least one Tensor and
/// otherwise only immutable values, and produces only immutable values: two
/// such nodes with equal inputs agree unless a tensor is written in between.
bool is_pure_tensor_read(const ir::Node* n);

} // namespace tsc::passes
