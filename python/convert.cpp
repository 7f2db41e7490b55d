// python/convert.cpp - Python objects to runtime Values and back (the table in docs/python.md).
//
// Note [Tensor arguments]
// A Tensor parameter takes a tsc.Tensor (shared), a numpy array (as
// tsc.from_numpy: zero-copy, strides kept) or any DLPack producer with
// __dlpack__ and __dlpack_device__ (a torch tensor: zero-copy), so a script
// that writes into an argument writes the caller's memory, as in TorchScript.
// Python numbers, lists and None are not tensors (TorchScript refuses them
// too). A torch tensor that requires grad is passed as its detach() (same
// memory): scripts have no autograd, and torch refuses to export it through
// DLPack otherwise. An array that cannot be shared (negative strides, an
// unsupported dtype) is a ConvertFailure::Value with the library's exception
// type and message. Results are tsc.Tensor objects sharing the result.
#include "python/convert.h"

#include "ir/assert.h"
#include "python/script_function.h"
#include "python/tensor.h"
#include "runtime/dict.h"
#include "runtime/tensor/tensor.h"
#include "runtime/value_ops.h"

#include <pybind11/pybind11.h>

#include <cstring>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace tsc::python {
namespace {

using ir::Type;
using ir::TypeKind;
using ir::TypePtr;
using runtime::Value;

bool fail(ConvertState& st, ConvertFailure why, PyObject* o) {
  st.failure = why;
  if (why != ConvertFailure::PyError)
    st.found = python_type_name(o);
  return false;
}

// numpy's scalar types by name, so that numpy need not be imported here.
bool is_numpy_type(PyObject* o, const char* prefix) {
  const char* name = Py_TYPE(o)->tp_name;
  return std::strncmp(name, "numpy.", 6) == 0 && std::strncmp(name + 6, prefix, std::strlen(prefix)) == 0;
}

ScriptObject* as_script_object(PyObject* o) {
  static PyTypeObject* type = nullptr;
  if (!type) {
    py::handle t = py::detail::get_type_handle(typeid(ScriptObject), false);
    type = reinterpret_cast<PyTypeObject*>(t.ptr());
  }
  if (!type || Py_TYPE(o) != type)
    return nullptr;
  return py::handle(o).cast<ScriptObject*>();
}

PyTypeObject* tensor_py_type() {
  static PyTypeObject* type = nullptr;
  if (!type) {
    py::handle t = py::detail::get_type_handle(typeid(runtime::tensor::Tensor), false);
    type = reinterpret_cast<PyTypeObject*>(t.ptr());
  }
  return type;
}

// A tsc.Tensor, a numpy array or a DLPack producer (a torch tensor): what a
// Tensor parameter accepts. Python numbers and lists are not tensors, as in
// TorchScript.
bool is_tensor_like(PyObject* o) {
  if (Py_TYPE(o) == tensor_py_type())
    return true;
  if (PyLong_Check(o) || PyFloat_Check(o) || PyUnicode_Check(o) || PyList_Check(o) || PyTuple_Check(o) ||
      PyDict_Check(o) || o == Py_None || PyCapsule_CheckExact(o))
    return false;
  if (is_numpy_type(o, "ndarray"))
    return true;
  return PyObject_HasAttrString(o, "__dlpack__") && PyObject_HasAttrString(o, "__dlpack_device__");
}

// True for a torch tensor of dtype torch.bool (torch need not be imported here).
bool is_torch_bool(py::handle o) {
  if (!PyObject_HasAttrString(o.ptr(), "dtype"))
    return false;
  py::object dtype = o.attr("dtype");
  return py::str(dtype).cast<std::string>() == "torch.bool";
}

// See Note [Tensor arguments].
bool tensor_from_python_arg(PyObject* o, Value& out, ConvertState& st) {
  PyTypeObject* type = tensor_py_type();
  if (type && Py_TYPE(o) == type) {
    // The common case: a tsc.Tensor is shared as is.
    const auto& t = py::handle(o).cast<const runtime::tensor::Tensor&>();
    out = Value(runtime::Ref<runtime::tensor::TensorImpl>(t.ref()));
    return true;
  }
  if (!is_tensor_like(o))
    return fail(st, ConvertFailure::Type, o);
  try {
    py::handle source(o);
    py::object detached;
    // torch refuses __dlpack__ on a tensor that requires grad; scripts have
    // no autograd, so such a tensor is passed as its detach(): same memory.
    if (!is_numpy_type(o, "ndarray") && PyObject_HasAttrString(o, "requires_grad")) {
      py::object rg = py::handle(o).attr("requires_grad");
      if (PyBool_Check(rg.ptr()) && rg.ptr() == Py_True) {
        detached = py::handle(o).attr("detach")();
        source = detached;
      }
    }
    // DLPack 0.6 (torch 1.13) has no bool: a torch bool tensor goes over as
    // its uint8 view (same bytes) and is viewed back as bool.
    const bool torch_bool = !is_numpy_type(o, "ndarray") && is_torch_bool(source);
    if (torch_bool) {
      detached = source.attr("view")(py::module_::import("torch").attr("uint8"));
      source = detached;
    }
    std::optional<runtime::tensor::Tensor> t = tensor_from_python(source);
    if (!t)
      return fail(st, ConvertFailure::Type, o);
    if (torch_bool) {
      const runtime::tensor::TensorImpl& impl = *t->impl();
      t = runtime::tensor::Tensor(runtime::Ref<runtime::tensor::TensorImpl>::make(
          impl.storage(), impl.storage_offset(), impl.sizes(), impl.strides(), runtime::tensor::DType::Bool));
    }
    out = Value(runtime::Ref<runtime::tensor::TensorImpl>(t->ref()));
    return true;
  } catch (py::error_already_set& e) {
    e.restore();
    st.failure = ConvertFailure::Value;
    st.found = python_type_name(o);
    return false;
  }
}

bool int_from_python(PyObject* o, Value& out, ConvertState& st) {
  if (PyBool_Check(o)) {
    out = Value::from_bool(o == Py_True);
    return true;
  }
  PyObject* number = nullptr;
  if (PyLong_Check(o)) {
    number = o;
    Py_INCREF(number);
  } else if (PyIndex_Check(o) && !PyFloat_Check(o)) {
    number = PyNumber_Index(o);
    if (!number)
      return fail(st, ConvertFailure::PyError, o);
  } else {
    return fail(st, ConvertFailure::Type, o);
  }
  int overflow = 0;
  long long v = PyLong_AsLongLongAndOverflow(number, &overflow);
  Py_DECREF(number);
  if (overflow)
    return fail(st, ConvertFailure::Overflow, o);
  if (v == -1 && PyErr_Occurred())
    return fail(st, ConvertFailure::PyError, o);
  out = Value::from_int(v);
  return true;
}

bool float_from_python(PyObject* o, Value& out, ConvertState& st) {
  if (PyFloat_Check(o)) {
    out = Value::from_double(PyFloat_AS_DOUBLE(o));
    return true;
  }
  if (PyLong_Check(o) || is_numpy_type(o, "float") || is_numpy_type(o, "int") || is_numpy_type(o, "uint")) {
    double d = PyFloat_AsDouble(o); // an int too large for a double raises OverflowError, as float() does
    if (d == -1.0 && PyErr_Occurred())
      return fail(st, ConvertFailure::PyError, o);
    out = Value::from_double(d);
    return true;
  }
  return fail(st, ConvertFailure::Type, o);
}

bool str_from_python(PyObject* o, Value& out, ConvertState& st) {
  if (!PyUnicode_Check(o))
    return fail(st, ConvertFailure::Type, o);
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(o, &size);
  if (!data)
    return fail(st, ConvertFailure::PyError, o);
  out = Value::from_str(std::string_view(data, static_cast<size_t>(size)));
  return true;
}

// "[3]" or "['k']" for a failure inside a container.
void prepend_index(ConvertState& st, std::string index) {
  st.path = std::move(index) + st.path;
}

std::string key_text(PyObject* key) {
  PyObject* r = PyObject_Repr(key);
  if (!r) {
    PyErr_Clear();
    return "?";
  }
  const char* s = PyUnicode_AsUTF8(r);
  std::string out = s ? s : "?";
  Py_DECREF(r);
  if (!s)
    PyErr_Clear();
  return out;
}

// The IR type a Python value has when the target is Any (or a list item of
// an Any list): None, bool, int, float, str, tuples of those, lists and dicts
// of a common item type (Any when they disagree), script objects.
TypePtr infer_type(PyObject* o);

TypePtr common_item_type(const std::vector<TypePtr>& types) {
  if (types.empty())
    return Type::any_type();
  TypePtr t = types[0];
  for (TypePtr u : types) {
    if (!u)
      return nullptr;
    std::optional<TypePtr> unified = ir::unify(t, u);
    if (!unified)
      return Type::any_type();
    t = *unified;
  }
  return t;
}

TypePtr infer_type(PyObject* o) {
  if (o == Py_None)
    return Type::none_type();
  if (PyBool_Check(o))
    return Type::bool_type();
  if (PyLong_Check(o))
    return Type::int_type();
  if (PyFloat_Check(o))
    return Type::float_type();
  if (PyUnicode_Check(o))
    return Type::str_type();
  if (PyTuple_Check(o)) {
    std::vector<TypePtr> items;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(o); ++i) {
      TypePtr t = infer_type(PyTuple_GET_ITEM(o, i));
      if (!t)
        return nullptr;
      items.push_back(t);
    }
    return Type::tuple_of(std::move(items));
  }
  if (PyList_Check(o)) {
    std::vector<TypePtr> items;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(o); ++i)
      items.push_back(infer_type(PyList_GET_ITEM(o, i)));
    TypePtr t = common_item_type(items);
    return t ? Type::list_of(t) : nullptr;
  }
  if (PyDict_Check(o)) {
    std::vector<TypePtr> keys, values;
    PyObject* k;
    PyObject* v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(o, &pos, &k, &v)) {
      keys.push_back(infer_type(k));
      values.push_back(infer_type(v));
    }
    TypePtr kt = common_item_type(keys);
    TypePtr vt = common_item_type(values);
    return kt && vt ? Type::dict_of(kt, vt) : nullptr;
  }
  if (ScriptObject* so = as_script_object(o))
    return so->value.as_object().cls();
  if (is_tensor_like(o))
    return Type::tensor_type();
  return nullptr;
}

} // namespace

