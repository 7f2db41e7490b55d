// tests/unit/runtime/kernels_test.cpp - Every schema has a kernel; kernels match CPython 3.11 on edge cases.
//
// Each case runs one operator on one set of arguments through a one-node IR
// function and compares repr() of the result (or "ExceptionName: message")
// with what CPython 3.11 printed for the same Python expression. The rows
// were produced by evaluating those expressions under /usr/bin/python3;
// results outside int64 are OverflowError, tsc's documented rule.
#include "ir/op_registry.h"
#include "ir/parser.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/interpreter.h"
#include "runtime/kernel_registry.h"
#include "runtime/value.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace tsc;
using runtime::Value;

namespace {

Value I(int64_t v) {
  return Value::from_int(v);
}
Value F(double v) {
  return Value::from_double(v);
}
Value B(bool v) {
  return Value::from_bool(v);
}
// A string literal with its length, so that "\x00" survives.
template <size_t N> Value S(const char (&v)[N]) {
  return Value::from_str(std::string(v, N - 1));
}
Value N() {
  return Value();
}
Value L(const std::string& type, std::vector<Value> items) {
  ir::TypePtr elem = type == "List[int]"     ? ir::Type::int_type()
                     : type == "List[float]" ? ir::Type::float_type()
                     : type == "List[bool]"  ? ir::Type::bool_type()
                                             : ir::Type::str_type();
  return runtime::make_list(ir::Type::list_of(elem), std::move(items));
}
constexpr int64_t INT64_MIN_VALUE = INT64_MIN;

struct OpCase {
  const char* op;
  const char* params; // comma-separated IR types
  const char* ret;    // IR type of the result; a Tuple for multi-output ops
  std::vector<Value> args;
  const char* expected; // repr(result), or "ExceptionName: message"
};

std::vector<std::string> split_types(const std::string& s) {
  std::vector<std::string> out;
  int depth = 0;
  std::string cur;
  for (char c : s) {
    if (c == '[')
      ++depth;
    if (c == ']')
      --depth;
    if (c == ',' && depth == 0) {
      out.push_back(cur);
      cur.clear();
      continue;
    }
    if (c == ' ' && cur.empty())
      continue;
    cur.push_back(c);
  }
  if (!cur.empty())
    out.push_back(cur);
  return out;
}

// graph @f(%a0 : T0, ...) -> R:  %r : R = OP(%a0, ...)  return (%r)
// Ops with several outputs (divmod, partition) are packed into the tuple R.
std::string one_op_ir(const OpCase& c) {
  std::vector<std::string> params = split_types(c.params);
  std::string ret = c.ret;
  std::string text = "graph @f(";
  std::string args;
  for (size_t i = 0; i < params.size(); ++i) {
    text += (i ? ", %a" : "%a") + std::to_string(i) + " : " + params[i];
    args += (i ? ", %a" : "%a") + std::to_string(i);
  }
  text += ") -> " + ret + ":\n";
  std::string op = c.op;
  bool multi = ret.rfind("Tuple[", 0) == 0;
  if (multi) {
    std::vector<std::string> parts = split_types(ret.substr(6, ret.size() - 7));
    std::string outs, names;
    for (size_t i = 0; i < parts.size(); ++i) {
      outs += (i ? ", %r" : "%r") + std::to_string(i) + " : " + parts[i];
      names += (i ? ", %r" : "%r") + std::to_string(i);
    }
    text += "  " + outs + " = " + op + "(" + args + ")\n";
    text += "  %r : " + ret + " = prim::TupleConstruct(" + names + ")\n";
  } else {
    text += "  %r : " + ret + " = " + op + "(" + args + ")\n";
  }
  text += "  return (%r)\n";
  return text;
}

std::unique_ptr<runtime::Program> load(const std::string& text) {
  ir::DiagnosticEngine diag;
  auto module = ir::parse_module(std::make_shared<const ir::Source>("case.ir", text), diag);
  for (const auto& d : diag.diagnostics())
    UNSCOPED_INFO(d.message);
  if (!module)
    return nullptr;
  auto program = runtime::Program::load(std::move(module), diag);
  for (const auto& d : diag.diagnostics())
    UNSCOPED_INFO(d.message);
  return program;
}

std::string run_case(runtime::Program& program, std::vector<Value> args) {
  try {
    return runtime::to_repr(program.call(0, std::move(args)));
  } catch (const runtime::ScriptError& e) {
    return e.what();
  }
}

// clang-format off
std::vector<OpCase> cases() {
  return {
    {"aten::floordiv", "int, int", "int", {I(7), I(2)}, "3"},
    {"aten::floordiv", "int, int", "int", {I(-7), I(2)}, "-4"},
    {"aten::floordiv", "int, int", "int", {I(7), I(-2)}, "-4"},
    {"aten::floordiv", "int, int", "int", {I(-7), I(-2)}, "3"},
    {"aten::floordiv", "int, int", "int", {I(0), I(5)}, "0"},
    {"aten::floordiv", "int, int", "int", {I(1), I(0)}, "ZeroDivisionError: integer division or modulo by zero"},
    {"aten::floordiv", "int, int", "int", {I(INT64_MIN_VALUE), I(1)}, "-9223372036854775808"},
    {"aten::remainder", "int, int", "int", {I(7), I(3)}, "1"},
    {"aten::remainder", "int, int", "int", {I(-7), I(3)}, "2"},
    {"aten::remainder", "int, int", "int", {I(7), I(-3)}, "-2"},
    {"aten::remainder", "int, int", "int", {I(-7), I(-3)}, "-1"},
    {"aten::remainder", "int, int", "int", {I(5), I(0)}, "ZeroDivisionError: integer modulo by zero"},
    {"aten::remainder", "int, int", "int", {I(INT64_MIN_VALUE), I(-1)}, "0"},
    {"aten::div", "int, int", "float", {I(1), I(3)}, "0.3333333333333333"},
    {"aten::div", "int, int", "float", {I(-7), I(2)}, "-3.5"},
    {"aten::div", "int, int", "float", {I(4611686018427387905), I(3)}, "1.5372286728091292e+18"},
    {"aten::div", "int, int", "float", {I(9007199254740993), I(1)}, "9007199254740992.0"},
    {"aten::div", "int, int", "float", {I(1), I(0)}, "ZeroDivisionError: division by zero"},
    {"aten::pow", "int, int", "int", {I(2), I(10)}, "1024"},
    {"aten::pow", "int, int", "int", {I(-3), I(3)}, "-27"},
    {"aten::pow", "int, int", "int", {I(0), I(0)}, "1"},
    {"aten::pow", "int, int", "int", {I(-1), I(4611686018427387905)}, "-1"},
    {"aten::pow", "int, int", "int", {I(7), I(0)}, "1"},
    // math.hypot is CPython's own algorithm, not libm's (which is 1 ulp off here).
    {"aten::hypot", "float, float", "float", {F(6.392780647211852e+71), F(6.359561700195558e+71)}, "9.017298343847817e+71"},
    {"aten::hypot", "float, float", "float", {F(3.0), F(-4.0)}, "5.0"},
    {"aten::hypot", "float, float", "float", {F(1e308), F(1e308)}, "1.4142135623730951e+308"},
    {"aten::hypot", "float, float", "float", {F(5e-324), F(5e-324)}, "5e-324"},
    {"aten::hypot", "float, float", "float", {F(INFINITY), F(NAN)}, "inf"},
    {"aten::hypot", "float, float", "float", {F(NAN), F(1.0)}, "nan"},
    {"aten::hypot", "float, float", "float", {F(-0.0), F(0.0)}, "0.0"},
    {"aten::floordiv", "float, float", "float", {F(7.5), F(2.0)}, "3.0"},
    {"aten::floordiv", "float, float", "float", {F(-7.5), F(2.0)}, "-4.0"},
    {"aten::floordiv", "float, float", "float", {F(7.5), F(-2.0)}, "-4.0"},
    {"aten::floordiv", "float, float", "float", {F(-0.0), F(1.0)}, "-0.0"},
    {"aten::floordiv", "float, float", "float", {F(1.0), F(0.0)}, "ZeroDivisionError: float floor division by zero"},
    {"aten::floordiv", "float, float", "float", {F(INFINITY), F(1.0)}, "nan"},
    {"aten::floordiv", "float, float", "float", {F(1.0), F(INFINITY)}, "0.0"},
    {"aten::floordiv", "float, float", "float", {F(-1.0), F(INFINITY)}, "-1.0"},
    {"aten::remainder", "float, float", "float", {F(7.5), F(2.0)}, "1.5"},
    {"aten::remainder", "float, float", "float", {F(-7.5), F(2.0)}, "0.5"},
    {"aten::remainder", "float, float", "float", {F(7.5), F(-2.0)}, "-0.5"},
    {"aten::remainder", "float, float", "float", {F(-0.0), F(1.0)}, "0.0"},
    {"aten::remainder", "float, float", "float", {F(0.0), F(-1.0)}, "-0.0"},
    {"aten::remainder", "float, float", "float", {F(1.0), F(0.0)}, "ZeroDivisionError: float modulo"},
    {"aten::remainder", "float, float", "float", {F(-1.0), F(INFINITY)}, "inf"},
    {"aten::remainder", "float, float", "float", {F(1e-300), F(-1.0)}, "-1.0"},
    {"aten::div", "float, float", "float", {F(1.0), F(3.0)}, "0.3333333333333333"},
    {"aten::div", "float, float", "float", {F(1.0), F(0.0)}, "ZeroDivisionError: float division by zero"},
    {"aten::div", "float, float", "float", {F(-1e+308), F(1e-10)}, "-inf"},
    {"aten::pow", "float, float", "float", {F(2.0), F(0.5)}, "1.4142135623730951"},
    {"aten::pow", "float, float", "float", {F(2.0), F(-1.0)}, "0.5"},
    {"aten::pow", "float, float", "float", {F(0.0), F(-1.0)}, "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"aten::pow", "float, float", "float", {F(-8.0), F(3.0)}, "-512.0"},
    {"aten::pow", "float, float", "float", {F(-2.0), F(2.0)}, "4.0"},
    {"aten::pow", "float, float", "float", {F(10.0), F(400.0)}, "OverflowError: (34, 'Numerical result out of range')"},
    {"aten::pow", "float, float", "float", {F(NAN), F(0.0)}, "1.0"},
    {"aten::pow", "float, float", "float", {F(1.0), F(NAN)}, "1.0"},
    {"aten::pow", "float, float", "float", {F(-INFINITY), F(3.0)}, "-inf"},
    {"aten::pow", "float, float", "float", {F(0.5), F(INFINITY)}, "0.0"},
    {"aten::pow", "float, float", "float", {F(-0.0), F(3.0)}, "-0.0"},
    {"aten::__lshift__", "int, int", "int", {I(1), I(62)}, "4611686018427387904"},
    {"aten::__lshift__", "int, int", "int", {I(-1), I(63)}, "-9223372036854775808"},
    {"aten::__lshift__", "int, int", "int", {I(3), I(0)}, "3"},
    {"aten::__lshift__", "int, int", "int", {I(1), I(-1)}, "ValueError: negative shift count"},
    {"aten::__lshift__", "int, int", "int", {I(0), I(100)}, "0"},
    {"aten::__rshift__", "int, int", "int", {I(-8), I(1)}, "-4"},
    {"aten::__rshift__", "int, int", "int", {I(-1), I(100)}, "-1"},
    {"aten::__rshift__", "int, int", "int", {I(5), I(64)}, "0"},
    {"aten::__rshift__", "int, int", "int", {I(1), I(-1)}, "ValueError: negative shift count"},
    {"aten::__xor__", "int, int", "int", {I(5), I(3)}, "6"},
    {"aten::__xor__", "int, int", "int", {I(-1), I(7)}, "-8"},
    {"prim::abs", "int", "int", {I(-5)}, "5"},
    {"prim::abs", "int", "int", {I(0)}, "0"},
    {"prim::abs", "float", "float", {F(-0.0)}, "0.0"},
    {"prim::abs", "float", "float", {F(-INFINITY)}, "inf"},
    {"prim::min", "float, float", "float", {F(NAN), F(1.0)}, "nan"},
    {"prim::min", "float, float", "float", {F(1.0), F(NAN)}, "1.0"},
    {"prim::min", "float, float", "float", {F(-0.0), F(0.0)}, "-0.0"},
    {"prim::min", "float, float", "float", {F(0.0), F(-0.0)}, "0.0"},
    {"prim::max", "float, float", "float", {F(NAN), F(1.0)}, "nan"},
    {"prim::max", "float, float", "float", {F(1.0), F(NAN)}, "1.0"},
    {"prim::max", "float, float", "float", {F(2.5), F(3.5)}, "3.5"},
    {"aten::round", "float", "int", {F(2.5)}, "2"},
    {"aten::round", "float", "int", {F(3.5)}, "4"},
    {"aten::round", "float", "int", {F(-2.5)}, "-2"},
    {"aten::round", "float", "int", {F(-0.5)}, "0"},
    {"aten::round", "float", "int", {F(0.49999999999999994)}, "0"},
    {"aten::round", "float", "int", {F(1e+20)}, "OverflowError: integer overflow"},
    {"aten::round", "float", "int", {F(INFINITY)}, "OverflowError: cannot convert float infinity to integer"},
    {"aten::round", "float", "int", {F(NAN)}, "ValueError: cannot convert float NaN to integer"},
    {"aten::round", "float, int", "float", {F(2.675), I(2)}, "2.67"},
    {"aten::round", "float, int", "float", {F(0.125), I(2)}, "0.12"},
    {"aten::round", "float, int", "float", {F(0.375), I(2)}, "0.38"},
    {"aten::round", "float, int", "float", {F(1234.5), I(-2)}, "1200.0"},
    {"aten::round", "float, int", "float", {F(250.0), I(-2)}, "200.0"},
    {"aten::round", "float, int", "float", {F(350.0), I(-2)}, "400.0"},
    {"aten::round", "float, int", "float", {F(-250.0), I(-2)}, "-200.0"},
    {"aten::round", "float, int", "float", {F(-5.0), I(-1)}, "-0.0"},
    {"aten::round", "float, int", "float", {F(1.5), I(0)}, "2.0"},
    {"aten::round", "float, int", "float", {F(-0.0), I(1)}, "-0.0"},
    {"aten::round", "float, int", "float", {F(1e+300), I(-300)}, "1e+300"},
    {"aten::round", "float, int", "float", {F(123.456), I(400)}, "123.456"},
    {"aten::round", "float, int", "float", {F(123.456), I(-400)}, "0.0"},
    {"aten::round", "float, int", "float", {F(5e-324), I(400)}, "5e-324"},
    {"aten::round", "float, int", "float", {F(1.7976931348623157e+308), I(-308)}, "OverflowError: rounded value too large to represent"},
    {"aten::round", "int, int", "int", {I(25), I(-1)}, "20"},
    {"aten::round", "int, int", "int", {I(35), I(-1)}, "40"},
    {"aten::round", "int, int", "int", {I(-25), I(-1)}, "-20"},
    {"aten::round", "int, int", "int", {I(15), I(-1)}, "20"},
    {"aten::round", "int, int", "int", {I(1234), I(2)}, "1234"},
    {"aten::round", "int, int", "int", {I(5000000000000000000), I(-19)}, "0"},
    {"aten::round", "int, int", "int", {I(-5), I(-1)}, "0"},
    {"aten::round", "int, int", "int", {I(9223372036854775807), I(-1)}, "OverflowError: integer overflow"},
    {"aten::Int", "str", "int", {S("12")}, "12"},
    {"aten::Int", "str", "int", {S(" 7 ")}, "7"},
    {"aten::Int", "str", "int", {S("-0")}, "0"},
    {"aten::Int", "str", "int", {S("+5")}, "5"},
    {"aten::Int", "str", "int", {S("1_000")}, "1000"},
    {"aten::Int", "str", "int", {S("1__0")}, "ValueError: invalid literal for int() with base 10: '1__0'"},
    {"aten::Int", "str", "int", {S("_1")}, "ValueError: invalid literal for int() with base 10: '_1'"},
    {"aten::Int", "str", "int", {S("0x10")}, "ValueError: invalid literal for int() with base 10: '0x10'"},
    {"aten::Int", "str", "int", {S("")}, "ValueError: invalid literal for int() with base 10: ''"},
    {"aten::Int", "str", "int", {S("\xd9""\xa3""\xd9""\xa4""")}, "34"},
    {"aten::Int", "str", "int", {S("\xc2""\xa0""12\xe2""\x80""\x83""")}, "12"},
    {"aten::Int", "str", "int", {S("9223372036854775807")}, "9223372036854775807"},
    {"aten::Int", "str", "int", {S("-9223372036854775808")}, "-9223372036854775808"},
    {"aten::Int", "str", "int", {S("9223372036854775808")}, "OverflowError: integer overflow"},
    {"aten::Int", "str", "int", {S("12.5")}, "ValueError: invalid literal for int() with base 10: '12.5'"},
    {"aten::Int", "str", "int", {S("007")}, "7"},
    {"aten::Float", "str", "float", {S("1e3")}, "1000.0"},
    {"aten::Float", "str", "float", {S(" 1.5 ")}, "1.5"},
    {"aten::Float", "str", "float", {S("-inf")}, "-inf"},
    {"aten::Float", "str", "float", {S("Infinity")}, "inf"},
    {"aten::Float", "str", "float", {S("nan")}, "nan"},
    {"aten::Float", "str", "float", {S("-NaN")}, "nan"},
    {"aten::Float", "str", "float", {S("1_0.5")}, "10.5"},
    {"aten::Float", "str", "float", {S(".5")}, "0.5"},
    {"aten::Float", "str", "float", {S("5.")}, "5.0"},
    {"aten::Float", "str", "float", {S("1e")}, "ValueError: could not convert string to float: '1e'"},
    {"aten::Float", "str", "float", {S(".")}, "ValueError: could not convert string to float: '.'"},
    {"aten::Float", "str", "float", {S("x")}, "ValueError: could not convert string to float: 'x'"},
    {"aten::Float", "str", "float", {S("1e400")}, "inf"},
    {"aten::Float", "str", "float", {S("0x10")}, "ValueError: could not convert string to float: '0x10'"},
    {"aten::Float", "str", "float", {S("\xd9""\xa1"".\xd9""\xa5""")}, "1.5"},
    {"aten::Float", "str", "float", {S("in f")}, "ValueError: could not convert string to float: 'in f'"},
    {"aten::Int", "float", "int", {F(-2.7)}, "-2"},
    {"aten::Int", "float", "int", {F(2.7)}, "2"},
    {"aten::Int", "float", "int", {F(INFINITY)}, "OverflowError: cannot convert float infinity to integer"},
    {"aten::Int", "float", "int", {F(NAN)}, "ValueError: cannot convert float NaN to integer"},
    {"aten::Int", "float", "int", {F(1e+30)}, "OverflowError: integer overflow"},
    {"aten::Int", "float", "int", {F(-9.223372036854776e+18)}, "-9223372036854775808"},
    {"aten::str", "float", "str", {F(0.30000000000000004)}, "'0.30000000000000004'"},
    {"aten::str", "float", "str", {F(1e+16)}, "'1e+16'"},
    {"aten::str", "float", "str", {F(1e-05)}, "'1e-05'"},
    {"aten::str", "float", "str", {F(-0.0)}, "'-0.0'"},
    {"aten::str", "float", "str", {F(1.2345678901234568e+17)}, "'1.2345678901234568e+17'"},
    {"aten::str", "float", "str", {F(1e+22)}, "'1e+22'"},
    {"aten::str", "float", "str", {F(5e-324)}, "'5e-324'"},
    {"aten::str", "float", "str", {F(0.1)}, "'0.1'"},
    {"aten::str", "float", "str", {F(100.0)}, "'100.0'"},
    {"aten::str", "float", "str", {F(INFINITY)}, "'inf'"},
    {"aten::repr", "str", "str", {S("a'b")}, "'\"a\\'b\"'"},
    {"aten::repr", "str", "str", {S("a\"b")}, "'\\'a\"b\\''"},
    {"aten::repr", "str", "str", {S("a'b\"c")}, "'\\'a\\\\\\'b\"c\\''"},
    {"aten::repr", "str", "str", {S("\x00""\x7f""\xc2""\xa0""\xc3""\xa9""\xe2""\x80""\xa8""\xf0""\x9f""\x98""\x80""\xed""\x9f""\xbf""\xee""\x80""\x80""")}, "\"'\\\\x00\\\\x7f\\\\xa0\xc3""\xa9""\\\\u2028\xf0""\x9f""\x98""\x80""\\\\ud7ff\\\\ue000'\""},
    {"aten::repr", "str", "str", {S("tab\tnew\nline\\")}, "\"'tab\\\\tnew\\\\nline\\\\\\\\'\""},
    {"aten::chr", "int", "str", {I(65)}, "'A'"},
    {"aten::chr", "int", "str", {I(233)}, "'\xc3""\xa9""'"},
    {"aten::chr", "int", "str", {I(128512)}, "'\xf0""\x9f""\x98""\x80""'"},
    {"aten::chr", "int", "str", {I(-1)}, "ValueError: chr() arg not in range(0x110000)"},
    {"aten::chr", "int", "str", {I(1114112)}, "ValueError: chr() arg not in range(0x110000)"},
    {"aten::ord", "str", "int", {S("A")}, "65"},
    {"aten::ord", "str", "int", {S("\xc3""\xa9""")}, "233"},
    {"aten::ord", "str", "int", {S("\xf0""\x9f""\x98""\x80""")}, "128512"},
    {"aten::ord", "str", "int", {S("ab")}, "TypeError: ord() expected a character, but string of length 2 found"},
    {"aten::ord", "str", "int", {S("")}, "TypeError: ord() expected a character, but string of length 0 found"},
    {"aten::hex", "int", "str", {I(255)}, "'0xff'"},
    {"aten::hex", "int", "str", {I(-255)}, "'-0xff'"},
    {"aten::hex", "int", "str", {I(0)}, "'0x0'"},
    {"aten::hex", "int", "str", {I(INT64_MIN_VALUE)}, "'-0x8000000000000000'"},
    {"aten::oct", "int", "str", {I(8)}, "'0o10'"},
    {"aten::oct", "int", "str", {I(-8)}, "'-0o10'"},
    {"aten::bin", "int", "str", {I(5)}, "'0b101'"},
    {"aten::bin", "int", "str", {I(-5)}, "'-0b101'"},
    {"aten::bin", "int", "str", {I(0)}, "'0b0'"},
    {"aten::sqrt", "float", "float", {F(2.0)}, "1.4142135623730951"},
    {"aten::sqrt", "float", "float", {F(-1.0)}, "ValueError: math domain error"},
    {"aten::sqrt", "float", "float", {F(INFINITY)}, "inf"},
    {"aten::sqrt", "float", "float", {F(NAN)}, "nan"},
    {"aten::log", "float", "float", {F(2.718281828459045)}, "1.0"},
    {"aten::log", "float", "float", {F(0.0)}, "ValueError: math domain error"},
    {"aten::log", "float", "float", {F(-1.0)}, "ValueError: math domain error"},
    {"aten::log", "float", "float", {F(INFINITY)}, "inf"},
    {"aten::log", "float", "float", {F(-INFINITY)}, "ValueError: math domain error"},
    {"aten::log", "float, float", "float", {F(8.0), F(2.0)}, "3.0"},
    {"aten::log", "float, float", "float", {F(10.0), F(1.0)}, "ZeroDivisionError: float division by zero"},
    {"aten::log", "float, float", "float", {F(0.0), F(10.0)}, "ValueError: math domain error"},
    {"aten::exp", "float", "float", {F(1.0)}, "2.718281828459045"},
    {"aten::exp", "float", "float", {F(1000.0)}, "OverflowError: math range error"},
    {"aten::exp", "float", "float", {F(-1000.0)}, "0.0"},
    {"aten::cosh", "float", "float", {F(1000.0)}, "OverflowError: math range error"},
    {"aten::asin", "float", "float", {F(2.0)}, "ValueError: math domain error"},
    {"aten::sin", "float", "float", {F(INFINITY)}, "ValueError: math domain error"},
    {"aten::log1p", "float", "float", {F(-1.0)}, "ValueError: math domain error"},
    {"aten::fmod", "float, float", "float", {F(5.5), F(2.0)}, "1.5"},
    {"aten::fmod", "float, float", "float", {F(-5.5), F(2.0)}, "-1.5"},
    {"aten::fmod", "float, float", "float", {F(INFINITY), F(1.0)}, "ValueError: math domain error"},
    {"aten::fmod", "float, float", "float", {F(1.0), F(0.0)}, "ValueError: math domain error"},
    {"aten::fmod", "float, float", "float", {F(1.0), F(INFINITY)}, "1.0"},
    {"aten::atan2", "float, float", "float", {F(0.0), F(-0.0)}, "3.141592653589793"},
    {"aten::atan2", "float, float", "float", {F(1.0), F(1.0)}, "0.7853981633974483"},
    {"aten::floor", "float", "int", {F(-1.5)}, "-2"},
    {"aten::floor", "float", "int", {F(INFINITY)}, "OverflowError: cannot convert float infinity to integer"},
    {"aten::floor", "float", "int", {F(NAN)}, "ValueError: cannot convert float NaN to integer"},
    {"aten::ceil", "float", "int", {F(-1.5)}, "-1"},
    {"aten::ceil", "float", "int", {F(1.2)}, "2"},
    {"aten::gcd", "int, int", "int", {I(-12), I(18)}, "6"},
    {"aten::gcd", "int, int", "int", {I(0), I(0)}, "0"},
    {"aten::gcd", "int, int", "int", {I(0), I(-7)}, "7"},
    {"aten::factorial", "int", "int", {I(20)}, "2432902008176640000"},
    {"aten::factorial", "int", "int", {I(0)}, "1"},
    {"aten::factorial", "int", "int", {I(-1)}, "ValueError: factorial() not defined for negative values"},
    {"aten::degrees", "float", "float", {F(3.141592653589793)}, "180.0"},
    {"aten::radians", "float", "float", {F(180.0)}, "3.141592653589793"},
    {"aten::split", "str, Optional[str], int", "List[str]", {S("a b  c"), N(), I(-1)}, "['a', 'b', 'c']"},
    {"aten::split", "str, Optional[str], int", "List[str]", {S("  a b  "), N(), I(1)}, "['a', 'b  ']"},
    {"aten::split", "str, Optional[str], int", "List[str]", {S(""), N(), I(-1)}, "[]"},
    {"aten::split", "str, Optional[str], int", "List[str]", {S("a,b,,c"), S(","), I(-1)}, "['a', 'b', '', 'c']"},
    {"aten::split", "str, Optional[str], int", "List[str]", {S("a,b,c"), S(","), I(1)}, "['a', 'b,c']"},
    {"aten::split", "str, Optional[str], int", "List[str]", {S(""), S(","), I(-1)}, "['']"},
    {"aten::split", "str, Optional[str], int", "List[str]", {S("abc"), S(""), I(-1)}, "ValueError: empty separator"},
    {"aten::split", "str, Optional[str], int", "List[str]", {S("a\xe2""\x80""\x83""b\x1c""c"), N(), I(-1)}, "['a', 'b', 'c']"},
    {"aten::split", "str, Optional[str], int", "List[str]", {S("x--y--"), S("--"), I(-1)}, "['x', 'y', '']"},
    {"aten::splitlines", "str, bool", "List[str]", {S("ab\ncd\r\n\ref\x0b""g\xe2""\x80""\xa8"""), B(false)}, "['ab', 'cd', '', 'ef', 'g']"},
    {"aten::splitlines", "str, bool", "List[str]", {S("ab\ncd\r\n"), B(true)}, "['ab\\n', 'cd\\r\\n']"},
    {"aten::splitlines", "str, bool", "List[str]", {S(""), B(false)}, "[]"},
    {"aten::splitlines", "str, bool", "List[str]", {S("\n"), B(false)}, "['']"},
    {"aten::strip", "str, Optional[str]", "str", {S("  a b \t\n"), N()}, "'a b'"},
    {"aten::strip", "str, Optional[str]", "str", {S("xxaxbxx"), S("x")}, "'axb'"},
    {"aten::strip", "str, Optional[str]", "str", {S("\xc2""\xa0""\xc3""\xa9""\xe2""\x80""\x83"""), N()}, "'\xc3""\xa9""'"},
    {"aten::strip", "str, Optional[str]", "str", {S("\xc3""\xa9""a\xc3""\xa9"""), S("\xc3""\xa9""")}, "'a'"},
    {"aten::strip", "str, Optional[str]", "str", {S(""), N()}, "''"},
    {"aten::rstrip", "str, Optional[str]", "str", {S("  a  "), N()}, "'  a'"},
    {"aten::rstrip", "str, Optional[str]", "str", {S("abcabc"), S("cb")}, "'abca'"},
    {"aten::lstrip", "str, Optional[str]", "str", {S("  a  "), N()}, "'a  '"},
    {"aten::lstrip", "str, Optional[str]", "str", {S("abcabc"), S("ba")}, "'cabc'"},
    {"aten::find", "str, str, int, Optional[int]", "int", {S("hello"), S("l"), I(0), N()}, "2"},
    {"aten::find", "str, str, int, Optional[int]", "int", {S("hello"), S("l"), I(3), N()}, "3"},
    {"aten::find", "str, str, int, Optional[int]", "int", {S("hello"), S("l"), I(-2), N()}, "3"},
    {"aten::find", "str, str, int, Optional[int]", "int", {S("hello"), S("x"), I(0), N()}, "-1"},
    {"aten::find", "str, str, int, Optional[int]", "int", {S("abc"), S(""), I(5), N()}, "-1"},
    {"aten::find", "str, str, int, Optional[int]", "int", {S("abc"), S(""), I(3), N()}, "3"},
    {"aten::find", "str, str, int, Optional[int]", "int", {S("abc"), S("c"), I(0), I(2)}, "-1"},
    {"aten::find", "str, str, int, Optional[int]", "int", {S("abc"), S("c"), I(0), I(-1)}, "-1"},
    {"aten::find", "str, str, int, Optional[int]", "int", {S("h\xc3""\xa9""llo"), S("l"), I(0), N()}, "2"},
    {"aten::find", "str, str, int, Optional[int]", "int", {S("h\xc3""\xa9""llo"), S("lo"), I(-3), N()}, "3"},
    {"aten::rfind", "str, str, int, Optional[int]", "int", {S("hello"), S("l"), I(0), N()}, "3"},
    {"aten::rfind", "str, str, int, Optional[int]", "int", {S("hello"), S(""), I(0), N()}, "5"},
    {"aten::rfind", "str, str, int, Optional[int]", "int", {S("h\xc3""\xa9""llo"), S("l"), I(0), I(3)}, "2"},
    {"aten::index", "str, str, int, Optional[int]", "int", {S("abc"), S("c"), I(0), N()}, "2"},
    {"aten::index", "str, str, int, Optional[int]", "int", {S("abc"), S("z"), I(0), N()}, "ValueError: substring not found"},
    {"aten::count", "str, str, int, Optional[int]", "int", {S("aaaa"), S("aa"), I(0), N()}, "2"},
    {"aten::count", "str, str, int, Optional[int]", "int", {S("abc"), S(""), I(0), N()}, "4"},
    {"aten::count", "str, str, int, Optional[int]", "int", {S("abc"), S(""), I(4), N()}, "0"},
    {"aten::count", "str, str, int, Optional[int]", "int", {S("abcabc"), S("bc"), I(2), N()}, "1"},
    {"aten::count", "str, str, int, Optional[int]", "int", {S("\xc3""\xa9""\xc3""\xa9""\xc3""\xa9"""), S("\xc3""\xa9"""), I(1), N()}, "2"},
    {"aten::startswith", "str, str, int, Optional[int]", "bool", {S("hello"), S("he"), I(0), N()}, "True"},
    {"aten::startswith", "str, str, int, Optional[int]", "bool", {S("hello"), S("ll"), I(2), N()}, "True"},
    {"aten::startswith", "str, str, int, Optional[int]", "bool", {S("abc"), S(""), I(3), N()}, "True"},
    {"aten::startswith", "str, str, int, Optional[int]", "bool", {S("abc"), S(""), I(4), N()}, "False"},
    {"aten::startswith", "str, str, int, Optional[int]", "bool", {S("hello"), S("lo"), I(3), I(4)}, "False"},
    {"aten::endswith", "str, str, int, Optional[int]", "bool", {S("hello"), S("lo"), I(0), N()}, "True"},
    {"aten::endswith", "str, str, int, Optional[int]", "bool", {S("hello"), S("ll"), I(0), I(4)}, "True"},
    {"aten::endswith", "str, str, int, Optional[int]", "bool", {S("hello"), S("he"), I(0), I(-3)}, "True"},
    {"aten::replace", "str, str, str, int", "str", {S("aaa"), S("a"), S("b"), I(2)}, "'bba'"},
    {"aten::replace", "str, str, str, int", "str", {S("abc"), S(""), S("-"), I(-1)}, "'-a-b-c-'"},
    {"aten::replace", "str, str, str, int", "str", {S("abc"), S(""), S("-"), I(2)}, "'-a-bc'"},
    {"aten::replace", "str, str, str, int", "str", {S("h\xc3""\xa9""llo"), S("l"), S("L"), I(-1)}, "'h\xc3""\xa9""LLo'"},
    {"aten::replace", "str, str, str, int", "str", {S("x"), S("y"), S("z"), I(-1)}, "'x'"},
    {"aten::upper", "str", "str", {S("abc")}, "'ABC'"},
    {"aten::upper", "str", "str", {S("\xc3""\x9f""eta \xc3""\xa9""t\xc3""\xa9""")}, "'SSETA \xc3""\x89""T\xc3""\x89""'"},
    {"aten::upper", "str", "str", {S("\xc7""\x86""")}, "'\xc7""\x84""'"},
    {"aten::lower", "str", "str", {S("ABC")}, "'abc'"},
    {"aten::lower", "str", "str", {S("\xce""\xa3""\xce""\x91""\xce""\xa3"" \xce""\xa3""\xce""\x91""\xce""\xa3"".")}, "'\xcf""\x83""\xce""\xb1""\xcf""\x82"" \xcf""\x83""\xce""\xb1""\xcf""\x82"".'"},
    {"aten::lower", "str", "str", {S("\xc4""\xb0""")}, "'i\xcc""\x87""'"},
    {"aten::lower", "str", "str", {S("\xce""\xa3""")}, "'\xcf""\x83""'"},
    {"aten::capitalize", "str", "str", {S("hELLO")}, "'Hello'"},
    {"aten::capitalize", "str", "str", {S("\xc3""\x9f""eta")}, "'Sseta'"},
    {"aten::capitalize", "str", "str", {S("\xc7""\x86""emal")}, "'\xc7""\x85""emal'"},
    {"aten::capitalize", "str", "str", {S("")}, "''"},
    {"aten::title", "str", "str", {S("they're bill's")}, "\"They'Re Bill'S\""},
    {"aten::title", "str", "str", {S("hello wORLD")}, "'Hello World'"},
    {"aten::title", "str", "str", {S("\xc3""\x9f""eta \xc3""\xa9""t\xc3""\xa9""")}, "'Sseta \xc3""\x89""t\xc3""\xa9""'"},
    {"aten::swapcase", "str", "str", {S("HeLLo")}, "'hEllO'"},
    {"aten::swapcase", "str", "str", {S("\xc3""\x9f""")}, "'SS'"},
    {"aten::swapcase", "str", "str", {S("\xce""\x91""\xce""\xa3""")}, "'\xce""\xb1""\xcf""\x82""'"},
    {"aten::isdigit", "str", "bool", {S("123")}, "True"},
    {"aten::isdigit", "str", "bool", {S("")}, "False"},
    {"aten::isdigit", "str", "bool", {S("\xc2""\xb2""")}, "True"},
    {"aten::isdigit", "str", "bool", {S("\xd9""\xa3""")}, "True"},
    {"aten::isdigit", "str", "bool", {S("1a")}, "False"},
    {"aten::isalpha", "str", "bool", {S("abc")}, "True"},
    {"aten::isalpha", "str", "bool", {S("\xc3""\xa9""t\xc3""\xa9""")}, "True"},
    {"aten::isalpha", "str", "bool", {S("a1")}, "False"},
    {"aten::isalpha", "str", "bool", {S("")}, "False"},
    {"aten::isalnum", "str", "bool", {S("a1")}, "True"},
    {"aten::isalnum", "str", "bool", {S("\xc2""\xbd""")}, "True"},
    {"aten::isalnum", "str", "bool", {S("a b")}, "False"},
    {"aten::isspace", "str", "bool", {S(" \t\n\x1c""")}, "True"},
    {"aten::isspace", "str", "bool", {S("\xe2""\x80""\x83""")}, "True"},
    {"aten::isspace", "str", "bool", {S("")}, "False"},
    {"aten::isspace", "str", "bool", {S(" a")}, "False"},
    {"aten::isupper", "str", "bool", {S("ABC1")}, "True"},
    {"aten::isupper", "str", "bool", {S("Abc")}, "False"},
    {"aten::isupper", "str", "bool", {S("1")}, "False"},
    {"aten::isupper", "str", "bool", {S("\xc7""\x85""")}, "False"},
    {"aten::islower", "str", "bool", {S("abc1")}, "True"},
    {"aten::islower", "str", "bool", {S("aBc")}, "False"},
    {"aten::islower", "str", "bool", {S("")}, "False"},
    {"aten::zfill", "str, int", "str", {S("ab"), I(5)}, "'000ab'"},
    {"aten::zfill", "str, int", "str", {S("-12"), I(5)}, "'-0012'"},
    {"aten::zfill", "str, int", "str", {S("+1"), I(3)}, "'+01'"},
    {"aten::zfill", "str, int", "str", {S("abc"), I(2)}, "'abc'"},
    {"aten::zfill", "str, int", "str", {S("\xc3""\xa9"""), I(3)}, "'00\xc3""\xa9""'"},
    {"aten::center", "str, int, str", "str", {S("ab"), I(7), S("*")}, "'***ab**'"},
    {"aten::center", "str, int, str", "str", {S("ab"), I(6), S("*")}, "'**ab**'"},
    {"aten::center", "str, int, str", "str", {S("abc"), I(6), S(" ")}, "' abc  '"},
    {"aten::center", "str, int, str", "str", {S("abc"), I(2), S(" ")}, "'abc'"},
    {"aten::center", "str, int, str", "str", {S("x"), I(3), S("ab")}, "TypeError: The fill character must be exactly one character long"},
    {"aten::center", "str, int, str", "str", {S("\xc3""\xa9"""), I(4), S("\xc3""\xa9""")}, "'\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""'"},
    {"aten::ljust", "str, int, str", "str", {S("ab"), I(5), S(".")}, "'ab...'"},
    {"aten::rjust", "str, int, str", "str", {S("ab"), I(5), S(".")}, "'...ab'"},
    {"aten::slice", "str, Optional[int], Optional[int], int", "str", {S("abcdef"), N(), N(), I(-2)}, "'fdb'"},
    {"aten::slice", "str, Optional[int], Optional[int], int", "str", {S("abcdef"), I(10), N(), I(1)}, "''"},
    {"aten::slice", "str, Optional[int], Optional[int], int", "str", {S("abc"), I(-10), I(2), I(1)}, "'ab'"},
    {"aten::slice", "str, Optional[int], Optional[int], int", "str", {S("h\xc3""\xa9""llo"), I(1), I(4), I(1)}, "'\xc3""\xa9""ll'"},
    {"aten::slice", "str, Optional[int], Optional[int], int", "str", {S("h\xc3""\xa9""llo"), N(), N(), I(-1)}, "'oll\xc3""\xa9""h'"},
    {"aten::slice", "str, Optional[int], Optional[int], int", "str", {S("abc"), N(), N(), I(0)}, "ValueError: slice step cannot be zero"},
    {"aten::slice", "str, Optional[int], Optional[int], int", "str", {S("abcdef"), I(5), I(1), I(-2)}, "'fd'"},
    {"aten::__getitem__", "str, int", "str", {S("abc"), I(-1)}, "'c'"},
    {"aten::__getitem__", "str, int", "str", {S("h\xc3""\xa9""llo"), I(1)}, "'\xc3""\xa9""'"},
    {"aten::__getitem__", "str, int", "str", {S("abc"), I(3)}, "IndexError: string index out of range"},
    {"aten::mul", "str, int", "str", {S("ab"), I(3)}, "'ababab'"},
    {"aten::mul", "str, int", "str", {S("ab"), I(-1)}, "''"},
    {"aten::partition", "str, str", "Tuple[str, str, str]", {S("a=b=c"), S("=")}, "('a', '=', 'b=c')"},
    {"aten::partition", "str, str", "Tuple[str, str, str]", {S("abc"), S("=")}, "('abc', '', '')"},
    {"aten::partition", "str, str", "Tuple[str, str, str]", {S("abc"), S("")}, "ValueError: empty separator"},
    {"aten::rpartition", "str, str", "Tuple[str, str, str]", {S("a=b=c"), S("=")}, "('a=b', '=', 'c')"},
    {"aten::rpartition", "str, str", "Tuple[str, str, str]", {S("abc"), S("=")}, "('', '', 'abc')"},
    {"aten::slice", "List[int], Optional[int], Optional[int], int", "List[int]", {L("List[int]", {I(1), I(2), I(3), I(4), I(5)}), N(), N(), I(-2)}, "[5, 3, 1]"},
    {"aten::slice", "List[int], Optional[int], Optional[int], int", "List[int]", {L("List[int]", {I(1), I(2), I(3)}), I(1), N(), I(1)}, "[2, 3]"},
    {"aten::slice", "List[int], Optional[int], Optional[int], int", "List[int]", {L("List[int]", {I(1), I(2), I(3)}), N(), N(), I(0)}, "ValueError: slice step cannot be zero"},
    {"aten::slice", "List[int], Optional[int], Optional[int], int", "List[int]", {L("List[int]", {I(1), I(2), I(3)}), I(-100), I(100), I(1)}, "[1, 2, 3]"},
    {"aten::pop", "List[int], int", "int", {L("List[int]", {I(1), I(2), I(3)}), I(-1)}, "3"},
    {"aten::pop", "List[int], int", "int", {L("List[int]", {I(1), I(2), I(3)}), I(0)}, "1"},
    {"aten::pop", "List[int], int", "int", {L("List[int]", {}), I(-1)}, "IndexError: pop from empty list"},
    {"aten::pop", "List[int], int", "int", {L("List[int]", {I(1)}), I(5)}, "IndexError: pop index out of range"},
    {"aten::index", "List[int], int", "int", {L("List[int]", {I(5), I(6), I(7)}), I(7)}, "2"},
    {"aten::index", "List[int], int", "int", {L("List[int]", {I(5), I(6)}), I(9)}, "ValueError: 9 is not in list"},
    {"aten::sorted", "List[float], bool", "List[float]", {L("List[float]", {F(3.0), F(-0.0), F(0.0), F(1.0)}), B(false)}, "[-0.0, 0.0, 1.0, 3.0]"},
    {"aten::sorted", "List[float], bool", "List[float]", {L("List[float]", {F(0.0), F(-0.0), F(2.0)}), B(true)}, "[2.0, 0.0, -0.0]"},
    {"aten::sorted", "List[float], bool", "List[float]", {L("List[float]", {F(3.0), F(NAN), F(1.0), F(2.0)}), B(false)}, "[3.0, nan, 1.0, 2.0]"},
    {"aten::sorted", "List[str], bool", "List[str]", {L("List[str]", {S("b"), S("a"), S("B"), S("\xc3""\xa9"""), S("")}), B(false)}, "['', 'B', 'a', 'b', '\xc3""\xa9""']"},
    {"aten::sorted", "List[str], bool", "List[str]", {L("List[str]", {S("b"), S("a"), S("c")}), B(true)}, "['c', 'b', 'a']"},
    {"aten::sum", "List[float], float", "float", {L("List[float]", {F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1)}), F(0.0)}, "0.9999999999999999"},
    {"aten::sum", "List[float], float", "float", {L("List[float]", {}), F(0.0)}, "0.0"},
    {"aten::sum", "List[float], float", "float", {L("List[float]", {F(1e+308), F(1e+308)}), F(0.0)}, "inf"},
    {"aten::sum", "List[int], int", "int", {L("List[int]", {I(1), I(2), I(3)}), I(10)}, "16"},
    {"prim::min", "List[float]", "float", {L("List[float]", {F(2.0), F(NAN), F(1.0)})}, "1.0"},
    {"prim::min", "List[float]", "float", {L("List[float]", {F(NAN), F(2.0), F(1.0)})}, "nan"},
    {"prim::min", "List[float]", "float", {L("List[float]", {})}, "ValueError: min() arg is an empty sequence"},
    {"prim::max", "List[str]", "str", {L("List[str]", {S("b"), S("abc"), S("\xc3""\xa9""")})}, "'\xc3""\xa9""'"},
    {"aten::mul", "List[int], int", "List[int]", {L("List[int]", {I(1), I(2)}), I(3)}, "[1, 2, 1, 2, 1, 2]"},
    {"aten::mul", "List[int], int", "List[int]", {L("List[int]", {I(1)}), I(-1)}, "[]"},
  };
}
// clang-format on

} // namespace

TEST_CASE("every schema in the registry has a kernel and every kernel a schema", "[runtime][kernels]") {
  const auto& registry = runtime::KernelRegistry::global();
  for (const std::string& name : registry.missing())
    UNSCOPED_INFO("no kernel for " << name);
  for (const std::string& name : registry.unknown())
    UNSCOPED_INFO("kernel without a schema: " << name);
  CHECK(registry.missing().empty());
  CHECK(registry.unknown().empty());
  const auto& ops = ir::OpRegistry::global();
  for (uint32_t id = 0; id < ops.size(); ++id)
    CHECK(registry.find(ops.schema(id)) != nullptr);
}

TEST_CASE("kernels agree with CPython on edge cases", "[runtime][kernels]") {
  std::map<std::string, std::unique_ptr<runtime::Program>> programs;
  for (OpCase& c : cases()) {
    std::string text = one_op_ir(c);
    auto& program = programs[text];
    if (!program)
      program = load(text);
    INFO(text);
    REQUIRE(program != nullptr);
    std::string args;
    for (const Value& v : c.args)
      args += (args.empty() ? "" : ", ") + runtime::to_repr(v);
    INFO("arguments: " << args);
    CHECK(run_case(*program, std::move(c.args)) == c.expected);
  }
}
