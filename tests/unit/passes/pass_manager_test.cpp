// tests/unit/passes/pass_manager_test.cpp - Pipelines, verification after passes, print-after, time-passes,
// constant folding through an evaluator, and inlined call stacks through print and parse.
#include "passes/pass_manager.h"
#include "ir/parser.h"
#include "ir/printer.h"
#include "passes/registry.h"

#include <catch2/catch.hpp>

#include <memory>
#include <sstream>
#include <string>

using namespace tsc;

namespace {
std::unique_ptr<ir::Module> parse(const std::string& text) {
  ir::DiagnosticEngine diag;
  auto m = ir::parse_module(std::make_shared<const ir::Source>("test.ir", text), diag);
  REQUIRE(m != nullptr);
  return m;
}

const char* kAddZero = R"(graph @f(%x : int) -> int:
  %0 : int = prim::Constant[value=0]()
  %1 : int = aten::add(%x, %0)
  return (%1)
)";

// Breaks the IR on purpose: the graph returns a value defined inside an If's block.
class BreakingPass final : public passes::Pass {
 public:
  std::string_view name() const override { return "breaker"; }
  passes::PassResult run(ir::Function& fn, passes::PassContext&) override {
    ir::Graph& g = *fn.graph;
    ir::Node* cond = g.create(ir::prim::Constant, {}, {ir::Type::bool_type()});
    cond->set_attribute("value", true);
    cond->insert_before(g.block()->return_node());
    ir::Node* n = g.create(ir::prim::If, {cond->output()}, {});
    n->insert_before(g.block()->return_node());
    ir::Block* b0 = n->add_block();
    n->add_block();
    ir::Node* inner = g.create(ir::prim::Constant, {}, {ir::Type::int_type()});
    inner->set_attribute("value", int64_t{1});
    b0->append(inner);
    g.block()->return_node()->replace_input(0, inner->output());
    return passes::PassResult::Changed;
  }
};

// Folds only int additions, to see that constprop asks the evaluator and honours a refusal.
class AddEvaluator final : public passes::ConstantEvaluator {
 public:
  std::optional<std::vector<passes::Constant>> fold(const ir::OpSchema& schema, const ir::Node&,
                                                    const std::vector<passes::Constant>& in) const override {
    ++calls;
    if (schema.qualified_name() != "aten::add.int")
      return std::nullopt;
    return std::vector<passes::Constant>{std::get<int64_t>(in[0]) + std::get<int64_t>(in[1])};
  }
  mutable int calls = 0;
};
} // namespace

TEST_CASE("a pipeline is parsed into the named passes in order", "[passes][pipeline]") {
  std::string error;
  auto pm = passes::PassManager::parse(" inline, cse ,dce,cse", &error);
  REQUIRE(pm);
  auto names = pm->names();
  REQUIRE(names.size() == 4);
  CHECK(names[0] == "inline");
  CHECK(names[1] == "cse");
  CHECK(names[2] == "dce");
  CHECK(names[3] == "cse");
  CHECK(passes::PassManager::parse("", &error)->names().empty());
}

TEST_CASE("the default pipeline names only registered passes", "[passes][pipeline]") {
  std::string error;
  auto pm = passes::PassManager::parse(passes::default_pipeline(), &error);
  REQUIRE(pm);
  CHECK(error.empty());
  CHECK(pm->names().size() >= 5);
}

TEST_CASE("an unknown pass name is an error listing the known passes", "[passes][pipeline]") {
  std::string error;
  CHECK_FALSE(passes::PassManager::parse("inline,frobnicate", &error));
  CHECK(error.find("unknown pass 'frobnicate'") == 0);
  for (const passes::PassInfo& p : passes::pass_registry())
    CHECK(error.find(std::string(p.name)) != std::string::npos);
  error.clear();
  CHECK_FALSE(passes::PassManager::parse("dce,,cse", &error));
  CHECK(error.find("empty pass name") == 0);
}

TEST_CASE("a pass that breaks the IR is named with the verifier's diagnostic", "[passes][verify]") {
  auto m = parse(kAddZero);
  passes::PassManager pm;
  pm.add(std::make_unique<BreakingPass>());
  ir::DiagnosticEngine diag;
  CHECK_FALSE(pm.run(*m, {}, diag));
  REQUIRE(diag.diagnostics().size() >= 2);
  CHECK(diag.diagnostics()[0].message == "the IR does not verify after pass 'breaker'");
  const std::string& detail = diag.diagnostics()[1].message;
  INFO(detail);
  CHECK(detail.find("is not visible here") != std::string::npos);

  SECTION("without verification the run succeeds") {
    auto m2 = parse(kAddZero);
    passes::PassManagerOptions options;
    options.verify = false;
    ir::DiagnosticEngine diag2;
    CHECK(pm.run(*m2, options, diag2));
  }
}

TEST_CASE("print-after prints the module after each run of the named pass", "[passes][print]") {
  auto m = parse(kAddZero);
  std::string error;
  auto pm = passes::PassManager::parse("canonicalize,dce,dce", &error);
  REQUIRE(pm);
  std::ostringstream out;
  passes::PassManagerOptions options;
  options.print_after = "dce";
  options.print_stream = &out;
  ir::DiagnosticEngine diag;
  REQUIRE(pm->run(*m, options, diag));
  std::string text = out.str();
  std::string once = "// IR after pass 'dce'\ngraph @f(%x : int) -> int:\n  return (%x)\n";
  CHECK(text == once + once);
}

