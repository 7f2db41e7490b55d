// frontend/lower.h - Semantic analysis and lowering: AST to typed SSA IR.
#pragma once

#include <memory>

#include "frontend/ast.h"
#include "ir/diagnostic.h"
#include "ir/module.h"

namespace tsc::frontend {

/// Resolves names, infers and checks types and lowers every top-level function
/// and class of `ast` to IR. Reports every independent error through `diag`
/// (recovering at statement level) and returns null if there was any.
/// Precondition: `ast` parsed without errors.
std::unique_ptr<ir::Module> lower(const Module& ast, ir::DiagnosticEngine& diag);

}  // namespace tsc::frontend
