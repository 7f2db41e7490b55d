// frontend/compiler.cpp - The whole frontend in one call: parse, lower, verify.
#include "frontend/compiler.h"

#include "frontend/lower.h"
#include "frontend/parser.h"
#include "ir/verifier.h"

#include <utility>

namespace tsc::frontend {
namespace {

std::unique_ptr<ir::Module> lower_and_verify(const Module& ast, ir::DiagnosticEngine& diag) {
  std::unique_ptr<ir::Module> module = lower(ast, diag);
  if (!module || diag.has_errors())
    return nullptr;
  if (!ir::verify(*module, diag))
    return nullptr;
  return module;
}

} // namespace

std::unique_ptr<ir::Module> compile(std::shared_ptr<const ir::Source> source, ir::DiagnosticEngine& diag) {
  std::unique_ptr<Module> ast = parse(std::move(source), diag);
  if (!ast || diag.has_errors())
    return nullptr;
  return lower_and_verify(*ast, diag);
}

std::unique_ptr<ir::Module> compile(const std::vector<SourceFragment>& fragments, ir::DiagnosticEngine& diag) {
  // One AST holds the statements of every fragment; lowering reads only the
  // body (each node's range names its own source).
  Module merged;
  std::vector<std::pair<const SourceFragment*, StmtPtr>> methods;
  for (const SourceFragment& f : fragments) {
    if (!f.source) {
      diag.error(ir::SourceRange(), "source fragment without a source");
      continue;
    }
    const ir::Source& src = *f.source;
    uint32_t last = f.last_line == 0 ? src.num_lines() : f.last_line;
    if (f.first_line < 1 || f.first_line > last || last > src.num_lines()) {
      diag.error(ir::SourceRange(f.source, 0, 0),
                 "lines " + std::to_string(f.first_line) + "-" + std::to_string(last) + " are outside '" +
                     src.filename() + "' (" + std::to_string(src.num_lines()) + " lines)");
      continue;
    }
    uint32_t begin = src.offset_of(f.first_line, 1);
    uint32_t end = last == src.num_lines() ? static_cast<uint32_t>(src.text().size())
                                           : src.offset_of(last + 1, 1);
    std::unique_ptr<Module> ast = parse_fragment(f.source, begin, end, diag);
    if (!merged.source)
      merged.source = f.source;
    for (StmtPtr& s : ast->body) {
      if (f.method_of.empty())
        merged.body.push_back(std::move(s));
      else
        methods.emplace_back(&f, std::move(s));
    }
  }
  // Attach the method fragments to their classes.
  for (auto& [f, s] : methods) {
    ClassDefStmt* cls = nullptr;
    for (StmtPtr& top : merged.body)
      if (top->kind == StmtKind::ClassDef && as<ClassDefStmt>(*top).name == f->method_of)
        cls = &as<ClassDefStmt>(*top);
    if (!cls) {
      diag.error(s->range, "method fragment of unknown class '" + f->method_of + "'");
      continue;
    }
    if (s->kind != StmtKind::FunctionDef) {
      diag.error(s->range, "expected a method definition ('def') in class '" + f->method_of + "'");
      continue;
    }
    cls->body.push_back(std::move(s));
  }
  if (diag.has_errors())
    return nullptr;
  return lower_and_verify(merged, diag);
}

} // namespace tsc::frontend
