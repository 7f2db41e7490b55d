// tests/unit/frontend/roundtrip_test.cpp - print -> parse -> print is identical for every lit program.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "frontend/compiler.h"
#include "frontend/diagnostic_printer.h"
#include "ir/diagnostic.h"
#include "ir/parser.h"
#include "ir/printer.h"
#include "ir/verifier.h"

#include <catch2/catch.hpp>

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every lit source file that the compiler must accept (its RUN line does not expect failure).
std::vector<std::filesystem::path> accepted_lit_programs() {
  std::vector<std::filesystem::path> files;
  std::filesystem::path root = std::filesystem::path(TSC_SOURCE_DIR) / "tests" / "lit";
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".py") continue;
    if (entry.path().filename() == "lit.cfg.py") continue;
    std::string text = read_file(entry.path());
    if (text.find("RUN: %tsc") == std::string::npos || text.find("--emit=ir") == std::string::npos) continue;
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("printing, parsing and printing every accepted lit program gives identical text", "[frontend][ir][roundtrip]") {
  auto files = accepted_lit_programs();
  REQUIRE(files.size() >= 10);
  for (const auto& path : files) {
    DYNAMIC_SECTION(path.filename().string()) {
      tsc::ir::DiagnosticEngine diag;
      auto source = std::make_shared<const tsc::ir::Source>(path.string(), read_file(path));
      auto module = tsc::frontend::compile(source, diag);
      INFO(tsc::frontend::format_diagnostics(diag));
      REQUIRE(module);

      for (bool locations : {false, true}) {
        tsc::ir::PrintOptions options;
        options.locations = locations;
        std::string first = tsc::ir::print_module(*module, options);
        tsc::ir::DiagnosticEngine parse_diag;
        auto text = std::make_shared<const tsc::ir::Source>(path.string() + ".ir", first);
        auto reparsed = tsc::ir::parse_module(text, parse_diag, [&](const std::string& name) {
          return name == path.string() ? source : nullptr;
        });
        INFO(tsc::frontend::format_diagnostics(parse_diag));
        REQUIRE(reparsed);
        CHECK(tsc::ir::verify(*reparsed, parse_diag));
        CHECK(tsc::ir::print_module(*reparsed, options) == first);
      }
    }
  }
}
