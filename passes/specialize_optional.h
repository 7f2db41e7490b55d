// passes/specialize_optional.h - Factory of the 'specialize-optional' pass (see docs/passes.md).
#pragma once

#include <memory>

#include "passes/pass_manager.h"

namespace tsc::passes {

std::unique_ptr<Pass> create_specialize_optional_pass();

}  // namespace tsc::passes
