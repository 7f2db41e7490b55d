// ir/diagnostic.cpp - Collects user-facing diagnostics in report order.
#include "ir/diagnostic.h"

namespace tsc::ir {

Diagnostic& Diagnostic::note(SourceRange r, std::string msg) {
  Diagnostic n;
  n.severity = Severity::Note;
  n.range = std::move(r);
  n.message = std::move(msg);
  notes.push_back(std::move(n));
  return *this;
}

Diagnostic& DiagnosticEngine::error(SourceRange range, std::string message) {
  Diagnostic& d = diagnostics_.emplace_back();
  d.severity = Severity::Error;
  d.range = std::move(range);
  d.message = std::move(message);
  ++error_count_;
  return d;
}

Diagnostic& DiagnosticEngine::warning(SourceRange range, std::string message) {
  Diagnostic& d = diagnostics_.emplace_back();
  d.severity = Severity::Warning;
  d.range = std::move(range);
  d.message = std::move(message);
  return d;
}

void DiagnosticEngine::clear() {
  diagnostics_.clear();
  error_count_ = 0;
}

} // namespace tsc::ir
