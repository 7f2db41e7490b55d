// passes/shape_prop.h - Factory of the 'shape-prop' pass (see docs/passes.md).
#pragma once

#include <memory>

#include "passes/pass_manager.h"

namespace tsc::passes {

std::unique_ptr<Pass> create_shape_prop_pass();

}  // namespace tsc::passes