TEST_CASE("time-passes writes one row per pass and a total", "[passes][time]") {
  auto m = parse(kAddZero);
  std::string error;
  auto pm = passes::PassManager::parse("canonicalize,dce", &error);
  REQUIRE(pm);
  std::ostringstream out;
  passes::PassManagerOptions options;
  options.time_passes = &out;
  ir::DiagnosticEngine diag;
  REQUIRE(pm->run(*m, options, diag));
  std::istringstream lines(out.str());
  std::string line;
  std::vector<std::string> rows;
  while (std::getline(lines, line))
    rows.push_back(line);
  REQUIRE(rows.size() == 5);
  CHECK(rows[0] == "===- pass execution timing report -===");
  CHECK(rows[1].find("wall (ms)") != std::string::npos);
  CHECK(rows[2].substr(rows[2].size() - 12) == "canonicalize");
  CHECK(rows[3].substr(rows[3].size() - 3) == "dce");
  CHECK(rows[4].find("100.0%  total") != std::string::npos);
}

TEST_CASE("constprop folds through the evaluator and keeps what it refuses", "[passes][constprop]") {
  auto m = parse(R"(graph @f() -> Tuple[int, int]:
  %0 : int = prim::Constant[value=2]()
  %1 : int = prim::Constant[value=3]()
  %2 : int = aten::add(%0, %1)
  %3 : int = aten::mul(%0, %1)
  %4 : Tuple[int, int] = prim::TupleConstruct(%2, %3)
  return (%4)
)");
  AddEvaluator evaluator;
  passes::PassManagerOptions options;
  options.evaluator = &evaluator;
  ir::DiagnosticEngine diag;
  REQUIRE(passes::run_pipeline(*m, "constprop", options, diag));
  CHECK(evaluator.calls == 2);
  CHECK(ir::print_module(*m) == R"(graph @f() -> Tuple[int, int]:
  %0 : int = prim::Constant[value=2]()
  %1 : int = prim::Constant[value=3]()
  %2 : int = prim::Constant[value=5]()
  %3 : int = aten::mul(%0, %1)
  %4 : Tuple[int, int] = prim::TupleConstruct(%2, %3)
  return (%4)
)");
}

TEST_CASE("inlined call stacks print with locations and parse back", "[passes][inline]") {
  const std::string text = R"(graph @g(%x : int) -> int:
  %0 : int = aten::neg(%x)  # a.py:2:12
  return (%0)

graph @h(%x : int) -> int:
  %0 : int = prim::CallFunction[name="g"](%x)  # a.py:5:12
  return (%0)

graph @main(%x : int) -> int:
  %0 : int = prim::CallFunction[name="h"](%x)  # a.py:8:12
  return (%0)
)";
  auto m = parse(text);
  ir::DiagnosticEngine diag;
  REQUIRE(passes::run_pipeline(*m, "inline", {}, diag));
  ir::PrintOptions with_locations;
  with_locations.locations = true;
  std::string printed = ir::print_function(*m->find_function("main"), with_locations);
  CHECK(printed == "graph @main(%x : int) -> int:\n"
                   "  %0 : int = aten::neg(%x)  # a.py:2:12 [inlined g at a.py:5:12] [inlined h at a.py:8:12]\n"
                   "  return (%0)\n");
  // Without locations nothing of it shows.
  CHECK(ir::print_function(*m->find_function("main")).find("inlined") == std::string::npos);
  // Parsing the printed text gives the same call stack.
  auto again = parse(ir::print_module(*m, with_locations));
  const ir::Node* neg = *again->find_function("main")->graph->block()->nodes().begin();
  REQUIRE(neg->inlined_at() != nullptr);
  CHECK(neg->inlined_at()->function == "g");
  CHECK(neg->inlined_at()->call_site.line == 5);
  REQUIRE(neg->inlined_at()->parent != nullptr);
  CHECK(neg->inlined_at()->parent->function == "h");
  CHECK(neg->inlined_at()->parent->call_site.line == 8);
  CHECK(neg->inlined_at()->parent->parent == nullptr);
  CHECK(ir::print_module(*again, with_locations) == ir::print_module(*m, with_locations));
}

TEST_CASE("recursive and mutually recursive functions stay calls", "[passes][inline]") {
  auto m = parse(R"(graph @even(%n : int) -> bool:
  %0 : bool = prim::CallFunction[name="odd"](%n)
  return (%0)

graph @odd(%n : int) -> bool:
  %0 : bool = prim::CallFunction[name="even"](%n)
  return (%0)

graph @fact(%n : int) -> int:
  %0 : int = prim::CallFunction[name="fact"](%n)
  return (%0)

graph @main(%n : int) -> bool:
  %0 : bool = prim::CallFunction[name="even"](%n)
  %1 : int = prim::CallFunction[name="fact"](%n)
  return (%0)
)");
  ir::DiagnosticEngine diag;
  REQUIRE(passes::run_pipeline(*m, "inline", {}, diag));
  std::string main = ir::print_function(*m->find_function("main"));
  CHECK(main.find("prim::CallFunction[name=\"even\"]") != std::string::npos);
  CHECK(main.find("prim::CallFunction[name=\"fact\"]") != std::string::npos);
}
