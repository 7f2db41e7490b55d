// runtime/kernels_scalar.cpp - Kernels of scalar arithmetic, comparisons, conversions and numeric builtins.
#include "runtime/kernel_registry.h"

#include "runtime/arith.h"
#include "runtime/format.h"
#include "runtime/kernel_util.h"
#include "runtime/unicode.h"
#include "runtime/value_ops.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <limits>
#include <optional>
#include <type_traits>
#include <string>

namespace tsc::runtime {
namespace {

// ---- arithmetic ----

void add_int(const KernelFrame& f) {
  set_int(f, checked_add(arg_int(f, 0), arg_int(f, 1)));
}
void add_float(const KernelFrame& f) {
  set_double(f, arg_double(f, 0) + arg_double(f, 1));
}
void sub_int(const KernelFrame& f) {
  set_int(f, checked_sub(arg_int(f, 0), arg_int(f, 1)));
}
void sub_float(const KernelFrame& f) {
  set_double(f, arg_double(f, 0) - arg_double(f, 1));
}
void mul_int(const KernelFrame& f) {
  set_int(f, checked_mul(arg_int(f, 0), arg_int(f, 1)));
}
void mul_float(const KernelFrame& f) {
  set_double(f, arg_double(f, 0) * arg_double(f, 1));
}
void div_int(const KernelFrame& f) {
  set_double(f, truediv_int(arg_int(f, 0), arg_int(f, 1)));
}
void div_float(const KernelFrame& f) {
  set_double(f, truediv_float(arg_double(f, 0), arg_double(f, 1)));
}
void floordiv_int_k(const KernelFrame& f) {
  set_int(f, floordiv_int(arg_int(f, 0), arg_int(f, 1)));
}
void floordiv_float_k(const KernelFrame& f) {
  set_double(f, floordiv_float(arg_double(f, 0), arg_double(f, 1)));
}
void remainder_int(const KernelFrame& f) {
  set_int(f, mod_int(arg_int(f, 0), arg_int(f, 1)));
}
void remainder_float(const KernelFrame& f) {
  set_double(f, mod_float(arg_double(f, 0), arg_double(f, 1)));
}
void pow_int_k(const KernelFrame& f) {
  set_int(f, pow_int(arg_int(f, 0), arg_int(f, 1)));
}
void pow_float_k(const KernelFrame& f) {
  set_double(f, pow_float(arg_double(f, 0), arg_double(f, 1)));
}
void neg_int(const KernelFrame& f) {
  set_int(f, checked_neg(arg_int(f, 0)));
}
void neg_float(const KernelFrame& f) {
  set_double(f, -arg_double(f, 0));
}

// ---- bitwise and logical ----

void and_int(const KernelFrame& f) {
  set_int(f, arg_int(f, 0) & arg_int(f, 1));
}
void and_bool(const KernelFrame& f) {
  set_bool(f, arg_bool(f, 0) && arg_bool(f, 1));
}
void or_int(const KernelFrame& f) {
  set_int(f, arg_int(f, 0) | arg_int(f, 1));
}
void or_bool(const KernelFrame& f) {
  set_bool(f, arg_bool(f, 0) || arg_bool(f, 1));
}
void xor_int(const KernelFrame& f) {
  set_int(f, arg_int(f, 0) ^ arg_int(f, 1));
}
void xor_bool(const KernelFrame& f) {
  set_bool(f, arg_bool(f, 0) != arg_bool(f, 1));
}

void lshift_int(const KernelFrame& f) {
  int64_t a = arg_int(f, 0), b = arg_int(f, 1);
  if (b < 0)
    raise_error("ValueError", "negative shift count");
  if (a == 0)
    return set_int(f, 0);
  if (b >= 64)
    raise_overflow();
  int64_t r = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
  if ((r >> b) != a)
    raise_overflow();
  set_int(f, r);
}

void rshift_int(const KernelFrame& f) {
  int64_t a = arg_int(f, 0), b = arg_int(f, 1);
  if (b < 0)
    raise_error("ValueError", "negative shift count");
  if (b >= 64)
    return set_int(f, a < 0 ? -1 : 0);
  set_int(f, a >> b);
}

void invert_int(const KernelFrame& f) {
  set_int(f, ~arg_int(f, 0));
}
void not_bool(const KernelFrame& f) {
  set_bool(f, !arg_bool(f, 0));
}

// ---- comparisons ----

template <typename Cmp> void cmp_int(const KernelFrame& f) {
  set_bool(f, Cmp{}(arg_int(f, 0), arg_int(f, 1)));
}
template <typename Cmp> void cmp_float(const KernelFrame& f) {
  set_bool(f, Cmp{}(arg_double(f, 0), arg_double(f, 1)));
}
// Python compares an int with a float exactly: 2**53 + 1 != 2.0**53. Returns
// <0, 0 or >0, or nullopt when d is NaN (every ordered comparison is false).
std::optional<int> compare_int_double(int64_t i, double d) {
  if (std::isnan(d))
    return std::nullopt;
  if (d >= 9223372036854775808.0)
    return -1;
  if (d < -9223372036854775808.0)
    return 1;
  double whole = std::trunc(d);
  auto t = static_cast<int64_t>(whole);  // exact: |whole| < 2**63
  if (i != t)
    return i < t ? -1 : 1;
  double frac = d - whole;
  return frac > 0 ? -1 : (frac < 0 ? 1 : 0);
}
template <typename Cmp> void cmp_int_float(const KernelFrame& f) {
  auto c = compare_int_double(arg_int(f, 0), arg_double(f, 1));
  set_bool(f, c ? Cmp{}(*c, 0) : std::is_same_v<Cmp, std::not_equal_to<>>);
}
template <typename Cmp> void cmp_float_int(const KernelFrame& f) {
  auto c = compare_int_double(arg_int(f, 1), arg_double(f, 0));
  set_bool(f, c ? Cmp{}(0, *c) : std::is_same_v<Cmp, std::not_equal_to<>>);
}
template <typename Cmp> void cmp_str(const KernelFrame& f) {
  set_bool(f, Cmp{}(arg_str(f, 0), arg_str(f, 1)));
}

// `is`: None is None; heap values by identity; scalars (which Python may or
// may not share) by value.
bool same_object(const Value& a, const Value& b) {
  if (a.tag() != b.tag())
    return false;
  if (a.is_heap())
    return a.heap() == b.heap();
  if (a.is_double())
    return std::bit_cast<uint64_t>(a.to_double()) == std::bit_cast<uint64_t>(b.to_double());
  return a.to_int() == b.to_int();
}
void is_k(const KernelFrame& f) {
  set_bool(f, same_object(f.in(0), f.in(1)));
}
void isnot_k(const KernelFrame& f) {
  set_bool(f, !same_object(f.in(0), f.in(1)));
}

// ---- conversions ----

void int_from_float(const KernelFrame& f) {
  set_int(f, float_to_int(arg_double(f, 0)));
}
void int_from_bool(const KernelFrame& f) {
  set_int(f, arg_bool(f, 0) ? 1 : 0);
}

// What int() and float() parse: the text with Unicode decimal digits turned
// into ASCII ones and Unicode whitespace into spaces (CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII; any other non-ASCII character
// becomes '?', which no grammar accepts), stripped of surrounding spaces.
std::string numeric_text(std::string_view s) {
  std::string out;
  if (is_ascii(s)) {
    out = s;
  } else {
    for (char32_t c : utf8_decode(s)) {
      if (c < 0x80) {
        out.push_back(static_cast<char>(c));
      } else if (is_space(c)) {
        out.push_back(' ');
      } else if (is_decimal(c)) {
        out.push_back(static_cast<char>('0' + decimal_value(c)));
      } else {
        out.push_back('?');
      }
    }
  }
  size_t b = 0, e = out.size();
  while (b < e && is_space(static_cast<unsigned char>(out[b])))
    ++b;
  while (e > b && is_space(static_cast<unsigned char>(out[e - 1])))
    --e;
  return out.substr(b, e - b);
}

// Digits with single underscores between them ("1_000"), appended to `out`
// without the underscores. Returns false on a misplaced underscore or no digit.
bool take_digits(std::string_view s, size_t& i, std::string& out) {
  size_t start = i;
  while (i < s.size()) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      out.push_back(c);
      ++i;
    } else if (c == '_' && i > start && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
      ++i;
    } else {
      break;
    }
  }
  return i > start;
}

