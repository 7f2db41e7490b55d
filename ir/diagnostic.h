// ir/diagnostic.h - The diagnostic interface every phase reports user mistakes through.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ir/source_range.h"

namespace tsc::ir {

enum class Severity { Error, Warning, Note };

/// One message about the user's input, with optional notes pointing elsewhere.
struct Diagnostic {
  Severity severity = Severity::Error;
  SourceRange range;
  std::string message;  ///< lowercase start, no trailing period
  std::vector<Diagnostic> notes;

  /// Adds a note ("variable 'x' was int here") and returns *this for chaining.
  Diagnostic& note(SourceRange r, std::string msg);
};

/// Collects diagnostics in the order they are reported. Phases report through
/// it and return a failure; they do not throw. Rendering (file:line:col, the
/// source line, the caret underline) is the frontend's job
/// (frontend/diagnostic_printer.h).
class DiagnosticEngine {
 public:
  /// Reports an error. The returned reference is valid until the next report,
  /// so chain notes in the same expression: diag.error(r, "...").note(r2, "...").
  Diagnostic& error(SourceRange range, std::string message);
  Diagnostic& warning(SourceRange range, std::string message);

  size_t error_count() const { return error_count_; }
  bool has_errors() const { return error_count_ != 0; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  void clear();

 private:
  std::vector<Diagnostic> diagnostics_;
  size_t error_count_ = 0;
};

}  // namespace tsc::ir
