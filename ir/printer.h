// ir/printer.h - Prints IR as text that ir/parser.h reads back to an identical graph.
#pragma once

#include <string>

#include "ir/graph.h"
#include "ir/module.h"

namespace tsc::ir {

struct PrintOptions {
  /// Append "  # file:line:col" to nodes that have a valid range.
  bool locations = false;
};

std::string print_graph(const Graph& graph, const PrintOptions& options = {});
std::string print_function(const Function& fn, const PrintOptions& options = {});
std::string print_module(const Module& module, const PrintOptions& options = {});

}  // namespace tsc::ir
