// passes/inline.h - Factory of the 'inline' pass (see docs/passes.md).
#pragma once

#include <memory>

#include "passes/pass_manager.h"

namespace tsc::passes {

std::unique_ptr<Pass> create_inline_pass();

}  // namespace tsc::passes