std::string python_type_name(PyObject* o) {
  if (ScriptObject* so = as_script_object(o))
    return so->value.as_object().cls()->name();
  return Py_TYPE(o)->tp_name;
}

bool from_python(PyObject* o, TypePtr t, Value& out, ConvertState& st) {
  switch (t->kind()) {
  case TypeKind::Int:
    return int_from_python(o, out, st);
  case TypeKind::Float:
    return float_from_python(o, out, st);
  case TypeKind::Bool:
    if (PyBool_Check(o) || is_numpy_type(o, "bool")) {
      int b = PyObject_IsTrue(o);
      if (b < 0)
        return fail(st, ConvertFailure::PyError, o);
      out = Value::from_bool(b != 0);
      return true;
    }
    return fail(st, ConvertFailure::Type, o);
  case TypeKind::Str:
    return str_from_python(o, out, st);
  case TypeKind::None:
    if (o != Py_None)
      return fail(st, ConvertFailure::Type, o);
    out = Value();
    return true;
  case TypeKind::Optional:
    if (o == Py_None) {
      out = Value();
      return true;
    }
    return from_python(o, t->element(), out, st);
  case TypeKind::Number:
    if (PyBool_Check(o) || PyLong_Check(o))
      return int_from_python(o, out, st);
    if (PyFloat_Check(o))
      return float_from_python(o, out, st);
    return fail(st, ConvertFailure::Type, o);
  case TypeKind::List: {
    if (!PyList_Check(o))
      return fail(st, ConvertFailure::Type, o);
    auto list = runtime::Ref<runtime::ListObject>::make(t);
    const Py_ssize_t n = PyList_GET_SIZE(o);
    list->reserve(static_cast<size_t>(n));
    TypePtr elem = t->element();
    for (Py_ssize_t i = 0; i < n; ++i) {
      Value item;
      // The list may shrink while an item converts (its __index__ may run code).
      if (i >= PyList_GET_SIZE(o))
        break;
      if (!from_python(PyList_GET_ITEM(o, i), elem, item, st)) {
        prepend_index(st, "[" + std::to_string(i) + "]");
        return false;
      }
      list->push_back(item);
    }
    out = Value(std::move(list));
    return true;
  }
  case TypeKind::Tuple: {
    if (!PyTuple_Check(o))
      return fail(st, ConvertFailure::Type, o);
    const auto& types = t->contained();
    if (static_cast<size_t>(PyTuple_GET_SIZE(o)) != types.size()) {
      st.failure = ConvertFailure::Type;
      st.found = "a tuple of " + std::to_string(PyTuple_GET_SIZE(o)) + " items";
      return false;
    }
    std::vector<Value> items(types.size());
    for (size_t i = 0; i < types.size(); ++i) {
      if (!from_python(PyTuple_GET_ITEM(o, static_cast<Py_ssize_t>(i)), types[i], items[i], st)) {
        prepend_index(st, "[" + std::to_string(i) + "]");
        return false;
      }
    }
    out = runtime::make_tuple(std::move(items));
    return true;
  }
  case TypeKind::Dict: {
    if (!PyDict_Check(o))
      return fail(st, ConvertFailure::Type, o);
    Value d = runtime::make_dict(t);
    runtime::Dict& dict = d.as_dict().dict();
    // A copy of the items: converting a value may run Python code.
    PyObject* items_list = PyDict_Items(o);
    if (!items_list)
      return fail(st, ConvertFailure::PyError, o);
    py::list items = py::reinterpret_steal<py::list>(items_list);
    for (py::handle item : items) {
      PyObject* key = PyTuple_GET_ITEM(item.ptr(), 0);
      PyObject* value = PyTuple_GET_ITEM(item.ptr(), 1);
      Value k, v;
      if (!from_python(key, t->key(), k, st)) {
        st.path = " key " + key_text(key) + st.path;
        return false;
      }
      if (!from_python(value, t->value(), v, st)) {
        prepend_index(st, "[" + key_text(key) + "]");
        return false;
      }
      dict.set(k, std::move(v));
    }
    out = std::move(d);
    return true;
  }
  case TypeKind::Class: {
    ScriptObject* so = as_script_object(o);
    if (!so || !same_class_layout(so->value.as_object().cls(), static_cast<const ir::ClassType*>(t)))
      return fail(st, ConvertFailure::Type, o);
    out = so->value;
    return true;
  }
  case TypeKind::Any: {
    TypePtr inferred = infer_type(o);
    if (!inferred || inferred->kind() == TypeKind::Any)
      return fail(st, ConvertFailure::Type, o);
    return from_python(o, inferred, out, st);
  }
  case TypeKind::Tensor:
    return tensor_from_python_arg(o, out, st);
  case TypeKind::Var:
    break;
  }
  return fail(st, ConvertFailure::Type, o);
}

