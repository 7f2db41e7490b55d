// python/convert.h - Python objects to runtime Values (checked against an IR type) and back.
//
// The conversion table is in docs/python.md. Containers are copied both ways
// (a Python list becomes a new runtime list of the parameter's type, a returned
// list a new Python list); script objects are shared (ScriptObject proxies).
#pragma once

#include <pybind11/pybind11.h>

#include <string>

#include "ir/type.h"
#include "python/program.h"
#include "runtime/value.h"

namespace tsc::python {

/// Why a conversion failed (the Python error, if any, is already set for
/// PyError and Value). Value: the object has the right kind (a numpy array for
/// a Tensor) but cannot be converted (negative strides, an unsupported dtype).
enum class ConvertFailure { None, Type, Overflow, PyError, Value };

struct ConvertState {
  ConvertFailure failure = ConvertFailure::None;
  /// Where inside the argument it failed, e.g. "[1]['k']" (empty: the argument itself).
  std::string path;
  /// Python's name of the offending object's type ("str", "NoneType", "Point").
  std::string found;
};

/// Converts `o` to a Value of IR type `t`: int (64-bit, bool accepted), float
/// (int accepted), bool, str, None, List/Tuple/Dict (copied, items converted),
/// Optional, Any (the type is inferred), script objects of the class, Tensor
/// (a tsc.Tensor, numpy array or torch tensor, shared without a copy; See
/// Note [Tensor arguments] in convert.cpp). Returns false and fills `st` on
/// failure. Call with the GIL held.
bool from_python(PyObject* o, ir::TypePtr t, runtime::Value& out, ConvertState& st);

/// Sets a Python TypeError/OverflowError for a failed conversion of `what`
/// (e.g. "f(): argument 'x'") expected to be `t`; for PyError keeps the
/// error already set.
void set_convert_error(const ConvertState& st, const std::string& what, const std::string& arg_name,
                       ir::TypePtr t);

/// A new reference to the Python form of `v` (null with a Python error set on
/// failure). Objects become ScriptObject proxies that find their methods in
/// the program that defined their class (or `holder`); tensors become
/// tsc.Tensor objects sharing the tensor.
PyObject* to_python(const runtime::Value& v, const HolderPtr& holder);

/// Python's name of the type of `o`, as CPython's messages use it (a script
/// object's class name for a ScriptObject).
std::string python_type_name(PyObject* o);

} // namespace tsc::python
