// ir/module.cpp - A compilation unit in IR form: classes and functions in definition order.
#include "ir/module.h"

#include "ir/assert.h"

namespace tsc::ir {

Function& Module::add_function(std::unique_ptr<Function> fn) {
  TSC_ASSERT(fn != nullptr, "add_function(null)");
  functions_.push_back(std::move(fn));
  return *functions_.back();
}

Function* Module::find_function(std::string_view name) const {
  for (const auto& fn : functions_) {
    if (fn->name == name)
      return fn.get();
  }
  return nullptr;
}

ClassType* Module::find_class(std::string_view name) const {
  for (ClassType* cls : classes_) {
    if (cls->name() == name)
      return cls;
  }
  return nullptr;
}

} // namespace tsc::ir
