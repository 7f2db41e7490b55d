// passes/constprop.h - Factory of the 'constprop' pass (see docs/passes.md).
#pragma once

#include <memory>

#include "passes/pass_manager.h"

namespace tsc::passes {

std::unique_ptr<Pass> create_constprop_pass();

}  // namespace tsc::passes
