// runtime/kernels_str.cpp - Kernels of str operators and methods, indexed by code point as in Python.
//
// ASCII strings are processed as bytes. Otherwise the operations that take or
// return positions decode to UTF-32 first, so that indices, lengths and
// widths count code points as Python does.
#include "runtime/kernel_registry.h"

#include "ir/type.h"
#include "runtime/format.h"
#include "runtime/kernel_util.h"
#include "runtime/unicode.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace tsc::runtime {
namespace {

const StrObject& arg_strobj(const KernelFrame& f, size_t i) {
  return f.in(i).as_str();
}

// Optional[int] argument: `fallback` when None.
int64_t arg_opt_int(const KernelFrame& f, size_t i, int64_t fallback) {
  return f.in(i).is_none() ? fallback : f.in(i).to_int();
}

ir::TypePtr list_of_str() {
  static const ir::TypePtr t = ir::Type::list_of(ir::Type::str_type());
  return t;
}

Value str_list(std::vector<std::string> parts) {
  std::vector<Value> items;
  items.reserve(parts.size());
  for (std::string& p : parts)
    items.push_back(Value::from_str(std::move(p)));
  return make_list(list_of_str(), std::move(items));
}

std::string encode(std::u32string_view s) {
  return utf8_encode(s);
}

// ---- indexing, slicing, operators ----

void len_str(const KernelFrame& f) {
  set_int(f, static_cast<int64_t>(arg_strobj(f, 0).length()));
}

void getitem_str(const KernelFrame& f) {
  const StrObject& s = arg_strobj(f, 0);
  size_t i = normalize_index(arg_int(f, 1), s.length(), "string index out of range");
  if (s.is_ascii())
    return f.set(0, Value::from_str(s.view().substr(i, 1)));
  std::u32string cps = utf8_decode(s.view());
  set_str(f, encode(std::u32string_view(cps).substr(i, 1)));
}

template <typename View, typename Out> Out slice_view(View s, const SliceIndices& sl) {
  Out out;
  out.reserve(static_cast<size_t>(sl.length));
  int64_t at = sl.start;
  for (int64_t k = 0; k < sl.length; ++k, at += sl.step)
    out.push_back(s[static_cast<size_t>(at)]);
  return out;
}

void slice_str(const KernelFrame& f) {
  const StrObject& s = arg_strobj(f, 0);
  SliceIndices sl = adjust_slice(f.in(1), f.in(2), arg_int(f, 3), static_cast<int64_t>(s.length()));
  if (s.is_ascii()) {
    if (sl.step == 1)
      return f.set(
          0, Value::from_str(s.view().substr(static_cast<size_t>(sl.start), static_cast<size_t>(sl.length))));
    return set_str(f, slice_view<std::string_view, std::string>(s.view(), sl));
  }
  std::u32string cps = utf8_decode(s.view());
  set_str(f, encode(slice_view<std::u32string_view, std::u32string>(cps, sl)));
}

void list_str(const KernelFrame& f) {
  const StrObject& s = arg_strobj(f, 0);
  std::vector<Value> items;
  items.reserve(s.length());
  if (s.is_ascii()) {
    for (char c : s.view())
      items.push_back(Value::from_str(std::string(1, c)));
  } else {
    for (char32_t cp : utf8_decode(s.view())) {
      std::string one;
      utf8_append(one, cp);
      items.push_back(Value::from_str(std::move(one)));
    }
  }
  f.set(0, make_list(f.output_type(0), std::move(items)));
}

void add_str(const KernelFrame& f) {
  std::string_view a = arg_str(f, 0), b = arg_str(f, 1);
  std::string out;
  out.reserve(a.size() + b.size());
  out += a;
  out += b;
  set_str(f, std::move(out));
}

void mul_str(const KernelFrame& f) {
  std::string_view s = arg_str(f, 0);
  int64_t n = arg_int(f, 1);
  if (n <= 0 || s.empty())
    return set_str(f, "");
  if (static_cast<uint64_t>(n) > std::numeric_limits<int64_t>::max() / s.size()) {
    raise_error("OverflowError", "repeated string is too long");
  }
  std::string out;
  out.reserve(s.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i)
    out += s;
  set_str(f, std::move(out));
}

void contains_str(const KernelFrame& f) {
  set_bool(f, arg_str(f, 0).find(arg_str(f, 1)) != std::string_view::npos);
}

// f-strings: "{}" takes the next argument's str(), "{{" and "}}" are braces.
void format_k(const KernelFrame& f) {
  std::string_view fmt = arg_str(f, 0);
  std::string out;
  size_t next = 1;
  for (size_t i = 0; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (c == '{' && i + 1 < fmt.size() && fmt[i + 1] == '{') {
      out.push_back('{');
      ++i;
    } else if (c == '}' && i + 1 < fmt.size() && fmt[i + 1] == '}') {
      out.push_back('}');
      ++i;
    } else if (c == '{' && i + 1 < fmt.size() && fmt[i + 1] == '}') {
      if (next >= f.num_inputs)
        raise_error("IndexError", "Replacement index " + std::to_string(next - 1) +
                                      " out of range for positional args tuple");
      append_str(out, f.in(next++));
      ++i;
    } else {
      out.push_back(c);
    }
  }
  f.set(0, is_ascii(out) ? Value::from_ascii(out) : Value::from_str(std::move(out)));
}

// ---- split, join, strip ----

// Decodes the code point at s[i] and its byte length (ASCII fast).
char32_t next_cp(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  size_t n = 1;
  while (i + n < s.size() && n < 4 && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80)
    ++n;
  std::u32string one = utf8_decode(s.substr(i, n));
  *len = n;
  return one.empty() ? c : one[0];
}

bool space_at(std::string_view s, size_t i, size_t* len) {
  return is_space(next_cp(s, i, len));
}

std::vector<std::string> split_whitespace(std::string_view s, int64_t maxsplit) {
  std::vector<std::string> out;
  size_t i = 0, n = s.size(), len = 0;
  while (true) {
    while (i < n && space_at(s, i, &len))
      i += len;
    if (i >= n)
      break;
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) == maxsplit) {
      // The rest, with its leading whitespace stripped (and trailing kept).
      out.emplace_back(s.substr(i));
      break;
    }
    size_t start = i;
    while (i < n && !space_at(s, i, &len))
      i += len;
    out.emplace_back(s.substr(start, i - start));
  }
  return out;
}

