// tools/driver.cpp - The `tsc` command line: compile a file, print an intermediate form, or run it.
//
// The driver is a library (tsc_driver) so that `python -m tsc` runs exactly
// the same code as the `tsc` executable (tools/main.cpp).
//
//   tsc FILE.py                 parse, check and lower; report errors (exit 1) or nothing
//   tsc FILE.py --emit=ast|ir|bytecode   print the AST, the IR or the interpreter's bytecode
//   tsc FILE.ir --emit=ir       read IR text, verify it and print it again
//   tsc FILE.py|FILE.ir --emit=ir-opt [--passes=LIST] [--time-passes] [--print-after=NAME]
//                               print the IR after the pass pipeline (default: the default pipeline)
//   tsc FILE.py|FILE.ir --emit=llvm|asm   the LLVM backend's IR / machine code (docs/jit.md)
//   tsc run FILE.py [--entry NAME] [--backend=auto|interp|jit] [ARG ...]   call NAME (default main)
//                               and print repr(result); the backend defaults to $TSC_BACKEND, else auto
//   tsc --list-ops              print every operator schema in the registry
//   tsc --version
// Exit codes: 0 ok, 1 compile or runtime error (message or traceback on stderr), 2 usage error.
#include <chrono>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/compiler.h"
#include "frontend/diagnostic_printer.h"
#include "frontend/parser.h"
#include "ir/diagnostic.h"
#include "ir/op_registry.h"
#include "ir/parser.h"
#include "ir/printer.h"
#include "ir/verifier.h"
#include "codegen/archive_writer.h"
#include "codegen/llvm/jit.h"
#include "passes/pass_manager.h"
#include "passes/registry.h"
#include "runtime/constant_eval.h"
#include "runtime/archive.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/interpreter.h"
#include "runtime/native.h"
#include "runtime/value.h"

#include <CLI/CLI.hpp>

#include "tools/driver.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitCompileError = 1;
constexpr int kExitRuntimeError = 1;
constexpr int kExitUsage = 2;

struct Options {
  std::string input;
  std::string output;  // -o model.pt
  std::string emit;
  bool locations = false;
  bool list_ops = false;
  bool list_passes = false;
  std::string passes;      // --passes=LIST; empty: the default pipeline
  bool time_passes = false;
  std::string print_after; // --print-after=NAME
};

struct RunOptions {
  std::string input;
  std::string entry = "main";
  std::vector<std::string> args;
  bool time = false;
  std::string passes; // --passes=LIST for a .py input; empty: the default pipeline
  std::string backend; // --backend=auto|interp|jit; empty: TSC_BACKEND, else auto
};

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

int report(const tsc::ir::DiagnosticEngine& diag) {
  std::cerr << tsc::frontend::format_diagnostics(diag);
  return diag.has_errors() ? kExitCompileError : kExitOk;
}

int list_ops() {
  const auto& registry = tsc::ir::OpRegistry::global();
  for (uint32_t id = 0; id < registry.size(); ++id)
    std::cout << registry.schema(id).text << "\n";
  return kExitOk;
}

// Runs the pass pipeline (`pipeline`, or the default one when empty) over `module`.
bool optimize(tsc::ir::Module& module, const std::string& pipeline, const Options* opts,
              tsc::ir::DiagnosticEngine& diag) {
  tsc::passes::PassManagerOptions pm;
  pm.evaluator = &tsc::runtime::constant_evaluator();
  if (opts != nullptr) {
    if (opts->time_passes)
      pm.time_passes = &std::cerr;
    pm.print_after = opts->print_after;
    pm.print_stream = &std::cerr;
    pm.print_locations = opts->locations;
  }
  // "none" runs no pass (to compare against the unoptimized program).
  std::string_view text = pipeline.empty() ? tsc::passes::default_pipeline() : std::string_view(pipeline);
  if (text == "none")
    text = "";
  return tsc::passes::run_pipeline(module, text, pm, diag);
}

int list_passes() {
  for (const auto& p : tsc::passes::pass_registry())
    std::cout << p.name << " - " << p.summary << "\n";
  std::cout << "default pipeline: " << tsc::passes::default_pipeline() << "\n";
  return kExitOk;
}

