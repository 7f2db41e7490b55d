// tests/unit/runtime/dict_test.cpp - The ordered dict: insertion order, Python's key equality, growth and
// erasure.
#include "runtime/dict.h"
#include "runtime/format.h"
#include "runtime/value.h"

#include <catch2/catch.hpp>

#include <string>

using namespace tsc;
using runtime::Value;

namespace {

Value new_dict(ir::TypePtr key, ir::TypePtr value) {
  return runtime::make_dict(ir::Type::dict_of(key, value));
}
Value I(int64_t v) {
  return Value::from_int(v);
}
Value S(const char* v) {
  return Value::from_str(v);
}

} // namespace

TEST_CASE("a dict iterates in insertion order and an update keeps the position", "[runtime][dict]") {
  Value d = new_dict(ir::Type::str_type(), ir::Type::int_type());
  auto& dict = d.as_dict().dict();
  dict.set(S("x"), I(1));
  dict.set(S("y"), I(2));
  dict.set(S("x"), I(3));
  CHECK(runtime::to_repr(d) == "{'x': 3, 'y': 2}");
  // Python: d = {'x': 1, 'y': 2}; del d['x']; d['x'] = 3 gives {'y': 2, 'x': 3}.
  Value removed;
  CHECK(dict.erase(S("x"), &removed));
  CHECK(removed.to_int() == 3);
  CHECK_FALSE(dict.erase(S("x")));
  dict.set(S("x"), I(3));
  CHECK(runtime::to_repr(d) == "{'y': 2, 'x': 3}");
  CHECK(dict.size() == 2);
}

TEST_CASE("1, 1.0 and True are one key", "[runtime][dict]") {
  // Python: d[1] = 'a'; d[1.0] = 'b'; d[True] = 'c' leaves {1: 'c'}.
  Value d = new_dict(ir::Type::any_type(), ir::Type::str_type());
  auto& dict = d.as_dict().dict();
  dict.set(I(1), S("a"));
  dict.set(Value::from_double(1.0), S("b"));
  dict.set(Value::from_bool(true), S("c"));
  CHECK(dict.size() == 1);
  CHECK(runtime::to_repr(d) == "{1: 'c'}");
  CHECK(dict.find(Value::from_double(1.0)) != nullptr);
  CHECK(dict.find(S("1")) == nullptr);
}

TEST_CASE("a NaN key finds itself", "[runtime][dict]") {
  Value d = new_dict(ir::Type::float_type(), ir::Type::int_type());
  d.as_dict().dict().set(Value::from_double(NAN), I(1));
  CHECK(d.as_dict().dict().find(Value::from_double(NAN)) != nullptr);
}

TEST_CASE("a dict grows and shrinks through many insertions and erasures", "[runtime][dict]") {
  Value d = new_dict(ir::Type::int_type(), ir::Type::int_type());
  auto& dict = d.as_dict().dict();
  for (int64_t i = 0; i < 10000; ++i)
    dict.set(I(i), I(i * i));
  for (int64_t i = 0; i < 10000; i += 2)
    CHECK(dict.erase(I(i)));
  CHECK(dict.size() == 5000);
  for (int64_t i = 0; i < 10000; ++i) {
    const Value* v = dict.find(I(i));
    if (i % 2) {
      REQUIRE(v != nullptr);
      CHECK(v->to_int() == i * i);
    } else {
      CHECK(v == nullptr);
    }
  }
  // The survivors keep their relative order; re-inserted keys go last.
  dict.set(I(0), I(-1));
  int64_t first = -1, last = -1;
  size_t n = 0;
  dict.for_each([&](const Value& k, const Value&) {
    if (n++ == 0)
      first = k.to_int();
    last = k.to_int();
  });
  CHECK(first == 1);
  CHECK(last == 0);
  dict.clear();
  CHECK(dict.empty());
  CHECK(dict.find(I(1)) == nullptr);
}
