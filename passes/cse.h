// passes/cse.h - Factory of the 'cse' pass (see docs/passes.md).
#pragma once

#include <memory>

#include "passes/pass_manager.h"

namespace tsc::passes {

std::unique_ptr<Pass> create_cse_pass();

}  // namespace tsc::passes
