// passes/registry.h - The table of every pass: name, one-line summary, factory.
#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "passes/pass_manager.h"

namespace tsc::passes {

struct PassInfo {
  std::string_view name;
  std::string_view summary;
  std::unique_ptr<Pass> (*create)();
};

/// Every pass, in the order `tsc --list-passes` shows them.
std::span<const PassInfo> pass_registry();
/// The pass named `name`, or null.
const PassInfo* find_pass(std::string_view name);

}  // namespace tsc::passes