void int_from_str(const KernelFrame& f) {
  std::string_view original = arg_str(f, 0);
  std::string text = numeric_text(original);
  std::string_view s = text;
  auto fail = [&]() {
    raise_error("ValueError", "invalid literal for int() with base 10: " + repr_string(original));
  };
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-'))
    negative = s[i++] == '-';
  std::string digits;
  if (!take_digits(s, i, digits) || i != s.size())
    fail();
  // Accumulate as a negative number so that INT64_MIN parses.
  int64_t acc = 0;
  for (char c : digits) {
    int64_t d = c - '0';
    if (__builtin_mul_overflow(acc, 10, &acc) || __builtin_sub_overflow(acc, d, &acc))
      raise_overflow();
  }
  if (!negative) {
    if (acc == std::numeric_limits<int64_t>::min())
      raise_overflow();
    acc = -acc;
  }
  set_int(f, acc);
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size())
    return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if ((a[i] | 0x20) != b[i])
      return false;
  }
  return true;
}

void float_from_str(const KernelFrame& f) {
  std::string_view original = arg_str(f, 0);
  std::string text = numeric_text(original);
  std::string_view s = text;
  auto fail = [&]() {
    raise_error("ValueError", "could not convert string to float: " + repr_string(original));
  };
  size_t i = 0;
  std::string clean;
  if (i < s.size() && (s[i] == '+' || s[i] == '-'))
    clean.push_back(s[i++]);
  std::string_view rest = s.substr(i);
  if (iequals(rest, "inf") || iequals(rest, "infinity")) {
    return set_double(f, clean == "-" ? -INFINITY : INFINITY);
  }
  if (iequals(rest, "nan"))
    return set_double(f, clean == "-" ? -NAN : NAN);
  bool int_part = take_digits(s, i, clean);
  bool frac_part = false;
  if (i < s.size() && s[i] == '.') {
    clean.push_back('.');
    ++i;
    frac_part = take_digits(s, i, clean);
  }
  if (!int_part && !frac_part)
    fail();
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    clean.push_back('e');
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
      clean.push_back(s[i++]);
    if (!take_digits(s, i, clean))
      fail();
  }
  if (i != s.size())
    fail();
  set_double(f, std::strtod(clean.c_str(), nullptr));
}