bool ascii_space(unsigned char c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
}

// split() without a separator over an ASCII string, building the list directly.
Value split_ascii_whitespace(std::string_view s, int64_t maxsplit) {
  std::vector<Value> out;
  size_t i = 0, n = s.size();
  // Count the words first: one allocation for the list.
  size_t words = 0;
  for (size_t k = 0; k < n; ++k) {
    bool starts = !ascii_space(static_cast<unsigned char>(s[k])) &&
                  (k == 0 || ascii_space(static_cast<unsigned char>(s[k - 1])));
    words += starts ? 1 : 0;
  }
  out.reserve(words);
  while (true) {
    while (i < n && ascii_space(static_cast<unsigned char>(s[i])))
      ++i;
    if (i >= n)
      break;
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) == maxsplit) {
      out.push_back(Value::from_ascii(s.substr(i)));
      break;
    }
    size_t start = i;
    while (i < n && !ascii_space(static_cast<unsigned char>(s[i])))
      ++i;
    out.push_back(Value::from_ascii(s.substr(start, i - start)));
  }
  return make_list(list_of_str(), std::move(out));
}

void split_k(const KernelFrame& f) {
  const StrObject& so = arg_strobj(f, 0);
  std::string_view s = so.view();
  int64_t maxsplit = arg_int(f, 2);
  if (f.in(1).is_none()) {
    if (so.is_ascii())
      return f.set(0, split_ascii_whitespace(s, maxsplit));
    return f.set(0, str_list(split_whitespace(s, maxsplit)));
  }
  std::string_view sep = arg_str(f, 1);
  if (sep.empty())
    raise_error("ValueError", "empty separator");
  // Pieces of an ASCII string are ASCII: no need to scan them again.
  auto piece = [&](std::string_view p) { return so.is_ascii() ? Value::from_ascii(p) : Value::from_str(p); };
  std::vector<Value> out;
  size_t start = 0;
  while (maxsplit < 0 || static_cast<int64_t>(out.size()) < maxsplit) {
    size_t at = s.find(sep, start);
    if (at == std::string_view::npos)
      break;
    out.push_back(piece(s.substr(start, at - start)));
    start = at + sep.size();
  }
  out.push_back(piece(s.substr(start)));
  f.set(0, make_list(list_of_str(), std::move(out)));
}

