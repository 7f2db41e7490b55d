// python/program.h - A compiled or loaded program as the Python package holds it, and the class registry.
//
// Every ScriptFunction, ScriptClass and ScriptObject shares one ProgramHolder
// (a std::shared_ptr): the Program is immutable once built, so Python threads
// call into it concurrently without a lock (docs/python.md, "Threads").
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/module.h"
#include "ir/source_range.h"
#include "ir/type.h"
#include "runtime/interpreter.h"

namespace tsc::python {

/// A Program and the sources its IR points into.
struct ProgramHolder {
  std::unique_ptr<runtime::Program> program;
  /// The sources of a loaded archive (a compiled program's IR holds its own).
  std::vector<std::shared_ptr<const ir::Source>> sources;
  /// Where it came from: "compiled" or the archive's path (for messages).
  std::string origin;
};

using HolderPtr = std::shared_ptr<const ProgramHolder>;

/// Records that `holder`'s program defines its module's classes, so that an
/// object of one of them reaches its methods wherever it turns up. Thread-safe.
void register_classes(const HolderPtr& holder);
/// The program that defined `cls`, or null when it is gone.
HolderPtr holder_of_class(const ir::ClassType* cls);

/// Whether an object of class `from` may be passed where `to` is expected:
/// the same class, or one compiled separately from the same definition (same
/// name and the same attributes with the same types, hence the same slots).
bool same_class_layout(const ir::ClassType* from, const ir::ClassType* to);

/// The source text of a function: its `def` line and the lines indented below
/// it (Python's block rule), from the source its IR points into; empty when
/// the IR carries no source text.
std::string function_code(const ir::Function& fn);

/// The source of a class: its `class` line and body, found from its methods'
/// ranges; empty when unknown.
std::string class_code(const ir::Module& module, const ir::ClassType& cls);

/// "f(int x, float y=1.0) -> float"; methods include `self`, keyword-only
/// parameters follow a `*`.
std::string function_schema(const ir::Function& fn);

} // namespace tsc::python
