// ir/parser.h - Reads the IR text that ir/printer.h writes.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "ir/diagnostic.h"
#include "ir/module.h"
#include "ir/source_range.h"

namespace tsc::ir {

/// Finds the Source for a file named in a "# file:line:col" location comment;
/// may return null, in which case the range keeps only the name, line and col.
using SourceLookup = std::function<std::shared_ptr<const Source>(const std::string& filename)>;

/// Parses a whole module. On error reports through `diag` (with the IR text's
/// own file:line:col) and returns null.
std::unique_ptr<Module> parse_module(std::shared_ptr<const Source> text, DiagnosticEngine& diag,
                                     const SourceLookup& lookup = {});

}  // namespace tsc::ir
