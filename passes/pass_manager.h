// passes/pass_manager.h - Passes, pipelines given as text, and the manager that runs them.
//
//   auto pm = PassManager::parse("inline,cse,dce", &error);   // or default_pipeline()
//   pm->run(module, options, diag);
//
// A pass runs on one function at a time; the manager runs each pass of the
// pipeline over every function of the module in order, then verifies the
// module (by default), so a broken invariant is reported against the pass
// that broke it.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/diagnostic.h"
#include "ir/module.h"
#include "passes/constant_evaluator.h"

namespace tsc::passes {

enum class PassResult { Unchanged, Changed };

/// What a pass may consult besides the function it runs on.
struct PassContext {
  /// The module the function belongs to (the inliner reads callees here).
  const ir::Module* module = nullptr;
  /// Folds ops on constants; null folds only control flow.
  const ConstantEvaluator* evaluator = nullptr;
};

/// One transformation of a function's graph. Passes keep the IR valid
/// (ir/verifier.h) and print nothing.
class Pass {
 public:
  virtual ~Pass() = default;
  /// The name pipelines use ("dce").
  virtual std::string_view name() const = 0;
  /// Transforms `fn` in place; says whether anything changed.
  virtual PassResult run(ir::Function& fn, PassContext& ctx) = 0;
};

/// The pipeline `tsc -o`, `tsc run`, `tsc --emit=ir-opt` and tsc.script use.
std::string_view default_pipeline();

struct PassManagerOptions {
  /// Verify the module after every pass (on by default: every build of tsc
  /// keeps its assertions).
  bool verify = true;
  /// When set, a table of each pass's wall time is written here after the run.
  std::ostream* time_passes = nullptr;
  /// When non-empty, the module is printed to `print_stream` after every run
  /// of the pass with this name.
  std::string print_after;
  std::ostream* print_stream = nullptr;
  /// Print locations ("# file:line:col") with print_after.
  bool print_locations = false;
  /// Folds ops on constants (runtime/constant_eval.h); null folds only control flow.
  const ConstantEvaluator* evaluator = nullptr;
};

/// An ordered list of passes.
class PassManager {
 public:
  /// Parses "inline,cse,dce" (names from passes/registry.h; blanks around
  /// names are ignored; an empty text is an empty pipeline). On an unknown
  /// or empty name returns nullopt and sets `error` to a message naming it
  /// and listing the known passes.
  static std::optional<PassManager> parse(std::string_view pipeline, std::string* error);

  /// Appends a pass (one outside the registry, e.g. in tests).
  void add(std::unique_ptr<Pass> pass) { passes_.push_back(std::move(pass)); }

  /// The names of the passes, in order.
  std::vector<std::string_view> names() const;

  /// Runs the pipeline over every function of `module`. Returns false when
  /// the module stops verifying after a pass: `diag` then holds an error
  /// naming that pass, followed by the verifier's diagnostics.
  bool run(ir::Module& module, const PassManagerOptions& options, ir::DiagnosticEngine& diag);

 private:
  std::vector<std::unique_ptr<Pass>> passes_;
};

/// Parses and runs `pipeline` with `options`; a bad pipeline is reported
/// through `diag` (no location) like a verifier failure.
bool run_pipeline(ir::Module& module, std::string_view pipeline, const PassManagerOptions& options,
                  ir::DiagnosticEngine& diag);

}  // namespace tsc::passes
