// python/errors.cpp - Script exceptions and compile/load failures as Python exceptions.
#include "python/errors.h"

#include "frontend/diagnostic_printer.h"

#include <pybind11/pybind11.h>

#include <string>

namespace py = pybind11;

namespace tsc::python {
namespace {

std::string without_final_newline(std::string s) {
  while (!s.empty() && s.back() == '\n')
    s.pop_back();
  return s;
}

// A str from UTF-8 that may hold anything (lone surrogates from a script string).
py::str utf8(const std::string& s) {
  PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "surrogateescape");
  if (!o)
    throw py::error_already_set();
  return py::reinterpret_steal<py::str>(o);
}

} // namespace

py::object errors_class(const char* name) {
  return py::module_::import("tsc._errors").attr(name);
}

void set_script_error(const runtime::ScriptError& e) {
  try {
    py::object cls;
    if (e.type() == "KeyError") {
      cls = errors_class("ScriptKeyError");
    } else {
      py::dict builtins = py::reinterpret_borrow<py::dict>(PyEval_GetBuiltins());
      if (builtins.contains(e.type().c_str())) {
        py::object c = builtins[e.type().c_str()];
        if (PyExceptionClass_Check(c.ptr()))
          cls = c;
      }
      if (!cls)
        cls = py::reinterpret_borrow<py::object>(PyExc_RuntimeError);
    }
    std::string text = e.traceback().empty() ? e.what() : without_final_newline(e.format());
    if (e.traceback().empty() && cls.ptr() != PyExc_RuntimeError)
      text = e.message();
    py::object exc = cls(utf8(text));
    py::list frames;
    for (const runtime::TraceFrame& f : e.traceback())
      frames.append(py::make_tuple(utf8(f.file), f.line, utf8(f.function), utf8(f.source_line)));
    exc.attr("script_message") = utf8(e.message());
    exc.attr("script_type") = utf8(e.type());
    exc.attr("script_traceback") = frames;
    PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(exc.ptr())), exc.ptr());
  } catch (py::error_already_set& err) {
    err.restore();
  }
}

void throw_compile_error(const ir::DiagnosticEngine& diag) {
  std::string text = without_final_newline(frontend::format_diagnostics(diag));
  const ir::Diagnostic* first = nullptr;
  for (const ir::Diagnostic& d : diag.diagnostics()) {
    if (d.severity == ir::Severity::Error) {
      first = &d;
      break;
    }
  }
  py::object filename = py::none();
  py::object lineno = py::none();
  py::object col = py::none();
  std::string message = first ? first->message : std::string("compilation failed");
  if (first && first->range.is_valid()) {
    filename = utf8(first->range.filename());
    if (first->range.line > 0) {
      lineno = py::int_(first->range.line);
      col = py::int_(first->range.col);
    }
  }
  py::object exc = errors_class("CompileError")(utf8(text), filename, lineno, col, utf8(message));
  PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(exc.ptr())), exc.ptr());
  throw py::error_already_set();
}

void throw_load_error(const std::string& message) {
  py::object exc = errors_class("LoadError")(utf8(message));
  PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(exc.ptr())), exc.ptr());
  throw py::error_already_set();
}

} // namespace tsc::python
