// ir/printer.h - Prints IR as text that ir/parser.h reads back to an identical graph.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "ir/graph.h"
#include "ir/module.h"

namespace tsc::ir {

struct PrintOptions {
  /// Append "  # file:line:col" to nodes that have a valid range.
  bool locations = false;
};

/// A bare graph: "graph(%a : int):", its body and "return (...)". For
/// debugging and pass tracing; the parser reads functions and modules.
std::string print_graph(const Graph& graph, const PrintOptions& options = {});
std::string print_function(const Function& fn, const PrintOptions& options = {});
std::string print_module(const Module& module, const PrintOptions& options = {});

/// The names (without '%') that print_function gives the values of `fn`'s
/// graph, so that messages about values (the verifier's) match the printed IR.
/// Values not reachable from the graph's blocks have no entry.
std::unordered_map<const Value*, std::string> value_names(const Function& fn);
/// A float as Python's repr() writes it: shortest round-trip digits, always
/// with a '.' or an exponent ("1.0", "1e+20", "1e-05"), "inf", "-inf", "nan".
std::string format_float(double v);
/// A string literal in double quotes with \", \\, \n, \t, \r and \xNN escapes.
std::string quote_string(std::string_view s);

}  // namespace tsc::ir
