// tests/unit/runtime/interpreter_test.cpp - Programs run through the bytecode VM: control flow, calls,
// objects, errors, threads.
//
// The IR below is what `tsc prog.py --emit=ir --locations` printed for the
// Python program kSource (kept alongside, so that tracebacks can show source
// lines); expected values are what CPython 3.11 gives for the same calls.
#include "ir/parser.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/interpreter.h"
#include "runtime/value.h"

#include <catch2/catch.hpp>

#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace tsc;
using runtime::Value;

namespace {

const char* const kSource = R"PY(
from typing import Dict, List, Optional, Tuple


class Counter:
    def __init__(self, start: int):
        self.count = start
        self.log: List[int] = []

    def bump(self, by: int) -> int:
        self.log.append(self.count)
        self.count += by
        return self.count


def fib_iter(n: int) -> int:
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def first_negative(xs: List[int]) -> int:
    for i, x in enumerate(xs):
        if x < 0:
            return i
    return -1


def collatz(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
        if steps > 1000:
            break
    return steps


def count_words(text: str) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def use_counter(n: int) -> Tuple[int, List[int]]:
    c = Counter(10)
    for i in range(n):
        c.bump(i)
    return c.count, c.log


def greet(name: str, times: int = 2, *, sep: str = ", ") -> str:
    return sep.join([name] * times)


def maybe(x: Optional[int]) -> int:
    if x is None:
        return -1
    return x * 2


def depth(n: int) -> int:
    return depth(n + 1) + 1


def check(x: int) -> int:
    assert x > 0, "x must be positive"
    return helper(x)


def helper(x: int) -> int:
    if x > 100:
        raise ValueError(f"too big: {x}")
    return x


def talk(a: int, b: str) -> None:
    print(a, b, [a, a], sep="|", end="!\n")
    print(b)


def unpack(xs: List[int]) -> int:
    a, b = xs
    return a - b


def lookup(d: Dict[str, int], k: str) -> int:
    return d[k]
)PY";

const char* const kIr = R"IR(
class Counter:
  count : int
  log : List[int]
  def __init__
  def bump

graph @Counter.__init__(%self : Counter, %start : int) -> NoneType:
  prim::SetAttr[name="count"](%self, %start)  # prog.py:6:9
  %0 : List[int] = prim::ListConstruct()  # prog.py:7:31
  prim::SetAttr[name="log"](%self, %0)  # prog.py:7:9
  %1 : NoneType = prim::Constant()  # prog.py:5:5
  return (%1)

graph @Counter.bump(%self : Counter, %by : int) -> int:
  %0 : List[int] = prim::GetAttr[name="log"](%self)  # prog.py:10:9
  %1 : int = prim::GetAttr[name="count"](%self)  # prog.py:10:25
  %2 : List[int] = aten::append(%0, %1)  # prog.py:10:9
  %3 : int = prim::GetAttr[name="count"](%self)  # prog.py:11:9
  %4 : int = aten::add(%3, %by)  # prog.py:11:9
  prim::SetAttr[name="count"](%self, %4)  # prog.py:11:9
  %5 : int = prim::GetAttr[name="count"](%self)  # prog.py:12:16
  return (%5)

graph @fib_iter(%n : int) -> int:
  %a : int = prim::Constant[value=0]()  # prog.py:16:9
  %b : int = prim::Constant[value=1]()  # prog.py:17:9
  %0 : bool = prim::Constant[value=True]()  # prog.py:18:5
  %a.1 : int, %b.1 : int = prim::Loop(%n, %0, %a, %b)  # prog.py:18:5
    block0(%_ : int, %a.2 : int, %b.2 : int):
      %b.3 : int = aten::add(%a.2, %b.2)  # prog.py:19:19
      %1 : bool = prim::Constant[value=True]()  # prog.py:18:5
      -> (%1, %b.2, %b.3)
  return (%a.1)

graph @fib(%n : int) -> int:
  %0 : int = prim::Constant[value=2]()  # prog.py:24:12
  %1 : bool = aten::lt(%n, %0)  # prog.py:24:8
  %2 : bool, %3 : int = prim::If(%1)  # prog.py:24:5
    block0():
      %4 : bool = prim::Constant[value=True]()  # prog.py:24:5
      -> (%4, %n)
    block1():
      %5 : bool = prim::Constant[value=False]()  # prog.py:24:5
      %6 : int = prim::Uninitialized()  # prog.py:24:5
      -> (%5, %6)
  %7 : bool = aten::__not__(%2)  # prog.py:24:5
  %8 : int = prim::If(%7)  # prog.py:24:5
    block0():
      %9 : int = prim::Constant[value=1]()  # prog.py:26:20
      %10 : int = aten::sub(%n, %9)  # prog.py:26:16
      %11 : int = prim::CallFunction[name="fib"](%10)  # prog.py:26:12
      %12 : int = prim::Constant[value=2]()  # prog.py:26:33
      %13 : int = aten::sub(%n, %12)  # prog.py:26:29
      %14 : int = prim::CallFunction[name="fib"](%13)  # prog.py:26:25
      %15 : int = aten::add(%11, %14)  # prog.py:26:12
      -> (%15)
    block1():
      -> (%3)
  return (%8)

graph @first_negative(%xs : List[int]) -> int:
  %0 : int = aten::len(%xs)  # prog.py:30:27
  %1 : bool = prim::Constant[value=True]()  # prog.py:30:5
  %2 : bool = prim::Constant[value=False]()  # prog.py:30:5
  %3 : int = prim::Uninitialized()  # prog.py:30:5
  %4 : bool, %5 : int = prim::Loop(%0, %1, %2, %3)  # prog.py:30:5
    block0(%i : int, %6 : bool, %7 : int):
      %x : int = aten::__getitem__(%xs, %i)  # prog.py:30:27
      %8 : int = prim::Constant[value=0]()  # prog.py:31:16
      %9 : bool = aten::lt(%x, %8)  # prog.py:31:12
      %10 : bool, %11 : int = prim::If(%9)  # prog.py:31:9
        block0():
          %12 : bool = prim::Constant[value=True]()  # prog.py:31:9
          -> (%12, %i)
        block1():
          %13 : bool = prim::Constant[value=False]()  # prog.py:31:9
          %14 : int = prim::Uninitialized()  # prog.py:31:9
          -> (%13, %14)
      %15 : bool = aten::__not__(%10)  # prog.py:30:5
      -> (%15, %10, %11)
  %16 : bool = aten::__not__(%4)  # prog.py:30:5
  %17 : int = prim::If(%16)  # prog.py:30:5
    block0():
      %18 : int = prim::Constant[value=-1]()  # prog.py:33:12
      -> (%18)
    block1():
      -> (%5)
  return (%17)

graph @collatz(%n : int) -> int:
  %steps : int = prim::Constant[value=0]()  # prog.py:37:13
  %0 : int = prim::Constant[value=1]()  # prog.py:38:16
  %1 : bool = aten::ne(%n, %0)  # prog.py:38:11
  %2 : int = prim::Constant[value=9223372036854775807]()  # prog.py:38:5
  %n.1 : int, %steps.1 : int = prim::Loop(%2, %1, %n, %steps)  # prog.py:38:5
    block0(%3 : int, %n.2 : int, %steps.2 : int):
      %4 : int = prim::Constant[value=2]()  # prog.py:39:16
      %5 : int = aten::remainder(%n.2, %4)  # prog.py:39:12
      %6 : int = prim::Constant[value=0]()  # prog.py:39:21
      %7 : bool = aten::eq(%5, %6)  # prog.py:39:12
      %n.3 : int = prim::If(%7)  # prog.py:39:9
        block0():
          %8 : int = prim::Constant[value=2]()  # prog.py:40:22
          %n.4 : int = aten::floordiv(%n.2, %8)  # prog.py:40:17
          -> (%n.4)
        block1():
          %9 : int = prim::Constant[value=3]()  # prog.py:42:17
          %10 : int = aten::mul(%9, %n.2)  # prog.py:42:17
          %11 : int = prim::Constant[value=1]()  # prog.py:42:25
          %n.5 : int = aten::add(%10, %11)  # prog.py:42:17
          -> (%n.5)
      %12 : int = prim::Constant[value=1]()  # prog.py:43:18
      %steps.3 : int = aten::add(%steps.2, %12)  # prog.py:43:9
      %13 : int = prim::Constant[value=1000]()  # prog.py:44:20
      %14 : bool = aten::gt(%steps.3, %13)  # prog.py:44:12
      %15 : bool = prim::If(%14)  # prog.py:44:9
        block0():
          %16 : bool = prim::Constant[value=True]()  # prog.py:44:9
          -> (%16)
        block1():
          %17 : bool = prim::Constant[value=False]()  # prog.py:44:9
          -> (%17)
      %18 : bool = aten::__not__(%15)  # prog.py:38:5
      %19 : bool = prim::If(%18)  # prog.py:38:5
        block0():
          %20 : int = prim::Constant[value=1]()  # prog.py:38:16
          %21 : bool = aten::ne(%n.3, %20)  # prog.py:38:11
          -> (%21)
        block1():
          %22 : bool = prim::Constant[value=False]()  # prog.py:38:5
          -> (%22)
      -> (%19, %n.3, %steps.3)
  return (%steps.1)

graph @count_words(%text : str) -> Dict[str, int]:
  %counts : Dict[str, int] = prim::DictConstruct()  # prog.py:50:30
  %0 : NoneType = prim::Constant()  # prog.py:51:14
  %1 : int = prim::Constant[value=-1]()  # prog.py:51:14
  %2 : List[str] = aten::split(%text, %0, %1)  # prog.py:51:14
  %3 : int = aten::len(%2)  # prog.py:51:14
  %4 : bool = prim::Constant[value=True]()  # prog.py:51:5
  prim::Loop(%3, %4)  # prog.py:51:5
    block0(%5 : int):
      %w : str = aten::__getitem__(%2, %5)  # prog.py:51:14
      %6 : int = prim::Constant[value=0]()  # prog.py:52:35
      %7 : int = aten::get(%counts, %w, %6)  # prog.py:52:21
      %8 : int = prim::Constant[value=1]()  # prog.py:52:40
      %9 : int = aten::add(%7, %8)  # prog.py:52:21
      aten::_set_item(%counts, %w, %9)  # prog.py:52:9
      %10 : bool = prim::Constant[value=True]()  # prog.py:51:5
      -> (%10)
  return (%counts)

graph @use_counter(%n : int) -> Tuple[int, List[int]]:
  %c : Counter = prim::CreateObject()  # prog.py:57:9
  %0 : int = prim::Constant[value=10]()  # prog.py:57:17
  %1 : NoneType = prim::CallMethod[name="__init__"](%c, %0)  # prog.py:57:9
  %2 : bool = prim::Constant[value=True]()  # prog.py:58:5
  prim::Loop(%n, %2)  # prog.py:58:5
    block0(%i : int):
      %3 : int = prim::CallMethod[name="bump"](%c, %i)  # prog.py:59:9
      %4 : bool = prim::Constant[value=True]()  # prog.py:58:5
      -> (%4)
  %5 : int = prim::GetAttr[name="count"](%c)  # prog.py:60:12
  %6 : List[int] = prim::GetAttr[name="log"](%c)  # prog.py:60:21
  %7 : Tuple[int, List[int]] = prim::TupleConstruct(%5, %6)  # prog.py:60:12
  return (%7)

graph @greet(%name : str, %times : int = 2, *, %sep : str = ", ") -> str:
  %0 : List[str] = prim::ListConstruct(%name)  # prog.py:64:21
  %1 : List[str] = aten::mul(%0, %times)  # prog.py:64:21
  %2 : str = aten::join(%sep, %1)  # prog.py:64:12
  return (%2)

graph @maybe(%x : Optional[int]) -> int:
  %0 : NoneType = prim::Constant()  # prog.py:68:8
  %1 : bool = aten::__is__(%x, %0)  # prog.py:68:8
  %2 : bool, %3 : int = prim::If(%1)  # prog.py:68:5
    block0():
      %4 : int = prim::Constant[value=-1]()  # prog.py:69:16
      %5 : bool = prim::Constant[value=True]()  # prog.py:68:5
      -> (%5, %4)
    block1():
      %6 : bool = prim::Constant[value=False]()  # prog.py:68:5
      %7 : int = prim::Uninitialized()  # prog.py:68:5
      -> (%6, %7)
  %x.1 : int = prim::unchecked_cast(%x)  # prog.py:68:8
  %8 : bool = aten::__not__(%2)  # prog.py:68:5
  %9 : int = prim::If(%8)  # prog.py:68:5
    block0():
      %10 : int = prim::Constant[value=2]()  # prog.py:70:16
      %11 : int = aten::mul(%x.1, %10)  # prog.py:70:12
      -> (%11)
    block1():
      -> (%3)
  return (%9)

graph @depth(%n : int) -> int:
  %0 : int = prim::Constant[value=1]()  # prog.py:74:22
  %1 : int = aten::add(%n, %0)  # prog.py:74:18
  %2 : int = prim::CallFunction[name="depth"](%1)  # prog.py:74:12
  %3 : int = prim::Constant[value=1]()  # prog.py:74:27
  %4 : int = aten::add(%2, %3)  # prog.py:74:12
  return (%4)

graph @check(%x : int) -> int:
  %0 : int = prim::Constant[value=0]()  # prog.py:78:16
  %1 : bool = aten::gt(%x, %0)  # prog.py:78:12
  prim::If(%1)  # prog.py:78:5
    block0():
      -> ()
    block1():
      %2 : str = prim::Constant[value="x must be positive"]()  # prog.py:78:19
      prim::RaiseException[exc="AssertionError"](%2)  # prog.py:78:5
      -> ()
  %3 : int = prim::CallFunction[name="helper"](%x)  # prog.py:79:12
  return (%3)

graph @helper(%x : int) -> int:
  %0 : int = prim::Constant[value=100]()  # prog.py:83:12
  %1 : bool = aten::gt(%x, %0)  # prog.py:83:8
  prim::If(%1)  # prog.py:83:5
    block0():
      %2 : str = prim::Constant[value="too big: {}"]()  # prog.py:84:26
      %3 : str = aten::format(%2, %x)  # prog.py:84:26
      prim::RaiseException[exc="ValueError"](%3)  # prog.py:84:9
      -> ()
    block1():
      -> ()
  return (%x)

graph @talk(%a : int, %b : str) -> NoneType:
  %0 : List[int] = prim::ListConstruct(%a, %a)  # prog.py:89:17
  prim::Print[sep="|", end="!\n"](%a, %b, %0)  # prog.py:89:5
  prim::Print(%b)  # prog.py:90:5
  %1 : NoneType = prim::Constant()  # prog.py:88:1
  return (%1)

graph @unpack(%xs : List[int]) -> int:
  %a : int, %b : int = prim::ListUnpack(%xs)  # prog.py:94:12
  %0 : int = aten::sub(%a, %b)  # prog.py:95:12
  return (%0)

graph @lookup(%d : Dict[str, int], %k : str) -> int:
  %0 : int = aten::__getitem__(%d, %k)  # prog.py:99:12
  return (%0)
)IR";

