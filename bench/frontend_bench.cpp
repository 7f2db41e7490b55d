// bench/frontend_bench.cpp - Times the frontend (parse, lower, verify) on one source file.
//
//   tsc_frontend_bench FILE.py [--runs N] [--json]
//
// Each run times frontend::compile (parse + sema/lowering + verify, the path
// `tsc FILE.py` takes) end to end, and then each phase on its own: parse,
// lower (on a freshly parsed AST) and verify (on the freshly lowered module).
// Reading the file, building its line index and destroying the results are
// not timed. The report gives the median and the minimum of each phase over
// the runs and the throughput in lines per second of the end-to-end median.
// Exit codes: 0 ok, 1 the file cannot be read or does not compile, 2 usage error.
#include "frontend/compiler.h"
#include "frontend/diagnostic_printer.h"
#include "frontend/lower.h"
#include "frontend/parser.h"
#include "ir/diagnostic.h"
#include "ir/graph.h"
#include "ir/module.h"
#include "ir/source_range.h"
#include "ir/verifier.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kDefaultRuns = 7;
constexpr size_t kMaxDiagnosticsShown = 20;

using Clock = std::chrono::steady_clock;

struct Options {
  std::string path;
  int runs = kDefaultRuns;
  bool json = false;
};

/// The samples of one phase, in milliseconds.
struct Phase {
  const char* name;
  std::vector<double> ms;

  double median() const {
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    size_t n = sorted.size();
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
  double min() const { return *std::min_element(ms.begin(), ms.end()); }
};

/// What the compiled program contains, to put the timings in proportion.
struct ProgramShape {
  size_t lines = 0;
  size_t functions = 0;
  size_t classes = 0;
  size_t nodes = 0;
};

void print_usage(std::ostream& os) {
  os << "usage: tsc_frontend_bench FILE.py [--runs N] [--json]\n"
        "  times parse + lower + verify of FILE.py N times (default "
     << kDefaultRuns << ") and prints per-phase medians\n";
}

/// Parses argv; returns false (after printing why) on bad usage.
bool parse_args(int argc, char** argv, Options& opts) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--json") {
      opts.json = true;
    } else if (arg == "--runs" || arg.starts_with("--runs=")) {
      std::string_view value;
      if (arg == "--runs") {
        if (i + 1 == argc) {
          std::cerr << "tsc_frontend_bench: error: '--runs' needs a value\n";
          return false;
        }
        value = argv[++i];
      } else {
        value = arg.substr(std::string_view("--runs=").size());
      }
      int n = 0;
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
      if (ec != std::errc() || end != value.data() + value.size() || n < 1) {
        std::cerr << "tsc_frontend_bench: error: '--runs' expects a positive integer, found '" << value << "'\n";
        return false;
      }
      opts.runs = n;
    } else if (arg == "-h" || arg == "--help") {
      print_usage(std::cout);
      std::exit(kExitOk);
    } else if (arg.starts_with("-")) {
      std::cerr << "tsc_frontend_bench: error: unknown option '" << arg << "'\n";
      return false;
    } else if (opts.path.empty()) {
      opts.path = std::string(arg);
    } else {
      std::cerr << "tsc_frontend_bench: error: more than one input file ('" << opts.path << "' and '" << arg
                << "')\n";
      return false;
    }
  }
  if (opts.path.empty()) {
    std::cerr << "tsc_frontend_bench: error: no input file\n";
    return false;
  }
  return true;
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

/// Lines as an editor counts them: a final line without '\n' still counts.
size_t count_lines(std::string_view text) {
  size_t lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  if (!text.empty() && text.back() != '\n') ++lines;
  return lines;
}

/// Nodes in `block` and every block nested in it (a worklist, not recursion).
size_t count_nodes(const tsc::ir::Block* top) {
  size_t count = 0;
  std::vector<const tsc::ir::Block*> worklist{top};
  while (!worklist.empty()) {
    const tsc::ir::Block* block = worklist.back();
    worklist.pop_back();
    for (tsc::ir::Node* node : block->nodes()) {
      ++count;
      for (tsc::ir::Block* inner : node->blocks()) worklist.push_back(inner);
    }
  }
  return count;
}

/// Prints the first diagnostics (the whole list can be thousands of lines).
void report_errors(const tsc::ir::DiagnosticEngine& diag, std::string_view phase) {
  const auto& all = diag.diagnostics();
  std::cerr << "tsc_frontend_bench: error: " << phase << " failed with " << diag.error_count() << " error(s)\n";
  for (size_t i = 0; i < all.size() && i < kMaxDiagnosticsShown; ++i) {
    std::cerr << tsc::frontend::format_diagnostic(all[i]);
  }
  if (all.size() > kMaxDiagnosticsShown) {
    std::cerr << "... and " << all.size() - kMaxDiagnosticsShown << " more\n";
  }
}