void set_convert_error(const ConvertState& st, const std::string& what, const std::string& arg_name,
                       TypePtr t) {
  switch (st.failure) {
  case ConvertFailure::PyError:
  case ConvertFailure::None:
    if (!PyErr_Occurred())
      PyErr_SetString(PyExc_TypeError, (what + " could not be converted").c_str());
    return;
  case ConvertFailure::Value: {
    // A tensor-like value that cannot be shared: keep the exception type,
    // say which argument (and where inside it) it was.
    PyObject* type = nullptr;
    PyObject* value = nullptr;
    PyObject* trace = nullptr;
    PyErr_Fetch(&type, &value, &trace);
    std::string detail = "could not be converted";
    if (value) {
      if (PyObject* text = PyObject_Str(value)) {
        if (const char* c = PyUnicode_AsUTF8(text))
          detail = c;
        Py_DECREF(text);
      }
      PyErr_Clear();
    }
    std::string where = st.path.empty() ? what : what + " (" + arg_name + st.path + ")";
    PyErr_SetString(type ? type : PyExc_TypeError, (where + ": " + detail).c_str());
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(trace);
    return;
  }
  case ConvertFailure::Overflow: {
    std::string where = st.path.empty() ? what : what + ": " + arg_name + st.path;
    PyErr_SetString(PyExc_OverflowError, (where + " does not fit in a 64-bit int").c_str());
    return;
  }
  case ConvertFailure::Type: {
    std::string message = what + " must be " + t->str();
    if (st.path.empty())
      message += ", not " + st.found;
    else if (st.path.rfind(" key ", 0) == 0)
      message += ", but the" + st.path + " is " + st.found;
    else
      message += ", but " + arg_name + st.path + " is " + st.found;
    PyErr_SetString(PyExc_TypeError, message.c_str());
    return;
  }
  }
}

