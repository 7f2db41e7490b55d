// runtime/error.cpp - ScriptError and Python's traceback format.
#include "runtime/error.h"

#include <utility>

namespace tsc::runtime {

ScriptError::ScriptError(std::string type, std::string message)
    : type_(std::move(type)), message_(std::move(message)) {
  what_ = message_.empty() ? type_ : type_ + ": " + message_;
}

void ScriptError::prepend_frames(std::vector<TraceFrame> outer) {
  outer.insert(outer.end(), std::make_move_iterator(traceback_.begin()),
               std::make_move_iterator(traceback_.end()));
  traceback_ = std::move(outer);
}

namespace {

bool same_entry(const TraceFrame& a, const TraceFrame& b) {
  return a.function == b.function && a.file == b.file && a.line == b.line;
}

void append_frame(std::string& out, const TraceFrame& f) {
  out += "  File \"";
  out += f.file.empty() ? "<unknown>" : f.file;
  out += "\", line ";
  out += std::to_string(f.line);
  out += ", in ";
  out += f.function;
  out += "\n";
  if (!f.source_line.empty()) {
    out += "    ";
    out += f.source_line;
    out += "\n";
  }
}

// CPython's traceback.py: _RECURSIVE_CUTOFF.
constexpr size_t kRecursiveCutoff = 3;

} // namespace

std::string ScriptError::format() const {
  if (traceback_.empty())
    return what_ + "\n";
  std::string out = "Traceback (most recent call last):\n";
  size_t i = 0;
  while (i < traceback_.size()) {
    size_t j = i + 1;
    while (j < traceback_.size() && same_entry(traceback_[j], traceback_[i]))
      ++j;
    size_t run = j - i;
    size_t shown = run > kRecursiveCutoff ? kRecursiveCutoff : run;
    for (size_t k = 0; k < shown; ++k)
      append_frame(out, traceback_[i]);
    if (run > kRecursiveCutoff) {
      size_t more = run - kRecursiveCutoff;
      out +=
          "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
    }
    i = j;
  }
  out += what_;
  out += "\n";
  return out;
}

void raise_error(std::string_view type, std::string message) {
  throw ScriptError(std::string(type), std::move(message));
}

void raise_overflow() {
  raise_error("OverflowError", "integer overflow");
}

void raise_zero_division(const char* message) {
  raise_error("ZeroDivisionError", message);
}

void raise_index_error(const char* message) {
  raise_error("IndexError", message);
}

} // namespace tsc::runtime
