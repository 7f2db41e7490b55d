// runtime/kernel_registry.cpp - Joins the kernel tables with the schema registry by qualified name.
#include "runtime/kernel_registry.h"

#include <unordered_map>

namespace tsc::runtime {

const KernelRegistry& KernelRegistry::global() {
  static const KernelRegistry registry;
  return registry;
}

KernelRegistry::KernelRegistry() {
  const ir::OpRegistry& ops = ir::OpRegistry::global();
  by_id_.assign(ops.size(), nullptr);
  std::unordered_map<std::string, Kernel> by_name;
  for (auto table :
       {scalar_kernels(), math_kernels(), str_kernels(), container_kernels(), tensor_kernels(),
        tensor_inplace_kernels(), tensor_nn_kernels()}) {
    for (const KernelDef& def : table) {
      if (!by_name.emplace(def.name, def.fn).second)
        unknown_.push_back(std::string(def.name) + " (twice)");
    }
  }
  size_t used = 0;
  for (uint32_t id = 0; id < ops.size(); ++id) {
    const ir::OpSchema& schema = ops.schema(id);
    auto it = by_name.find(schema.qualified_name());
    if (it == by_name.end()) {
      missing_.push_back(schema.qualified_name());
      continue;
    }
    by_id_[id] = it->second;
    ++used;
  }
  if (used != by_name.size()) {
    for (const auto& [name, fn] : by_name) {
      if (ops.find(name) == nullptr)
        unknown_.push_back(name);
    }
  }
}

Kernel KernelRegistry::find(const ir::OpSchema& schema) const {
  return schema.id < by_id_.size() ? by_id_[schema.id] : nullptr;
}

} // namespace tsc::runtime
