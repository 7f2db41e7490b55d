// frontend/compiler.h - The whole frontend in one call: source text to verified IR.
#pragma once

#include <memory>
#include <string>

#include "ir/diagnostic.h"
#include "ir/module.h"
#include "ir/source_range.h"

namespace tsc::frontend {

/// parse -> lower -> verify. Returns null (with diagnostics) on any error.
std::unique_ptr<ir::Module> compile(std::shared_ptr<const ir::Source> source, ir::DiagnosticEngine& diag);

}  // namespace tsc::frontend
