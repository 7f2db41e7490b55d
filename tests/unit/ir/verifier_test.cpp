// tests/unit/ir/verifier_test.cpp - The verifier accepts well-formed IR and reports each class of violation.
#include "ir/parser.h"
#include "ir/verifier.h"

#include <catch2/catch.hpp>

using namespace tsc::ir;

namespace {

std::unique_ptr<Module> parse_ok(const std::string& text) {
  DiagnosticEngine diag;
  auto m = parse_module(std::make_shared<const Source>("test.ir", text), diag);
  for (const Diagnostic& d : diag.diagnostics())
    UNSCOPED_INFO(d.message);
  REQUIRE(m != nullptr);
  return m;
}

// Verifies `text` and returns the messages reported.
std::vector<std::string> verify_text(const std::string& text) {
  auto m = parse_ok(text);
  DiagnosticEngine diag;
  bool ok = verify(*m, diag);
  CHECK(ok == !diag.has_errors());
  std::vector<std::string> out;
  for (const Diagnostic& d : diag.diagnostics())
    out.push_back(d.message);
  return out;
}

std::vector<std::string> verify_fn(const Function& fn) {
  DiagnosticEngine diag;
  bool ok = verify(fn, diag);
  CHECK(ok == !diag.has_errors());
  std::vector<std::string> out;
  for (const Diagnostic& d : diag.diagnostics())
    out.push_back(d.message);
  return out;
}

bool contains(const std::vector<std::string>& messages, const std::string& m) {
  for (const std::string& s : messages) {
    if (s == m)
      return true;
  }
  UNSCOPED_INFO("got " << messages.size() << " messages:");
  for (const std::string& s : messages)
    UNSCOPED_INFO("  " << s);
  return false;
}

// A function f(x: int, c: bool) -> int with an empty body, for builder tests.
Parameter param(std::string name, TypePtr type) {
  Parameter p;
  p.name = std::move(name); // GCC 12 -O3 warns falsely (-Wrestrict) on short literal assignment
  p.type = type;
  return p;
}

std::unique_ptr<Function> make_function() {
  auto fn = std::make_unique<Function>();
  fn->name = std::string("f"); // not = "f": the same false -Wrestrict positive
  fn->return_type = Type::int_type();
  fn->params.push_back(param(std::string("x"), Type::int_type()));
  fn->params.push_back(param(std::string("c"), Type::bool_type()));
  fn->graph = std::make_unique<Graph>();
  fn->graph->add_input(Type::int_type(), "x");
  fn->graph->add_input(Type::bool_type(), "c");
  return fn;
}

} // namespace

TEST_CASE("well-formed IR verifies", "[ir][verifier]") {
  CHECK(verify_text(R"(class Counter:
  count : int
  def bump

graph @Counter.bump(%self : Counter, %by : int = 1) -> int:
  %0 : int = prim::GetAttr[name="count"](%self)
  %1 : int = aten::add(%0, %by)
  prim::SetAttr[name="count"](%self, %1)
  return (%1)

graph @loop(%n : int, %c : bool, %xs : List[int]) -> Optional[int]:
  %0 : int = prim::Constant[value=0]()
  %1 : bool = prim::Constant[value=True]()
  %2 : int = aten::len(%xs)
  %total : int = prim::Loop(%2, %1, %0)
    block0(%i : int, %acc : int):
      %3 : int = prim::If(%c)
        block0():
          %4 : int = aten::add(%acc, %i)
          -> (%4)
        block1():
          -> (%n)
      %5 : List[int] = aten::append(%xs, %3)
      -> (%c, %3)
  %none : NoneType = prim::Constant()
  %r : Optional[int] = prim::If(%c)
    block0():
      -> (%total)
    block1():
      -> (%none)
  %f : float = prim::Constant[value=1.5]()
  %s : str = prim::Constant[value="s"]()
  %o : Optional[int] = prim::Constant()
  return (%r)
)")
            .empty());
}

TEST_CASE("a use before the definition is reported with the value's printed name",
          "[ir][verifier][dominance]") {
  auto fn = make_function();
  Graph& g = *fn->graph;
  Value* x = g.inputs()[0];
  Node* first = g.insert(aten::add, {x, x}, {Type::int_type()});
  first->set_schema(OpRegistry::global().find("aten::add.int"));
  Node* second = g.insert(aten::add, {first->output(), x}, {Type::int_type()});
  second->set_schema(OpRegistry::global().find("aten::add.int"));
  g.register_output(second->output());
  CHECK(verify_fn(*fn).empty());
  second->move_before(first); // %1 = add(%0, %x) now precedes %0
  CHECK(contains(verify_fn(*fn), "value '%1' used before it is defined"));
}