PyObject* to_python(const Value& v, const HolderPtr& holder) {
  switch (v.tag()) {
  case runtime::Tag::None:
    Py_RETURN_NONE;
  case runtime::Tag::Bool:
    return PyBool_FromLong(v.to_bool() ? 1 : 0);
  case runtime::Tag::Int:
    return PyLong_FromLongLong(v.to_int());
  case runtime::Tag::Double:
    return PyFloat_FromDouble(v.to_double());
  case runtime::Tag::Str: {
    std::string_view s = v.str_view();
    return PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "surrogateescape");
  }
  case runtime::Tag::List: {
    const runtime::ListObject& list = v.as_list();
    const size_t n = list.size();
    PyObject* out = PyList_New(static_cast<Py_ssize_t>(n));
    if (!out)
      return nullptr;
    for (size_t i = 0; i < n; ++i) {
      PyObject* item = nullptr;
      switch (list.storage()) {
      case runtime::ListStorage::Ints:
        item = PyLong_FromLongLong(list.ints()[i]);
        break;
      case runtime::ListStorage::Floats:
        item = PyFloat_FromDouble(list.floats()[i]);
        break;
      case runtime::ListStorage::Bools:
        item = PyBool_FromLong(list.bools()[i]);
        break;
      case runtime::ListStorage::Values:
        item = to_python(list.values()[i], holder);
        break;
      }
      if (!item) {
        Py_DECREF(out);
        return nullptr;
      }
      PyList_SET_ITEM(out, static_cast<Py_ssize_t>(i), item);
    }
    return out;
  }
  case runtime::Tag::Tuple: {
    const auto& items = v.as_tuple().items();
    PyObject* out = PyTuple_New(static_cast<Py_ssize_t>(items.size()));
    if (!out)
      return nullptr;
    for (size_t i = 0; i < items.size(); ++i) {
      PyObject* item = to_python(items[i], holder);
      if (!item) {
        Py_DECREF(out);
        return nullptr;
      }
      PyTuple_SET_ITEM(out, static_cast<Py_ssize_t>(i), item);
    }
    return out;
  }
  case runtime::Tag::Dict: {
    PyObject* out = PyDict_New();
    if (!out)
      return nullptr;
    bool ok = true;
    v.as_dict().dict().for_each([&](const Value& key, const Value& value) {
      if (!ok)
        return;
      PyObject* k = to_python(key, holder);
      PyObject* x = k ? to_python(value, holder) : nullptr;
      ok = k && x && PyDict_SetItem(out, k, x) == 0;
      Py_XDECREF(k);
      Py_XDECREF(x);
    });
    if (!ok) {
      Py_DECREF(out);
      return nullptr;
    }
    return out;
  }
  case runtime::Tag::Object: {
    HolderPtr owner = holder_of_class(v.as_object().cls());
    try {
      py::object o = py::cast(ScriptObject{v, owner ? owner : holder});
      return o.release().ptr();
    } catch (py::error_already_set& e) {
      e.restore();
      return nullptr;
    }
  }
  case runtime::Tag::Function:
    return PyUnicode_FromString(v.as_function().name().c_str());
  case runtime::Tag::Tensor: {
    runtime::tensor::Tensor t(
        runtime::Ref<runtime::tensor::TensorImpl>(static_cast<runtime::tensor::TensorImpl*>(v.heap())));
    try {
      return tensor_to_python(std::move(t)).release().ptr();
    } catch (py::error_already_set& e) {
      e.restore();
      return nullptr;
    }
  }
  }
  TSC_UNREACHABLE("a value tag without a Python form");
}

} // namespace tsc::python
