// python/types.cpp - The Python classes ScriptFunction, ScriptClass and ScriptObject (tsc._C).
#include "python/script_function.h"

#include "codegen/archive_writer.h"
#include "ir/printer.h"
#include "python/convert.h"
#include "runtime/format.h"

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <cstdio>
#include <functional>
#include <new>
#include <string>
#include <vector>

namespace py = pybind11;

namespace tsc::python {
namespace {

// The C++ object inside a pybind11 instance of a final class (no dispatch:
// the call slot below runs on every call; See Note [The call path]).
template <typename T> T* cpp_object(PyObject* self) {
  auto* inst = reinterpret_cast<py::detail::instance*>(self);
  return inst->get_value_and_holder().template value_ptr<T>();
}

template <typename T> PyObject* call_slot(PyObject* self, PyObject* args, PyObject* kwargs) {
  T* object = cpp_object<T>(self);
  if (!object) {
    PyErr_SetString(PyExc_TypeError, "this object was not created by tsc and cannot be called");
    return nullptr;
  }
  try {
    return object->call(args, kwargs);
  } catch (py::error_already_set& e) {
    e.restore();
  } catch (const std::bad_alloc&) {
    PyErr_NoMemory();
  } catch (const std::exception& e) {
    PyErr_SetString(PyExc_RuntimeError, e.what());
  }
  return nullptr;
}

py::object call_from_pybind(PyObject* (*slot)(PyObject*, PyObject*, PyObject*), py::handle self, py::args args,
                            py::kwargs kwargs) {
  PyObject* r = slot(self.ptr(), args.ptr(), kwargs.ptr());
  if (!r)
    throw py::error_already_set();
  return py::reinterpret_steal<py::object>(r);
}

[[noreturn]] void attribute_error(const std::string& message) {
  PyErr_SetString(PyExc_AttributeError, message.c_str());
  throw py::error_already_set();
}

} // namespace

void save_program(const ProgramHolder& holder, const std::string& path);

void bind_script_types(py::module_& m) {
  // ---- ScriptFunction ----
  py::class_<ScriptFunction> fn(m, "ScriptFunction", py::dynamic_attr(), py::is_final(),
                                "A compiled function (or a method bound to a script object).");
  fn.def(
        "__call__",
        [](py::handle self, py::args args, py::kwargs kwargs) {
          return call_from_pybind(&call_slot<ScriptFunction>, self, std::move(args), std::move(kwargs));
        },
        "Runs the compiled function.")
      .def_property_readonly("name", &ScriptFunction::name, "The function's name ('f'; 'norm' for Point.norm).")
      .def_property_readonly(
          "qualified_name", [](const ScriptFunction& f) { return f.ir().name; },
          "The name in the program ('f', 'Point.norm').")
      .def_property_readonly("schema", &ScriptFunction::schema, "The signature: 'f(int x, float y=1.0) -> float'.")
      .def_property_readonly("graph", &ScriptFunction::graph, "The function's IR as text (docs/ir.md).")
      .def_property_readonly("code", &ScriptFunction::code, "The source the function was compiled from.")
      .def_property_readonly(
          "program_ir",
          [](const ScriptFunction& f) { return ir::print_module(f.holder()->program->module()); },
          "The IR of every function and class compiled with this one.")
      .def(
          "save", [](const ScriptFunction& f, const std::string& path) { save_program(*f.holder(), path); },
          py::arg("path"), "Writes the program (this function and what it uses) as a .pt archive.")
      .def("__repr__", [](const ScriptFunction& f) {
        return std::string(f.is_bound() ? "<bound tsc.ScriptFunction " : "<tsc.ScriptFunction ") + f.schema() +
               ">";
      });
  reinterpret_cast<PyTypeObject*>(fn.ptr())->tp_call = &call_slot<ScriptFunction>;

  // ---- ScriptObject ----
  py::class_<ScriptObject> obj(m, "ScriptObject", py::is_final(), "An instance of a compiled class.");
  obj.def(
         "__getattr__",
         [](const ScriptObject& self, const std::string& name) -> py::object {
           const runtime::Object& o = self.value.as_object();
           const ir::ClassType* cls = o.cls();
           if (std::optional<size_t> slot = cls->find_attribute(name)) {
             PyObject* r = to_python(o.slot(*slot), self.holder);
             if (!r)
               throw py::error_already_set();
             return py::reinterpret_steal<py::object>(r);
           }
           if (cls->has_method(name)) {
             if (std::optional<size_t> index = self.holder->program->find(cls->name() + "." + name))
               return py::cast(ScriptFunction(self.holder, *index, self.value));
           }
           attribute_error("'" + cls->name() + "' object has no attribute '" + name + "'");
         },
         py::arg("name"))
      .def(
          "__setattr__",
          [](ScriptObject& self, const std::string& name, py::handle value) {
            runtime::Object& o = self.value.as_object();
            const ir::ClassType* cls = o.cls();
            std::optional<size_t> slot = cls->find_attribute(name);
            if (!slot) {
              attribute_error("'" + cls->name() + "' object has no attribute '" + name +
                              "' (a script object has the attributes its __init__ assigns)");
            }
            ir::TypePtr t = cls->attributes()[*slot].type;
            runtime::Value v;
            ConvertState st;
            if (!from_python(value.ptr(), t, v, st)) {
              set_convert_error(st, "attribute '" + name + "' of '" + cls->name() + "'", name, t);
              throw py::error_already_set();
            }
            o.slot(*slot) = std::move(v);
          },
          py::arg("name"), py::arg("value"))
      .def("__dir__",
           [](const ScriptObject& self) {
             std::vector<std::string> names;
             const ir::ClassType* cls = self.value.as_object().cls();
             for (const auto& a : cls->attributes())
               names.push_back(a.name);
             for (const auto& method : cls->methods())
               names.push_back(method);
             return names;
           })
      .def("__repr__",
           [](const ScriptObject& self) {
             char address[32];
             std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.value.heap()));
             return "<tsc.ScriptObject '" + self.value.as_object().cls()->name() + "' at " + address + ">";
           })
      .def("__eq__",
           [](const ScriptObject& self, py::handle other) -> py::object {
             if (!py::isinstance<ScriptObject>(other))
               return py::reinterpret_borrow<py::object>(Py_NotImplemented);
             return py::bool_(other.cast<const ScriptObject&>().value.heap() == self.value.heap());
           })
      .def("__hash__",
           [](const ScriptObject& self) { return std::hash<const void*>()(self.value.heap()); })
      .def_property_readonly(
          "__script_class__",
          [](const ScriptObject& self) { return ScriptClass(self.holder, self.value.as_object().cls()); },
          "The ScriptClass of the object.");

  // ---- ScriptClass ----
  py::class_<ScriptClass> cls(m, "ScriptClass", py::dynamic_attr(), py::is_final(),
                              "A compiled class: call it to build an object.");
  cls.def(
         "__call__",
         [](py::handle self, py::args args, py::kwargs kwargs) {
           return call_from_pybind(&call_slot<ScriptClass>, self, std::move(args), std::move(kwargs));
         },
         "Builds an object and runs the compiled __init__.")
      .def_property_readonly("name", [](const ScriptClass& c) { return c.cls().name(); })
      .def_property_readonly(
          "code", [](const ScriptClass& c) { return class_code(c.holder()->program->module(), c.cls()); },
          "The source the class was compiled from.")
      .def_property_readonly(
          "attributes",
          [](const ScriptClass& c) {
            std::vector<std::pair<std::string, std::string>> out;
            for (const auto& a : c.cls().attributes())
              out.emplace_back(a.name, a.type->str());
            return out;
          },
          "(name, type) of each attribute, in slot order.")
      .def_property_readonly(
          "attribute_kinds",
          [](const ScriptClass& c) {
            std::vector<std::pair<std::string, std::string>> out;
            for (const auto& a : c.cls().attributes()) {
              std::string kind = ir::attribute_kind_name(a.kind);
              out.emplace_back(a.name, kind.empty() ? std::string("plain") : kind);
            }
            return out;
          },
          "(name, kind) of each attribute in slot order; kind is 'plain', 'parameter', 'buffer' or 'module'.")
      .def_property_readonly(
          "methods", [](const ScriptClass& c) { return c.cls().methods(); }, "The method names.")
      .def_property_readonly(
          "graph",
          [](const ScriptClass& c) {
            std::string out;
            for (const std::string& name : c.cls().methods()) {
              if (std::optional<size_t> index = c.method_index(name)) {
                if (!out.empty())
                  out += "\n";
                out += ir::print_function(c.holder()->program->function(*index));
              }
            }
            return out;
          },
          "The IR of every method.")
      .def(
          "save", [](const ScriptClass& c, const std::string& path) { save_program(*c.holder(), path); },
          py::arg("path"), "Writes the program (the class and what it uses) as a .pt archive.")
      .def(
          "__getattr__",
          [](const ScriptClass& c, const std::string& name) -> py::object {
            if (std::optional<size_t> index = c.method_index(name))
              return py::cast(ScriptFunction(c.holder(), *index));
            attribute_error("script class '" + c.cls().name() + "' has no method '" + name + "'");
          },
          py::arg("name"))
      .def("__instancecheck__",
           [](const ScriptClass& c, py::handle o) {
             if (!py::isinstance<ScriptObject>(o))
               return false;
             return same_class_layout(o.cast<const ScriptObject&>().value.as_object().cls(), &c.cls());
           })
      .def("__repr__", [](const ScriptClass& c) { return "<tsc.ScriptClass '" + c.cls().name() + "'>"; });
  reinterpret_cast<PyTypeObject*>(cls.ptr())->tp_call = &call_slot<ScriptClass>;
}

} // namespace tsc::python
