// ir/op_tables.h - The rows the operator registry is built from, one table per family.
#pragma once

#include <span>

#include "ir/op_registry.h"

namespace tsc::ir {

/// One registry row: a schema in TorchScript syntax and what the op does
/// besides computing its outputs (OpEffect::Mutates is derived from '!'
/// annotations, so rows only ever say Pure or External).
struct OpTableEntry {
  const char* schema;
  OpEffect effect = OpEffect::Pure;
};

/// Scalar arithmetic, comparisons, conversions, math.* (ir/op_tables_scalar.cpp).
std::span<const OpTableEntry> scalar_op_table();
/// Lists, tuples, dicts, strings, builtins such as len/min/max/print (ir/op_tables_containers.cpp).
std::span<const OpTableEntry> container_op_table();
/// Tensor ops with PyTorch's own schemas: creation, elementwise, reductions,
/// shapes, linear algebra, torch.nn.functional (ir/op_tables_tensor.cpp).
std::span<const OpTableEntry> tensor_op_table();
/// In-place tensor ops, advanced indexing, item and tolist (ir/op_tables_tensor_inplace.cpp).
std::span<const OpTableEntry> tensor_inplace_op_table();

}  // namespace tsc::ir