bool is_line_break(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E ||
         c == 0x85 || c == 0x2028 || c == 0x2029;
}

void splitlines_k(const KernelFrame& f) {
  std::string_view s = arg_str(f, 0);
  bool keepends = arg_bool(f, 1);
  std::vector<std::string> out;
  size_t i = 0, start = 0, len = 0;
  while (i < s.size()) {
    char32_t c = next_cp(s, i, &len);
    if (!is_line_break(c)) {
      i += len;
      continue;
    }
    size_t eol = i;
    i += len;
    if (c == '\r' && i < s.size() && s[i] == '\n')
      ++i;
    out.emplace_back(s.substr(start, (keepends ? i : eol) - start));
    start = i;
  }
  if (start < s.size())
    out.emplace_back(s.substr(start));
  f.set(0, str_list(std::move(out)));
}

void join_k(const KernelFrame& f) {
  std::string_view sep = arg_str(f, 0);
  const auto& items = f.in(1).as_list().values();
  size_t total = items.empty() ? 0 : sep.size() * (items.size() - 1);
  for (const Value& v : items)
    total += v.str_view().size();
  std::string out;
  out.reserve(total);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i)
      out += sep;
    out += items[i].str_view();
  }
  set_str(f, std::move(out));
}

enum class StripSide { Left = 1, Right = 2, Both = 3 };

