// frontend/parser.h - Source text to AST (frontend/ast.h), with error recovery.
#pragma once

#include <memory>
#include <string>

#include "frontend/ast.h"
#include "ir/diagnostic.h"
#include "ir/source_range.h"

namespace tsc::frontend {

/// Lexes and parses one file. Syntax errors are reported through `diag`; the
/// parser recovers at the next statement and keeps going, so several errors
/// are reported. Always returns a Module (possibly partial); callers check
/// diag.has_errors() before lowering.
std::unique_ptr<Module> parse(std::shared_ptr<const ir::Source> source, ir::DiagnosticEngine& diag);

/// An indented, stable text dump of the AST (what `tsc --emit=ast` prints).
std::string dump_ast(const Module& module);

}  // namespace tsc::frontend
