// frontend/compiler.h - The whole frontend in one call: source text to verified IR.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ir/diagnostic.h"
#include "ir/module.h"
#include "ir/source_range.h"

namespace tsc::frontend {

/// parse -> lower -> verify. Returns null (with diagnostics) on any error.
std::unique_ptr<ir::Module> compile(std::shared_ptr<const ir::Source> source, ir::DiagnosticEngine& diag);

/// A run of whole lines of a source file that holds module-level statements:
/// a function or class taken out of a larger file (what `@tsc.script` sees),
/// or a whole synthetic file. Its first line's indentation is the outermost
/// level, so a method or a nested function compiles where it stands and every
/// diagnostic and traceback names its true file, line and column.
struct SourceFragment {
  std::shared_ptr<const ir::Source> source;
  uint32_t first_line = 1; ///< 1-based
  uint32_t last_line = 0;  ///< 1-based, inclusive; 0 means the last line of the source
  /// When set, the fragment holds `def`s that become methods of the class of
  /// that name defined by another fragment (a module class assembled from
  /// methods found in several files; see Note [Module classes]).
  std::string method_of = {};
};

/// Parses every fragment and lowers them together as one module, in order
/// (so imports and constants in an earlier fragment are visible to all), then
/// verifies it. Several fragments may share a Source. Returns null (with
/// diagnostics) on any error; a fragment whose lines lie outside its source
/// is an error too.
std::unique_ptr<ir::Module> compile(const std::vector<SourceFragment>& fragments, ir::DiagnosticEngine& diag);

}  // namespace tsc::frontend
