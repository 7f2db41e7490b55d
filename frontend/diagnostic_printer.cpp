// frontend/diagnostic_printer.cpp - file:line:col: severity: message, the source line, a caret underline.
#include "frontend/diagnostic_printer.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace tsc::frontend {
namespace {

const char* severity_name(ir::Severity s) {
  switch (s) {
  case ir::Severity::Error:
    return "error";
  case ir::Severity::Warning:
    return "warning";
  case ir::Severity::Note:
    return "note";
  }
  return "error";
}

bool is_utf8_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// The source line, then a line with '^' under the first byte of the range
/// and '~' under the rest of it on that line. Tabs before the caret are
/// reproduced so the caret lines up, and a multi-byte UTF-8 character takes one
/// column.
void render_snippet(const ir::SourceRange& r, std::string& out) {
  std::string_view text = r.source->line_text(r.line);
  if (!text.empty() && text.back() == '\r')
    text.remove_suffix(1);
  out.append(text);
  out.push_back('\n');
  const size_t start = r.col > 0 ? r.col - 1 : 0;
  for (size_t i = 0; i < start && i < text.size(); ++i) {
    if (text[i] == '\t')
      out.push_back('\t');
    else if (!is_utf8_continuation(text[i]))
      out.push_back(' ');
  }
  // A range that starts past the end of the line (just after its last
  // character, e.g. "expected ':'") still gets its caret there.
  for (size_t i = text.size(); i < start; ++i)
    out.push_back(' ');
  out.push_back('^');
  const size_t length = r.end > r.begin ? r.end - r.begin : 0;
  const size_t stop = std::min(start + length, text.size());
  for (size_t i = start + 1; i < stop; ++i) {
    if (!is_utf8_continuation(text[i]))
      out.push_back('~');
  }
  out.push_back('\n');
}

void render(const ir::Diagnostic& d, ir::Severity severity, std::string& out) {
  const ir::SourceRange& r = d.range;
  if (r.is_valid()) {
    out += r.filename();
    if (r.line > 0) {
      out += ':' + std::to_string(r.line) + ':' + std::to_string(r.col);
    }
    out += ": ";
  }
  out += severity_name(severity);
  out += ": ";
  out += d.message;
  out.push_back('\n');
  if (r.is_valid() && r.line > 0 && !r.source->text().empty() && r.line <= r.source->num_lines()) {
    render_snippet(r, out);
  }
}

} // namespace

std::string format_diagnostic(const ir::Diagnostic& d) {
  std::string out;
  render(d, d.severity, out);
  for (const ir::Diagnostic& n : d.notes)
    render(n, ir::Severity::Note, out);
  return out;
}

std::string format_diagnostics(const ir::DiagnosticEngine& diag) {
  std::string out;
  for (const ir::Diagnostic& d : diag.diagnostics())
    out += format_diagnostic(d);
  return out;
}

} // namespace tsc::frontend