TEST_CASE("a value defined in a block is not visible after the block", "[ir][verifier][dominance]") {
  auto fn = make_function();
  Graph& g = *fn->graph;
  Node* if_node = g.insert(prim::If, {g.inputs()[1]}, {});
  Block* then_block = if_node->add_block();
  if_node->add_block();
  g.set_insertion_point_end(then_block);
  Value* inner = g.insert_constant(int64_t{3});
  inner->set_debug_name("inner");
  g.set_insertion_point_end(g.block());
  g.register_output(inner);
  CHECK(contains(verify_fn(*fn),
                 "value '%inner' used by the block's return is not visible here (its block has ended)"));
}

TEST_CASE("a value from elsewhere is reported as not defined in this function", "[ir][verifier][dominance]") {
  auto fn = make_function();
  Graph other;
  Value* foreign = other.insert_constant(int64_t{1});
  foreign->set_debug_name("foreign");
  fn->graph->register_output(foreign);
  CHECK(contains(verify_fn(*fn),
                 "value '%foreign' used by the block's return is not defined in this function"));
}

TEST_CASE("a use by a node outside the function breaks the use list", "[ir][verifier][uses]") {
  auto fn = make_function();
  Graph& g = *fn->graph;
  g.register_output(g.inputs()[0]);
  g.create(aten::neg, {g.inputs()[0]}, {Type::int_type()}); // created, never inserted
  CHECK(contains(verify_fn(*fn), "value '%x' lists a use by a node that is not in this function"));
}

TEST_CASE("prim::If needs a bool condition and matching blocks", "[ir][verifier][if]") {
  auto messages = verify_text(R"(graph @f(%x : int, %c : bool, %s : str) -> int:
  %0 : int = prim::If(%x)
    block0():
      -> (%x)
    block1():
      -> (%x)
  %1 : int = prim::If(%c)
    block0():
      -> (%x, %x)
    block1():
      -> (%s)
  %2 : int = prim::If(%c)
    block0():
      -> (%x)
  return (%0)
)");
  CHECK(contains(messages, "prim::If takes one bool condition, got (int)"));
  CHECK(contains(messages, "block0 of prim::If returns 2 values but the node has 1 outputs"));
  CHECK(contains(messages, "block1 output 0 of 'prim::If' is 'str' but the node's output '%1' is 'int'"));
  CHECK(contains(messages, "prim::If needs 2 blocks, has 1"));
}

TEST_CASE("prim::If blocks may return subtypes of the outputs but take no parameters", "[ir][verifier][if]") {
  CHECK(verify_text(R"(graph @f(%x : int, %c : bool) -> Optional[int]:
  %n : NoneType = prim::Constant()
  %0 : Optional[int] = prim::If(%c)
    block0():
      -> (%x)
    block1():
      -> (%n)
  return (%0)
)")
            .empty());
  auto fn = make_function();
  Graph& g = *fn->graph;
  Node* if_node = g.insert(prim::If, {g.inputs()[1]}, {});
  if_node->add_block()->add_param(Type::int_type());
  if_node->add_block();
  g.register_output(g.inputs()[0]);
  CHECK(contains(verify_fn(*fn), "block0 of prim::If must not have parameters"));
}

TEST_CASE("prim::Loop checks its inputs, block signature and outputs", "[ir][verifier][loop]") {
  SECTION("trip count and condition types") {
    auto messages = verify_text(R"(graph @f(%x : int, %c : bool) -> int:
  prim::Loop(%c, %x)
    block0(%i : int):
      -> (%c)
  return (%x)
)");
    CHECK(contains(messages,
                   "prim::Loop takes (int max_trip_count, bool condition, carried...), got (bool, int)"));
  }
  SECTION("block parameters") {
    auto messages = verify_text(R"(graph @f(%x : int, %c : bool) -> int:
  %0 : int = prim::Loop(%x, %c, %x)
    block0(%i : int):
      -> (%c, %x)
  return (%0)
)");
    CHECK(contains(messages,
                   "the block of prim::Loop needs 2 parameters (the iteration number and the carried "
                   "values), has 1"));
  }
  SECTION("block outputs") {
    auto messages = verify_text(R"(graph @f(%x : int, %c : bool, %s : str) -> int:
  %0 : int = prim::Loop(%x, %c, %x)
    block0(%i : float, %a : str):
      -> (%x, %s)
  %1 : int = prim::Loop(%x, %c, %x)
    block0(%j : int, %b : int):
      -> (%c)
  return (%0)
)");
    CHECK(contains(messages, "the iteration number '%i' of prim::Loop must be int"));
    CHECK(contains(messages, "block parameter '%a' of prim::Loop is 'str' but the carried value is 'int'"));
    CHECK(contains(messages, "the loop condition '%x' returned by prim::Loop's block must be bool"));
    CHECK(contains(messages, "block output 1 of 'prim::Loop' is 'str' but the node's output '%0' is 'int'"));
    CHECK(contains(messages,
                   "the block of prim::Loop returns 1 values but needs 2 (the condition and the carried "
                   "values)"));
  }
  SECTION("carried values") {
    auto messages = verify_text(R"(graph @f(%x : int, %c : bool, %s : str) -> int:
  %0 : int, %1 : int = prim::Loop(%x, %c, %x)
    block0(%i : int, %a : int):
      -> (%c, %a)
  %2 : int = prim::Loop(%x, %c, %s)
    block0(%j : int, %b : int):
      -> (%c, %b)
  return (%0)
)");
    CHECK(contains(messages, "prim::Loop carries 1 values but has 2 outputs"));
    CHECK(contains(messages, "carried input '%s' of prim::Loop is 'str' but the output '%2' is 'int'"));
  }
}

