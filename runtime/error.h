// runtime/error.h - Script exceptions: Python's exception name, message and a script traceback.
//
// Kernels and the interpreter raise a ScriptError (a C++ exception: this is
// the interpreter's edge, STYLE.md §6). The interpreter catches it once per
// call from C++, fills in one traceback entry per active script frame and
// rethrows, so the embedder sees Python's view of the failure:
//
//   Traceback (most recent call last):
//     File "model.py", line 12, in main
//       return helper(x)
//     File "model.py", line 5, in helper
//       raise ValueError("bad")
//   ValueError: bad
#pragma once

#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

namespace tsc::runtime {

/// One frame of a traceback: where a function was when the exception passed.
struct TraceFrame {
  std::string function;    ///< as Python names it: "bump" for the method Counter.bump
  std::string file;        ///< empty when the IR carries no location
  uint32_t line = 0;       ///< 1-based; 0 when unknown
  std::string source_line; ///< the line's text without surrounding blanks; empty when unknown
};

/// An exception raised by a script (or by a builtin it called).
class ScriptError : public std::exception {
public:
  /// `type` is Python's exception class name ("ValueError"); `message` is what
  /// str() of the exception gives ("" for none: the last line is then just the name).
  ScriptError(std::string type, std::string message);

  const std::string& type() const { return type_; }
  const std::string& message() const { return message_; }
  /// Outermost call first, as Python prints it.
  const std::vector<TraceFrame>& traceback() const { return traceback_; }
  /// Adds frames on the outside (callers) of the ones recorded so far.
  void prepend_frames(std::vector<TraceFrame> outer);

  /// "ValueError: bad", or "ValueError" when the message is empty.
  const char* what() const noexcept override { return what_.c_str(); }
  /// The full report: "Traceback (most recent call last):", the frames (runs of
  /// more than three identical entries collapse into "[Previous line repeated N
  /// more times]" as in Python), then what(). Without frames, just what().
  std::string format() const;

private:
  std::string type_;
  std::string message_;
  std::string what_;
  std::vector<TraceFrame> traceback_;
};

/// Throws ScriptError(type, message). Out of line and cold, so that the fast
/// paths that call it stay small.
[[noreturn]] void raise_error(std::string_view type, std::string message);

// Messages CPython 3.11 uses, in one place.
[[noreturn]] void raise_overflow(); ///< OverflowError: integer overflow (64-bit int; docs/language.md)
[[noreturn]] void raise_zero_division(const char* message);
[[noreturn]] void raise_index_error(const char* message);

} // namespace tsc::runtime