// The source as a file "prog.py" whose line 1 is kSource's first line.
std::shared_ptr<const ir::Source> program_source() {
  static const auto source = std::make_shared<const ir::Source>("prog.py", std::string(kSource + 1));
  return source;
}

std::unique_ptr<runtime::Program> load_program() {
  ir::DiagnosticEngine diag;
  auto lookup = [](const std::string& name) -> std::shared_ptr<const ir::Source> {
    return name == "prog.py" ? program_source() : nullptr;
  };
  auto module = ir::parse_module(std::make_shared<const ir::Source>("prog.ir", kIr), diag, lookup);
  for (const auto& d : diag.diagnostics())
    UNSCOPED_INFO(d.message);
  REQUIRE(module != nullptr);
  auto program = runtime::Program::load(std::move(module), diag);
  for (const auto& d : diag.diagnostics())
    UNSCOPED_INFO(d.message);
  REQUIRE(program != nullptr);
  return program;
}

const runtime::Program& program() {
  static const std::unique_ptr<runtime::Program> p = load_program();
  return *p;
}

Value call(const std::string& name, std::vector<Value> args, std::ostream* out = nullptr) {
  auto index = program().find(name);
  REQUIRE(index.has_value());
  runtime::CallOptions options;
  options.out = out;
  return program().call(*index, std::move(args), options);
}

