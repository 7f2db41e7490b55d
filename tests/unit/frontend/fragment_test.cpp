// tests/unit/frontend/fragment_test.cpp - Compiling fragments of a file (what tsc.script does): true lines and columns.
#include "frontend/compiler.h"

#include "frontend/diagnostic_printer.h"
#include "frontend/lexer.h"
#include "ir/printer.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

namespace tsc::frontend {
namespace {

// A file in which only some definitions are compilable: the fragments pick them out.
const char* const kFile = "import numpy as np\n"             // 1
                          "\n"                               // 2
                          "def helper(x: int) -> int:\n"     // 3
                          "    return x * 2\n"               // 4
                          "\n"                               // 5
                          "def outer():\n"                   // 6
                          "    y = np.zeros(3)\n"            // 7
                          "    def inner(x: int) -> int:\n"  // 8
                          "        return helper(x) + 1\n"   // 9
                          "    return inner\n";              // 10

std::shared_ptr<const ir::Source> file() {
  return std::make_shared<const ir::Source>("user.py", kFile);
}

TEST_CASE("an indented fragment tokenizes with its first line as the outermost level", "[frontend][fragment]") {
  auto src = file();
  uint32_t begin = src->offset_of(8, 1);
  uint32_t end = src->offset_of(10, 1);
  TokenList tokens = tokenize_fragment(*src, begin, end);
  REQUIRE(tokens.errors.empty());
  REQUIRE(tokens.tokens.size() > 2);
  // `def` keeps its true position: line 8, column 5; no Indent before it.
  CHECK(tokens.tokens[0].kind == TokenKind::KwDef);
  CHECK(tokens.tokens[0].line == 8);
  CHECK(tokens.tokens[0].col == 5);
  size_t indents = 0, dedents = 0;
  for (const Token& t : tokens.tokens) {
    indents += t.kind == TokenKind::Indent;
    dedents += t.kind == TokenKind::Dedent;
  }
  CHECK(indents == 1); // the body of inner
  CHECK(dedents == 1);
  CHECK(tokens.tokens.back().kind == TokenKind::EndOfFile);
}

TEST_CASE("a fragment line indented less than its first is an indentation error", "[frontend][fragment]") {
  auto src = std::make_shared<const ir::Source>("user.py", "    def f() -> int:\n        return 1\n  x = 1\n");
  TokenList tokens = tokenize_fragment(*src, 0, static_cast<uint32_t>(src->text().size()));
  REQUIRE(tokens.errors.size() == 1);
  CHECK(tokens.errors[0] == "unindent does not match any outer indentation level");
}

TEST_CASE("fragments of one file compile together as one module", "[frontend][fragment]") {
  auto src = file();
  ir::DiagnosticEngine diag;
  auto module = compile({SourceFragment{src, 8, 9}, SourceFragment{src, 3, 4}}, diag);
  INFO(format_diagnostics(diag));
  REQUIRE(module);
  REQUIRE(module->find_function("inner"));
  REQUIRE(module->find_function("helper"));
  const ir::Function& inner = *module->find_function("inner");
  CHECK(inner.range.line == 8);
  ir::PrintOptions options;
  options.locations = true;
  // The call of helper sits at line 9, column 16 of the real file.
  CHECK(ir::print_function(inner, options).find("user.py:9:16") != std::string::npos);
}

TEST_CASE("diagnostics in a fragment name the true line, column and source line", "[frontend][fragment]") {
  auto src = std::make_shared<const ir::Source>("user.py", "x = 1\n\nclass C:\n    def m(self) -> int:\n"
                                                            "        return \"s\"\n");
  ir::DiagnosticEngine diag;
  auto module = compile({SourceFragment{src, 4, 5}}, diag);
  CHECK_FALSE(module);
  REQUIRE(diag.has_errors());
  CHECK(format_diagnostics(diag) == "user.py:5:16: error: return type 'int' of 'm' does not match returned 'str'\n"
                                    "        return \"s\"\n"
                                    "               ^~~\n");
}

TEST_CASE("a synthetic source of imports and constants serves the other fragments", "[frontend][fragment]") {
  auto user = std::make_shared<const ir::Source>("user.py", "import math as mm\nK = 99\n"
                                                             "def f(x: float) -> float:\n"
                                                             "    return m.sqrt(x) + K\n");
  auto globals = std::make_shared<const ir::Source>("<tsc globals>", "import math as m\nK = 3\n");
  ir::DiagnosticEngine diag;
  auto module = compile({SourceFragment{globals, 1, 0}, SourceFragment{user, 3, 4}}, diag);
  INFO(format_diagnostics(diag));
  REQUIRE(module);
  CHECK(ir::print_function(*module->find_function("f")).find("prim::Constant[value=3]") != std::string::npos);
}

TEST_CASE("fragment lines outside the source are an error, not a crash", "[frontend][fragment]") {
  auto src = file();
  ir::DiagnosticEngine diag;
  CHECK_FALSE(compile({SourceFragment{src, 9, 40}}, diag));
  REQUIRE(diag.has_errors());
  CHECK(diag.diagnostics()[0].message == "lines 9-40 are outside 'user.py' (11 lines)");
  ir::DiagnosticEngine diag2;
  CHECK_FALSE(compile({SourceFragment{src, 0, 2}}, diag2));
  CHECK(diag2.has_errors());
}

TEST_CASE("the whole-file entry point is unchanged by fragments", "[frontend][fragment]") {
  auto src = std::make_shared<const ir::Source>("m.py", "def f(x: int) -> int:\n    return x\n");
  ir::DiagnosticEngine d1, d2;
  auto whole = compile(src, d1);
  auto as_fragment = compile({SourceFragment{src, 1, 0}}, d2);
  REQUIRE(whole);
  REQUIRE(as_fragment);
  CHECK(ir::print_module(*whole) == ir::print_module(*as_fragment));
}

} // namespace
} // namespace tsc::frontend
