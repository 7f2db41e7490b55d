// tests/unit/codegen/jit_test.cpp - The LLVM backend against the interpreter: results, errors, tracebacks,
// fallbacks.
#include "codegen/llvm/jit.h"

#include "ir/parser.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/interpreter.h"
#include "runtime/native.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace tsc;
using runtime::Backend;
using runtime::Value;

namespace {

// tests/unit/codegen/jit_program.ir; its header shows the Python source.
std::string program_text() {
  std::ifstream in(std::string(TSC_SOURCE_DIR) + "/tests/unit/codegen/jit_program.ir");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::unique_ptr<runtime::Program> load(Backend backend, ir::DiagnosticEngine& diag) {
  auto module = ir::parse_module(std::make_shared<const ir::Source>("jit_program.ir", program_text()), diag);
  REQUIRE(module);
  runtime::BackendOptions options;
  options.backend = backend;
  options.native = &codegen::llvm_backend();
  return runtime::Program::load(std::move(module), diag, options);
}

const runtime::Program& program(Backend backend) {
  static ir::DiagnosticEngine diag;
  static std::unique_ptr<runtime::Program> interp = load(Backend::Interp, diag);
  static std::unique_ptr<runtime::Program> native = load(Backend::Auto, diag);
  REQUIRE(interp);
  REQUIRE(native);
  return backend == Backend::Interp ? *interp : *native;
}

// What a call gives: repr(result), or the full traceback; and what it printed.
struct Outcome {
  std::string result;
  std::string error;
  std::string printed;
};

Outcome call(Backend backend, const std::string& name, std::vector<Value> args) {
  const runtime::Program& p = program(backend);
  auto index = p.find(name);
  REQUIRE(index);
  std::ostringstream out;
  Outcome o;
  try {
    o.result = runtime::to_repr(p.call(*index, std::move(args), {&out}));
  } catch (const runtime::ScriptError& e) {
    o.error = e.format();
  }
  o.printed = out.str();
  return o;
}

bool is_native(const std::string& name) {
  const runtime::Program& p = program(Backend::Auto);
  return p.compiled(*p.find(name)).native != nullptr;
}

Value ints(std::vector<int64_t> items) {
  std::vector<Value> values;
  for (int64_t i : items)
    values.push_back(Value::from_int(i));
  return runtime::make_list(ir::Type::list_of(ir::Type::int_type()), std::move(values));
}

// A copy of `args` whose lists are new objects, so that a function that
// mutates its argument sees the same input under both backends.
std::vector<Value> fresh(const std::vector<Value>& args) {
  std::vector<Value> out;
  for (const Value& v : args)
    out.push_back(v.is_list() ? runtime::make_list(v.as_list().type(), v.as_list().to_values()) : v);
  return out;
}

// The call under both backends; they must agree exactly (result, traceback, output).
Outcome both(const std::string& name, const std::vector<Value>& args) {
  Outcome interp = call(Backend::Interp, name, fresh(args));
  Outcome native = call(Backend::Auto, name, fresh(args));
  CHECK(native.result == interp.result);
  CHECK(native.error == interp.error);
  CHECK(native.printed == interp.printed);
  return native;
}

std::string last_line(const std::string& text) {
  std::string t = text;
  while (!t.empty() && t.back() == '\n')
    t.pop_back();
  return t.substr(t.rfind('\n') + 1);
}

} // namespace

TEST_CASE("scalar functions compile natively and give CPython's results", "[codegen][jit]") {
  for (const char* name :
       {"arith", "fdiv", "grow", "root", "loops", "fib", "deep", "check", "lists", "nested", "flags", "show",
        "calls_count", "repeat", "negative_index", "strided", "shrink", "replace_rows"}) {
    INFO(name);
    CHECK(is_native(name) == (std::string(name) != "calls_count"));
  }
  // Expected values from CPython 3.11.
  CHECK(both("arith", {Value::from_int(7), Value::from_int(-2)}).result == "-4001");
  CHECK(both("arith", {Value::from_int(-7), Value::from_int(2)}).result == "-3999");
  CHECK(both("fdiv", {Value::from_double(-7.5), Value::from_double(2.0)}).result == "-7.25");
  CHECK(both("fdiv", {Value::from_double(7.0), Value::from_double(-0.5)}).result == "-28.0");
  CHECK(both("root", {Value::from_double(2.0)}).result == "3.414213562373095");
  CHECK(both("loops", {Value::from_int(20)}).result == "21");
  CHECK(both("fib", {Value::from_int(20)}).result == "6765");
  CHECK(both("grow", {Value::from_int(3), Value::from_int(3)}).result == "6561");
  // range() with steps whose products leave int64 while the values do not.
  CHECK(both("strided", {Value::from_int(-9223372036854775807), Value::from_int(9223372036854775807),
                         Value::from_int(4611686018427387904)})
            .result == "44");
  CHECK(both("strided", {Value::from_int(10), Value::from_int(-5), Value::from_int(-3)}).result == "287");
  CHECK(both("strided", {Value::from_int(0), Value::from_int(10), Value::from_int(1)}).result == "14666");
  CHECK(last_line(both("strided", {Value::from_int(0), Value::from_int(10), Value::from_int(0)}).error) ==
        "ValueError: range() arg 3 must not be zero");
}

TEST_CASE("native errors are the interpreter's, traceback included", "[codegen][jit]") {
  SECTION("integer overflow") {
    Outcome o = both("arith", {Value::from_int(-9223372036854775807), Value::from_int(10)});
    CHECK(last_line(o.error) == "OverflowError: integer overflow");
    CHECK(last_line(both("grow", {Value::from_int(3), Value::from_int(7)}).error) ==
          "OverflowError: integer overflow");
  }
  SECTION("division by zero") {
    CHECK(last_line(both("arith", {Value::from_int(1), Value::from_int(0)}).error) ==
          "ZeroDivisionError: integer division or modulo by zero");
    CHECK(last_line(both("fdiv", {Value::from_double(1.0), Value::from_double(0.0)}).error) ==
          "ZeroDivisionError: float division by zero");
  }
  SECTION("math domain, assert and raise") {
    CHECK(last_line(both("root", {Value::from_double(-1.0)}).error) == "ValueError: math domain error");
    Outcome assertion = both("check", {Value::from_double(-1.0)});
    CHECK(last_line(assertion.error) == "AssertionError: negative");
    CHECK(assertion.error.find("jit_program.py\", line 51, in check") != std::string::npos);
    CHECK(last_line(both("check", {Value::from_double(1000.0)}).error) == "ValueError: too big");
  }
  SECTION("recursion: frames of every native caller, collapsed as in Python") {
    Outcome o = both("deep", {Value::from_int(0)});
    CHECK(last_line(o.error) == "RecursionError: maximum recursion depth exceeded");
    CHECK(o.error.find("[Previous line repeated 997 more times]") != std::string::npos);
  }
  SECTION("an interpreted caller of a native function adds its own frame") {
    REQUIRE_FALSE(is_native("mixed"));
    Outcome o = both("mixed", {Value::from_double(500.0)});
    CHECK(o.error.find("in mixed") < o.error.find("in check"));
    CHECK(both("mixed", {Value::from_double(2.0)}).result == "'got 4.0'");
  }
}

TEST_CASE("lists compile natively: indexing, stores, append, iteration, nesting", "[codegen][jit]") {
  CHECK(both("lists", {ints({1, 2, 3}), Value::from_int(1)}).result == "[1, 2, 1, 2, 4]");
  CHECK(both("lists", {ints({5, 6}), Value::from_int(-1)}).result == "[-1, 6, -5, 1]");
  CHECK(last_line(both("lists", {ints({1}), Value::from_int(3)}).error) ==
        "IndexError: list index out of range");
  CHECK(both("nested", {Value::from_int(4)}).result == "14.0");
  CHECK(both("flags", {Value::from_int(10)}).result == "9");
  CHECK(last_line(both("flags", {Value::from_int(0)}).error) ==
        "IndexError: list assignment index out of range");
  // [x] * n has its own helper: the kernel's results for every n.
  CHECK(both("repeat", {Value::from_int(2)}).result == "[1, 2, 3, 1, 2, 3, 7, 7]");
  CHECK(both("repeat", {Value::from_int(0)}).result == "[]");
  CHECK(both("repeat", {Value::from_int(-1)}).result == "[]");
  CHECK(last_line(both("repeat", {Value::from_int(int64_t{1} << 60)}).error) == "MemoryError");
  // Negative indices count from the end; too negative ones raise.
  auto floats = [](std::vector<double> items) {
    std::vector<Value> values;
    for (double d : items)
      values.push_back(Value::from_double(d));
    return runtime::make_list(ir::Type::list_of(ir::Type::float_type()), std::move(values));
  };
  CHECK(both("negative_index", {floats({1.0, 2.0, 3.0}), Value::from_int(-1)}).result == "12.0");
  CHECK(both("negative_index", {floats({1.0, 2.0, 3.0}), Value::from_int(-3)}).result == "5.0");
  CHECK(last_line(both("negative_index", {floats({1.0}), Value::from_int(-2)}).error) ==
        "IndexError: list index out of range");
  // A loop over a list that shrinks under it still checks its reads (tsc, unlike
  // CPython, fixes the trip count first: both backends raise).
  CHECK(last_line(both("shrink", {ints({1, 2, 3, 4})}).error) == "IndexError: list index out of range");
  CHECK(both("shrink", {ints({5, 6})}).result == "11");
  // An item of a list of lists stays alive after the list drops it.
  CHECK(both("replace_rows", {Value::from_int(1)}).result == "9.0");
}

TEST_CASE("native functions run on many threads at once", "[codegen][jit]") {
  const runtime::Program& p = program(Backend::Auto);
  size_t fib = *p.find("fib"), lists = *p.find("lists");
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      Value xs = ints({1, 2, 3});
      for (int i = 0; i < 200; ++i) {
        bool good = p.call(fib, {Value::from_int(15)}).to_int() == 610;
        good = good && runtime::to_repr(p.call(lists, {xs, Value::from_int(1)})) == "[1, 2, 1, 2, 4]";
        try {
          p.call(lists, {xs, Value::from_int(7)});
          good = false;
        } catch (const runtime::ScriptError& e) {
          good = good && std::string(e.what()) == "IndexError: list index out of range";
        }
        ok[t] += good ? 1 : 0;
      }
    });
  }
  for (auto& th : threads)
    th.join();
  CHECK(ok == std::vector<int>(4, 200));
}

