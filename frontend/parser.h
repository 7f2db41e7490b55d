// frontend/parser.h - Source text to AST (frontend/ast.h), with error recovery.
#pragma once

#include <cstdint>
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

/// Parses the bytes [begin, end) of `source` (whole lines) as statements
/// whose first line's indentation is the outermost level (see
/// tokenize_fragment): every range keeps its true line and column in `source`.
/// Same error behaviour as parse.
std::unique_ptr<Module> parse_fragment(std::shared_ptr<const ir::Source> source, uint32_t begin, uint32_t end,
                                       ir::DiagnosticEngine& diag);

/// An indented, stable text dump of the AST (what `tsc --emit=ast` prints).
std::string dump_ast(const Module& module);

}  // namespace tsc::frontend
