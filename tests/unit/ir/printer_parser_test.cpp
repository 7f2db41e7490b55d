// tests/unit/ir/printer_parser_test.cpp - The IR text format: printing, parsing, round trips, parse errors.
#include "ir/op_registry.h"
#include "ir/parser.h"
#include "ir/printer.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>

using namespace tsc::ir;

namespace {

std::unique_ptr<Module> parse_text(const std::string& text, DiagnosticEngine& diag,
                                   const SourceLookup& lookup = {}) {
  return parse_module(std::make_shared<const Source>("test.ir", text), diag, lookup);
}

std::unique_ptr<Module> parse_ok(const std::string& text) {
  DiagnosticEngine diag;
  auto m = parse_text(text, diag);
  for (const Diagnostic& d : diag.diagnostics()) {
    UNSCOPED_INFO(d.range.line << ":" << d.range.col << ": " << d.message);
  }
  REQUIRE(m != nullptr);
  CHECK_FALSE(diag.has_errors());
  return m;
}

// The first diagnostic for bad text, which must not parse.
Diagnostic parse_error(const std::string& text) {
  DiagnosticEngine diag;
  auto m = parse_text(text, diag);
  CHECK(m == nullptr);
  REQUIRE(diag.has_errors());
  return diag.diagnostics()[0];
}

void check_round_trip(const std::string& text, const PrintOptions& options = {}) {
  auto m = parse_ok(text);
  CHECK(print_module(*m, options) == text);
  // And once more from the printed text.
  auto again = parse_ok(print_module(*m, options));
  CHECK(print_module(*again, options) == text);
}

// The docs/ir.md example, which doubles as the expected output of the builder test.
const char* const kDocExample = R"(class Counter:
  count : int
  names : List[str]
  def __init__
  def bump

graph @Counter.__init__(%self : Counter, %start : int) -> NoneType:
  prim::SetAttr[name="count"](%self, %start)
  %0 : List[str] = prim::ListConstruct()
  prim::SetAttr[name="names"](%self, %0)
  %1 : NoneType = prim::Constant()
  return (%1)

graph @clamp(%x : int, %lo : int = 0, *, %hi : int = 10) -> int:
  %0 : bool = aten::lt(%x, %lo)
  %1 : int = prim::If(%0)
    block0():
      -> (%lo)
    block1():
      %2 : int = prim::min(%x, %hi)
      -> (%2)
  return (%1)
)";

} // namespace

TEST_CASE("floats print as Python's repr", "[ir][printer]") {
  CHECK(format_float(1.0) == "1.0");
  CHECK(format_float(100.0) == "100.0");
  CHECK(format_float(0.1) == "0.1");
  CHECK(format_float(2.5) == "2.5");
  CHECK(format_float(1.0 / 3.0) == "0.3333333333333333");
  CHECK(format_float(-0.0) == "-0.0");
  CHECK(format_float(1e20) == "1e+20");
  CHECK(format_float(1e22) == "1e+22");
  CHECK(format_float(1e16) == "1e+16");
  CHECK(format_float(1e15) == "1000000000000000.0");
  CHECK(format_float(9999999999999998.0) == "9999999999999998.0");
  CHECK(format_float(12345678901234567.0) == "1.2345678901234568e+16");
  CHECK(format_float(0.0001) == "0.0001");
  CHECK(format_float(0.00012345) == "0.00012345");
  CHECK(format_float(1e-05) == "1e-05");
  CHECK(format_float(-2.5e-7) == "-2.5e-07");
  CHECK(format_float(1.5e300) == "1.5e+300");
  CHECK(format_float(5e-324) == "5e-324");
  CHECK(format_float(1.7976931348623157e308) == "1.7976931348623157e+308");
  CHECK(format_float(123456789.123) == "123456789.123");
  CHECK(format_float(std::numeric_limits<double>::infinity()) == "inf");
  CHECK(format_float(-std::numeric_limits<double>::infinity()) == "-inf");
  CHECK(format_float(std::numeric_limits<double>::quiet_NaN()) == "nan");
}

