// python/py_stdout.cpp - prim::Print output to sys.stdout, a finished line at a time.
#include "python/py_stdout.h"

#include <cstring>

namespace tsc::python {

PrintBuffer& PrintBuffer::for_this_thread() {
  // Leaked on purpose: a thread's buffer may be reached while the interpreter
  // shuts down, after thread_local destructors would have run.
  thread_local PrintBuffer* buffer = new PrintBuffer();
  return *buffer;
}

void PrintBuffer::begin() {
  pending_.clear();
}

bool PrintBuffer::finish(bool report_errors) {
  write_pending();
  if (!error_type_)
    return true;
  if (report_errors && !PyErr_Occurred()) {
    PyErr_Restore(error_type_, error_value_, error_traceback_);
  } else {
    Py_XDECREF(error_type_);
    Py_XDECREF(error_value_);
    Py_XDECREF(error_traceback_);
  }
  error_type_ = error_value_ = error_traceback_ = nullptr;
  return !report_errors;
}

std::streamsize PrintBuffer::xsputn(const char* s, std::streamsize n) {
  pending_.append(s, static_cast<size_t>(n));
  if (std::memchr(s, '\n', static_cast<size_t>(n)))
    write_pending_with_gil();
  return n;
}

PrintBuffer::int_type PrintBuffer::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof()))
    return traits_type::not_eof(c);
  pending_.push_back(traits_type::to_char_type(c));
  if (traits_type::to_char_type(c) == '\n')
    write_pending_with_gil();
  return c;
}

int PrintBuffer::sync() {
  write_pending_with_gil();
  return 0;
}

void PrintBuffer::write_pending_with_gil() {
  PyGILState_STATE state = PyGILState_Ensure();
  write_pending();
  PyGILState_Release(state);
}

void PrintBuffer::write_pending() {
  if (pending_.empty())
    return;
  PyObject* out = PySys_GetObject("stdout"); // borrowed
  if (out && out != Py_None) {
    PyObject* text = PyUnicode_DecodeUTF8(pending_.data(), static_cast<Py_ssize_t>(pending_.size()), "replace");
    PyObject* r = text ? PyObject_CallMethod(out, "write", "O", text) : nullptr;
    Py_XDECREF(text);
    if (r) {
      Py_DECREF(r);
    } else if (!error_type_) {
      PyErr_Fetch(&error_type_, &error_value_, &error_traceback_);
    } else {
      PyErr_Clear();
    }
  }
  pending_.clear();
}

} // namespace tsc::python