std::string call_repr(const std::string& name, std::vector<Value> args) {
  return runtime::to_repr(call(name, std::move(args)));
}

// "ExceptionName: message" of the call, or "no exception".
std::string call_error(const std::string& name, std::vector<Value> args) {
  try {
    call(name, std::move(args));
  } catch (const runtime::ScriptError& e) {
    return e.what();
  }
  return "no exception";
}

Value ints(std::vector<int64_t> xs) {
  std::vector<Value> items;
  for (int64_t x : xs)
    items.push_back(Value::from_int(x));
  return runtime::make_list(ir::Type::list_of(ir::Type::int_type()), std::move(items));
}

Value I(int64_t v) {
  return Value::from_int(v);
}
Value S(const char* s) {
  return Value::from_str(s);
}

} // namespace

TEST_CASE("loops carry values and early returns leave them", "[runtime][interpreter]") {
  CHECK(call_repr("fib_iter", {I(10)}) == "55");
  CHECK(call_repr("fib_iter", {I(0)}) == "0");
  CHECK(call_repr("fib_iter", {I(90)}) == "2880067194370816120");
  CHECK(call_repr("first_negative", {ints({3, 1, -2, -5})}) == "2");
  CHECK(call_repr("first_negative", {ints({1, 2})}) == "-1");
  CHECK(call_repr("collatz", {I(27)}) == "111");
  CHECK(call_repr("collatz", {I(1)}) == "0");
}