TEST_CASE("strings print in double quotes with escapes", "[ir][printer]") {
  CHECK(quote_string("plain") == "\"plain\"");
  CHECK(quote_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(quote_string("\n\t\r") == "\"\\n\\t\\r\"");
  CHECK(quote_string(std::string("\x01\x7f", 2)) == "\"\\x01\\x7f\"");
  CHECK(quote_string("caf\xc3\xa9") == "\"caf\xc3\xa9\"");
}

TEST_CASE("a hand-built module prints exactly as docs/ir.md shows", "[ir][printer]") {
  Module m;
  ClassType* counter = ClassType::create("Counter");
  counter->add_attribute("count", Type::int_type());
  counter->add_attribute("names", Type::list_of(Type::str_type()));
  counter->add_method("__init__");
  counter->add_method("bump");
  m.add_class(counter);

  {
    auto fn = std::make_unique<Function>();
    fn->name = "Counter.__init__";
    fn->owner = counter;
    fn->return_type = Type::none_type();
    fn->params = {{"self", counter, std::nullopt, false}, {"start", Type::int_type(), std::nullopt, false}};
    fn->graph = std::make_unique<Graph>();
    Graph& g = *fn->graph;
    Value* self = g.add_input(counter, "self");
    Value* start = g.add_input(Type::int_type(), "start");
    g.insert(prim::SetAttr, {self, start}, {})->set_attribute("name", "count");
    Value* names = g.insert(prim::ListConstruct, {}, {Type::list_of(Type::str_type())})->output();
    g.insert(prim::SetAttr, {self, names}, {})->set_attribute("name", "names");
    g.register_output(g.insert_none());
    m.add_function(std::move(fn));
  }
  {
    auto fn = std::make_unique<Function>();
    fn->name = "clamp";
    fn->return_type = Type::int_type();
    fn->params = {{"x", Type::int_type(), std::nullopt, false},
                  {"lo", Type::int_type(), DefaultValue(int64_t{0}), false},
                  {"hi", Type::int_type(), DefaultValue(int64_t{10}), true}};
    fn->graph = std::make_unique<Graph>();
    Graph& g = *fn->graph;
    Value* x = g.add_input(Type::int_type(), "x");
    Value* lo = g.add_input(Type::int_type(), "lo");
    Value* hi = g.add_input(Type::int_type(), "hi");
    Value* cond = g.insert(aten::lt, {x, lo}, {Type::bool_type()})->output();
    Node* if_node = g.insert(prim::If, {cond}, {Type::int_type()});
    if_node->add_block()->register_output(lo);
    Block* else_block = if_node->add_block();
    g.set_insertion_point_end(else_block);
    else_block->register_output(g.insert(prim::min, {x, hi}, {Type::int_type()})->output());
    g.set_insertion_point_end(g.block());
    g.register_output(if_node->output());
    m.add_function(std::move(fn));
  }
  CHECK(print_module(m) == kDocExample);
  CHECK(print_function(*m.functions()[1]) ==
        std::string(kDocExample).substr(std::string(kDocExample).find("graph @clamp")));
}

TEST_CASE("print_graph prints a bare graph", "[ir][printer]") {
  Graph g;
  Value* a = g.add_input(Type::float_type(), "a");
  Value* two = g.insert_constant(2.0);
  g.register_output(g.insert(aten::mul, {a, two}, {Type::float_type()})->output());
  CHECK(print_graph(g) == "graph(%a : float):\n"
                          "  %0 : float = prim::Constant[value=2.0]()\n"
                          "  %1 : float = aten::mul(%a, %0)\n"
                          "  return (%1)\n");
}

TEST_CASE("repeated debug names get the first free numeric suffix", "[ir][printer]") {
  auto fn = std::make_unique<Function>();
  fn->name = "names";
  fn->return_type = Type::int_type();
  fn->params = {{"x", Type::int_type(), std::nullopt, false}};
  fn->graph = std::make_unique<Graph>();
  Graph& g = *fn->graph;
  Value* x = g.add_input(Type::int_type(), "x");
  Value* x1 = g.insert(aten::neg, {x}, {Type::int_type()})->output()->set_debug_name("x.1");
  Value* x2 = g.insert(aten::neg, {x1}, {Type::int_type()})->output()->set_debug_name("x");
  Value* tmp = g.insert(aten::neg, {x2}, {Type::int_type()})->output();
  Value* x3 = g.insert(aten::neg, {tmp}, {Type::int_type()})->output()->set_debug_name("x");
  g.register_output(x3);
  const std::string expected = "graph @names(%x : int) -> int:\n"
                               "  %x.1 : int = aten::neg(%x)\n"
                               "  %x.2 : int = aten::neg(%x.1)\n"
                               "  %0 : int = aten::neg(%x.2)\n"
                               "  %x.3 : int = aten::neg(%0)\n"
                               "  return (%x.3)\n";
  CHECK(print_function(*fn) == expected);
  auto names = value_names(*fn);
  CHECK(names.at(x) == "x");
  CHECK(names.at(x2) == "x.2");
  CHECK(names.at(tmp) == "0");
  // Reading back gives those names as debug names, and the same text.
  auto m = parse_ok(expected);
  CHECK(print_module(*m) == expected);
  CHECK(m->functions()[0]->graph->outputs()[0]->debug_name() == "x.3");
}

TEST_CASE("the docs example round-trips", "[ir][printer][parser]") {
  check_round_trip(kDocExample);
}

TEST_CASE("nested If and Loop blocks round-trip", "[ir][printer][parser]") {
  check_round_trip(R"(graph @sum_even(%n : int, %xs : List[float]) -> float:
  %0 : float = prim::Constant[value=0.0]()
  %1 : bool = prim::Constant[value=True]()
  %total : float = prim::Loop(%n, %1, %0)
    block0(%i : int, %acc : float):
      %2 : int = prim::Constant[value=2]()
      %3 : int = aten::remainder(%i, %2)
      %4 : int = prim::Constant[value=0]()
      %5 : bool = aten::eq(%3, %4)
      %acc.1 : float = prim::If(%5)
        block0():
          %6 : float = aten::__getitem__(%xs, %i)
          %7 : float = aten::add(%acc, %6)
          -> (%7)
        block1():
          %8 : int = prim::Constant[value=9223372036854775807]()
          %9 : float = prim::Loop(%8, %1, %acc)
            block0(%j : int, %inner : float):
              %10 : bool = prim::Constant[value=False]()
              -> (%10, %inner)
          -> (%9)
      -> (%1, %acc.1)
  return (%total)

graph @noop() -> NoneType:
  %0 : NoneType = prim::Constant()
  prim::Print(%0)
  return (%0)
)");
}

TEST_CASE("every attribute kind round-trips", "[ir][printer][parser]") {
  check_round_trip(R"(class Box:
  items : Dict[str, Box]
  def get

graph @attrs(%b : Box, %x : Any) -> int:
  %0 : int = prim::Constant[value=-9223372036854775808]()
  %1 : float = prim::Constant[value=1e+20]()
  %2 : float = prim::Constant[value=-inf]()
  %3 : float = prim::Constant[value=nan]()
  %4 : float = prim::Constant[value=inf]()
  %5 : float = prim::Constant[value=-2.5e-07]()
  %6 : str = prim::Constant[value="q\"b\\s\n\t\r\x01\x7f é"]()
  %7 : bool = prim::Constant[value=False]()
  %8 : bool = prim::isinstance[type=List[Optional[Tuple[int, str]]]](%x)
  %9 : bool = prim::isinstance[type=Dict[str, Box]](%x)
  %10 : bool = prim::isinstance[type=Tuple[()]](%x)
  %11 : Tuple[int, float] = prim::TupleConstruct(%0, %1)
  %12 : Tuple[int] = prim::TupleSlice[begin=0, end=1](%11)
  prim::RaiseException[exc="ValueError", note=1.5, flag=True](%6)
  prim::Print[sep="", end="\n"](%7, %8, %9, %10, %12)
  return (%0)

graph @Box.get(%self : Box, %k : str) -> Optional[Box]:
  %0 : Dict[str, Box] = prim::GetAttr[name="items"](%self)
  %1 : Optional[Box] = aten::get(%0, %k)
  return (%1)
)");
}

TEST_CASE("parameter defaults and keyword-only markers round-trip", "[ir][printer][parser]") {
  check_round_trip(
      R"(graph @defaults(%a : int = -3, %b : float = 1.5, %c : str = "x\ny", %d : Optional[int] = None, *, %e : bool = True, %f : float = 1e-05) -> Tuple[()]:
  %0 : Tuple[()] = prim::TupleConstruct()
  return (%0)

graph @only_kw(*, %k : number, %t : Tensor = 2) -> number:
  return (%k)
)");
  auto m =
      parse_ok("graph @f(%a : int = -3, *, %e : bool = True, %s : str = \"z\") -> int:\n  return (%a)\n");
  const Function& fn = *m->functions()[0];
  REQUIRE(fn.params.size() == 3);
  CHECK(fn.params[0].name == "a");
  CHECK(std::get<int64_t>(*fn.params[0].default_value) == -3);
  CHECK_FALSE(fn.params[0].kwarg_only);
  CHECK(fn.params[1].kwarg_only);
  CHECK(std::get<bool>(*fn.params[1].default_value));
  CHECK(std::get<std::string>(*fn.params[2].default_value) == "z");
  CHECK(fn.return_type == Type::int_type());
  CHECK(fn.graph->inputs()[1]->debug_name() == "e");
}

TEST_CASE("locations round-trip and become node ranges", "[ir][printer][parser]") {
  const std::string text = R"(graph @f(%x : int) -> int:
  %0 : int = prim::Constant[value=1]()  # model.py:2:16
  %1 : int = aten::add(%x, %0)  # model.py:2:12
  %2 : int = aten::neg(%1)
  return (%2)
)";
  PrintOptions with_locations;
  with_locations.locations = true;
  check_round_trip(text, with_locations);

  SECTION("without a lookup the range keeps the file name, line and column") {
    auto m = parse_ok(text);
    const Graph& g = *m->functions()[0]->graph;
    Node* add = g.outputs()[0]->node()->input(0)->node();
    REQUIRE(add->kind() == aten::add);
    CHECK(add->range().is_valid());
    CHECK(add->range().filename() == "model.py");
    CHECK(add->range().line == 2);
    CHECK(add->range().col == 12);
    CHECK_FALSE(g.outputs()[0]->node()->range().is_valid());
    // Without the option, locations are not printed.
    CHECK(print_module(*m).find('#') == std::string::npos);
  }
  SECTION("with a lookup the range points into the real source") {
    auto py = std::make_shared<const Source>("model.py", "def f(x: int) -> int:\n    return x + 1\n");
    DiagnosticEngine diag;
    auto m =
        parse_text(text, diag, [&](const std::string& name) { return name == "model.py" ? py : nullptr; });
    REQUIRE(m != nullptr);
    Node* add = m->functions()[0]->graph->outputs()[0]->node()->input(0)->node();
    CHECK(add->range().source == py);
    CHECK(add->range().begin == py->offset_of(2, 12));
    CHECK(add->range().line == 2);
  }
}

