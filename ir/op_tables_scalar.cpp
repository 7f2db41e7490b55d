// ir/op_tables_scalar.cpp - Schemas of scalar arithmetic, comparisons, conversions and math.
#include "ir/op_tables.h"

namespace tsc::ir {
namespace {
constexpr OpTableEntry kScalarOps[] = {
    {"aten::add.int(int a, int b) -> int"},
    {"aten::add.float(float a, float b) -> float"},
};
}  // namespace

std::span<const OpTableEntry> scalar_op_table() { return kScalarOps; }

}  // namespace tsc::ir
