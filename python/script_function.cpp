// python/script_function.cpp - Argument binding, the call path, and the Python types of script code.
//
// Note [The call path]
// A call of a ScriptFunction goes through a C-level tp_call slot (no Python
// frame, no pybind11 dispatch): the Signature binds the positional and
// keyword arguments against parameter info prepared once, converting each
// Python value to a runtime Value with the GIL held; then the GIL is released
// while the bytecode runs (PyEval_SaveThread), and retaken to convert the
// result. prim::Print writes into a per-thread buffer that takes the GIL
// only to hand a finished line to sys.stdout (python/py_stdout.h).
#include "python/script_function.h"

#include "ir/printer.h"
#include "python/convert.h"
#include "python/errors.h"
#include "python/py_stdout.h"
#include "runtime/error.h"
#include "runtime/interpreter.h"
#include "runtime/value_ops.h"

#include <pybind11/pybind11.h>

#include <new>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace py = pybind11;

namespace tsc::python {
namespace {

runtime::Value default_to_value(const ir::DefaultValue& d, ir::TypePtr type) {
  if (std::holds_alternative<std::monostate>(d))
    return runtime::Value();
  if (const auto* i = std::get_if<int64_t>(&d)) {
    bool to_float = type->kind() == ir::TypeKind::Float ||
                    (type->is_optional() && type->element()->kind() == ir::TypeKind::Float);
    return to_float ? runtime::Value::from_double(static_cast<double>(*i)) : runtime::Value::from_int(*i);
  }
  if (const auto* f = std::get_if<double>(&d))
    return runtime::Value::from_double(*f);
  if (const auto* b = std::get_if<bool>(&d))
    return runtime::Value::from_bool(*b);
  return runtime::Value::from_str(std::get<std::string>(d));
}

std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// 'a', 'b' and 'c' (CPython's list of missing argument names).
std::string name_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0)
      out += (i + 1 == names.size()) ? (names.size() > 2 ? ", and " : " and ") : ", ";
    out += "'" + names[i] + "'";
  }
  return out;
}

bool type_error(const std::string& message) {
  PyErr_SetString(PyExc_TypeError, message.c_str());
  return false;
}

std::string method_short_name(const std::string& qualified) {
  size_t dot = qualified.rfind('.');
  return dot == std::string::npos ? qualified : qualified.substr(dot + 1);
}

PyObject* object_proxy(runtime::Value v, const HolderPtr& fallback) {
  HolderPtr owner = holder_of_class(v.as_object().cls());
  py::object o = py::cast(ScriptObject{std::move(v), owner ? owner : fallback});
  return o.release().ptr();
}

} // namespace

// ---- Signature ----

Signature::Signature(const ir::Function& fn, size_t bound) : display_name_(fn.name), bound_(bound) {
  for (const ir::Parameter& p : fn.params) {
    ParamInfo info;
    info.name = p.name;
    PyObject* s = PyUnicode_InternFromString(p.name.c_str());
    if (!s)
      throw py::error_already_set();
    info.py_name = py::reinterpret_steal<py::object>(s);
    info.type = p.type;
    if (p.default_value)
      info.default_value = default_to_value(*p.default_value, p.type);
    info.kwarg_only = p.kwarg_only;
    if (!p.kwarg_only)
      ++positional_;
    params_.push_back(std::move(info));
  }
}

bool Signature::convert(PyObject* o, size_t i, runtime::Value& out) const {
  ConvertState st;
  if (from_python(o, params_[i].type, out, st))
    return true;
  set_convert_error(st, display_name_ + "(): argument '" + params_[i].name + "'", params_[i].name, params_[i].type);
  return false;
}

bool Signature::bind(PyObject* args, PyObject* kwargs, std::vector<runtime::Value>& out) const {
  const size_t nargs = static_cast<size_t>(PyTuple_GET_SIZE(args));
  const size_t n = params_.size();
  out.resize(n);
  if (nargs + bound_ > positional_) {
    size_t with_default = 0;
    for (size_t i = 0; i < n; ++i)
      with_default += !params_[i].kwarg_only && params_[i].default_value ? 1 : 0;
    std::string takes = with_default ? "from " + std::to_string(positional_ - with_default) + " to " +
                                           std::to_string(positional_) + " positional arguments"
                                     : plural(positional_, "positional argument");
    return type_error(display_name_ + "() takes " + takes + " but " + std::to_string(nargs + bound_) +
                      (nargs + bound_ == 1 ? " was" : " were") + " given");
  }
  for (size_t i = 0; i < nargs; ++i) {
    if (!convert(PyTuple_GET_ITEM(args, i), bound_ + i, out[bound_ + i]))
      return false;
  }
  const size_t filled = bound_ + nargs;
  if (!kwargs || PyDict_GET_SIZE(kwargs) == 0) {
    if (filled == n)
      return true;
    // Defaults for the rest (the common case without keywords).
    for (size_t i = filled; i < n; ++i) {
      if (!params_[i].default_value) {
        std::vector<bool> given(n, false);
        for (size_t j = 0; j < filled; ++j)
          given[j] = true;
        return fail_missing(out, given);
      }
      out[i] = *params_[i].default_value;
    }
    return true;
  }
  std::vector<bool> given(n, false);
  for (size_t j = 0; j < filled; ++j)
    given[j] = true;
  PyObject* key;
  PyObject* value;
  Py_ssize_t pos = 0;
  while (PyDict_Next(kwargs, &pos, &key, &value)) {
    size_t found = n;
    for (size_t i = bound_; i < n; ++i) {
      if (params_[i].py_name.ptr() == key) {
        found = i;
        break;
      }
    }
    if (found == n && PyUnicode_Check(key)) {
      for (size_t i = bound_; i < n; ++i) {
        int eq = PyUnicode_Compare(params_[i].py_name.ptr(), key);
        if (eq == 0) {
          found = i;
          break;
        }
      }
    }
    if (found == n) {
      if (!PyUnicode_Check(key))
        return type_error(display_name_ + "() keywords must be strings");
      return type_error(display_name_ + "() got an unexpected keyword argument '" +
                        std::string(PyUnicode_AsUTF8(key)) + "'");
    }
    if (given[found])
      return type_error(display_name_ + "() got multiple values for argument '" + params_[found].name + "'");
    if (!convert(value, found, out[found]))
      return false;
    given[found] = true;
  }
  for (size_t i = filled; i < n; ++i) {
    if (given[i])
      continue;
    if (!params_[i].default_value)
      return fail_missing(out, given);
    out[i] = *params_[i].default_value;
    given[i] = true;
  }
  return true;
}