// --emit=llvm|asm: the native backend's view of `module` (docs/jit.md).
int emit_native(const std::string& emit, std::unique_ptr<tsc::ir::Module> module, tsc::ir::DiagnosticEngine& diag) {
  tsc::runtime::BackendOptions interp;
  interp.backend = tsc::runtime::Backend::Interp;
  auto program = tsc::runtime::Program::load(std::move(module), diag, interp);
  if (!program)
    return report(diag);
  auto text = emit == "llvm" ? tsc::codegen::emit_llvm_ir(*program) : tsc::codegen::emit_assembly(*program);
  if (!text) {
    std::cerr << "tsc: error: " << text.error().message << "\n";
    return kExitCompileError;
  }
  std::cout << *text;
  return report(diag);
}

// IR text in: parse, verify, print (for pass and printer tests).
int run_ir_file(const Options& opts, std::shared_ptr<const tsc::ir::Source> source) {
  tsc::ir::DiagnosticEngine diag;
  auto module = tsc::ir::parse_module(source, diag);
  if (!module)
    return report(diag);
  if (!tsc::ir::verify(*module, diag))
    return report(diag);
  if (opts.emit == "ir-opt" && !optimize(*module, opts.passes, &opts, diag))
    return report(diag);
  if (opts.emit == "ast") {
    std::cerr << "tsc: error: --emit=ast needs a .py input\n";
    return kExitUsage;
  }
  if (opts.emit == "bytecode") {
    auto program = tsc::runtime::Program::load(std::move(module), diag);
    if (!program)
      return report(diag);
    std::cout << program->disassemble();
    return report(diag);
  }
  if (opts.emit == "llvm" || opts.emit == "asm")
    return emit_native(opts.emit, std::move(module), diag);
  tsc::ir::PrintOptions print_options;
  print_options.locations = opts.locations;
  if (!opts.emit.empty())
    std::cout << tsc::ir::print_module(*module, print_options);
  return report(diag);
}

int run_source_file(const Options& opts, std::shared_ptr<const tsc::ir::Source> source) {
  tsc::ir::DiagnosticEngine diag;
  if (opts.emit == "ast") {
    auto ast = tsc::frontend::parse(source, diag);
    if (diag.has_errors())
      return report(diag);
    std::cout << tsc::frontend::dump_ast(*ast);
    return report(diag);
  }
  auto module = tsc::frontend::compile(source, diag);
  if (!module)
    return report(diag);
  if (opts.emit == "ir") {
    tsc::ir::PrintOptions print_options;
    print_options.locations = opts.locations;
    std::cout << tsc::ir::print_module(*module, print_options);
  }
  // The archive, the bytecode and ir-opt are of the optimized IR (what `tsc run` runs).
  if ((!opts.output.empty() || opts.emit == "ir-opt" || opts.emit == "bytecode" || opts.emit == "llvm" ||
       opts.emit == "asm") &&
      !optimize(*module, opts.passes, &opts, diag)) {
    return report(diag);
  }
  if (!opts.output.empty()) {
    auto written = tsc::codegen::write_archive(*module, {source}, opts.output);
    if (!written) {
      std::cerr << "tsc: error: " << written.error().message << "\n";
      return kExitCompileError;
    }
  }
  if (opts.emit == "ir-opt") {
    tsc::ir::PrintOptions print_options;
    print_options.locations = opts.locations;
    std::cout << tsc::ir::print_module(*module, print_options);
  }
  if (opts.emit == "bytecode") {
    auto program = tsc::runtime::Program::load(std::move(module), diag);
    if (!program)
      return report(diag);
    std::cout << program->disassemble();
  }
  if (opts.emit == "llvm" || opts.emit == "asm")
    return emit_native(opts.emit, std::move(module), diag);
  return report(diag);
}

// ---- tsc run ----

using tsc::ir::Type;
using tsc::ir::TypeKind;
using tsc::ir::TypePtr;
using tsc::runtime::Value;