TEST_CASE("the parser resolves schemas of registered ops", "[ir][parser]") {
  auto m = parse_ok(R"(graph @f(%a : int, %b : float, %l : List[str]) -> int:
  %0 : int = aten::add(%a, %a)
  %1 : float = aten::add(%b, %b)
  %2 : int = aten::len(%l)
  %3 : str = aten::add(%l, %a)
  return (%0)
)");
  std::vector<Node*> nodes;
  for (Node* n : m->functions()[0]->graph->block()->nodes())
    nodes.push_back(n);
  REQUIRE(nodes.size() == 4);
  CHECK(nodes[0]->schema() == OpRegistry::global().find("aten::add.int"));
  CHECK(nodes[1]->schema() == OpRegistry::global().find("aten::add.float"));
  CHECK(nodes[2]->schema() == OpRegistry::global().find("aten::len.t"));
  CHECK(nodes[3]->schema() == nullptr); // no overload matches; the verifier reports it
}

TEST_CASE("numbered values read back unnamed and named values keep their names", "[ir][parser]") {
  auto m = parse_ok(R"(graph @f(%x.1 : int, %7 : int) -> int:
  %41 : int = aten::add(%x.1, %7)
  %y : int = aten::add(%41, %41)
  return (%y)
)");
  const Graph& g = *m->functions()[0]->graph;
  CHECK(g.inputs()[0]->debug_name() == "x.1");
  CHECK(g.inputs()[1]->debug_name().empty());
  CHECK(m->functions()[0]->params[1].name.empty());
  CHECK(g.outputs()[0]->debug_name() == "y");
  CHECK(print_module(*m) == "graph @f(%x.1 : int, %0 : int) -> int:\n"
                            "  %1 : int = aten::add(%x.1, %0)\n"
                            "  %y : int = aten::add(%1, %1)\n"
                            "  return (%y)\n");
}

