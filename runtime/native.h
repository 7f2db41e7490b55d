// runtime/native.h - The interface native code plugs in behind: a backend compiles functions, the runtime
// calls them.
//
// Note [Native functions]
// A Program may be loaded with a NativeBackend (BackendOptions). After the
// bytecode is compiled, the backend compiles what it can of the program; a
// function that got native code has CompiledFunction::native set, and every
// call of it (Program::call, a Call instruction of the interpreter) runs the
// native code instead of its bytecode. A function without native code runs in
// the interpreter as before: the choice is per function and invisible to the
// script. Native code raises exactly what the interpreter would raise: it
// reports an error to its caller as an error return (never a C++ exception
// through JIT frames), each native frame adds its traceback entry while the
// error travels outwards, and NativeFunction::invoke throws the resulting
// ScriptError, which the interpreter extends with its own frames.
// The runtime never includes a backend: codegen/llvm implements this
// interface, and tools/ and python/ hand it to Program::load.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/result.h"
#include "runtime/value.h"

namespace tsc::runtime {

class Program;

/// Which engine runs a program's functions.
enum class Backend {
  Auto,   ///< native code where the backend can make it, the interpreter elsewhere
  Interp, ///< the interpreter only
  Jit,    ///< native code for every function; one that cannot be compiled is a load error
};

/// "auto", "interp" or "jit"; nullopt for anything else.
inline std::optional<Backend> parse_backend(std::string_view name) {
  if (name == "auto")
    return Backend::Auto;
  if (name == "interp")
    return Backend::Interp;
  if (name == "jit")
    return Backend::Jit;
  return std::nullopt;
}

/// The name parse_backend reads back.
inline const char* backend_name(Backend b) {
  switch (b) {
  case Backend::Auto:
    return "auto";
  case Backend::Interp:
    return "interp";
  case Backend::Jit:
    return "jit";
  }
  return "auto";
}

/// One function's native code. Immutable; callable from any thread.
class NativeFunction {
public:
  virtual ~NativeFunction() = default;
  /// Calls the function. `args` holds one value per parameter, of the
  /// parameter's type (checked by the caller). `depth` is the call depth of
  /// the new frame (1 for an outermost call); a call deeper than
  /// kMaxCallDepth raises RecursionError as the interpreter does. prim::Print
  /// writes to `out`. A script error is thrown as ScriptError whose traceback
  /// holds the entries of the native frames, outermost first.
  virtual Value invoke(const Value* args, size_t depth, std::ostream& out) const = 0;
};

/// What a backend made of one program. Owns the native code (and whatever
/// keeps it alive); the Program owns this object.
class NativeModule {
public:
  virtual ~NativeModule() = default;
  /// The native code of function `index` of the program, or null when the
  /// function runs in the interpreter.
  virtual const NativeFunction* function(size_t index) const = 0;
  /// Why function `index` has no native code ("str values are not compiled
  /// natively"); empty when it has.
  virtual std::string fallback_reason(size_t index) const = 0;
};

/// A native code generator (codegen/llvm: tsc::codegen::llvm_backend()).
class NativeBackend {
public:
  virtual ~NativeBackend() = default;
  /// "llvm"
  virtual std::string_view name() const = 0;
  /// Compiles every function of `program` it can (each exactly once). An
  /// Error is a failure of the backend itself (JIT setup), not of a function,
  /// which is reported through NativeModule::fallback_reason instead.
  virtual Result<std::unique_ptr<NativeModule>> compile(const Program& program) const = 0;
};

/// How Program::load prepares a program to run.
struct BackendOptions {
  Backend backend = Backend::Auto;
  /// The native backend; null means none, and then Auto interprets every
  /// function while Jit fails to load.
  const NativeBackend* native = nullptr;
};

} // namespace tsc::runtime