// A command-line argument that is not a literal of the parameter's type.
struct ArgError {
  std::string message;
};

// The type a literal has on its own, for parameters typed Any: int, float,
// str, bool, None, and containers of the unified element type (Any when the
// elements disagree).
TypePtr literal_type(const tsc::frontend::Expr& e);

TypePtr unify_literal_types(const std::vector<TypePtr>& types) {
  if (types.empty())
    return Type::any_type();
  TypePtr t = types[0];
  for (TypePtr u : types) {
    if (u == t)
      continue;
    bool numeric = (t->kind() == TypeKind::Int || t->kind() == TypeKind::Float) &&
                   (u->kind() == TypeKind::Int || u->kind() == TypeKind::Float);
    if (numeric) {
      t = Type::float_type();
    } else if (auto unified = tsc::ir::unify(t, u)) {
      t = *unified;
    } else {
      return Type::any_type();
    }
  }
  return t;
}

TypePtr literal_type(const tsc::frontend::Expr& e) {
  using namespace tsc::frontend;
  switch (e.kind) {
  case ExprKind::Int:
    return Type::int_type();
  case ExprKind::Float:
    return Type::float_type();
  case ExprKind::Str:
    return Type::str_type();
  case ExprKind::Bool:
    return Type::bool_type();
  case ExprKind::None:
    return Type::none_type();
  case ExprKind::Unary:
    return literal_type(*as<UnaryExpr>(e).operand);
  case ExprKind::List: {
    std::vector<TypePtr> elems;
    for (const auto& x : as<ListExpr>(e).elts)
      elems.push_back(literal_type(*x));
    return Type::list_of(unify_literal_types(elems));
  }
  case ExprKind::Tuple: {
    std::vector<TypePtr> elems;
    for (const auto& x : as<TupleExpr>(e).elts)
      elems.push_back(literal_type(*x));
    return Type::tuple_of(std::move(elems));
  }
  case ExprKind::Dict: {
    std::vector<TypePtr> keys, values;
    for (const auto& x : as<DictExpr>(e).keys)
      keys.push_back(literal_type(*x));
    for (const auto& x : as<DictExpr>(e).values)
      values.push_back(literal_type(*x));
    return Type::dict_of(unify_literal_types(keys), unify_literal_types(values));
  }
  case ExprKind::Name:
  case ExprKind::Ellipsis:
  case ExprKind::FString:
  case ExprKind::Binary:
  case ExprKind::BoolOp:
  case ExprKind::Compare:
  case ExprKind::IfExp:
  case ExprKind::Call:
  case ExprKind::Attribute:
  case ExprKind::Subscript:
  case ExprKind::Slice:
  case ExprKind::ListComp:
  case ExprKind::DictComp:
  case ExprKind::Starred:
    break;
  }
  return Type::any_type();
}