TEST_CASE("the parser builds classes before the functions that use them", "[ir][parser]") {
  auto m = parse_ok(R"(class A:
  b : Optional[B]
  def go

class B:
  xs : List[A]

graph @A.go(%self : A) -> Optional[B]:
  %0 : Optional[B] = prim::GetAttr[name="b"](%self)
  return (%0)

graph @make() -> B:
  %0 : B = prim::CreateObject()
  return (%0)
)");
  REQUIRE(m->classes().size() == 2);
  ClassType* a = m->find_class("A");
  ClassType* b = m->find_class("B");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  CHECK(a->attributes()[0].type == Type::optional_of(b));
  CHECK(b->attributes()[0].type == Type::list_of(a));
  CHECK(a->methods() == std::vector<std::string>{"go"});
  CHECK(m->find_function("A.go")->owner == a);
  CHECK(m->find_function("make")->owner == nullptr);
  CHECK(m->find_function("make")->return_type == b);
}

TEST_CASE("comments and blank lines are ignored", "[ir][parser]") {
  auto m = parse_ok(R"(# a module

graph @f(%x : int) -> int:   # header comment
  # a comment line

  %0 : int = aten::neg(%x)  # not a location
  return (%0)

)");
  Node* neg = m->functions()[0]->graph->outputs()[0]->node();
  CHECK_FALSE(neg->range().is_valid());
}