void float_from_int(const KernelFrame& f) {
  set_double(f, static_cast<double>(arg_int(f, 0)));
}
void float_from_bool(const KernelFrame& f) {
  set_double(f, arg_bool(f, 0) ? 1.0 : 0.0);
}
void bool_from_int(const KernelFrame& f) {
  set_bool(f, arg_int(f, 0) != 0);
}
void bool_from_float(const KernelFrame& f) {
  set_bool(f, arg_double(f, 0) != 0.0);
}
void str_k(const KernelFrame& f) {
  set_str(f, to_str(f.in(0)));
}
void repr_k(const KernelFrame& f) {
  set_str(f, to_repr(f.in(0)));
}

// ---- numeric builtins ----

void abs_int(const KernelFrame& f) {
  int64_t a = arg_int(f, 0);
  set_int(f, a < 0 ? checked_neg(a) : a);
}
void abs_float(const KernelFrame& f) {
  set_double(f, std::fabs(arg_double(f, 0)));
}

// ---- number (TorchScript's Scalar: x.item()) ----
// An int, float or bool at run time, with Python's rules: bool counts as int,
// int with int stays int, a float operand makes the result float.

double number_double(const Value& v) {
  return v.is_double() ? v.to_double() : static_cast<double>(v.to_int());
}
double add_double(double a, double b) {
  return a + b;
}
double sub_double(double a, double b) {
  return a - b;
}
double mul_double(double a, double b) {
  return a * b;
}
template <int64_t (*IntOp)(int64_t, int64_t), double (*FloatOp)(double, double)>
void number_arith(const KernelFrame& f) {
  const Value& a = f.in(0);
  const Value& b = f.in(1);
  if (a.is_double() || b.is_double())
    set_double(f, FloatOp(number_double(a), number_double(b)));
  else
    set_int(f, IntOp(a.to_int(), b.to_int()));
}
void number_div(const KernelFrame& f) {
  const Value& a = f.in(0);
  const Value& b = f.in(1);
  set_double(f, a.is_double() || b.is_double() ? truediv_float(number_double(a), number_double(b))
                                               : truediv_int(a.to_int(), b.to_int()));
}
// An int against a float compares exactly, as in Python (compare_int_double).
template <typename Cmp> void number_cmp(const KernelFrame& f) {
  const Value& a = f.in(0);
  const Value& b = f.in(1);
  if (!a.is_double() && !b.is_double()) {
    set_bool(f, Cmp{}(a.to_int(), b.to_int()));
  } else if (a.is_double() && b.is_double()) {
    set_bool(f, Cmp{}(a.to_double(), b.to_double()));
  } else {
    auto c = a.is_double() ? compare_int_double(b.to_int(), a.to_double())
                           : compare_int_double(a.to_int(), b.to_double());
    if (c && a.is_double())
      *c = -*c;
    set_bool(f, c ? Cmp{}(*c, 0) : std::is_same_v<Cmp, std::not_equal_to<>>);
  }
}
// Python's `**`: int ** non-negative int is an int, otherwise float_pow (2 ** -1 == 0.5).
void number_pow(const KernelFrame& f) {
  const Value& a = f.in(0);
  const Value& b = f.in(1);
  if (!a.is_double() && !b.is_double() && b.to_int() >= 0)
    set_int(f, pow_int(a.to_int(), b.to_int()));
  else
    set_double(f, pow_float(number_double(a), number_double(b)));
}
void number_neg(const KernelFrame& f) {
  const Value& a = f.in(0);
  if (a.is_double())
    set_double(f, -a.to_double());
  else
    set_int(f, checked_neg(a.to_int()));
}
void number_abs(const KernelFrame& f) {
  const Value& a = f.in(0);
  if (a.is_double())
    set_double(f, std::fabs(a.to_double()));
  else
    set_int(f, a.to_int() < 0 ? checked_neg(a.to_int()) : a.to_int());
}

