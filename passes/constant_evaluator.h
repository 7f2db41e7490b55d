// passes/constant_evaluator.h - The interface constant folding evaluates registered ops through.
#pragma once

#include <optional>
#include <vector>

#include "ir/graph.h"
#include "ir/op_registry.h"

namespace tsc::passes {

/// A constant: None, int, float, bool or str (what prim::Constant holds).
using Constant = ir::DefaultValue;

/// Evaluates one op on constant inputs with the semantics running it would
/// have. The passes layer does not implement arithmetic: the runtime provides
/// an evaluator backed by its own kernels (runtime/constant_eval.h), so a
/// folded value is exactly what the program would compute.
class ConstantEvaluator {
 public:
  virtual ~ConstantEvaluator() = default;
  /// The outputs of `node` (whose schema is `schema`) when its inputs are
  /// `inputs` (one per node input, in order). Returns nullopt when the op
  /// cannot be evaluated at compile time or would raise for these inputs
  /// (1 // 0, an int overflow): the program then raises at run time, with
  /// its traceback. Only called for ops without side effects whose outputs
  /// are all None, int, float, bool or str.
  virtual std::optional<std::vector<Constant>> fold(const ir::OpSchema& schema, const ir::Node& node,
                                                    const std::vector<Constant>& inputs) const = 0;
};

}  // namespace tsc::passes