TEST_CASE("parse errors name what was expected and where", "[ir][parser][errors]") {
  SECTION("undefined value") {
    Diagnostic d = parse_error("graph @f(%x : int) -> int:\n  %0 : int = aten::neg(%y)\n  return (%0)\n");
    CHECK(d.message == "use of undefined value '%y'");
    CHECK(d.range.line == 2);
    CHECK(d.range.col == 24);
    CHECK(d.range.text() == "%y");
  }
  SECTION("a value defined in a block is not visible after it") {
    Diagnostic d = parse_error(R"(graph @f(%c : bool) -> int:
  prim::If(%c)
    block0():
      %v : int = prim::Constant[value=1]()
      -> ()
    block1():
      -> ()
  return (%v)
)");
    CHECK(d.message == "use of undefined value '%v'");
    CHECK(d.range.line == 8);
    CHECK(d.range.col == 11);
  }
  SECTION("wrong punctuation") {
    Diagnostic d = parse_error("graph @f(%x : Tuple[(,)]) -> int:\n  return (%x)\n");
    CHECK(d.message == "expected ')' but found ','");
    CHECK(d.range.line == 1);
    CHECK(d.range.col == 22);
  }
  SECTION("missing closing parenthesis") {
    Diagnostic d = parse_error("graph @f(%x : int) -> int:\n  return (%x %x)\n");
    CHECK(d.message == "expected ')' but found '%x'");
    CHECK(d.range.col == 14);
  }
  SECTION("unknown type") {
    Diagnostic d = parse_error("graph @f(%x : Foo) -> int:\n  return (%x)\n");
    CHECK(d.message == "unknown type 'Foo'");
    CHECK(d.range.col == 15);
  }
  SECTION("redefinition") {
    Diagnostic d = parse_error("graph @f(%x : int) -> int:\n  %x : int = aten::neg(%x)\n  return (%x)\n");
    CHECK(d.message == "redefinition of value '%x'");
    CHECK(d.range.line == 2);
    CHECK(d.range.col == 3);
  }
  SECTION("missing return") {
    Diagnostic d = parse_error("graph @f(%x : int) -> int:\n  %0 : int = aten::neg(%x)\n");
    CHECK(d.message == "expected a node or 'return' but found end of input");
  }
  SECTION("unterminated string") {
    Diagnostic d =
        parse_error("graph @f() -> str:\n  %0 : str = prim::Constant[value=\"abc]()\n  return (%0)\n");
    CHECK(d.message == "unterminated string literal");
    CHECK(d.range.line == 2);
    CHECK(d.range.col == 35);
  }
  SECTION("stray character") {
    Diagnostic d = parse_error("graph @f() -> int:\n  $\n");
    CHECK(d.message == "unexpected character '$'");
    CHECK(d.range.col == 3);
  }
  SECTION("integer out of range") {
    Diagnostic d = parse_error(
        "graph @f() -> int:\n  %0 : int = prim::Constant[value=9223372036854775808]()\n  return (%0)\n");
    CHECK(d.message == "integer literal '9223372036854775808' is out of range");
  }
  SECTION("bad escape") {
    Diagnostic d =
        parse_error("graph @f() -> str:\n  %0 : str = prim::Constant[value=\"\\q\"]()\n  return (%0)\n");
    CHECK(d.message == "unknown escape '\\q' in string literal");
  }
  SECTION("node kind without a namespace") {
    Diagnostic d = parse_error("graph @f(%x : int) -> int:\n  %0 : int = neg(%x)\n  return (%0)\n");
    CHECK(d.message == "expected '::' but found '('");
  }
  SECTION("duplicate function") {
    Diagnostic d = parse_error("graph @f() -> int:\n  %0 : int = prim::Constant[value=1]()\n  return (%0)\n\n"
                               "graph @f() -> int:\n  %0 : int = prim::Constant[value=1]()\n  return (%0)\n");
    CHECK(d.message == "redefinition of function '@f'");
    CHECK(d.range.line == 5);
  }
  SECTION("garbage at the top level") {
    Diagnostic d = parse_error("def f():\n");
    CHECK(d.message == "expected 'class' or 'graph' but found 'def'");
  }
  SECTION("duplicate class attribute") {
    Diagnostic d = parse_error("class C:\n  a : int\n  a : str\n");
    CHECK(d.message == "duplicate attribute 'a' in class 'C'");
    CHECK(d.range.line == 3);
  }
}