// min(a, b) is a unless b < a; max(a, b) is a unless b > a (what Python's
// loop does, which decides the result when a NaN is involved).
void min_int(const KernelFrame& f) {
  set_int(f, std::min(arg_int(f, 0), arg_int(f, 1)));
}
void max_int(const KernelFrame& f) {
  set_int(f, std::max(arg_int(f, 0), arg_int(f, 1)));
}
void min_float(const KernelFrame& f) {
  double a = arg_double(f, 0), b = arg_double(f, 1);
  set_double(f, b < a ? b : a);
}
void max_float(const KernelFrame& f) {
  double a = arg_double(f, 0), b = arg_double(f, 1);
  set_double(f, b > a ? b : a);
}
void min_str(const KernelFrame& f) {
  f.set(0, arg_str(f, 1) < arg_str(f, 0) ? f.in(1) : f.in(0));
}
void max_str(const KernelFrame& f) {
  f.set(0, arg_str(f, 1) > arg_str(f, 0) ? f.in(1) : f.in(0));
}

void round_float(const KernelFrame& f) {
  // The default rounding mode rounds halves to even, as Python's round().
  set_int(f, float_to_int(std::nearbyint(arg_double(f, 0))));
}

// Rounds the decimal digit string `digits` (an integer, no sign) to a multiple
// of 10**k, halves to even; `sticky` says a nonzero fraction followed the digits.
std::string round_decimal_digits(const std::string& digits, int64_t k, bool sticky) {
  int64_t n = static_cast<int64_t>(digits.size());
  if (k > n)
    return "0";
  std::string head = digits.substr(0, static_cast<size_t>(n - k));
  std::string tail = digits.substr(static_cast<size_t>(n - k));
  bool up = false;
  if (!tail.empty()) {
    bool rest_zero = !sticky && tail.find_first_not_of('0', 1) == std::string::npos;
    if (tail[0] > '5' || (tail[0] == '5' && !rest_zero)) {
      up = true;
    } else if (tail[0] == '5') {
      int last = head.empty() ? 0 : head.back() - '0';
      up = (last % 2) == 1;
    }
  }
  if (head.empty())
    head = "0";
  if (up) {
    int i = static_cast<int>(head.size()) - 1;
    while (i >= 0 && head[static_cast<size_t>(i)] == '9')
      head[static_cast<size_t>(i--)] = '0';
    if (i < 0) {
      head.insert(head.begin(), '1');
    } else {
      ++head[static_cast<size_t>(i)];
    }
  }
  return head + std::string(static_cast<size_t>(k), '0');
}