void strip_impl(const KernelFrame& f, StripSide side) {
  const StrObject& so = arg_strobj(f, 0);
  std::string_view s = so.view();
  bool left = static_cast<int>(side) & 1, right = static_cast<int>(side) & 2;
  if (f.in(1).is_none()) {
    size_t b = 0, e = s.size(), len = 0;
    if (left) {
      while (b < e && space_at(s, b, &len))
        b += len;
    }
    if (right) {
      while (e > b) {
        size_t start = e - 1;
        while (start > b && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
          --start;
        if (!space_at(s, start, &len))
          break;
        e = start;
      }
    }
    return f.set(0, b == 0 && e == s.size() ? f.in(0) : Value::from_str(s.substr(b, e - b)));
  }
  std::u32string chars = utf8_decode(arg_str(f, 1));
  std::u32string cps = utf8_decode(s);
  size_t b = 0, e = cps.size();
  auto in_chars = [&](char32_t c) { return chars.find(c) != std::u32string::npos; };
  if (left) {
    while (b < e && in_chars(cps[b]))
      ++b;
  }
  if (right) {
    while (e > b && in_chars(cps[e - 1]))
      --e;
  }
  set_str(f, encode(std::u32string_view(cps).substr(b, e - b)));
}

void strip_k(const KernelFrame& f) {
  strip_impl(f, StripSide::Both);
}
void lstrip_k(const KernelFrame& f) {
  strip_impl(f, StripSide::Left);
}
void rstrip_k(const KernelFrame& f) {
  strip_impl(f, StripSide::Right);
}

// ---- searching ----

// Runs `fn(view_s, view_sub)` over bytes when both are ASCII, else over code points.
template <typename Fn> auto with_views(const StrObject& s, const StrObject& sub, Fn fn) {
  if (s.is_ascii() && sub.is_ascii())
    return fn(s.view(), sub.view());
  std::u32string a = utf8_decode(s.view()), b = utf8_decode(sub.view());
  return fn(std::u32string_view(a), std::u32string_view(b));
}

struct FindArgs {
  int64_t start;
  int64_t end;
};

FindArgs find_args(const KernelFrame& f, int64_t length) {
  int64_t start = arg_int(f, 2);
  int64_t end = arg_opt_int(f, 3, std::numeric_limits<int64_t>::max());
  adjust_find_range(start, end, length);
  return {start, end};
}

int64_t find_impl(const KernelFrame& f, bool reverse) {
  const StrObject& s = arg_strobj(f, 0);
  const StrObject& sub = arg_strobj(f, 1);
  FindArgs a = find_args(f, static_cast<int64_t>(s.length()));
  if (a.end - a.start < static_cast<int64_t>(sub.length()))
    return -1;
  return with_views(s, sub, [&](auto hay, auto needle) -> int64_t {
    auto window = hay.substr(static_cast<size_t>(a.start), static_cast<size_t>(a.end - a.start));
    size_t at = reverse ? window.rfind(needle) : window.find(needle);
    return at == decltype(window)::npos ? -1 : a.start + static_cast<int64_t>(at);
  });
}

void find_k(const KernelFrame& f) {
  set_int(f, find_impl(f, false));
}
void rfind_k(const KernelFrame& f) {
  set_int(f, find_impl(f, true));
}
void index_str(const KernelFrame& f) {
  int64_t at = find_impl(f, false);
  if (at < 0)
    raise_error("ValueError", "substring not found");
  set_int(f, at);
}
void rindex_k(const KernelFrame& f) {
  int64_t at = find_impl(f, true);
  if (at < 0)
    raise_error("ValueError", "substring not found");
  set_int(f, at);
}

void count_str(const KernelFrame& f) {
  const StrObject& s = arg_strobj(f, 0);
  const StrObject& sub = arg_strobj(f, 1);
  FindArgs a = find_args(f, static_cast<int64_t>(s.length()));
  if (a.end - a.start < static_cast<int64_t>(sub.length()))
    return set_int(f, 0);
  if (sub.length() == 0)
    return set_int(f, a.end - a.start + 1);
  set_int(f, with_views(s, sub, [&](auto hay, auto needle) -> int64_t {
            auto window = hay.substr(static_cast<size_t>(a.start), static_cast<size_t>(a.end - a.start));
            int64_t n = 0;
            size_t at = 0;
            while ((at = window.find(needle, at)) != decltype(window)::npos) {
              ++n;
              at += needle.size();
            }
            return n;
          }));
}

bool tail_match(const KernelFrame& f, bool suffix) {
  const StrObject& s = arg_strobj(f, 0);
  const StrObject& sub = arg_strobj(f, 1);
  FindArgs a = find_args(f, static_cast<int64_t>(s.length()));
  int64_t sublen = static_cast<int64_t>(sub.length());
  if (a.end - sublen < a.start)
    return false;
  if (sublen == 0)
    return true;
  return with_views(s, sub, [&](auto hay, auto needle) -> bool {
    size_t at = static_cast<size_t>(suffix ? a.end - sublen : a.start);
    return hay.substr(at, needle.size()) == needle;
  });
}

void startswith_k(const KernelFrame& f) {
  set_bool(f, tail_match(f, false));
}
void endswith_k(const KernelFrame& f) {
  set_bool(f, tail_match(f, true));
}

void replace_k(const KernelFrame& f) {
  const StrObject& s = arg_strobj(f, 0);
  std::string_view old = arg_str(f, 1), repl = arg_str(f, 2);
  int64_t count = arg_int(f, 3);
  if (count < 0)
    count = std::numeric_limits<int64_t>::max();
  std::string out;
  if (old.empty()) {
    // Insert `repl` before every character and at the end, `count` times at most.
    std::u32string cps = utf8_decode(s.view());
    int64_t done = 0;
    for (char32_t c : cps) {
      if (done < count) {
        out += repl;
        ++done;
      }
      utf8_append(out, c);
    }
    if (done < count)
      out += repl;
    return set_str(f, std::move(out));
  }
  std::string_view text = s.view();
  size_t start = 0;
  int64_t done = 0;
  while (done < count) {
    size_t at = text.find(old, start);
    if (at == std::string_view::npos)
      break;
    out += text.substr(start, at - start);
    out += repl;
    start = at + old.size();
    ++done;
  }
  if (done == 0)
    return f.set(0, f.in(0));
  out += text.substr(start);
  set_str(f, std::move(out));
}

// ---- case and predicates ----

// Python's lower() of the character at i: Σ becomes ς at the end of a word
// (CPython's handle_capital_sigma), everything else its full lowercase.
void append_lower_at(std::u32string& out, const std::u32string& s, size_t i) {
  if (s[i] != 0x3A3)
    return append_lower(out, s[i]);
  size_t j = i;
  while (j > 0 && is_case_ignorable(s[j - 1]))
    --j;
  bool final_sigma = j > 0 && is_cased(s[j - 1]);
  if (final_sigma) {
    size_t k = i + 1;
    while (k < s.size() && is_case_ignorable(s[k]))
      ++k;
    final_sigma = k == s.size() || !is_cased(s[k]);
  }
  out.push_back(final_sigma ? 0x3C2 : 0x3C3);
}

char ascii_upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
}
char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