TEST_CASE("native code keeps reference counts right", "[codegen][jit]") {
  const runtime::Program& p = program(Backend::Auto);
  Value xs = ints({4, 5, 6});
  REQUIRE(xs.heap()->refcount() == 1);
  std::vector<Value> args = {xs, Value::from_int(2)};
  Value out = p.call(*p.find("lists"), std::move(args));
  CHECK(xs.heap()->refcount() == 1);  // the argument was borrowed and given back
  CHECK(out.heap()->refcount() == 1); // the result is owned by the caller alone
  CHECK(runtime::to_repr(out) == "[2, 6, 8, 10, 5]");
  // An error return releases the function's lists as well.
  CHECK_THROWS_AS(p.call(*p.find("lists"), {xs, Value::from_int(9)}), runtime::ScriptError);
  CHECK(xs.heap()->refcount() == 1);
}

TEST_CASE("print from native code goes to the caller's stream", "[codegen][jit]") {
  CHECK(both("show", {Value::from_int(3)}).printed == "x is 3 [3, 6]\n");
}

TEST_CASE("functions outside the native subset fall back per function, with the reason", "[codegen][jit]") {
  const runtime::Program& p = program(Backend::Auto);
  REQUIRE(p.native() != nullptr);
  auto reason = [&](const char* name) { return p.native()->fallback_reason(*p.find(name)); };
  CHECK(reason("fib").empty());
  CHECK(reason("name") == "str values are not compiled natively");
  CHECK(reason("count") == "Dict[int, int] values are not compiled natively");
  CHECK(reason("calls_count") == "calls 'count', which is not compiled natively");
  CHECK(both("calls_count", {Value::from_int(4)}).result == "2");
  const codegen::JitStats* stats = codegen::jit_stats(*p.native());
  REQUIRE(stats != nullptr);
  CHECK(stats->functions + stats->fallbacks == p.num_functions());
  CHECK(stats->fallbacks == 5);
}

