// passes/pass_manager.cpp - Parses pipelines and runs passes with verification, timing and printing.
#include "passes/pass_manager.h"

#include "ir/printer.h"
#include "ir/verifier.h"
#include "passes/registry.h"

#include <chrono>
#include <cstdio>
#include <ostream>

namespace tsc::passes {

std::string_view default_pipeline() {
  // Folding exposes rewrites and rewrites expose folding, so constprop and
  // canonicalize alternate; unroll runs late, once calls are inlined and
  // trip counts folded, and what it copies is folded again. shape-prop comes
  // last: it only refines tensor types, which earlier passes compare by pointer.
  return "inline,canonicalize,constprop,specialize-optional,constprop,canonicalize,cse,licm,unroll,"
         "constprop,canonicalize,cse,dce,shape-prop";
}

namespace {
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
    s.remove_suffix(1);
  return s;
}

std::string known_passes() {
  std::string out;
  for (const PassInfo& p : pass_registry()) {
    if (!out.empty())
      out += ", ";
    out += p.name;
  }
  return out;
}
} // namespace

std::optional<PassManager> PassManager::parse(std::string_view pipeline, std::string* error) {
  PassManager pm;
  if (trim(pipeline).empty())
    return pm;
  size_t start = 0;
  for (;;) {
    size_t comma = pipeline.find(',', start);
    std::string_view name = trim(pipeline.substr(start, comma == std::string_view::npos ? comma : comma - start));
    const PassInfo* info = name.empty() ? nullptr : find_pass(name);
    if (info == nullptr) {
      if (error != nullptr) {
        *error = name.empty() ? "empty pass name in pipeline '" + std::string(pipeline) + "'"
                              : "unknown pass '" + std::string(name) + "'";
        *error += "; known passes: " + known_passes();
      }
      return std::nullopt;
    }
    pm.passes_.push_back(info->create());
    if (comma == std::string_view::npos)
      break;
    start = comma + 1;
  }
  return pm;
}

std::vector<std::string_view> PassManager::names() const {
  std::vector<std::string_view> out;
  for (const auto& p : passes_)
    out.push_back(p->name());
  return out;
}

bool PassManager::run(ir::Module& module, const PassManagerOptions& options, ir::DiagnosticEngine& diag) {
  PassContext ctx;
  ctx.module = &module;
  ctx.evaluator = options.evaluator;
  std::vector<double> seconds(passes_.size(), 0.0);
  for (size_t i = 0; i < passes_.size(); ++i) {
    Pass& pass = *passes_[i];
    auto start = std::chrono::steady_clock::now();
    for (const auto& fn : module.functions())
      pass.run(*fn, ctx);
    seconds[i] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (options.verify) {
      ir::DiagnosticEngine verifier_diag;
      if (!ir::verify(module, verifier_diag)) {
        diag.error({}, "the IR does not verify after pass '" + std::string(pass.name()) + "'");
        for (const ir::Diagnostic& d : verifier_diag.diagnostics()) {
          ir::Diagnostic& copy = d.severity == ir::Severity::Error ? diag.error(d.range, d.message)
                                                                   : diag.warning(d.range, d.message);
          copy.notes = d.notes;
        }
        return false;
      }
    }
    if (!options.print_after.empty() && options.print_stream != nullptr && pass.name() == options.print_after) {
      ir::PrintOptions print_options;
      print_options.locations = options.print_locations;
      *options.print_stream << "// IR after pass '" << pass.name() << "'\n" << ir::print_module(module, print_options);
    }
  }
  if (options.time_passes != nullptr) {
    double total = 0;
    for (double s : seconds)
      total += s;
    std::ostream& out = *options.time_passes;
    char line[160];
    out << "===- pass execution timing report -===\n";
    std::snprintf(line, sizeof line, "%12s  %6s  %s\n", "wall (ms)", "%", "pass");
    out << line;
    for (size_t i = 0; i < passes_.size(); ++i) {
      double percent = total > 0 ? 100.0 * seconds[i] / total : 0.0;
      std::snprintf(line, sizeof line, "%12.3f  %5.1f%%  %.*s\n", seconds[i] * 1e3, percent,
                    static_cast<int>(passes_[i]->name().size()), passes_[i]->name().data());
      out << line;
    }
    std::snprintf(line, sizeof line, "%12.3f  %5.1f%%  total\n", total * 1e3, 100.0);
    out << line;
  }
  return true;
}

bool run_pipeline(ir::Module& module, std::string_view pipeline, const PassManagerOptions& options,
                  ir::DiagnosticEngine& diag) {
  std::string error;
  std::optional<PassManager> pm = PassManager::parse(pipeline, &error);
  if (!pm) {
    diag.error({}, error);
    return false;
  }
  return pm->run(module, options, diag);
}

} // namespace tsc::passes
