// runtime/interpreter.h - A loaded program: verified IR compiled to bytecode, callable from any thread.
//
// Program::load verifies a module and compiles every function once. A call
// runs the bytecode VM (runtime/interpreter.cpp) on the calling thread's own
// register stack; the Program itself is immutable, so any number of threads
// may call into one Program at once without locks. Script exceptions come
// out as ScriptError (runtime/error.h) with a Python-style traceback.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ir/diagnostic.h"
#include "ir/module.h"
#include "runtime/bytecode.h"
#include "runtime/error.h"
#include "runtime/native.h"
#include "runtime/value.h"

namespace tsc::runtime {

/// Calls nested deeper than this raise RecursionError (Python's default limit).
inline constexpr size_t kMaxCallDepth = 1000;

struct CallOptions {
  /// Where prim::Print writes; null means std::cout.
  std::ostream* out = nullptr;
};

class Program final : public FunctionTable {
public:
  /// Verifies `module` and compiles each function to bytecode. On failure
  /// (IR that does not verify, an op without a kernel) reports through
  /// `diag` and returns null.
  /// With a native backend in `options`, then compiles what it can to native
  /// code (See Note [Native functions]); in mode Jit a function it cannot
  /// compile is an error ("function 'f': str values are not compiled natively").
  static std::unique_ptr<Program> load(std::unique_ptr<ir::Module> module, ir::DiagnosticEngine& diag,
                                       const BackendOptions& options = {});

  const ir::Module& module() const { return *module_; }
  size_t num_functions() const { return functions_.size(); }
  const ir::Function& function(size_t index) const { return *functions_[index]->ir; }
  const CompiledFunction& compiled(size_t index) const { return *functions_[index]; }
  /// The compiled functions by index (what Call instructions index).
  const CompiledFunction* const* function_table() const { return table_.data(); }
  /// The index of the function with IR name `name` ("main", "Counter.bump").
  std::optional<size_t> find(std::string_view name) const;
  int64_t function_index(const std::string& name) const override;

  /// Calls function `index` with positional `args`. Parameters left out take
  /// their defaults. Wrong arity or argument types raise TypeError (Python's
  /// wording: "f() missing 1 required positional argument: 'x'"); the
  /// script's own exceptions propagate as ScriptError with a traceback.
  Value call(size_t index, std::vector<Value> args, const CallOptions& options = {}) const;

  /// The bytecode of every function, for --emit=bytecode.
  std::string disassemble() const;
  /// The native code of the program (null when it was loaded without).
  const NativeModule* native() const { return native_.get(); }

private:
  Program() = default;
  bool load_native(const BackendOptions& options, ir::DiagnosticEngine& diag);
  std::unique_ptr<ir::Module> module_;
  std::vector<std::unique_ptr<CompiledFunction>> functions_;
  std::vector<const CompiledFunction*> table_;
  std::unordered_map<std::string, size_t> by_name_;
  std::unique_ptr<NativeModule> native_;
};

/// Appends the traceback entries of `fn` stopped at `node` (null: at its
/// `def` line): one, or for an inlined node one per function the call would
/// have entered (See Note [Inlined call stacks] in ir/graph.h).
void append_trace_entries(std::vector<TraceFrame>& frames, const CompiledFunction& fn, const ir::Node* node);

/// Runs compiled function `index` of `program` on this thread. `args` holds
/// exactly one value per parameter, already checked. Used by Program::call.
Value run_function(const Program& program, size_t index, std::vector<Value>& args, std::ostream& out);

} // namespace tsc::runtime
