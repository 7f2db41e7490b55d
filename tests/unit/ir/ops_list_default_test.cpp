// tests/unit/ir/ops_list_default_test.cpp - Schema list defaults (`int[2] stride=[]`) and the registry's
// tensor rows.
#include "ir/op_registry.h"

#include <catch2/catch.hpp>

using namespace tsc::ir;

TEST_CASE("int list defaults parse into their items", "[ir][schema]") {
  std::string error;
  std::optional<OpSchema> parsed =
      parse_schema("aten::max_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, "
                   "int[1] dilation=[1], int[] pad=[0, -2]) -> Tensor",
                   &error);
  INFO(error);
  REQUIRE(parsed);
  const OpSchema& s = *parsed;
  REQUIRE(s.arguments.size() == 6);
  CHECK_FALSE(s.arguments[1].default_value);
  CHECK_FALSE(s.arguments[1].list_default);
  REQUIRE(s.arguments[2].default_value); // a default exists ...
  REQUIRE(s.arguments[2].list_default);  // ... and it is the empty list
  CHECK(s.arguments[2].list_default->empty());
  CHECK(s.arguments[2].fixed_list_size == 2);
  CHECK_FALSE(s.arguments[3].list_default); // `int[2] padding=0` stays an int (N copies)
  CHECK(std::get<int64_t>(*s.arguments[3].default_value) == 0);
  CHECK(*s.arguments[4].list_default == std::vector<int64_t>{1});
  CHECK(*s.arguments[5].list_default == std::vector<int64_t>{0, -2});
  std::optional<OpSchema> amax =
      parse_schema("aten::amax(Tensor self, int[1]? dim=[], bool keepdim=False) -> Tensor", &error);
  REQUIRE(amax);
  CHECK(amax->arguments[1].list_default);
}

TEST_CASE("list defaults are refused for non-int-list arguments and when malformed", "[ir][schema]") {
  std::string error;
  CHECK_FALSE(parse_schema("aten::f(int a=[1]) -> int", &error));
  CHECK(error.find("bad default value") != std::string::npos);
  CHECK_FALSE(parse_schema("aten::f(float[] a=[1.5]) -> int", &error));
  CHECK_FALSE(parse_schema("aten::f(int[] a=[1 2]) -> int", &error));
  CHECK_FALSE(parse_schema("aten::f(int[] a=[1,) -> int", &error));
  CHECK_FALSE(parse_schema("aten::f(int[] a=[", &error));
}

TEST_CASE("the tensor rows with list defaults are registered", "[ir][schema]") {
  const OpRegistry& ops = OpRegistry::global();
  for (const char* name :
       {"aten::max_pool2d", "aten::avg_pool2d", "aten::conv1d", "aten::amax", "aten::roll"}) {
    INFO(name);
    CHECK(ops.find(name) != nullptr);
  }
  const OpSchema* conv1d = ops.find("aten::conv1d");
  REQUIRE(conv1d != nullptr);
  CHECK(*conv1d->arguments[3].list_default == std::vector<int64_t>{1});
  CHECK(*conv1d->arguments[4].list_default == std::vector<int64_t>{0});
}
