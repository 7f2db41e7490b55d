// codegen/llvm/jit.h - The LLVM native backend: ORC LLJIT at O3 for the host CPU, and --emit=llvm/asm.
//
// The entry points tools/ and python/ use; no LLVM header leaks through this
// file. See docs/jit.md.
#pragma once

#include <cstddef>
#include <string>

#include "runtime/interpreter.h"
#include "runtime/native.h"
#include "runtime/result.h"

namespace tsc::codegen {

/// The LLVM backend, for BackendOptions::native. Process-wide and stateless:
/// each Program it compiles gets its own JIT instance, owned by the Program.
const runtime::NativeBackend& llvm_backend();

/// What compiling one program took (a NativeModule made by llvm_backend()).
struct JitStats {
  size_t functions = 0; ///< functions compiled natively
  size_t fallbacks = 0; ///< functions left to the interpreter
  // Wall times of the phases, in milliseconds:
  double lower_ms = 0;    ///< IR to LLVM IR
  double optimize_ms = 0; ///< the O3 pipeline
  double codegen_ms = 0;  ///< machine code (JIT setup, instruction selection, linking)
  double cpu_ms = 0;      ///< CPU time of all three (the wall times above include waiting for a CPU)
  double total_ms() const { return lower_ms + optimize_ms + codegen_ms; }
};

/// The statistics of `module`, or null when another backend made it.
const JitStats* jit_stats(const runtime::NativeModule& module);

/// The optimized LLVM IR of every function of `program` that compiles
/// natively, preceded by a comment naming each function that falls back and
/// why (--emit=llvm).
runtime::Result<std::string> emit_llvm_ir(const runtime::Program& program);

/// The host machine code of the same functions, as assembly (--emit=asm).
runtime::Result<std::string> emit_assembly(const runtime::Program& program);

} // namespace tsc::codegen
