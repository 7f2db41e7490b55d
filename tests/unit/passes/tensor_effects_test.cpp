// tests/unit/passes/tensor_effects_test.cpp - Which graphs may write tensors and which nodes are pure tensor
// reads.
#include "ir/parser.h"
#include "passes/tensor_effects.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

using namespace tsc;

namespace {
std::unique_ptr<ir::Module> parse(const std::string& text) {
  ir::DiagnosticEngine diag;
  auto m = ir::parse_module(std::make_shared<const ir::Source>("test.ir", text), diag);
  REQUIRE(m != nullptr);
  return m;
}

const ir::Node* first_node(const ir::Module& m, const char* fn, ir::Symbol kind) {
  for (const ir::Node* n : m.find_function(fn)->graph->block()->nodes()) {
    if (n->kind() == kind)
      return n;
  }
  FAIL("no such node");
  return nullptr;
}

const char* kGraphs = R"(graph @reads(%x : Tensor) -> int:
  %0 : int = aten::dim(%x)
  %1 : number = aten::item(%x)
  %2 : Tensor = aten::neg(%x)
  return (%0)

graph @write_in_loop(%x : Tensor, %n : int) -> Tensor:
  %0 : bool = prim::Constant[value=True]()
  %1 : int = prim::Constant[value=1]()
  prim::Loop(%n, %0)
    block0(%i : int):
      %2 : Tensor = aten::add_(%x, %1, %1)
      -> (%0)
  return (%x)

graph @list_append(%xs : List[Tensor], %x : Tensor) -> List[Tensor]:
  %0 : List[Tensor] = aten::append(%xs, %x)
  return (%xs)

graph @random(%x : Tensor) -> Tensor:
  %0 : NoneType = prim::Constant()
  %1 : Tensor = aten::rand_like(%x, %0, %0, %0, %0, %0)
  return (%1)
)";
} // namespace

TEST_CASE("a graph writes tensors through in-place ops, however deeply nested", "[passes][tensor_effects]") {
  auto m = parse(kGraphs);
  CHECK_FALSE(passes::may_write_tensors(*m->find_function("reads")->graph));
  CHECK(passes::may_write_tensors(*m->find_function("write_in_loop")->graph));
  SECTION("mutating a list of tensors does not write a tensor") {
    CHECK_FALSE(passes::may_write_tensors(*m->find_function("list_append")->graph));
  }
  SECTION("an external op taking a tensor counts as a write") {
    CHECK(passes::may_write_tensors(*m->find_function("random")->graph));
  }
}

TEST_CASE("pure tensor reads produce immutable values only", "[passes][tensor_effects]") {
  auto m = parse(kGraphs);
  CHECK(passes::is_pure_tensor_read(first_node(*m, "reads", ir::Symbol::from_qualified("aten::dim"))));
  CHECK(passes::is_pure_tensor_read(first_node(*m, "reads", ir::Symbol::from_qualified("aten::item"))));
  // A new tensor is a fresh object: never a mergeable read.
  CHECK_FALSE(passes::is_pure_tensor_read(first_node(*m, "reads", ir::Symbol::from_qualified("aten::neg"))));
  CHECK_FALSE(passes::is_pure_tensor_read(first_node(*m, "write_in_loop", ir::prim::Loop)));
}