TEST_CASE("functions call each other and recurse", "[runtime][interpreter]") {
  CHECK(call_repr("fib", {I(20)}) == "6765");
  CHECK(call_repr("maybe", {Value()}) == "-1");
  CHECK(call_repr("maybe", {I(21)}) == "42");
}

TEST_CASE("objects keep their attributes in slots shared by reference", "[runtime][interpreter]") {
  CHECK(call_repr("use_counter", {I(4)}) == "(16, [10, 10, 11, 13])");
}

TEST_CASE("dicts built by a script keep insertion order", "[runtime][interpreter]") {
  CHECK(call_repr("count_words", {S("a b a c b a")}) == "{'a': 3, 'b': 2, 'c': 1}");
}

TEST_CASE("omitted arguments take their defaults, keyword-only ones too", "[runtime][interpreter]") {
  CHECK(call_repr("greet", {S("hi")}) == "'hi, hi'");
  CHECK(call_repr("greet", {S("hi"), I(3)}) == "'hi, hi, hi'");
  // Keyword-only parameters cannot be passed by position (as in Python).
  CHECK(call_error("greet", {S("x"), I(1), S("-")}) ==
        "TypeError: greet() takes from 1 to 2 positional arguments but 3 were given");
}

TEST_CASE("calls from C++ check arity and argument types", "[runtime][interpreter]") {
  CHECK(call_error("fib", {}) == "TypeError: fib() missing 1 required positional argument: 'n'");
  CHECK(call_error("fib", {I(1), I(2)}) == "TypeError: fib() takes 1 positional argument but 2 were given");
  CHECK(call_error("fib", {S("x")}) == "TypeError: fib() argument 'n' must be int, not str");
  CHECK(call_error("Counter.bump", {I(1)}) ==
        "TypeError: Counter.bump() missing 1 required positional argument: 'by'");
  CHECK(call_error("first_negative", {ints({1})}) == "no exception");
  Value floats = runtime::make_list(ir::Type::list_of(ir::Type::float_type()), {Value::from_double(1.0)});
  CHECK(call_error("first_negative", {floats}) ==
        "TypeError: first_negative() argument 'xs' must be List[int], not list");
}

