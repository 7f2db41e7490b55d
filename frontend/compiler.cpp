// frontend/compiler.cpp - The whole frontend in one call: parse, lower, verify.
#include "frontend/compiler.h"

#include "frontend/lower.h"
#include "frontend/parser.h"
#include "ir/verifier.h"

namespace tsc::frontend {

std::unique_ptr<ir::Module> compile(std::shared_ptr<const ir::Source> source, ir::DiagnosticEngine& diag) {
  std::unique_ptr<Module> ast = parse(std::move(source), diag);
  if (!ast || diag.has_errors())
    return nullptr;
  std::unique_ptr<ir::Module> module = lower(*ast, diag);
  if (!module || diag.has_errors())
    return nullptr;
  if (!ir::verify(*module, diag))
    return nullptr;
  return module;
}

} // namespace tsc::frontend
