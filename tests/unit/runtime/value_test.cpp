// tests/unit/runtime/value_test.cpp - Values: layout, reference counting, strings and list storage.
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/value.h"
#include "runtime/value_ops.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

using namespace tsc;
using runtime::ListStorage;
using runtime::Value;

namespace {

ir::TypePtr list_of(ir::TypePtr t) {
  return ir::Type::list_of(t);
}

} // namespace

TEST_CASE("a value is 16 bytes and scalars need no heap", "[runtime][value]") {
  CHECK(sizeof(Value) == 16);
  Value v = Value::from_int(-7);
  CHECK(v.is_int());
  CHECK_FALSE(v.is_heap());
  CHECK(v.to_int() == -7);
  CHECK(Value::from_bool(true).to_int() == 1); // a bool reads as an int, as in Python
  CHECK(Value().is_none());
  CHECK(Value::from_double(2.5).to_double() == 2.5);
}

TEST_CASE("copies share a heap object and the last release frees it", "[runtime][value]") {
  Value a = Value::from_str("a string longer than the small-string buffer");
  REQUIRE(a.is_str());
  CHECK(a.heap()->refcount() == 1);
  {
    Value b = a;
    CHECK(b.heap() == a.heap());
    CHECK(a.heap()->refcount() == 2);
    Value c = std::move(b);
    CHECK(b.is_none());
    CHECK(a.heap()->refcount() == 2);
  }
  CHECK(a.heap()->refcount() == 1);
  a = Value::from_int(1);
  CHECK(a.is_int());
}

TEST_CASE("strings know their length in code points", "[runtime][value]") {
  Value ascii = Value::from_str("hello");
  CHECK(ascii.as_str().length() == 5);
  CHECK(ascii.as_str().is_ascii());
  Value mixed = Value::from_str("h\xc3\xa9llo \xf0\x9f\x98\x80"); // "héllo 😀"
  CHECK(mixed.as_str().length() == 7);
  CHECK_FALSE(mixed.as_str().is_ascii());
  CHECK(Value::from_str("abc").as_str().hash() == Value::from_str("abc").as_str().hash());
}

TEST_CASE("lists of int, float and bool store raw scalars", "[runtime][value]") {
  Value ints = runtime::make_list(list_of(ir::Type::int_type()), {Value::from_int(1), Value::from_int(2)});
  auto& l = ints.as_list();
  CHECK(l.storage() == ListStorage::Ints);
  l.push_back(Value::from_int(3));
  l.insert(0, Value::from_int(0));
  CHECK(runtime::to_repr(ints) == "[0, 1, 2, 3]");
  CHECK(l.take(1).to_int() == 1);
  l.extend(l); // extending a list with itself doubles it
  CHECK(runtime::to_repr(ints) == "[0, 2, 3, 0, 2, 3]");
  l.reverse();
  CHECK(runtime::to_repr(ints) == "[3, 2, 0, 3, 2, 0]");

  Value bools = runtime::make_list(list_of(ir::Type::bool_type()), {Value::from_bool(true)});
  CHECK(bools.as_list().storage() == ListStorage::Bools);
  CHECK(bools.as_list().get(0).is_bool());
  CHECK(runtime::to_repr(bools) == "[True]");

  Value floats = runtime::make_list(list_of(ir::Type::float_type()), {Value::from_double(-0.0)});
  CHECK(floats.as_list().storage() == ListStorage::Floats);
  CHECK(runtime::to_repr(floats) == "[-0.0]");

  Value strs = runtime::make_list(list_of(ir::Type::str_type()), {Value::from_str("x")});
  CHECK(strs.as_list().storage() == ListStorage::Values);
}

TEST_CASE("a long chain of objects is destroyed without deep recursion", "[runtime][value]") {
  // Each list holds the previous one: destroying the head releases a million
  // nested lists, which must not recurse a million C++ frames deep.
  ir::TypePtr any_list = list_of(ir::Type::any_type());
  Value head = runtime::make_list(any_list);
  for (int i = 0; i < 1000000; ++i)
    head = runtime::make_list(any_list, {head});
  head = Value();
  CHECK(head.is_none());
}

TEST_CASE("equality follows Python across int, float and bool", "[runtime][value]") {
  CHECK(runtime::py_equal(Value::from_int(1), Value::from_double(1.0)));
  CHECK(runtime::py_equal(Value::from_bool(true), Value::from_int(1)));
  CHECK_FALSE(runtime::py_equal(Value::from_int(9007199254740993), Value::from_double(9007199254740992.0)));
  CHECK(runtime::py_less(Value::from_int(9007199254740992), Value::from_int(9007199254740993)));
  CHECK(runtime::py_less(Value::from_double(9007199254740992.0), Value::from_int(9007199254740993)));
  CHECK_FALSE(runtime::py_equal(Value::from_str("1"), Value::from_int(1)));
  CHECK_FALSE(runtime::py_equal(Value::from_double(NAN), Value::from_double(NAN)));
  Value a = runtime::make_list(list_of(ir::Type::int_type()), {Value::from_int(1), Value::from_int(2)});
  Value b = runtime::make_list(list_of(ir::Type::int_type()), {Value::from_int(1), Value::from_int(3)});
  CHECK(runtime::py_less(a, b));
  CHECK_FALSE(runtime::py_equal(a, b));
  CHECK(runtime::py_hash(Value::from_int(1)) == runtime::py_hash(Value::from_double(1.0)));
  CHECK(runtime::py_hash(Value::from_bool(true)) == runtime::py_hash(Value::from_int(1)));
}

TEST_CASE("ordering unorderable values raises TypeError", "[runtime][value]") {
  try {
    runtime::py_less(Value::from_str("a"), Value::from_int(1));
    FAIL("no exception");
  } catch (const runtime::ScriptError& e) {
    CHECK(std::string(e.what()) == "TypeError: '<' not supported between instances of 'str' and 'int'");
  }
}

TEST_CASE("isinstance checks follow the value's kind and container type", "[runtime][value]") {
  CHECK(runtime::value_matches_type(Value::from_bool(true), ir::Type::int_type()));
  CHECK_FALSE(runtime::value_matches_type(Value::from_int(1), ir::Type::float_type()));
  CHECK(runtime::value_matches_type(Value(), ir::Type::optional_of(ir::Type::str_type())));
  Value l = runtime::make_list(list_of(ir::Type::int_type()));
  CHECK(runtime::value_matches_type(l, list_of(ir::Type::int_type())));
  CHECK_FALSE(runtime::value_matches_type(l, list_of(ir::Type::str_type())));
  Value t = runtime::make_tuple({Value::from_int(1), Value::from_str("a")});
  CHECK(runtime::value_matches_type(t, ir::Type::tuple_of({ir::Type::int_type(), ir::Type::str_type()})));
  CHECK_FALSE(runtime::value_matches_type(t, ir::Type::tuple_of({ir::Type::int_type()})));
}
