// passes/licm.h - Factory of the 'licm' pass (see docs/passes.md).
#pragma once

#include <memory>

#include "passes/pass_manager.h"

namespace tsc::passes {

std::unique_ptr<Pass> create_licm_pass();

}  // namespace tsc::passes