void round_float_ndigits(const KernelFrame& f) {
  double x = arg_double(f, 0);
  int64_t nd = arg_int(f, 1);
  // CPython's double_round limits: beyond these the answer is x or a signed zero.
  if (!std::isfinite(x) || nd > 323)
    return set_double(f, x);
  if (nd < -308)
    return set_double(f, 0.0 * x);
  std::string text;
  if (nd >= 0) {
    // glibc prints the exact binary value rounded half-even, as dtoa mode 3 does.
    char buf[720];
    std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(nd), x);
    text = buf;
  } else {
    double t = std::trunc(std::fabs(x));
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.0f", t);
    text = round_decimal_digits(buf, -nd, std::fabs(x) != t);
    if (std::signbit(x))
      text.insert(text.begin(), '-');
  }
  double r = std::strtod(text.c_str(), nullptr);
  if (std::isinf(r))
    raise_error("OverflowError", "rounded value too large to represent");
  if (r == 0.0)
    r = std::copysign(0.0, x);
  set_double(f, r);
}

void round_int_ndigits(const KernelFrame& f) {
  int64_t a = arg_int(f, 0);
  int64_t nd = arg_int(f, 1);
  if (nd >= 0)
    return set_int(f, a);
  if (nd < -38)
    return set_int(f, 0);
  __int128 p = 1;
  for (int64_t i = 0; i < -nd; ++i)
    p *= 10;
  __int128 q = a / p, r = a % p;
  if (r < 0) { // floor division
    r += p;
    q -= 1;
  }
  __int128 twice = 2 * r;
  if (twice > p || (twice == p && (q % 2 != 0)))
    q += 1;
  __int128 result = q * p;
  if (result > std::numeric_limits<int64_t>::max() || result < std::numeric_limits<int64_t>::min())
    raise_overflow();
  set_int(f, static_cast<int64_t>(result));
}

void divmod_int(const KernelFrame& f) {
  int64_t a = arg_int(f, 0), b = arg_int(f, 1);
  if (b == 0)
    raise_zero_division("integer division or modulo by zero");
  set_int(f, floordiv_int(a, b), 0);
  set_int(f, mod_int(a, b), 1);
}

void divmod_float_k(const KernelFrame& f) {
  double d, m;
  divmod_float(arg_double(f, 0), arg_double(f, 1), &d, &m, "float divmod()");
  set_double(f, d, 0);
  set_double(f, m, 1);
}

void chr_k(const KernelFrame& f) {
  int64_t i = arg_int(f, 0);
  if (i < 0 || i > 0x10FFFF)
    raise_error("ValueError", "chr() arg not in range(0x110000)");
  std::string s;
  utf8_append(s, static_cast<char32_t>(i));
  set_str(f, std::move(s));
}