// Converts a literal to a Value of type `t` (an int literal is accepted where
// a float is expected). Throws ArgError naming what was expected.
Value literal_value(const tsc::frontend::Expr& e, TypePtr t) {
  using namespace tsc::frontend;
  auto mismatch = [&]() -> ArgError {
    return ArgError{"expected a value of type '" + t->str() + "', found '" + std::string(e.range.text()) +
                    "'"};
  };
  if (t->kind() == TypeKind::Any)
    t = literal_type(e);
  if (t->kind() == TypeKind::Optional) {
    if (e.kind == ExprKind::None)
      return Value();
    t = t->element();
  }
  // A signed number: -3, +2.5.
  if (e.kind == ExprKind::Unary) {
    const auto& u = as<UnaryExpr>(e);
    if ((u.op != UnaryOp::Neg && u.op != UnaryOp::Pos) ||
        (u.operand->kind != ExprKind::Int && u.operand->kind != ExprKind::Float)) {
      throw mismatch();
    }
    Value v = literal_value(*u.operand, t);
    if (u.op == UnaryOp::Pos)
      return v;
    if (v.is_double())
      return Value::from_double(-v.to_double());
    return Value::from_int(-v.to_int());
  }
  switch (t->kind()) {
  case TypeKind::Int:
    if (e.kind != ExprKind::Int)
      throw mismatch();
    return Value::from_int(as<IntExpr>(e).value);
  case TypeKind::Float:
    if (e.kind == ExprKind::Int)
      return Value::from_double(static_cast<double>(as<IntExpr>(e).value));
    if (e.kind != ExprKind::Float)
      throw mismatch();
    return Value::from_double(as<FloatExpr>(e).value);
  case TypeKind::Number:
    if (e.kind == ExprKind::Int)
      return Value::from_int(as<IntExpr>(e).value);
    if (e.kind == ExprKind::Float)
      return Value::from_double(as<FloatExpr>(e).value);
    if (e.kind == ExprKind::Bool)
      return Value::from_bool(as<BoolExpr>(e).value);
    throw mismatch();
  case TypeKind::Bool:
    if (e.kind != ExprKind::Bool)
      throw mismatch();
    return Value::from_bool(as<BoolExpr>(e).value);
  case TypeKind::Str:
    if (e.kind != ExprKind::Str)
      throw mismatch();
    return Value::from_str(as<StrExpr>(e).value);
  case TypeKind::None:
    if (e.kind != ExprKind::None)
      throw mismatch();
    return Value();
  case TypeKind::List: {
    if (e.kind != ExprKind::List)
      throw mismatch();
    std::vector<Value> items;
    for (const auto& x : as<ListExpr>(e).elts)
      items.push_back(literal_value(*x, t->element()));
    return tsc::runtime::make_list(t, std::move(items));
  }
  case TypeKind::Tuple: {
    if (e.kind != ExprKind::Tuple)
      throw mismatch();
    const auto& elts = as<TupleExpr>(e).elts;
    if (elts.size() != t->contained().size())
      throw mismatch();
    std::vector<Value> items;
    for (size_t i = 0; i < elts.size(); ++i)
      items.push_back(literal_value(*elts[i], t->contained()[i]));
    return tsc::runtime::make_tuple(std::move(items));
  }
  case TypeKind::Dict: {
    if (e.kind != ExprKind::Dict)
      throw mismatch();
    const auto& d = as<DictExpr>(e);
    Value out = tsc::runtime::make_dict(t);
    for (size_t i = 0; i < d.keys.size(); ++i) {
      out.as_dict().dict().set(literal_value(*d.keys[i], t->key()), literal_value(*d.values[i], t->value()));
    }
    return out;
  }
  case TypeKind::Any:
  case TypeKind::Optional:
  case TypeKind::Tensor:
  case TypeKind::Class:
  case TypeKind::Var:
    break;
  }
  throw ArgError{"a value of type '" + t->str() + "' cannot be given on the command line"};
}

// Parses ARG as a Python literal with the frontend's parser.
bool parse_literal(const std::string& text, const tsc::ir::Parameter& param, Value& out, std::string& error) {
  // A plain integer goes through from_chars first: the language's lexer reads
  // -9223372036854775808 as minus an out-of-range literal, but it is a valid int64.
  if (param.type->kind() == TypeKind::Int || param.type->kind() == TypeKind::Float) {
    int64_t i = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), i);
    if (ec == std::errc() && end == text.data() + text.size() && !text.empty()) {
      out = param.type->kind() == TypeKind::Int ? Value::from_int(i) : Value::from_double(static_cast<double>(i));
      return true;
    }
  }
  auto source = std::make_shared<const tsc::ir::Source>("<argument>", text + "\n");
  tsc::ir::DiagnosticEngine diag;
  auto ast = tsc::frontend::parse(source, diag);
  if (diag.has_errors() || ast->body.size() != 1 || ast->body[0]->kind != tsc::frontend::StmtKind::Expr) {
    error = "'" + text + "' is not a Python literal";
    return false;
  }
  const auto& expr = *tsc::frontend::as<tsc::frontend::ExprStmt>(*ast->body[0]).value;
  try {
    out = literal_value(expr, param.type);
  } catch (const ArgError& e) {
    error = e.message;
    return false;
  }
  return true;
}