void upper_k(const KernelFrame& f) {
  const StrObject& s = arg_strobj(f, 0);
  if (s.is_ascii()) {
    std::string out(s.view());
    for (char& c : out)
      c = ascii_upper(c);
    return set_str(f, std::move(out));
  }
  std::u32string out;
  for (char32_t c : utf8_decode(s.view()))
    append_upper(out, c);
  set_str(f, encode(out));
}

void lower_k(const KernelFrame& f) {
  const StrObject& s = arg_strobj(f, 0);
  if (s.is_ascii()) {
    std::string out(s.view());
    for (char& c : out)
      c = ascii_lower(c);
    return set_str(f, std::move(out));
  }
  std::u32string cps = utf8_decode(s.view()), out;
  for (size_t i = 0; i < cps.size(); ++i)
    append_lower_at(out, cps, i);
  set_str(f, encode(out));
}

void swapcase_k(const KernelFrame& f) {
  std::u32string cps = utf8_decode(arg_str(f, 0)), out;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (is_upper(cps[i])) {
      append_lower_at(out, cps, i);
    } else if (is_lower(cps[i])) {
      append_upper(out, cps[i]);
    } else {
      out.push_back(cps[i]);
    }
  }
  set_str(f, encode(out));
}

// Python 3.8+: the first character in titlecase, the rest lowercased.
void capitalize_k(const KernelFrame& f) {
  std::u32string cps = utf8_decode(arg_str(f, 0)), out;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (i == 0) {
      append_title(out, cps[i]);
    } else {
      append_lower_at(out, cps, i);
    }
  }
  set_str(f, encode(out));
}

void title_k(const KernelFrame& f) {
  std::u32string cps = utf8_decode(arg_str(f, 0)), out;
  bool previous_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (previous_cased) {
      append_lower_at(out, cps, i);
    } else {
      append_title(out, cps[i]);
    }
    previous_cased = is_cased(cps[i]);
  }
  set_str(f, encode(out));
}

template <bool (*Pred)(char32_t)> void all_chars(const KernelFrame& f) {
  std::u32string cps = utf8_decode(arg_str(f, 0));
  if (cps.empty())
    return set_bool(f, false);
  set_bool(f, std::all_of(cps.begin(), cps.end(), Pred));
}

bool is_alnum(char32_t c) {
  return char_flags(c) & (kAlpha | kDecimal | kDigit | kNumeric);
}

// CPython's isupper/islower: at least one cased character, and none of the
// other case (nor a titlecase one).
template <bool Upper> void case_predicate(const KernelFrame& f) {
  bool cased = false;
  for (char32_t c : utf8_decode(arg_str(f, 0))) {
    if ((Upper ? is_lower(c) : is_upper(c)) || is_title(c))
      return set_bool(f, false);
    if (Upper ? is_upper(c) : is_lower(c))
      cased = true;
  }
  set_bool(f, cased);
}

// ---- padding ----

char32_t fill_char(const KernelFrame& f, size_t i) {
  const StrObject& s = arg_strobj(f, i);
  if (s.length() != 1)
    raise_error("TypeError", "The fill character must be exactly one character long");
  return utf8_decode(s.view())[0];
}

void pad(const KernelFrame& f, int64_t left, int64_t right, char32_t fill) {
  std::string out;
  for (int64_t i = 0; i < left; ++i)
    utf8_append(out, fill);
  out += arg_str(f, 0);
  for (int64_t i = 0; i < right; ++i)
    utf8_append(out, fill);
  set_str(f, std::move(out));
}