void ord_k(const KernelFrame& f) {
  const StrObject& s = f.in(0).as_str();
  if (s.length() != 1) {
    raise_error("TypeError",
                "ord() expected a character, but string of length " + std::to_string(s.length()) + " found");
  }
  std::u32string cps = utf8_decode(s.view());
  set_int(f, static_cast<int64_t>(cps[0]));
}

void radix(const KernelFrame& f, int bits_per_digit, const char* prefix) {
  int64_t i = arg_int(f, 0);
  uint64_t u = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
  std::string digits;
  uint64_t mask = (uint64_t{1} << bits_per_digit) - 1;
  do {
    digits.push_back("0123456789abcdef"[u & mask]);
    u >>= bits_per_digit;
  } while (u != 0);
  std::string out = i < 0 ? "-" : "";
  out += prefix;
  out.append(digits.rbegin(), digits.rend());
  set_str(f, std::move(out));
}
void hex_k(const KernelFrame& f) {
  radix(f, 4, "0x");
}
void oct_k(const KernelFrame& f) {
  radix(f, 3, "0o");
}
void bin_k(const KernelFrame& f) {
  radix(f, 1, "0b");
}

// ---- loop index arithmetic ----

void range_length(const KernelFrame& f) {
  __int128 lo = arg_int(f, 0), hi = arg_int(f, 1), step = arg_int(f, 2);
  if (step == 0)
    raise_error("ValueError", "range() arg 3 must not be zero");
  __int128 n = 0;
  if (step > 0 && lo < hi)
    n = (hi - lo - 1) / step + 1;
  if (step < 0 && lo > hi)
    n = (lo - hi - 1) / (-step) + 1;
  set_int(f, static_cast<int64_t>(n));
}

// start + index * step; the product alone may leave int64 when the sum does not.
void derive_index(const KernelFrame& f) {
  __int128 v = static_cast<__int128>(arg_int(f, 1)) + static_cast<__int128>(arg_int(f, 0)) * arg_int(f, 2);
  if (v > std::numeric_limits<int64_t>::max() || v < std::numeric_limits<int64_t>::min())
    raise_overflow();
  set_int(f, static_cast<int64_t>(v));
}

