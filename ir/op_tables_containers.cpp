// ir/op_tables_containers.cpp - Schemas of list, tuple, dict and str ops and of builtins.
#include "ir/op_tables.h"

namespace tsc::ir {
namespace {
constexpr OpTableEntry kContainerOps[] = {
    {"aten::len.t(t[] a) -> int"},
    {"aten::append.t(t[](a!) self, t el) -> t[]"},
};
}  // namespace

std::span<const OpTableEntry> container_op_table() { return kContainerOps; }

}  // namespace tsc::ir