// The program of `tsc run`: FILE.py compiled now, or FILE.pt loaded (no frontend involved).
std::unique_ptr<tsc::ir::Module> load_module(const std::string& input, const std::string& passes,
                                             tsc::ir::DiagnosticEngine& diag, int& exit_code) {
  exit_code = kExitCompileError;
  if (ends_with(input, ".pt")) {
    auto archive = tsc::runtime::load_archive(input);
    if (!archive) {
      std::cerr << "tsc: error: " << archive.error().message << "\n";
      return nullptr;
    }
    return std::move(archive->module);
  }
  if (!ends_with(input, ".py")) {
    std::cerr << "tsc: error: 'tsc run' takes a .py or .pt file ('" << input << "' is neither)\n";
    exit_code = kExitUsage;
    return nullptr;
  }
  std::string text;
  if (!read_file(input, text)) {
    std::cerr << "tsc: error: cannot read '" << input << "'\n";
    return nullptr;
  }
  auto source = std::make_shared<const tsc::ir::Source>(input, std::move(text));
  auto module = tsc::frontend::compile(source, diag);
  if (!module || !optimize(*module, passes, nullptr, diag)) {
    exit_code = report(diag);
    return nullptr;
  }
  return module;
}

int run_program(const RunOptions& opts) {
  tsc::ir::DiagnosticEngine diag;
  int exit_code = kExitOk;
  auto module = load_module(opts.input, opts.passes, diag, exit_code);
  if (!module)
    return exit_code;
  // The backend: --backend, else TSC_BACKEND, else auto (docs/jit.md).
  std::string backend_name = opts.backend;
  const char* from = "--backend";
  if (backend_name.empty() && std::getenv("TSC_BACKEND") != nullptr) {
    backend_name = std::getenv("TSC_BACKEND");
    from = "TSC_BACKEND";
  }
  tsc::runtime::BackendOptions backend;
  if (!backend_name.empty()) {
    auto parsed = tsc::runtime::parse_backend(backend_name);
    if (!parsed) {
      std::cerr << "tsc: error: " << from << ": unknown backend '" << backend_name
                << "' (expected 'auto', 'interp' or 'jit')\n";
      return kExitUsage;
    }
    backend.backend = *parsed;
  }
  backend.native = &tsc::codegen::llvm_backend();
  auto program = tsc::runtime::Program::load(std::move(module), diag, backend);
  if (!program)
    return report(diag);
  auto index = program->find(opts.entry);
  if (!index) {
    std::cerr << "tsc: error: no function '" << opts.entry << "' in '" << opts.input << "'\n";
    return kExitUsage;
  }
  const tsc::ir::Function& fn = program->function(*index);
  size_t positional = 0, required = 0;
  for (const auto& p : fn.params) {
    if (p.kwarg_only) {
      if (!p.default_value)
        ++required;
      continue;
    }
    ++positional;
    if (!p.default_value)
      ++required;
  }
  if (opts.args.size() > positional || opts.args.size() < required) {
    std::cerr << "tsc: error: '" << opts.entry << "' takes " << (required == positional ? "" : "from ")
              << required;
    if (required != positional)
      std::cerr << " to " << positional;
    std::cerr << " argument" << (positional == 1 ? "" : "s") << ", " << opts.args.size() << " given\n";
    return kExitUsage;
  }
  std::vector<Value> args;
  for (size_t i = 0; i < opts.args.size(); ++i) {
    Value v;
    std::string error;
    if (!parse_literal(opts.args[i], fn.params[i], v, error)) {
      std::cerr << "tsc: error: argument " << i + 1 << " ('" << fn.params[i].name << "') of '" << opts.entry
                << "': " << error << "\n";
      return kExitUsage;
    }
    args.push_back(std::move(v));
  }
  try {
    auto wall_start = std::chrono::steady_clock::now();
    std::clock_t cpu_start = std::clock();
    Value result = program->call(*index, std::move(args));
    std::clock_t cpu_end = std::clock();
    auto wall_end = std::chrono::steady_clock::now();
    std::cout << tsc::runtime::to_repr(result) << "\n";
    if (opts.time) {
      std::cout.flush();
      double wall = std::chrono::duration<double>(wall_end - wall_start).count();
      double cpu = static_cast<double>(cpu_end - cpu_start) / CLOCKS_PER_SEC;
      std::fprintf(stderr, "time: %.6f s wall, %.6f s cpu\n", wall, cpu);
      const tsc::codegen::JitStats* jit = program->native() ? tsc::codegen::jit_stats(*program->native()) : nullptr;
      if (jit != nullptr) {
        std::fprintf(stderr,
                     "jit: %zu functions native, %zu interpreted; compile %.3f ms cpu, %.3f ms wall (lower %.3f, "
                     "optimize %.3f, codegen %.3f)\n",
                     jit->functions, jit->fallbacks, jit->cpu_ms, jit->total_ms(), jit->lower_ms, jit->optimize_ms,
                     jit->codegen_ms);
      }
    }
  } catch (const tsc::runtime::ScriptError& e) {
    std::cout.flush();
    std::cerr << e.format();
    return kExitRuntimeError;
  }
  return kExitOk;
}

} // namespace

