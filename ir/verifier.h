// ir/verifier.h - Checks dominance, types and block arity of IR.
#pragma once

#include "ir/diagnostic.h"
#include "ir/graph.h"
#include "ir/module.h"

namespace tsc::ir {

/// Checks one function: every input is defined before its use in an enclosing
/// scope (dominance), use lists match inputs, prim::If/prim::Loop block arity
/// and types line up, registered ops match their schema, the return type
/// matches. Reports each violation through `diag` and returns false if any.
bool verify(const Function& fn, DiagnosticEngine& diag);
bool verify(const Module& module, DiagnosticEngine& diag);

}  // namespace tsc::ir