TEST_CASE("backend 'jit' refuses a program with a function it cannot compile", "[codegen][jit]") {
  ir::DiagnosticEngine diag;
  CHECK(load(Backend::Jit, diag) == nullptr);
  std::vector<std::string> messages;
  for (const auto& d : diag.diagnostics())
    messages.push_back(d.message);
  CHECK(std::find(messages.begin(), messages.end(),
                  "function 'name': str values are not compiled natively") != messages.end());
  CHECK(std::find(messages.begin(), messages.end(),
                  "function 'calls_count': calls 'count', which is not compiled natively") != messages.end());
}

TEST_CASE("a runtime-only load without a backend interprets, and jit without one fails", "[codegen][jit]") {
  ir::DiagnosticEngine diag;
  auto module = ir::parse_module(std::make_shared<const ir::Source>("jit_program.ir", program_text()), diag);
  REQUIRE(module);
  runtime::BackendOptions none;
  none.backend = Backend::Jit;
  CHECK(runtime::Program::load(std::move(module), diag, none) == nullptr);
  CHECK(diag.has_errors());
}

TEST_CASE("the LLVM IR and assembly show the native functions and the fallbacks", "[codegen][jit]") {
  auto text = codegen::emit_llvm_ir(program(Backend::Interp));
  REQUIRE(text);
  CHECK(text->find("; function 'name' runs in the interpreter: str values are not compiled natively") !=
        std::string::npos);
  CHECK(text->find("i32 @tsc.entry.fib(ptr") != std::string::npos);
  CHECK(text->find("tsc.entry.name") == std::string::npos);
  auto asm_text = codegen::emit_assembly(program(Backend::Interp));
  REQUIRE(asm_text);
  CHECK(asm_text->find("tsc.entry.fib:") != std::string::npos);
}
