// python/py_stdout.h - Where prim::Print writes during a call: a per-thread buffer that feeds sys.stdout.
#pragma once

#include <pybind11/pybind11.h>

#include <ostream>
#include <streambuf>
#include <string>

namespace tsc::python {

/// A std::streambuf that collects a script's output and writes each finished
/// line to Python's current sys.stdout (so pytest's capsys and redirections
/// see it), taking the GIL only then. One per thread; a call brackets the
/// script with begin() and finish().
class PrintBuffer final : public std::streambuf {
public:
  static PrintBuffer& for_this_thread();

  std::ostream& stream() { return stream_; }
  /// Starts a call (GIL held).
  void begin();
  /// Ends a call (GIL held): writes what is left. When `report_errors`,
  /// returns false with the Python error set if a write to sys.stdout failed
  /// during the call; otherwise such errors are dropped.
  bool finish(bool report_errors);

protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int_type overflow(int_type c) override;
  int sync() override;

private:
  PrintBuffer() : stream_(this) {}
  /// Writes the pending text to sys.stdout; the GIL must be held.
  void write_pending();
  /// write_pending from a thread that released the GIL.
  void write_pending_with_gil();

  std::string pending_;
  std::ostream stream_;
  PyObject* error_type_ = nullptr;
  PyObject* error_value_ = nullptr;
  PyObject* error_traceback_ = nullptr;
};

} // namespace tsc::python