TEST_CASE("prim::Print writes str() of its arguments with sep and end", "[runtime][interpreter]") {
  std::ostringstream out;
  CHECK(call("talk", {I(3), S("x")}, &out).is_none());
  CHECK(out.str() == "3|x|[3, 3]!\nx\n");
}

TEST_CASE("run-time errors carry Python's exception names and messages", "[runtime][interpreter]") {
  CHECK(call_repr("unpack", {ints({5, 3})}) == "2");
  CHECK(call_error("unpack", {ints({1, 2, 3})}) == "ValueError: too many values to unpack (expected 2)");
  CHECK(call_error("unpack", {ints({1})}) == "ValueError: not enough values to unpack (expected 2, got 1)");
  Value d = runtime::make_dict(ir::Type::dict_of(ir::Type::str_type(), ir::Type::int_type()));
  d.as_dict().dict().set(S("a"), I(1));
  CHECK(call_error("lookup", {d, S("b")}) == "KeyError: 'b'");
  CHECK(call_error("check", {I(0)}) == "AssertionError: x must be positive");
  CHECK(call_error("check", {I(101)}) == "ValueError: too big: 101");
}

TEST_CASE("a script exception carries a traceback of the script's frames", "[runtime][interpreter]") {
  try {
    call("check", {I(101)});
    FAIL("no exception");
  } catch (const runtime::ScriptError& e) {
    REQUIRE(e.traceback().size() == 2);
    CHECK(e.traceback()[0].function == "check");
    CHECK(e.traceback()[0].file == "prog.py");
    CHECK(e.traceback()[0].line == 79);
    CHECK(e.traceback()[1].function == "helper");
    CHECK(e.traceback()[1].line == 84);
    CHECK(e.format() == "Traceback (most recent call last):\n"
                        "  File \"prog.py\", line 79, in check\n"
                        "    return helper(x)\n"
                        "  File \"prog.py\", line 84, in helper\n"
                        "    raise ValueError(f\"too big: {x}\")\n"
                        "ValueError: too big: 101\n");
  }
}

