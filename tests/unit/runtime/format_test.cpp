// tests/unit/runtime/format_test.cpp - str() and repr() of every kind of value, as CPython 3.11 prints them.
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/value.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

using namespace tsc;
using runtime::Value;

namespace {

Value F(double d) {
  return Value::from_double(d);
}
Value S(const char* s) {
  return Value::from_str(s);
}

} // namespace

TEST_CASE("floats print as Python's repr", "[runtime][format]") {
  CHECK(runtime::to_str(F(1.0)) == "1.0");
  CHECK(runtime::to_str(F(1e16)) == "1e+16");
  CHECK(runtime::to_str(F(1e-5)) == "1e-05");
  CHECK(runtime::to_str(F(0.1 + 0.2)) == "0.30000000000000004");
  CHECK(runtime::to_str(F(-0.0)) == "-0.0");
  CHECK(runtime::to_str(F(1e22)) == "1e+22");
  CHECK(runtime::to_str(F(1.5e-7)) == "1.5e-07");
  CHECK(runtime::to_str(F(123456789.125)) == "123456789.125");
  CHECK(runtime::to_str(F(9223372036854775808.0)) == "9.223372036854776e+18");
  CHECK(runtime::to_str(F(INFINITY)) == "inf");
  CHECK(runtime::to_str(F(-INFINITY)) == "-inf");
  CHECK(runtime::to_str(F(NAN)) == "nan");
}

TEST_CASE("strings are quoted the way Python chooses", "[runtime][format]") {
  CHECK(runtime::repr_string("a'b") == "\"a'b\"");
  CHECK(runtime::repr_string("a\"b") == "'a\"b'");
  CHECK(runtime::repr_string("a'b\"c") == "'a\\'b\"c'");
  CHECK(runtime::repr_string("\\") == "'\\\\'");
  CHECK(runtime::repr_string("\x1b[0m") == "'\\x1b[0m'");
  CHECK(runtime::repr_string("\t\n\r") == "'\\t\\n\\r'");
  CHECK(runtime::repr_string("\xe6\x97\xa5\xe6\x9c\xac\xe2\x80\x8b") ==
        "'\xe6\x97\xa5\xe6\x9c\xac\\u200b'");                              // '日本\u200b'
  CHECK(runtime::repr_string("\xf0\x9f\x98\x80") == "'\xf0\x9f\x98\x80'"); // an emoji is printable
  CHECK(runtime::repr_string("\xc2\xa0") == "'\\xa0'");                    // no-break space is not
  CHECK(runtime::to_str(S("plain")) == "plain");
}

TEST_CASE("containers print their elements' repr, nested", "[runtime][format]") {
  ir::TypePtr any = ir::Type::any_type();
  Value inner = runtime::make_list(ir::Type::list_of(ir::Type::float_type()), {F(2.5), F(-0.0)});
  Value d = runtime::make_dict(ir::Type::dict_of(ir::Type::str_type(), any));
  d.as_dict().dict().set(S("k"), inner);
  Value l = runtime::make_list(ir::Type::list_of(any), {F(1.0), S("a"), Value(), Value::from_bool(true),
                                                        runtime::make_tuple({Value::from_int(1)}),
                                                        runtime::make_tuple({}), d, F(1e16)});
  CHECK(runtime::to_repr(l) == "[1.0, 'a', None, True, (1,), (), {'k': [2.5, -0.0]}, 1e+16]");
  CHECK(runtime::to_str(l) == runtime::to_repr(l));
  CHECK(runtime::to_str(runtime::make_tuple({S("a"), Value::from_int(1)})) == "('a', 1)");
  CHECK(runtime::to_repr(runtime::make_dict(ir::Type::dict_of(ir::Type::str_type(), any))) == "{}");
}

TEST_CASE("a list that contains itself prints as [...]", "[runtime][format]") {
  Value l = runtime::make_list(ir::Type::list_of(ir::Type::any_type()));
  l.as_list().push_back(Value::from_int(1));
  l.as_list().push_back(l);
  CHECK(runtime::to_repr(l) == "[1, [...]]");
  l.as_list().clear(); // break the cycle so the list can be freed
}

TEST_CASE("a traceback prints like Python's, collapsing repeated frames", "[runtime][format]") {
  runtime::ScriptError e("ValueError", "bad");
  std::vector<runtime::TraceFrame> frames;
  frames.push_back({"main", "model.py", 12, "return helper(x)"});
  for (int i = 0; i < 5; ++i)
    frames.push_back({"helper", "model.py", 5, "return helper(x - 1)"});
  e.prepend_frames(frames);
  CHECK(e.format() == "Traceback (most recent call last):\n"
                      "  File \"model.py\", line 12, in main\n"
                      "    return helper(x)\n"
                      "  File \"model.py\", line 5, in helper\n"
                      "    return helper(x - 1)\n"
                      "  File \"model.py\", line 5, in helper\n"
                      "    return helper(x - 1)\n"
                      "  File \"model.py\", line 5, in helper\n"
                      "    return helper(x - 1)\n"
                      "  [Previous line repeated 2 more times]\n"
                      "ValueError: bad\n");
  CHECK(runtime::ScriptError("AssertionError", "").format() == "AssertionError\n");
}
