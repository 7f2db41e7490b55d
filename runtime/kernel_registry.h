// runtime/kernel_registry.h - One kernel per operator schema, found by schema id at load time.
//
// Every schema in ir::OpRegistry has exactly one kernel here, registered by the
// schema's qualified name ("aten::add.int") in the tables of
// runtime/kernels_*.cpp. The bytecode compiler resolves each node's schema to
// a function pointer once; nothing is looked up by name while a program runs.
// A unit test fails when a schema lacks a kernel or a kernel names no schema,
// so the op tables and the kernels stay in step.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <vector>

#include "ir/graph.h"
#include "ir/op_registry.h"
#include "runtime/value.h"

namespace tsc::runtime {

/// What a kernel sees of the instruction it runs for: its input and output
/// registers, the IR node (attributes such as prim::Print's `sep`, and the
/// output types containers are created with) and the print stream.
struct KernelFrame {
  Value* regs;
  const uint32_t* operands; ///< num_inputs input registers, then num_outputs output registers
  uint32_t num_inputs;
  uint32_t num_outputs;
  const ir::Node* node;
  std::ostream* out;

  Value& in(size_t i) const { return regs[operands[i]]; }
  /// Stores output `i`. Inputs and outputs are distinct registers, so inputs
  /// stay readable afterwards.
  void set(size_t i, Value v) const { regs[operands[num_inputs + i]] = std::move(v); }
  /// The IR type of output `i` (List[T] for a list the kernel creates).
  ir::TypePtr output_type(size_t i) const { return node->output(i)->type(); }
};

/// A kernel computes its outputs from its inputs or raises a ScriptError.
using Kernel = void (*)(const KernelFrame&);

/// One row of a kernel table: the schema's qualified name and its kernel.
struct KernelDef {
  const char* name;
  Kernel fn;
};

/// The tables, one per family (runtime/kernels_*.cpp).
std::span<const KernelDef> scalar_kernels();
std::span<const KernelDef> math_kernels();
std::span<const KernelDef> str_kernels();
std::span<const KernelDef> container_kernels();
std::span<const KernelDef> tensor_kernels();
/// In-place tensor ops, advanced indexing, item and tolist (runtime/kernels_tensor_inplace.cpp).
std::span<const KernelDef> tensor_inplace_kernels();
/// nn.functional, indexing, sorting and batched linear algebra (runtime/kernels_tensor_nn.cpp).
std::span<const KernelDef> tensor_nn_kernels();

/// The kernels indexed by schema id. Built once on first use; read-only
/// afterwards (thread-safe).
class KernelRegistry {
public:
  static const KernelRegistry& global();

  /// The kernel of `schema`, or null when none is registered.
  Kernel find(const ir::OpSchema& schema) const;
  /// Qualified names of registry schemas without a kernel.
  const std::vector<std::string>& missing() const { return missing_; }
  /// Kernel table names that match no schema, or that appear twice.
  const std::vector<std::string>& unknown() const { return unknown_; }

  KernelRegistry(const KernelRegistry&) = delete;
  KernelRegistry& operator=(const KernelRegistry&) = delete;

private:
  KernelRegistry();
  std::vector<Kernel> by_id_;
  std::vector<std::string> missing_;
  std::vector<std::string> unknown_;
};

} // namespace tsc::runtime
