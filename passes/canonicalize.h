// passes/canonicalize.h - Factory of the 'canonicalize' pass (see docs/passes.md).
#pragma once

#include <memory>

#include "passes/pass_manager.h"

namespace tsc::passes {

std::unique_ptr<Pass> create_canonicalize_pass();

}  // namespace tsc::passes