bool Signature::fail_missing(const std::vector<runtime::Value>&, const std::vector<bool>& given) const {
  std::vector<std::string> positional, keyword;
  for (size_t i = 0; i < params_.size(); ++i) {
    if (given[i] || params_[i].default_value)
      continue;
    (params_[i].kwarg_only ? keyword : positional).push_back(params_[i].name);
  }
  if (!positional.empty()) {
    return type_error(display_name_ + "() missing " + std::to_string(positional.size()) +
                      " required positional argument" + (positional.size() == 1 ? "" : "s") + ": " +
                      name_list(positional));
  }
  return type_error(display_name_ + "() missing " + std::to_string(keyword.size()) +
                    " required keyword-only argument" + (keyword.size() == 1 ? "" : "s") + ": " +
                    name_list(keyword));
}

// ---- the call ----

PyObject* invoke(const HolderPtr& holder, size_t index, std::vector<runtime::Value>& args) {
  PrintBuffer& out = PrintBuffer::for_this_thread();
  out.begin();
  runtime::Value result;
  PyThreadState* saved = PyEval_SaveThread();
  try {
    result = runtime::run_function(*holder->program, index, args, out.stream());
  } catch (const runtime::ScriptError& e) {
    PyEval_RestoreThread(saved);
    out.finish(/*report_errors=*/false);
    set_script_error(e);
    return nullptr;
  } catch (const std::bad_alloc&) {
    PyEval_RestoreThread(saved);
    out.finish(false);
    PyErr_NoMemory();
    return nullptr;
  } catch (const std::exception& e) {
    PyEval_RestoreThread(saved);
    out.finish(false);
    PyErr_SetString(PyExc_RuntimeError, e.what());
    return nullptr;
  }
  PyEval_RestoreThread(saved);
  if (!out.finish(true))
    return nullptr;
  if (result.is_object())
    return object_proxy(std::move(result), holder);
  return to_python(result, holder);
}

// ---- ScriptFunction ----

ScriptFunction::ScriptFunction(HolderPtr holder, size_t index, std::optional<runtime::Value> self)
    : holder_(std::move(holder)), index_(index), fn_(&holder_->program->function(index)),
      signature_(*fn_, self ? 1 : 0), self_(std::move(self)) {}

PyObject* ScriptFunction::call(PyObject* args, PyObject* kwargs) const {
  std::vector<runtime::Value> values;
  if (!signature_.bind(args, kwargs, values))
    return nullptr;
  if (self_)
    values[0] = *self_;
  return invoke(holder_, index_, values);
}

std::string ScriptFunction::name() const {
  return fn_->owner ? method_short_name(fn_->name) : fn_->name;
}

std::string ScriptFunction::graph() const {
  return ir::print_function(*fn_);
}

// ---- ScriptClass ----

ScriptClass::ScriptClass(HolderPtr holder, const ir::ClassType* cls) : holder_(std::move(holder)), cls_(cls) {
  init_ = holder_->program->find(cls->name() + ".__init__");
  if (init_)
    init_signature_.emplace(holder_->program->function(*init_), 1);
}

std::optional<size_t> ScriptClass::method_index(const std::string& name) const {
  if (!cls_->has_method(name))
    return std::nullopt;
  return holder_->program->find(cls_->name() + "." + name);
}

PyObject* ScriptClass::call(PyObject* args, PyObject* kwargs) const {
  runtime::Value object(runtime::Ref<runtime::Object>::make(cls_));
  if (!init_) {
    if (PyTuple_GET_SIZE(args) != 0 || (kwargs && PyDict_GET_SIZE(kwargs) != 0)) {
      type_error(cls_->name() + "() takes no arguments");
      return nullptr;
    }
  } else {
    std::vector<runtime::Value> values;
    if (!init_signature_->bind(args, kwargs, values))
      return nullptr;
    values[0] = object;
    PyObject* none = invoke(holder_, *init_, values);
    if (!none)
      return nullptr;
    Py_DECREF(none);
  }
  return object_proxy(std::move(object), holder_);
}

} // namespace tsc::python
