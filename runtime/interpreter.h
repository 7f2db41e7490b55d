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
  static std::unique_ptr<Program> load(std::unique_ptr<ir::Module> module, ir::DiagnosticEngine& diag);

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

private:
  Program() = default;
  std::unique_ptr<ir::Module> module_;
  std::vector<std::unique_ptr<CompiledFunction>> functions_;
  std::vector<const CompiledFunction*> table_;
  std::unordered_map<std::string, size_t> by_name_;
};

/// Runs compiled function `index` of `program` on this thread. `args` holds
/// exactly one value per parameter, already checked. Used by Program::call.
Value run_function(const Program& program, size_t index, std::vector<Value>& args, std::ostream& out);

} // namespace tsc::runtime
