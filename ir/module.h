// ir/module.h - A compilation unit in IR form: classes and functions.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/graph.h"
#include "ir/op_registry.h"
#include "ir/source_range.h"
#include "ir/type.h"

namespace tsc::ir {

/// One parameter of a function: `%y : float = 1.0` in the IR text.
struct Parameter {
  std::string name;
  TypePtr type;
  std::optional<DefaultValue> default_value;
  bool kwarg_only = false;
};

/// A function or method. Methods are named "Class.method" and take `self` first.
struct Function {
  std::string name;
  std::vector<Parameter> params;
  TypePtr return_type = nullptr;
  std::unique_ptr<Graph> graph;  ///< inputs correspond 1:1 to params
  SourceRange range;             ///< the `def` line
  const ClassType* owner = nullptr;  ///< set for methods
};

/// Classes and functions in definition order.
class Module {
 public:
  Module() = default;
  Module(const Module&) = delete;
  Module& operator=(const Module&) = delete;

  const std::vector<ClassType*>& classes() const { return classes_; }
  const std::vector<std::unique_ptr<Function>>& functions() const { return functions_; }

  void add_class(ClassType* cls) { classes_.push_back(cls); }
  Function& add_function(std::unique_ptr<Function> fn);
  Function* find_function(std::string_view name) const;
  ClassType* find_class(std::string_view name) const;

 private:
  std::vector<ClassType*> classes_;
  std::vector<std::unique_ptr<Function>> functions_;
};

}  // namespace tsc::ir