constexpr KernelDef kScalarKernels[] = {
    {"aten::add.int", add_int},
    {"aten::add.float", add_float},
    {"aten::sub.int", sub_int},
    {"aten::sub.float", sub_float},
    {"aten::mul.int", mul_int},
    {"aten::mul.float", mul_float},
    {"aten::div.int", div_int},
    {"aten::div.float", div_float},
    {"aten::floordiv.int", floordiv_int_k},
    {"aten::floordiv.float", floordiv_float_k},
    {"aten::remainder.int", remainder_int},
    {"aten::remainder.float", remainder_float},
    {"aten::pow.int", pow_int_k},
    {"aten::pow.float", pow_float_k},
    {"aten::neg.int", neg_int},
    {"aten::neg.float", neg_float},
    {"aten::__and__.int", and_int},
    {"aten::__and__.bool", and_bool},
    {"aten::__or__.int", or_int},
    {"aten::__or__.bool", or_bool},
    {"aten::__xor__.int", xor_int},
    {"aten::__xor__.bool", xor_bool},
    {"aten::__lshift__.int", lshift_int},
    {"aten::__rshift__.int", rshift_int},
    {"aten::__invert__.int", invert_int},
    {"aten::__not__", not_bool},
    {"aten::eq.int", cmp_int<std::equal_to<>>},
    {"aten::eq.float", cmp_float<std::equal_to<>>},
    {"aten::eq.bool", cmp_int<std::equal_to<>>},
    {"aten::eq.str", cmp_str<std::equal_to<>>},
    {"aten::ne.int", cmp_int<std::not_equal_to<>>},
    {"aten::ne.float", cmp_float<std::not_equal_to<>>},
    {"aten::ne.bool", cmp_int<std::not_equal_to<>>},
    {"aten::ne.str", cmp_str<std::not_equal_to<>>},
    {"aten::lt.int", cmp_int<std::less<>>},
    {"aten::lt.float", cmp_float<std::less<>>},
    {"aten::lt.str", cmp_str<std::less<>>},
    {"aten::le.int", cmp_int<std::less_equal<>>},
    {"aten::le.float", cmp_float<std::less_equal<>>},
    {"aten::le.str", cmp_str<std::less_equal<>>},
    {"aten::gt.int", cmp_int<std::greater<>>},
    {"aten::gt.float", cmp_float<std::greater<>>},
    {"aten::gt.str", cmp_str<std::greater<>>},
    {"aten::ge.int", cmp_int<std::greater_equal<>>},
    {"aten::ge.float", cmp_float<std::greater_equal<>>},
    {"aten::ge.str", cmp_str<std::greater_equal<>>},
    {"aten::eq.int_float", cmp_int_float<std::equal_to<>>},
    {"aten::eq.float_int", cmp_float_int<std::equal_to<>>},
    {"aten::ne.int_float", cmp_int_float<std::not_equal_to<>>},
    {"aten::ne.float_int", cmp_float_int<std::not_equal_to<>>},
    {"aten::lt.int_float", cmp_int_float<std::less<>>},
    {"aten::lt.float_int", cmp_float_int<std::less<>>},
    {"aten::le.int_float", cmp_int_float<std::less_equal<>>},
    {"aten::le.float_int", cmp_float_int<std::less_equal<>>},
    {"aten::gt.int_float", cmp_int_float<std::greater<>>},
    {"aten::gt.float_int", cmp_float_int<std::greater<>>},
    {"aten::ge.int_float", cmp_int_float<std::greater_equal<>>},
    {"aten::ge.float_int", cmp_float_int<std::greater_equal<>>},
    {"aten::__is__", is_k},
    {"aten::__isnot__", isnot_k},
    {"aten::Int.float", int_from_float},
    {"aten::Int.bool", int_from_bool},
    {"aten::Int.str", int_from_str},
    {"aten::Float.int", float_from_int},
    {"aten::Float.bool", float_from_bool},
    {"aten::Float.str", float_from_str},
    {"aten::Bool.int", bool_from_int},
    {"aten::Bool.float", bool_from_float},
    {"aten::str", str_k},
    {"aten::repr", repr_k},
    {"prim::abs.int", abs_int},
    {"prim::abs.float", abs_float},
    {"prim::min.int", min_int},
    {"prim::min.float", min_float},
    {"prim::min.str", min_str},
    {"prim::max.int", max_int},
    {"prim::max.float", max_float},
    {"prim::max.str", max_str},
    {"aten::round.float", round_float},
    {"aten::round.float_ndigits", round_float_ndigits},
    {"aten::round.int_ndigits", round_int_ndigits},
    {"aten::divmod.int", divmod_int},
    {"aten::divmod.float", divmod_float_k},
    {"aten::chr", chr_k},
    {"aten::ord", ord_k},
    {"aten::hex", hex_k},
    {"aten::oct", oct_k},
    {"aten::bin", bin_k},
    {"aten::add", number_arith<checked_add, add_double>},
    {"aten::sub", number_arith<checked_sub, sub_double>},
    {"aten::mul", number_arith<checked_mul, mul_double>},
    {"aten::div", number_div},
    {"aten::floordiv", number_arith<floordiv_int, floordiv_float>},
    {"aten::remainder", number_arith<mod_int, mod_float>},
    {"aten::pow.Scalar_Scalar", number_pow},
    {"aten::eq", number_cmp<std::equal_to<>>},
    {"aten::ne", number_cmp<std::not_equal_to<>>},
    {"aten::lt", number_cmp<std::less<>>},
    {"aten::le", number_cmp<std::less_equal<>>},
    {"aten::gt", number_cmp<std::greater<>>},
    {"aten::ge", number_cmp<std::greater_equal<>>},
    {"aten::neg.Scalar", number_neg},
    {"prim::abs.Scalar", number_abs},
    {"aten::__range_length", range_length},
    {"aten::__derive_index", derive_index},
};

} // namespace

std::span<const KernelDef> scalar_kernels() {
  return kScalarKernels;
}

} // namespace tsc::runtime
