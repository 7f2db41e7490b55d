// passes/unroll.h - Factory of the 'unroll' pass (see docs/passes.md).
#pragma once

#include <memory>

#include "passes/pass_manager.h"

namespace tsc::passes {

std::unique_ptr<Pass> create_unroll_pass();

}  // namespace tsc::passes