TEST_CASE("bad text never crashes the parser", "[ir][parser][errors]") {
  // Every prefix of a valid module is either valid or reported, never a crash.
  const std::string text = kDocExample;
  for (size_t len = 0; len < text.size(); ++len) {
    DiagnosticEngine diag;
    auto m = parse_text(text.substr(0, len), diag);
    CHECK((m != nullptr) != diag.has_errors());
  }
  DiagnosticEngine diag;
  std::string deep = "graph @f(%x : ";
  for (int k = 0; k < 5000; ++k)
    deep += "List[";
  deep += "int";
  CHECK(parse_text(deep, diag) == nullptr);
  CHECK(diag.has_errors());
}

TEST_CASE("mutated text is either parsed or reported, and what parses prints to a fixed point",
          "[ir][parser][errors]") {
  const std::string base = kDocExample;
  const std::string alphabet = "%@()[],:=->*#\"\\\n blockreturngraphprim::Loop If int List 0123456789.e";
  std::mt19937 rng(1234);
  for (int iteration = 0; iteration < 2000; ++iteration) {
    std::string text = base;
    for (int k = 0; k < 3; ++k) {
      size_t pos = rng() % text.size();
      switch (rng() % 3) {
      case 0:
        text.erase(pos, 1 + rng() % 6);
        break;
      case 1:
        text.insert(pos, 1, alphabet[rng() % alphabet.size()]);
        break;
      default:
        text[pos] = alphabet[rng() % alphabet.size()];
        break;
      }
    }
    DiagnosticEngine diag;
    auto m = parse_text(text, diag);
    REQUIRE((m != nullptr) != diag.has_errors());
    if (m == nullptr)
      continue;
    std::string printed = print_module(*m);
    auto again = parse_ok(printed);
    REQUIRE(print_module(*again) == printed);
  }
}

TEST_CASE("hex escapes in strings decode to bytes", "[ir][parser]") {
  auto m = parse_ok(
      "graph @f() -> str:\n  %0 : str = prim::Constant[value=\"\\x41\\x7e\\x0a\"]()\n  return (%0)\n");
  CHECK(m->functions()[0]->graph->outputs()[0]->node()->s("value") == "A~\n");
  CHECK(parse_error("graph @f() -> str:\n  %0 : str = prim::Constant[value=\"\\x4\"]()\n  return (%0)\n")
            .message == "expected two hex digits after '\\x' in string literal");
}
