// python/script_function.h - The objects Python code holds: ScriptFunction, ScriptClass, ScriptObject.
//
// A call converts the arguments (with the GIL), releases the GIL while the
// bytecode runs, and converts the result back; see Note [The call path].
#pragma once

#include <pybind11/pybind11.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "ir/module.h"
#include "python/program.h"
#include "runtime/value.h"

namespace tsc::python {

/// One parameter, prepared once so that a call does no lookups.
struct ParamInfo {
  std::string name;
  pybind11::object py_name; ///< the interned Python str, compared by identity first
  ir::TypePtr type = nullptr;
  std::optional<runtime::Value> default_value;
  bool kwarg_only = false;
};

/// The calling convention of one compiled function: Python's rules for
/// positional, keyword and default arguments, with CPython 3.11's messages.
class Signature {
public:
  Signature(const ir::Function& fn, size_t bound);

  /// Fills `out` (one Value per parameter, `bound` leading ones left for the
  /// caller) from `args`/`kwargs`. Returns false with a Python TypeError,
  /// OverflowError or conversion error set.
  bool bind(PyObject* args, PyObject* kwargs, std::vector<runtime::Value>& out) const;

  const std::string& display_name() const { return display_name_; }

private:
  bool fail_missing(const std::vector<runtime::Value>& out, const std::vector<bool>& given) const;
  bool convert(PyObject* o, size_t i, runtime::Value& out) const;

  std::string display_name_; ///< "f", or "Point.norm1" as CPython's qualname
  std::vector<ParamInfo> params_;
  size_t bound_ = 0;      ///< leading parameters the caller supplies (self)
  size_t positional_ = 0; ///< parameters that may be given by position (with bound ones)
};

/// Runs function `index` of `holder` with `args` (one per parameter) and
/// returns the converted result, or null with a Python error set. The GIL is
/// held on entry and exit and released while the script runs.
PyObject* invoke(const HolderPtr& holder, size_t index, std::vector<runtime::Value>& args);

/// A compiled function callable from Python (also a bound method, when `self` is set).
class ScriptFunction {
public:
  ScriptFunction(HolderPtr holder, size_t index, std::optional<runtime::Value> self = std::nullopt);

  /// tp_call: a new reference, or null with a Python error set.
  PyObject* call(PyObject* args, PyObject* kwargs) const;

  const ir::Function& ir() const { return *fn_; }
  const HolderPtr& holder() const { return holder_; }
  /// The Python name: "f", or "norm1" for the method Point.norm1.
  std::string name() const;
  std::string schema() const { return function_schema(*fn_); }
  std::string graph() const;
  std::string code() const { return function_code(*fn_); }
  bool is_bound() const { return self_.has_value(); }

private:
  HolderPtr holder_;
  size_t index_;
  const ir::Function* fn_;
  Signature signature_;
  std::optional<runtime::Value> self_;
};

/// A script object seen from Python: attributes by name, methods bound to it.
struct ScriptObject {
  runtime::Value value; ///< Tag::Object
  HolderPtr holder;     ///< the program that defined its class
};

/// A compiled class: calling it builds an object and runs `__init__`.
class ScriptClass {
public:
  ScriptClass(HolderPtr holder, const ir::ClassType* cls);

  PyObject* call(PyObject* args, PyObject* kwargs) const;

  const ir::ClassType& cls() const { return *cls_; }
  const HolderPtr& holder() const { return holder_; }
  /// The method `name` as an unbound ScriptFunction (self passed explicitly), if any.
  std::optional<size_t> method_index(const std::string& name) const;

private:
  HolderPtr holder_;
  const ir::ClassType* cls_;
  std::optional<size_t> init_;
  std::optional<Signature> init_signature_;
};

/// Registers ScriptFunction, ScriptClass and ScriptObject in module `m`
/// (installing the C-level call slots).
void bind_script_types(pybind11::module_& m);

} // namespace tsc::python
