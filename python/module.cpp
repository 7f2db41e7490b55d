// python/module.cpp - The extension module tsc._C: compile fragments, load archives, the CLI.
//
// The pure-Python package (python/tsc) finds the source fragments of what
// `tsc.script` is given and resolves its free names; this module compiles
// them into one program (frontend::compile over SourceFragments), loads
// archives, and hands out the script types (python/types.cpp).
#include "codegen/archive_writer.h"
#include "frontend/compiler.h"
#include "frontend/diagnostic_printer.h"
#include "ir/diagnostic.h"
#include "ir/printer.h"
#include "python/errors.h"
#include "python/program.h"
#include "python/script_function.h"
#include "python/tensor.h"
#include "codegen/llvm/jit.h"
#include "runtime/archive.h"
#include "runtime/constant_eval.h"
#include "runtime/interpreter.h"
#include "runtime/native.h"
#include "tools/driver.h"

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace tsc::python {

void save_program(const ProgramHolder& holder, const std::string& path) {
  const ir::Module& module = holder.program->module();
  runtime::Result<void> written = codegen::write_archive(module, codegen::collect_sources(module), path);
  if (!written)
    throw std::runtime_error(written.error().message);
}

namespace {

/// Writes the program of `obj`'s class (IR, sources, as ScriptFunction.save)
/// with `obj` as the archive's module object (docs/archive.md, "Module objects").
void save_module(const ScriptObject& obj, const std::string& path) {
  const ir::Module& module = obj.holder->program->module();
  runtime::Result<void> written;
  {
    py::gil_scoped_release release;
    written = codegen::write_archive(module, codegen::collect_sources(module), path, &obj.value);
  }
  if (!written)
    throw std::runtime_error(written.error().message);
}

/// The Python handle of a compiled or loaded program.
struct ProgramHandle {
  HolderPtr holder;
  /// A loaded archive's module object (None for functions and compiled programs).
  runtime::Value root;
};

HolderPtr make_holder(std::unique_ptr<runtime::Program> program, std::string origin,
                      std::vector<std::shared_ptr<const ir::Source>> sources = {}) {
  auto holder = std::make_shared<ProgramHolder>();
  holder->program = std::move(program);
  holder->origin = std::move(origin);
  holder->sources = std::move(sources);
  HolderPtr shared = holder;
  register_classes(shared);
  return shared;
}

// The load options of a backend name ("auto", "interp", "jit"; tsc/_script.py checks it).
runtime::BackendOptions backend_options(const std::string& name) {
  std::optional<runtime::Backend> backend = runtime::parse_backend(name);
  if (!backend)
    throw py::value_error("unknown tsc backend '" + name + "'; choose one of 'auto', 'interp', 'jit'");
  return runtime::BackendOptions{*backend, &codegen::llvm_backend()};
}

ProgramHandle compile_fragments(const std::map<std::string, std::string>& files,
                                const std::vector<std::tuple<std::string, uint32_t, uint32_t, std::string>>& fragments,
                                const std::string& backend) {
  runtime::BackendOptions options = backend_options(backend);
  std::map<std::string, std::shared_ptr<const ir::Source>> sources;
  for (const auto& [name, text] : files)
    sources.emplace(name, std::make_shared<const ir::Source>(name, text));
  std::vector<frontend::SourceFragment> parts;
  for (const auto& [name, first, last, method_of] : fragments) {
    auto it = sources.find(name);
    if (it == sources.end())
      throw py::value_error("fragment of unknown file '" + name + "'");
    parts.push_back(frontend::SourceFragment{it->second, first, last, method_of});
  }
  ir::DiagnosticEngine diag;
  std::unique_ptr<runtime::Program> program;
  {
    py::gil_scoped_release release;
    std::unique_ptr<ir::Module> module = frontend::compile(parts, diag);
    if (module && runtime::optimize(*module, diag))
      program = runtime::Program::load(std::move(module), diag, options);
  }
  if (!program)
    throw_compile_error(diag);
  return ProgramHandle{make_holder(std::move(program), "compiled"), runtime::Value()};
}

ProgramHandle load(const std::string& path, const std::string& backend) {
  runtime::BackendOptions options = backend_options(backend);
  runtime::Result<runtime::Archive> archive = [&] {
    py::gil_scoped_release release;
    return runtime::load_archive(path);
  }();
  if (!archive)
    throw_load_error(archive.error().message);
  ir::DiagnosticEngine diag;
  std::unique_ptr<runtime::Program> program;
  {
    py::gil_scoped_release release;
    program = runtime::Program::load(std::move(archive->module), diag, options);
  }
  if (!program) {
    std::string message = "archive '" + path + "': the program does not load";
    for (const ir::Diagnostic& d : diag.diagnostics()) {
      if (d.severity == ir::Severity::Error) {
        message = "archive '" + path + "': " + frontend::format_diagnostic(d);
        while (!message.empty() && message.back() == '\n')
          message.pop_back();
        break;
      }
    }
    throw_load_error(message);
  }
  return ProgramHandle{make_holder(std::move(program), path, std::move(archive->sources)),
                       std::move(archive->root)};
}

std::string format_error(const std::string& filename, const std::string& text, uint32_t line, uint32_t col,
                         uint32_t length, const std::string& message) {
  auto source = std::make_shared<const ir::Source>(filename, text);
  uint32_t begin = source->offset_of(line, col);
  uint32_t end = std::min<uint32_t>(begin + length, static_cast<uint32_t>(text.size()));
  ir::Diagnostic d;
  d.range = ir::SourceRange(source, begin, end, line, col);
  d.message = message;
  std::string out = frontend::format_diagnostic(d);
  while (!out.empty() && out.back() == '\n')
    out.pop_back();
  return out;
}

int run_main(const std::vector<std::string>& argv) {
  // Python's buffered streams first, so that output keeps its order.
  for (const char* name : {"stdout", "stderr"}) {
    py::object stream = py::module_::import("sys").attr(name);
    if (!stream.is_none() && py::hasattr(stream, "flush"))
      stream.attr("flush")();
  }
  std::vector<std::string> args = argv;
  if (args.empty())
    args.push_back("tsc");
  std::vector<char*> pointers;
  for (std::string& a : args)
    pointers.push_back(a.data());
  pointers.push_back(nullptr);
  int code = 0;
  {
    py::gil_scoped_release release;
    code = tools::run_driver(static_cast<int>(args.size()), pointers.data());
    std::cout.flush();
    std::cerr.flush();
  }
  return code;
}

} // namespace
} // namespace tsc::python

