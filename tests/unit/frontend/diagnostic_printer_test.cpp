// tests/unit/frontend/diagnostic_printer_test.cpp - The file:line:col header, source line and caret
// underline.
#include "frontend/diagnostic_printer.h"

#include "frontend/parser.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

namespace tsc::frontend {
namespace {

std::shared_ptr<ir::Source> source(const std::string& text) {
  return std::make_shared<ir::Source>("model.py", text);
}

/// The range of the first occurrence of `needle` (on its line) in `src`.
ir::SourceRange range_of(const std::shared_ptr<ir::Source>& src, const std::string& needle) {
  const size_t at = src->text().find(needle);
  REQUIRE(at != std::string::npos);
  return ir::SourceRange(src, static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size()));
}

TEST_CASE("an error prints its location, the source line and a caret underline", "[frontend][diagnostics]") {
  auto src = source("def f(x: int) -> int:\n    y = \"s\"\n    return y\n");
  ir::DiagnosticEngine diag;
  diag.error(range_of(src, "\"s\""), "cannot assign 'str' to 'y' of type 'int'");
  CHECK(format_diagnostics(diag) == "model.py:2:9: error: cannot assign 'str' to 'y' of type 'int'\n"
                                    "    y = \"s\"\n"
                                    "        ^~~\n");
}

TEST_CASE("notes follow their error in the same format", "[frontend][diagnostics]") {
  auto src = source("x = 1\nx = 'a'\n");
  ir::Diagnostic d;
  d.range = range_of(src, "'a'");
  d.message = "cannot assign 'str' to 'x' of type 'int'";
  d.note(range_of(src, "x"), "variable 'x' was int here");
  CHECK(format_diagnostic(d) == "model.py:2:5: error: cannot assign 'str' to 'x' of type 'int'\n"
                                "x = 'a'\n"
                                "    ^~~\n"
                                "model.py:1:1: note: variable 'x' was int here\n"
                                "x = 1\n"
                                "^\n");
}

TEST_CASE("tabs before the caret are reproduced so the caret lines up", "[frontend][diagnostics]") {
  auto src = source("if x:\n\t\ty = z + 1\n");
  ir::Diagnostic d;
  d.range = range_of(src, "z + 1");
  d.message = "unknown name 'z'";
  CHECK(format_diagnostic(d) == "model.py:2:7: error: unknown name 'z'\n"
                                "\t\ty = z + 1\n"
                                "\t\t    ^~~~~\n");
}

TEST_CASE("a multi-byte character before or inside the range takes one column", "[frontend][diagnostics]") {
  auto src = source("s = '\xC3\xA9' + x\n");
  ir::Diagnostic d;
  d.range = range_of(src, "x");
  d.message = "unknown name 'x'";
  CHECK(format_diagnostic(d) == "model.py:1:12: error: unknown name 'x'\n"
                                "s = '\xC3\xA9' + x\n"
                                "          ^\n");
  d.range = range_of(src, "'\xC3\xA9'");
  CHECK(format_diagnostic(d) == "model.py:1:5: error: unknown name 'x'\n"
                                "s = '\xC3\xA9' + x\n"
                                "    ^~~\n");
}

TEST_CASE("a range over several lines is underlined to the end of its first line",
          "[frontend][diagnostics]") {
  auto src = source("x = f(a,\n      b)\n");
  ir::Diagnostic d;
  d.range = range_of(src, "f(a,\n      b)");
  d.message = "unknown function 'f'";
  CHECK(format_diagnostic(d) == "model.py:1:5: error: unknown function 'f'\n"
                                "x = f(a,\n"
                                "    ^~~~\n");
}

TEST_CASE("an empty range just after the last character gets a caret there", "[frontend][diagnostics]") {
  auto src = source("if x\n    pass\n");
  ir::Diagnostic d;
  d.range = ir::SourceRange(src, 4, 4);
  d.message = "expected ':'";
  CHECK(format_diagnostic(d) == "model.py:1:5: error: expected ':'\n"
                                "if x\n"
                                "    ^\n");
}

TEST_CASE("a carriage return at the end of the line is not printed", "[frontend][diagnostics]") {
  auto src = source("x = $\r\ny = 1\r\n");
  ir::Diagnostic d;
  d.range = range_of(src, "$");
  d.message = "invalid character '$'";
  CHECK(format_diagnostic(d) == "model.py:1:5: error: invalid character '$'\n"
                                "x = $\n"
                                "    ^\n");
}

TEST_CASE("without source text only the location line is printed", "[frontend][diagnostics]") {
  auto src = std::make_shared<ir::Source>("model.ir", "");
  ir::Diagnostic d;
  d.range = ir::SourceRange(src, 0, 0, 7, 3);
  d.message = "unknown value '%x'";
  CHECK(format_diagnostic(d) == "model.ir:7:3: error: unknown value '%x'\n");
}

TEST_CASE("a diagnostic without a location prints only severity and message", "[frontend][diagnostics]") {
  ir::Diagnostic d;
  d.message = "no entry point 'main'";
  CHECK(format_diagnostic(d) == "error: no entry point 'main'\n");
  d.severity = ir::Severity::Warning;
  CHECK(format_diagnostic(d) == "warning: no entry point 'main'\n");
}

TEST_CASE("all diagnostics print in the order they were reported", "[frontend][diagnostics]") {
  auto src = source("x = = 1\ny = $\n");
  ir::DiagnosticEngine diag;
  auto module = parse(src, diag);
  CHECK(format_diagnostics(diag) == "model.py:1:5: error: expected an expression\n"
                                    "x = = 1\n"
                                    "    ^\n"
                                    "model.py:2:5: error: invalid character '$'\n"
                                    "y = $\n"
                                    "    ^\n");
}

} // namespace
} // namespace tsc::frontend