TEST_CASE("deep recursion raises RecursionError instead of overflowing the stack", "[runtime][interpreter]") {
  try {
    call("depth", {I(0)});
    FAIL("no exception");
  } catch (const runtime::ScriptError& e) {
    CHECK(e.type() == "RecursionError");
    CHECK(e.message() == "maximum recursion depth exceeded");
    CHECK(e.traceback().size() == runtime::kMaxCallDepth);
    std::string text = e.format();
    CHECK(text.find("  [Previous line repeated 997 more times]\n") != std::string::npos);
  }
  // The thread's stack is unwound: the next call works.
  CHECK(call_repr("fib", {I(10)}) == "55");
}

TEST_CASE("many threads can call one loaded program at once", "[runtime][interpreter]") {
  const runtime::Program& p = program();
  auto fib = *p.find("fib");
  auto words = *p.find("count_words");
  std::vector<std::string> results(8);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] {
      std::string out;
      for (int i = 0; i < 20; ++i) {
        out = runtime::to_repr(p.call(fib, {Value::from_int(18)}));
        out += runtime::to_repr(p.call(words, {Value::from_str("x y x")}));
        try {
          p.call(*p.find("depth"), {Value::from_int(0)});
        } catch (const runtime::ScriptError& e) {
          out += e.type();
        }
      }
      results[t] = out;
    });
  }
  for (auto& th : threads)
    th.join();
  for (const std::string& r : results)
    CHECK(r == "2584{'x': 2, 'y': 1}RecursionError");
}

TEST_CASE("the bytecode listing names every function", "[runtime][interpreter]") {
  std::string listing = program().disassemble();
  CHECK(listing.find("function fib (1 params") != std::string::npos);
  CHECK(listing.find("function Counter.bump (2 params") != std::string::npos);
}
