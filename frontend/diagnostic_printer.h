// frontend/diagnostic_printer.h - Renders diagnostics with the source line and a caret underline.
#pragma once

#include <string>

#include "ir/diagnostic.h"

namespace tsc::frontend {

/// Renders one diagnostic and its notes:
///   model.py:3:9: error: cannot assign 'str' to 'y' of type 'int'
///       y = "s"
///           ^~~
///   model.py:2:5: note: variable 'y' was int here
///   ...
/// Ranges spanning several lines are underlined to the end of the first line.
std::string format_diagnostic(const ir::Diagnostic& d);
/// All diagnostics of the engine, in order.
std::string format_diagnostics(const ir::DiagnosticEngine& diag);

}  // namespace tsc::frontend