TEST_CASE("prim::Constant needs a value attribute of its type", "[ir][verifier][constant]") {
  auto messages = verify_text(R"(graph @f(%x : int) -> int:
  %0 : int = prim::Constant()
  %1 : int = prim::Constant[value=1.5]()
  %2 : NoneType = prim::Constant[value=1]()
  %3 : str = prim::Constant[value="a"](%x)
  %4 : List[int] = prim::Constant[value=1]()
  %5 : bool = prim::Constant[value=True]()
  return (%x)
)");
  CHECK(contains(messages, "prim::Constant of type 'int' needs a 'value' attribute of that type"));
  CHECK(messages.size() == 5);
  CHECK(contains(messages, "a None prim::Constant has no 'value' attribute"));
  CHECK(contains(messages, "prim::Constant takes no inputs"));
  CHECK(contains(messages, "prim::Constant cannot have type 'List[int]'"));
}

TEST_CASE("registered ops must match their schema", "[ir][verifier][schema]") {
  auto messages = verify_text(R"(graph @f(%x : int, %s : str, %l : List[int]) -> int:
  %0 : int = aten::add(%s, %x)
  %1 : float = aten::add(%x, %x)
  %2 : int, %3 : int = aten::len(%l)
  %4 : int = aten::frobnicate(%x)
  return (%x)
)");
  CHECK(contains(messages, "no overload of 'aten::add' accepts the input types (str, int)"));
  CHECK(contains(messages,
                 "output '%1' of 'aten::add' is 'float' but the schema 'aten::add.int' returns 'int'"));
  CHECK(contains(messages, "'aten::len' has 2 outputs but its schema 'aten::len.t' returns 1"));
  CHECK(contains(messages, "unknown operator 'aten::frobnicate'"));
}

TEST_CASE("a schema set by a builder must fit the node's inputs", "[ir][verifier][schema]") {
  auto fn = make_function();
  Graph& g = *fn->graph;
  Node* n = g.insert(aten::add, {g.inputs()[0], g.inputs()[0]}, {Type::int_type()});
  n->set_schema(OpRegistry::global().find("aten::add.float"));
  Node* len = g.insert(aten::len, {}, {Type::int_type()});
  len->set_schema(OpRegistry::global().find("aten::add.int"));
  g.register_output(n->output());
  auto messages = verify_fn(*fn);
  CHECK(contains(
      messages,
      "input types (int, int) do not match the schema 'aten::add.float(float a, float b) -> float'"));
  CHECK(contains(messages, "node 'aten::len' carries the schema of 'aten::add.int'"));
}

TEST_CASE("the returned value must fit the declared return type", "[ir][verifier][signature]") {
  CHECK(contains(verify_text("graph @f(%s : str) -> int:\n  return (%s)\n"),
                 "return value '%s' is 'str' but '@f' returns 'int'"));
  auto fn = make_function();
  fn->graph->register_output(fn->graph->inputs()[0]);
  fn->graph->register_output(fn->graph->inputs()[0]);
  CHECK(contains(verify_fn(*fn), "the graph of '@f' returns 2 values instead of one"));
}

TEST_CASE("graph inputs must match the parameters", "[ir][verifier][signature]") {
  auto fn = make_function();
  fn->graph->register_output(fn->graph->inputs()[0]);
  fn->params[1].type = Type::int_type();
  CHECK(contains(verify_fn(*fn), "parameter 'c' is 'int' but graph input '%c' is 'bool'"));
  fn->params.pop_back();
  CHECK(contains(verify_fn(*fn), "function '@f' has 1 parameters but its graph has 2 inputs"));
}

TEST_CASE("errors point at the node's range", "[ir][verifier]") {
  auto m =
      parse_ok("graph @f(%s : str) -> int:\n  %0 : int = aten::add(%s, %s)  # model.py:7:3\n  return (%0)\n");
  DiagnosticEngine diag;
  CHECK_FALSE(verify(*m, diag));
  REQUIRE(diag.diagnostics().size() == 1);
  CHECK(diag.diagnostics()[0].range.filename() == "model.py");
  CHECK(diag.diagnostics()[0].range.line == 7);
  CHECK(diag.diagnostics()[0].range.col == 3);
}
