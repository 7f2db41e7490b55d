// codegen/llvm/lower.h - Lowers the natively compilable functions of a program from IR to LLVM IR.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "codegen/llvm/abi.h"
#include "runtime/interpreter.h"

#include <llvm/IR/DataLayout.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/TargetParser/Triple.h>

namespace tsc::codegen::jit {

/// The objects generated code refers to by symbol (See Note [Native ABI]):
/// sites and str constants. Addresses are stable for the table's lifetime.
class SiteTable {
public:
  /// Each returns the symbol the code uses for the new object.
  std::string add(abi::RaiseSite site);
  std::string add(abi::TraceSite site);
  std::string add(abi::KernelSite site);
  std::string add(abi::ListSite site);
  /// A constant heap value; its symbol's address is the object itself.
  std::string add_constant(runtime::Value value);

  /// (symbol, address) of everything added.
  const std::vector<std::pair<std::string, const void*>>& symbols() const { return symbols_; }

private:
  std::string name(const void* address, const char* kind);
  std::deque<abi::RaiseSite> raises_;
  std::deque<abi::TraceSite> traces_;
  std::deque<abi::KernelSite> kernels_;
  std::deque<abi::ListSite> lists_;
  std::vector<runtime::Value> constants_;
  std::vector<std::pair<std::string, const void*>> symbols_;
};

/// One program in LLVM IR.
struct LoweredProgram {
  std::unique_ptr<llvm::LLVMContext> context;
  std::unique_ptr<llvm::Module> module;
  /// Per function of the program: why it is not compiled natively, or
  /// empty when `module` defines its entry (entry_symbol).
  std::vector<std::string> reasons;
  std::unique_ptr<SiteTable> sites;
};

/// Lowers every function of `program` that can run natively (int, float,
/// bool, None and lists of those; calls only to such functions) into one
/// module for `layout` and `triple`. Functions that cannot are listed with
/// the reason; they are not in the module.
LoweredProgram lower_program(const runtime::Program& program, const llvm::DataLayout& layout,
                             const llvm::Triple& triple);

/// The symbol of the entry wrapper of IR function `ir_name` ("tsc.entry.fib").
std::string entry_symbol(const std::string& ir_name);

} // namespace tsc::codegen::jit