void ljust_k(const KernelFrame& f) {
  char32_t fill = fill_char(f, 2);
  int64_t marg = arg_int(f, 1) - static_cast<int64_t>(arg_strobj(f, 0).length());
  if (marg <= 0)
    return f.set(0, f.in(0));
  pad(f, 0, marg, fill);
}

void rjust_k(const KernelFrame& f) {
  char32_t fill = fill_char(f, 2);
  int64_t marg = arg_int(f, 1) - static_cast<int64_t>(arg_strobj(f, 0).length());
  if (marg <= 0)
    return f.set(0, f.in(0));
  pad(f, marg, 0, fill);
}

void center_k(const KernelFrame& f) {
  char32_t fill = fill_char(f, 2);
  int64_t width = arg_int(f, 1);
  int64_t marg = width - static_cast<int64_t>(arg_strobj(f, 0).length());
  if (marg <= 0)
    return f.set(0, f.in(0));
  // CPython's pad split: the odd column goes left when `width` is odd.
  int64_t left = marg / 2 + (marg & width & 1);
  pad(f, left, marg - left, fill);
}

void zfill_k(const KernelFrame& f) {
  std::string_view s = arg_str(f, 0);
  int64_t width = arg_int(f, 1);
  int64_t fill = width - static_cast<int64_t>(arg_strobj(f, 0).length());
  if (fill <= 0)
    return f.set(0, f.in(0));
  std::string out;
  size_t sign = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  out += s.substr(0, sign);
  out.append(static_cast<size_t>(fill), '0');
  out += s.substr(sign);
  set_str(f, std::move(out));
}

void partition_impl(const KernelFrame& f, bool reverse) {
  std::string_view s = arg_str(f, 0), sep = arg_str(f, 1);
  if (sep.empty())
    raise_error("ValueError", "empty separator");
  size_t at = reverse ? s.rfind(sep) : s.find(sep);
  if (at == std::string_view::npos) {
    Value empty = Value::from_str("");
    f.set(0, reverse ? empty : f.in(0));
    f.set(1, empty);
    f.set(2, reverse ? f.in(0) : empty);
    return;
  }
  set_str(f, std::string(s.substr(0, at)), 0);
  f.set(1, f.in(1));
  set_str(f, std::string(s.substr(at + sep.size())), 2);
}

void partition_k(const KernelFrame& f) {
  partition_impl(f, false);
}
void rpartition_k(const KernelFrame& f) {
  partition_impl(f, true);
}

constexpr KernelDef kStrKernels[] = {
    {"aten::len.str", len_str},
    {"aten::__getitem__.str", getitem_str},
    {"aten::slice.str", slice_str},
    {"aten::list.str", list_str},
    {"aten::add.str", add_str},
    {"aten::mul.str", mul_str},
    {"aten::__contains__.str", contains_str},
    {"aten::format", format_k},
    {"aten::split.str", split_k},
    {"aten::splitlines", splitlines_k},
    {"aten::join", join_k},
    {"aten::strip", strip_k},
    {"aten::lstrip", lstrip_k},
    {"aten::rstrip", rstrip_k},
    {"aten::startswith", startswith_k},
    {"aten::endswith", endswith_k},
    {"aten::find", find_k},
    {"aten::rfind", rfind_k},
    {"aten::index.str", index_str},
    {"aten::rindex", rindex_k},
    {"aten::count.str", count_str},
    {"aten::replace", replace_k},
    {"aten::upper", upper_k},
    {"aten::lower", lower_k},
    {"aten::capitalize", capitalize_k},
    {"aten::title", title_k},
    {"aten::swapcase", swapcase_k},
    {"aten::isdigit", all_chars<is_digit>},
    {"aten::isalpha", all_chars<is_alpha>},
    {"aten::isalnum", all_chars<is_alnum>},
    {"aten::isspace", all_chars<is_space>},
    {"aten::isupper", case_predicate<true>},
    {"aten::islower", case_predicate<false>},
    {"aten::zfill", zfill_k},
    {"aten::ljust", ljust_k},
    {"aten::rjust", rjust_k},
    {"aten::center", center_k},
    {"aten::partition", partition_k},
    {"aten::rpartition", rpartition_k},
};

} // namespace

std::span<const KernelDef> str_kernels() {
  return kStrKernels;
}

} // namespace tsc::runtime