const char* const tsc::tools::kVersion = TSC_VERSION;

int tsc::tools::run_driver(int argc, char** argv) {
  CLI::App app{"tsc: a compiler for the TorchScript language", "tsc"};
  Options opts;
  app.set_version_flag("--version", std::string("tsc ") + kVersion);
  app.add_option("file", opts.input, "a .py source file or a .ir IR text file");
  app.add_option("-o,--output", opts.output, "write the compiled program as a .pt archive");
  app.add_option("--emit", opts.emit, "print an intermediate form to stdout")
      ->check(CLI::IsMember({"ast", "ir", "ir-opt", "bytecode", "llvm", "asm"}));
  app.add_option("--passes", opts.passes,
                 "the pass pipeline for ir-opt, -o and bytecode, e.g. 'inline,cse,dce' (default: the default "
                 "pipeline; see --list-passes)");
  app.add_flag("--time-passes", opts.time_passes, "print each pass's wall time to stderr");
  app.add_option("--print-after", opts.print_after, "print the IR to stderr after each run of pass NAME");
  app.add_flag("--list-passes", opts.list_passes, "print every pass and the default pipeline and exit");
  app.add_flag("--locations", opts.locations, "with --emit=ir, end node lines with '# file:line:col'");
  app.add_flag("--list-ops", opts.list_ops, "print every operator schema and exit");
  RunOptions run_opts;
  CLI::App* run = app.add_subcommand("run", "run FILE.py (compiled now) or FILE.pt (an archive): call a function, print repr(result)");
  run->add_option("file", run_opts.input, "a .py source file or a .pt archive")->required();
  run->add_option("--entry", run_opts.entry, "the function to call (default: main)");
  run->add_flag("--time", run_opts.time, "print the call's wall and CPU time to stderr");
  run->add_option("--backend", run_opts.backend,
                  "auto (native code where possible), interp or jit (every function native); default: "
                  "$TSC_BACKEND, else auto");
  run->add_option("--passes", run_opts.passes, "the pass pipeline for a .py input (default: the default pipeline)");
  // ARGs are taken verbatim (CLI11 would split "[1, 2]" at its comma).
  run->allow_extras();
  run->footer("ARG ...: the arguments of the entry function, as Python literals: 3, 2.5, \"s\", [1, 2], "
              "{\"a\": 1}\n");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }

  if (run->parsed()) {
    run_opts.args = run->remaining();
    return run_program(run_opts);
  }
  if (opts.list_ops)
    return list_ops();
  if (opts.list_passes)
    return list_passes();
  if (opts.input.empty()) {
    std::cerr << "tsc: error: no input file\n" << app.help();
    return kExitUsage;
  }
  std::string text;
  if (!read_file(opts.input, text)) {
    std::cerr << "tsc: error: cannot read '" << opts.input << "'\n";
    return kExitCompileError;
  }
  auto source = std::make_shared<const tsc::ir::Source>(opts.input, std::move(text));
  if (ends_with(opts.input, ".ir"))
    return run_ir_file(opts, source);
  return run_source_file(opts, source);
}
