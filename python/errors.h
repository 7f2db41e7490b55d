// python/errors.h - Script exceptions and compile/load failures as Python exceptions.
#pragma once

#include <pybind11/pybind11.h>

#include <string>

#include "ir/diagnostic.h"
#include "runtime/error.h"

namespace tsc::python {

/// Sets the Python exception for a script exception: the builtin class of
/// the same name (RuntimeError for a name Python lacks; tsc._errors.ScriptKeyError,
/// a KeyError whose str() is its message, for KeyError). str() is the script
/// traceback followed by "Name: message"; attributes script_message (the bare
/// message), script_type (the script's name for it) and script_traceback (a
/// list of (filename, lineno, function, source_line) tuples, outermost first).
void set_script_error(const runtime::ScriptError& e);

/// Throws tsc.CompileError for the errors in `diag`: str() is exactly what
/// the `tsc` command prints for them (without the final newline); filename,
/// lineno, col and message describe the first error.
[[noreturn]] void throw_compile_error(const ir::DiagnosticEngine& diag);

/// Throws tsc.LoadError (a RuntimeError) with `message`.
[[noreturn]] void throw_load_error(const std::string& message);

/// The class `name` of the pure-Python module tsc._errors.
pybind11::object errors_class(const char* name);

} // namespace tsc::python
