// ir/op_tables_scalar.cpp - Schemas of scalar arithmetic, comparisons, conversions and math.
//
// Rows follow TorchScript's names where TorchScript has the op. Where Python's
// semantics differ from TorchScript's, the row follows Python and says so:
// `int ** int` is an int (aten::pow.int), round(x) is an int, math.floor and
// math.ceil return ints. The frontend converts mixed operands before it emits
// an op (int -> float with aten::Float, bool -> int with aten::Int), so
// arithmetic rows only take operands of one type.
#include "ir/op_tables.h"

namespace tsc::ir {
namespace {
constexpr OpTableEntry kScalarOps[] = {
    // ---- arithmetic (a + b, a - b, ...) ----
    {"aten::add.int(int a, int b) -> int"},
    {"aten::add.float(float a, float b) -> float"},
    {"aten::sub.int(int a, int b) -> int"},
    {"aten::sub.float(float a, float b) -> float"},
    {"aten::mul.int(int a, int b) -> int"},
    {"aten::mul.float(float a, float b) -> float"},
    // `/` is always true division.
    {"aten::div.int(int a, int b) -> float"},
    {"aten::div.float(float a, float b) -> float"},
    // `//` and `%` round toward negative infinity, as in Python.
    {"aten::floordiv.int(int a, int b) -> int"},
    {"aten::floordiv.float(float a, float b) -> float"},
    {"aten::remainder.int(int a, int b) -> int"},
    {"aten::remainder.float(float a, float b) -> float"},
    // Python: int ** int is an int; a negative exponent raises ValueError at run time.
    {"aten::pow.int(int a, int b) -> int"},
    {"aten::pow.float(float a, float b) -> float"},
    // math.pow: always float, with math-module errors (domain/range) rather than `**`'s.
    {"aten::math_pow(float x, float y) -> float"},
    {"aten::neg.int(int a) -> int"},
    {"aten::neg.float(float a) -> float"},

    // ---- bitwise and logical ----
    {"aten::__and__.int(int a, int b) -> int"},
    {"aten::__and__.bool(bool a, bool b) -> bool"},
    {"aten::__or__.int(int a, int b) -> int"},
    {"aten::__or__.bool(bool a, bool b) -> bool"},
    {"aten::__xor__.int(int a, int b) -> int"},
    {"aten::__xor__.bool(bool a, bool b) -> bool"},
    {"aten::__lshift__.int(int a, int b) -> int"},
    {"aten::__rshift__.int(int a, int b) -> int"},
    {"aten::__invert__.int(int a) -> int"},
    {"aten::__not__(bool self) -> bool"},

    // ---- comparisons ----
    {"aten::eq.int(int a, int b) -> bool"},
    {"aten::eq.float(float a, float b) -> bool"},
    // int against float compares exactly, as Python does (no rounding of the int).
    {"aten::eq.int_float(int a, float b) -> bool"},
    {"aten::eq.float_int(float a, int b) -> bool"},
    {"aten::ne.int_float(int a, float b) -> bool"},
    {"aten::ne.float_int(float a, int b) -> bool"},
    {"aten::lt.int_float(int a, float b) -> bool"},
    {"aten::lt.float_int(float a, int b) -> bool"},
    {"aten::le.int_float(int a, float b) -> bool"},
    {"aten::le.float_int(float a, int b) -> bool"},
    {"aten::gt.int_float(int a, float b) -> bool"},
    {"aten::gt.float_int(float a, int b) -> bool"},
    {"aten::ge.int_float(int a, float b) -> bool"},
    {"aten::ge.float_int(float a, int b) -> bool"},
    {"aten::eq.bool(bool a, bool b) -> bool"},
    {"aten::eq.str(str a, str b) -> bool"},
    {"aten::ne.int(int a, int b) -> bool"},
    {"aten::ne.float(float a, float b) -> bool"},
    {"aten::ne.bool(bool a, bool b) -> bool"},
    {"aten::ne.str(str a, str b) -> bool"},
    {"aten::lt.int(int a, int b) -> bool"},
    {"aten::lt.float(float a, float b) -> bool"},
    {"aten::lt.str(str a, str b) -> bool"},
    {"aten::le.int(int a, int b) -> bool"},
    {"aten::le.float(float a, float b) -> bool"},
    {"aten::le.str(str a, str b) -> bool"},
    {"aten::gt.int(int a, int b) -> bool"},
    {"aten::gt.float(float a, float b) -> bool"},
    {"aten::gt.str(str a, str b) -> bool"},
    {"aten::ge.int(int a, int b) -> bool"},
    {"aten::ge.float(float a, float b) -> bool"},
    {"aten::ge.str(str a, str b) -> bool"},
    {"aten::__is__(t1 self, t2 obj) -> bool"},
    {"aten::__isnot__(t1 self, t2 obj) -> bool"},

    // ---- conversions: int(x), float(x), bool(x), str(x), repr(x) ----
    {"aten::Int.float(float a) -> int"},
    {"aten::Int.bool(bool a) -> int"},
    {"aten::Int.str(str a) -> int"},
    {"aten::Float.int(int a) -> float"},
    {"aten::Float.bool(bool a) -> float"},
    {"aten::Float.str(str a) -> float"},
    {"aten::Bool.int(int a) -> bool"},
    {"aten::Bool.float(float a) -> bool"},
    {"aten::str(t elem) -> str"},
    {"aten::repr(t elem) -> str"},

    // ---- numeric builtins: abs, min, max, round, divmod, chr, hex, ... ----
    {"prim::abs.int(int a) -> int"},
    {"prim::abs.float(float a) -> float"},
    {"prim::min.int(int a, int b) -> int"},
    {"prim::min.float(float a, float b) -> float"},
    {"prim::min.str(str a, str b) -> str"},
    {"prim::max.int(int a, int b) -> int"},
    {"prim::max.float(float a, float b) -> float"},
    {"prim::max.str(str a, str b) -> str"},
    // Python: round(x) is an int (half to even); round(x, n) keeps x's type.
    {"aten::round.float(float a) -> int"},
    {"aten::round.float_ndigits(float a, int ndigits) -> float"},
    {"aten::round.int_ndigits(int a, int ndigits) -> int"},
    // Two outputs (quotient, remainder); the frontend packs them into a tuple.
    {"aten::divmod.int(int x, int y) -> (int, int)"},
    {"aten::divmod.float(float x, float y) -> (float, float)"},
    {"aten::chr(int i) -> str"},
    {"aten::ord(str c) -> int"},
    {"aten::hex(int i) -> str"},
    {"aten::oct(int i) -> str"},
    {"aten::bin(int i) -> str"},

    // ---- math.* (ints are converted to float first where Python's math does) ----
    {"aten::sqrt.float(float a) -> float"},
    {"aten::exp.float(float a) -> float"},
    {"aten::log.float(float a) -> float"},
    {"aten::log.float_float(float a, float b) -> float"},
    {"aten::log2.float(float a) -> float"},
    {"aten::log10.float(float a) -> float"},
    {"aten::log1p.float(float a) -> float"},
    {"aten::sin.float(float a) -> float"},
    {"aten::cos.float(float a) -> float"},
    {"aten::tan.float(float a) -> float"},
    {"aten::asin.float(float a) -> float"},
    {"aten::acos.float(float a) -> float"},
    {"aten::atan.float(float a) -> float"},
    {"aten::atan2.float(float a, float b) -> float"},
    {"aten::sinh.float(float a) -> float"},
    {"aten::cosh.float(float a) -> float"},
    {"aten::tanh.float(float a) -> float"},
    // Python: math.floor, math.ceil and math.trunc of a float are ints.
    {"aten::floor.float(float a) -> int"},
    {"aten::ceil.float(float a) -> int"},
    {"aten::trunc.float(float a) -> int"},
    {"aten::fabs.float(float a) -> float"},
    {"aten::isnan.float(float a) -> bool"},
    {"aten::isinf.float(float a) -> bool"},
    {"aten::isfinite.float(float a) -> bool"},
    {"aten::gcd.int(int a, int b) -> int"},
    {"aten::factorial.int(int a) -> int"},
    {"aten::copysign.float(float a, float b) -> float"},
    {"aten::fmod.float(float a, float b) -> float"},
    {"aten::hypot.float(float a, float b) -> float"},
    {"aten::degrees.float(float a) -> float"},
    {"aten::radians.float(float a) -> float"},

    // ---- loop index arithmetic for `for i in range(a, b, s)` ----
    {"aten::__range_length(int lo, int hi, int step) -> int"},
    {"aten::__derive_index(int index, int start, int step) -> int"},
};
} // namespace

std::span<const OpTableEntry> scalar_op_table() {
  return kScalarOps;
}

} // namespace tsc::ir