PYBIND11_MODULE(_C, m) {
  using namespace tsc::python;
  m.doc() = "tsc's compiler and runtime (see docs/python.md); use the package tsc.";
  m.attr("__version__") = tsc::tools::kVersion;

  bind_script_types(m);
  bind_tensor(m);

  py::class_<ProgramHandle>(m, "Program", "A compiled or loaded program: its functions and classes.")
      .def_property_readonly(
          "functions",
          [](const ProgramHandle& p) {
            std::vector<std::string> names;
            const tsc::runtime::Program& program = *p.holder->program;
            for (size_t i = 0; i < program.num_functions(); ++i)
              names.push_back(program.function(i).name);
            return names;
          },
          "Every function's name in the program's order (methods as 'Class.method').")
      .def_property_readonly(
          "classes",
          [](const ProgramHandle& p) {
            std::vector<std::string> names;
            for (const tsc::ir::ClassType* c : p.holder->program->module().classes())
              names.push_back(c->name());
            return names;
          },
          "Every class's name.")
      .def_property_readonly("origin", [](const ProgramHandle& p) { return p.holder->origin; })
      .def(
          "function",
          [](const ProgramHandle& p, const std::string& name) {
            std::optional<size_t> index = p.holder->program->find(name);
            if (!index)
              throw py::key_error("no function '" + name + "'");
            return ScriptFunction(p.holder, *index);
          },
          py::arg("name"))
      .def(
          "script_class",
          [](const ProgramHandle& p, const std::string& name) {
            const tsc::ir::ClassType* cls = p.holder->program->module().find_class(name);
            if (!cls)
              throw py::key_error("no class '" + name + "'");
            return ScriptClass(p.holder, cls);
          },
          py::arg("name"))
      .def(
          "save", [](const ProgramHandle& p, const std::string& path) { save_program(*p.holder, path); },
          py::arg("path"))
      .def_property_readonly(
          "ir", [](const ProgramHandle& p) { return tsc::ir::print_module(p.holder->program->module()); })
      .def_property_readonly(
          "root",
          [](const ProgramHandle& p) -> py::object {
            if (!p.root.is_object())
              return py::none();
            return py::cast(ScriptObject{p.root, p.holder});
          },
          "A loaded module archive's module object (a ScriptObject), or None.");

  m.def("compile", &compile_fragments, py::arg("files"), py::arg("fragments"), py::arg("backend") = "auto",
        "Compiles fragments (filename, first_line, last_line) of `files` ({filename: text}) into one "
        "program; raises tsc.CompileError.");
  m.def("load", &load, py::arg("path"), py::arg("backend") = "auto",
        "Loads a .pt archive for `backend` (auto, interp, jit); raises tsc.LoadError.");
  m.def("save_module", &save_module, py::arg("obj"), py::arg("path"),
        "Writes `obj` (a ScriptObject) as a module archive: its program's IR and sources, the object as "
        "data.pkl, each tensor storage once as data/<key>.");
  m.def("format_error", &format_error, py::arg("filename"), py::arg("text"), py::arg("line"), py::arg("col"),
        py::arg("length"), py::arg("message"),
        "A diagnostic in the `tsc` command's format: 'file:line:col: error: message', the line, a caret.");
  m.def("main", &run_main, py::arg("argv"), "Runs the `tsc` command line; returns its exit code.");
}
