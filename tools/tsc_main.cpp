// tools/tsc_main.cpp - The `tsc` command line: compile a file and print an intermediate form.
//
//   tsc FILE.py                 parse, check and lower; report errors (exit 1) or nothing
//   tsc FILE.py --emit=ast|ir   print the AST or the IR to stdout
//   tsc FILE.ir --emit=ir       read IR text, verify it and print it again
//   tsc --list-ops              print every operator schema in the registry
//   tsc --version
// Exit codes: 0 ok, 1 compile error, 2 usage error.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "frontend/compiler.h"
#include "frontend/diagnostic_printer.h"
#include "frontend/parser.h"
#include "ir/diagnostic.h"
#include "ir/op_registry.h"
#include "ir/parser.h"
#include "ir/printer.h"
#include "ir/verifier.h"

#include <CLI/CLI.hpp>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitCompileError = 1;
constexpr int kExitUsage = 2;

struct Options {
  std::string input;
  std::string emit;
  bool locations = false;
  bool list_ops = false;
};

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

int report(const tsc::ir::DiagnosticEngine& diag) {
  std::cerr << tsc::frontend::format_diagnostics(diag);
  return diag.has_errors() ? kExitCompileError : kExitOk;
}

int list_ops() {
  const auto& registry = tsc::ir::OpRegistry::global();
  for (uint32_t id = 0; id < registry.size(); ++id) std::cout << registry.schema(id).text << "\n";
  return kExitOk;
}

// IR text in: parse, verify, print (for pass and printer tests).
int run_ir_file(const Options& opts, std::shared_ptr<const tsc::ir::Source> source) {
  tsc::ir::DiagnosticEngine diag;
  auto module = tsc::ir::parse_module(source, diag);
  if (!module) return report(diag);
  if (!tsc::ir::verify(*module, diag)) return report(diag);
  if (opts.emit == "ast") {
    std::cerr << "tsc: error: --emit=ast needs a .py input\n";
    return kExitUsage;
  }
  tsc::ir::PrintOptions print_options;
  print_options.locations = opts.locations;
  if (!opts.emit.empty()) std::cout << tsc::ir::print_module(*module, print_options);
  return report(diag);
}

int run_source_file(const Options& opts, std::shared_ptr<const tsc::ir::Source> source) {
  tsc::ir::DiagnosticEngine diag;
  if (opts.emit == "ast") {
    auto ast = tsc::frontend::parse(source, diag);
    if (diag.has_errors()) return report(diag);
    std::cout << tsc::frontend::dump_ast(*ast);
    return report(diag);
  }
  auto module = tsc::frontend::compile(source, diag);
  if (!module) return report(diag);
  if (opts.emit == "ir") {
    tsc::ir::PrintOptions print_options;
    print_options.locations = opts.locations;
    std::cout << tsc::ir::print_module(*module, print_options);
  }
  return report(diag);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tsc: a compiler for the TorchScript language", "tsc"};
  Options opts;
  app.set_version_flag("--version", std::string("tsc ") + TSC_VERSION);
  app.add_option("file", opts.input, "a .py source file or a .ir IR text file");
  app.add_option("--emit", opts.emit, "print an intermediate form to stdout")
      ->check(CLI::IsMember({"ast", "ir"}));
  app.add_flag("--locations", opts.locations, "with --emit=ir, end node lines with '# file:line:col'");
  app.add_flag("--list-ops", opts.list_ops, "print every operator schema and exit");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }

  if (opts.list_ops) return list_ops();
  if (opts.input.empty()) {
    std::cerr << "tsc: error: no input file\n" << app.help();
    return kExitUsage;
  }
  std::string text;
  if (!read_file(opts.input, text)) {
    std::cerr << "tsc: error: cannot read '" << opts.input << "'\n";
    return kExitCompileError;
  }
  auto source = std::make_shared<const tsc::ir::Source>(opts.input, std::move(text));
  if (ends_with(opts.input, ".ir")) return run_ir_file(opts, source);
  return run_source_file(opts, source);
}
