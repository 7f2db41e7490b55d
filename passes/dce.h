// passes/dce.h - Factory of the 'dce' pass (see docs/passes.md).
#pragma once

#include <memory>

#include "passes/pass_manager.h"

namespace tsc::passes {

std::unique_ptr<Pass> create_dce_pass();

}  // namespace tsc::passes
