// runtime/constant_eval.h - Constant folding backed by the runtime's own kernels.
#pragma once

#include "ir/diagnostic.h"
#include "ir/module.h"
#include "passes/constant_evaluator.h"

namespace tsc::runtime {

/// Evaluates an op on constants by running its kernel (runtime/kernels_*.cpp),
/// so a folded value is exactly what running the program gives. An op that
/// raises (1 // 0, an int overflow, a math domain error), a non-scalar value,
/// or a str result longer than kMaxFoldedStr bytes is not folded.
class KernelConstantEvaluator final : public passes::ConstantEvaluator {
public:
  static constexpr size_t kMaxFoldedStr = 4096;
  std::optional<std::vector<passes::Constant>> fold(const ir::OpSchema& schema, const ir::Node& node,
                                                    const std::vector<passes::Constant>& inputs) const override;
};

/// A process-wide instance (stateless, thread-safe).
const passes::ConstantEvaluator& constant_evaluator();

/// Runs passes::default_pipeline() over `module` with constant_evaluator():
/// what every compiled program goes through before it runs (tsc.script, the
/// JIT). Returns false, with the verifier's report in `diag`, only when a
/// pass breaks the IR (a bug of tsc's).
bool optimize(ir::Module& module, ir::DiagnosticEngine& diag);

} // namespace tsc::runtime