double elapsed_ms(Clock::time_point start, Clock::time_point stop) {
  return std::chrono::duration<double, std::milli>(stop - start).count();
}

/// Escapes a string for a JSON string literal.
std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

void print_json(const Options& opts, const ProgramShape& shape, const std::vector<Phase>& phases,
                double lines_per_second) {
  std::cout << "{\n  \"file\": " << json_string(opts.path) << ",\n  \"lines\": " << shape.lines
            << ",\n  \"functions\": " << shape.functions << ",\n  \"classes\": " << shape.classes
            << ",\n  \"nodes\": " << shape.nodes << ",\n  \"runs\": " << opts.runs << ",\n  \"phases\": {";
  for (size_t i = 0; i < phases.size(); ++i) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "\"median_ms\": %.3f, \"min_ms\": %.3f", phases[i].median(), phases[i].min());
    std::cout << (i == 0 ? "\n" : ",\n") << "    " << json_string(phases[i].name) << ": {" << buf << "}";
  }
  char lps[64];
  std::snprintf(lps, sizeof lps, "%.0f", lines_per_second);
  std::cout << "\n  },\n  \"lines_per_second\": " << lps << "\n}\n";
}

void print_text(const Options& opts, const ProgramShape& shape, const std::vector<Phase>& phases,
                double lines_per_second) {
  std::printf("tsc frontend throughput: %s\n", opts.path.c_str());
  std::printf("  %zu lines, %zu functions and methods, %zu classes, %zu IR nodes\n", shape.lines, shape.functions,
              shape.classes, shape.nodes);
  std::printf("  %d runs; median and minimum per phase\n\n", opts.runs);
  std::printf("  %-28s %10s %10s %14s\n", "phase", "median ms", "min ms", "lines/s");
  for (const Phase& phase : phases) {
    double median = phase.median();
    double rate = median > 0 ? static_cast<double>(shape.lines) / (median / 1000.0) : 0.0;
    std::printf("  %-28s %10.2f %10.2f %14.0f\n", phase.name, median, phase.min(), rate);
  }
  std::printf("\n  throughput (compile median): %.0f lines/s\n", lines_per_second);
}

}  // namespace

int main(int argc, char** argv) {
  Options opts;
  if (!parse_args(argc, argv, opts)) {
    print_usage(std::cerr);
    return kExitUsage;
  }
  std::string text;
  if (!read_file(opts.path, text)) {
    std::cerr << "tsc_frontend_bench: error: cannot read '" << opts.path << "'\n";
    return kExitFailed;
  }
  ProgramShape shape;
  shape.lines = count_lines(text);
  auto source = std::make_shared<const tsc::ir::Source>(opts.path, std::move(text));

  // Phase order is the order of the report; "compile" is the one the target is about.
  std::vector<Phase> phases = {
      {"compile (parse+lower+verify)", {}},
      {"parse", {}},
      {"lower (sema + IR building)", {}},
      {"verify", {}},
  };
  for (int run = 0; run < opts.runs; ++run) {
    {
      tsc::ir::DiagnosticEngine diag;
      Clock::time_point start = Clock::now();
      std::unique_ptr<tsc::ir::Module> module = tsc::frontend::compile(source, diag);
      Clock::time_point stop = Clock::now();
      if (!module) {
        report_errors(diag, "compile");
        return kExitFailed;
      }
      phases[0].ms.push_back(elapsed_ms(start, stop));
      if (run == 0) {
        shape.classes = module->classes().size();
        shape.functions = module->functions().size();
        for (const auto& fn : module->functions()) shape.nodes += count_nodes(fn->graph->block());
      }
    }

    tsc::ir::DiagnosticEngine diag;
    Clock::time_point t0 = Clock::now();
    std::unique_ptr<tsc::frontend::Module> ast = tsc::frontend::parse(source, diag);
    Clock::time_point t1 = Clock::now();
    if (diag.has_errors()) {
      report_errors(diag, "parse");
      return kExitFailed;
    }
    std::unique_ptr<tsc::ir::Module> module = tsc::frontend::lower(*ast, diag);
    Clock::time_point t2 = Clock::now();
    if (!module) {
      report_errors(diag, "lower");
      return kExitFailed;
    }
    bool ok = tsc::ir::verify(*module, diag);
    Clock::time_point t3 = Clock::now();
    if (!ok) {
      report_errors(diag, "verify");
      return kExitFailed;
    }
    phases[1].ms.push_back(elapsed_ms(t0, t1));
    phases[2].ms.push_back(elapsed_ms(t1, t2));
    phases[3].ms.push_back(elapsed_ms(t2, t3));
  }

  double compile_median = phases[0].median();
  double lines_per_second = compile_median > 0 ? static_cast<double>(shape.lines) / (compile_median / 1000.0) : 0.0;
  if (opts.json) {
    print_json(opts, shape, phases, lines_per_second);
  } else {
    print_text(opts, shape, phases, lines_per_second);
  }
  return kExitOk;
}
