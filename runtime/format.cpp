// runtime/format.cpp - Python's str() and repr(): floats via ir::format_float, strings quoted like CPython.
#include "runtime/format.h"

#include "ir/printer.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/tensor/tensor.h"
#include "runtime/unicode.h"

#include <charconv>
#include <cstdio>
#include <vector>

namespace tsc::runtime {
namespace {

// The containers being printed on this thread, innermost last: a container
// that contains itself (possible through Any) prints as [...] / {...}, as in
// Python. The depth also bounds recursion through deeply nested values.
constexpr size_t kMaxReprDepth = 1000;
thread_local std::vector<const HeapObject*> tl_repr_stack;

class ReprGuard {
public:
  // Returns false (and does not push) when `obj` is already being printed.
  bool enter(const HeapObject* obj) {
    for (const HeapObject* p : tl_repr_stack) {
      if (p == obj)
        return false;
    }
    if (tl_repr_stack.size() >= kMaxReprDepth) {
      raise_error("RecursionError", "maximum recursion depth exceeded while getting the repr of an object");
    }
    tl_repr_stack.push_back(obj);
    entered_ = true;
    return true;
  }
  ReprGuard() = default;
  ~ReprGuard() {
    if (entered_)
      tl_repr_stack.pop_back();
  }
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;

private:
  bool entered_ = false;
};

void append_hex(std::string& out, char prefix, uint32_t cp, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\%c%0*x", prefix, digits, cp);
  out += buf;
}

void append_int(std::string& out, int64_t i) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, i);
  out.append(buf, r.ptr);
}

void append_sequence(std::string& out, const std::vector<Value>& items, char open, char close, bool tuple) {
  out.push_back(open);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i)
      out += ", ";
    append_repr(out, items[i]);
  }
  if (tuple && items.size() == 1)
    out.push_back(',');
  out.push_back(close);
}

} // namespace

void append_repr_string(std::string& out, std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  out.push_back(quote);
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      if (c == static_cast<unsigned char>(quote) || c == '\\') {
        out.push_back('\\');
        out.push_back(static_cast<char>(c));
      } else if (c == '\t') {
        out += "\\t";
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\r') {
        out += "\\r";
      } else if (c < 0x20 || c == 0x7F) {
        append_hex(out, 'x', c, 2);
      } else {
        out.push_back(static_cast<char>(c));
      }
      continue;
    }
    // A multi-byte character: decode one code point.
    size_t start = i;
    std::u32string one = utf8_decode(s.substr(i, std::min<size_t>(4, s.size() - i)));
    char32_t cp = one.empty() ? c : one[0];
    std::string enc;
    utf8_append(enc, cp);
    if (s.compare(start, enc.size(), enc) != 0) {
      // Malformed UTF-8: escape the byte itself.
      append_hex(out, 'x', c, 2);
      ++i;
      continue;
    }
    i += enc.size();
    if (is_printable(cp)) {
      out += enc;
    } else if (cp <= 0xFF) {
      append_hex(out, 'x', cp, 2);
    } else if (cp <= 0xFFFF) {
      append_hex(out, 'u', cp, 4);
    } else {
      append_hex(out, 'U', cp, 8);
    }
  }
  out.push_back(quote);
}

std::string repr_string(std::string_view s) {
  std::string out;
  append_repr_string(out, s);
  return out;
}

void append_repr(std::string& out, const Value& v) {
  switch (v.tag()) {
  case Tag::Str:
    append_repr_string(out, v.str_view());
    return;
  case Tag::List: {
    ReprGuard guard;
    if (!guard.enter(v.heap())) {
      out += "[...]";
      return;
    }
    const ListObject& list = v.as_list();
    out.push_back('[');
    for (size_t i = 0; i < list.size(); ++i) {
      if (i)
        out += ", ";
      append_repr(out, list.get(i));
    }
    out.push_back(']');
    return;
  }
  case Tag::Tuple: {
    ReprGuard guard;
    if (!guard.enter(v.heap())) {
      out += "(...)";
      return;
    }
    append_sequence(out, v.as_tuple().items(), '(', ')', true);
    return;
  }
  case Tag::Dict: {
    ReprGuard guard;
    if (!guard.enter(v.heap())) {
      out += "{...}";
      return;
    }
    out.push_back('{');
    bool first = true;
    v.as_dict().dict().for_each([&](const Value& k, const Value& val) {
      if (!first)
        out += ", ";
      first = false;
      append_repr(out, k);
      out += ": ";
      append_repr(out, val);
    });
    out.push_back('}');
    return;
  }
  case Tag::None:
  case Tag::Bool:
  case Tag::Int:
  case Tag::Double:
  case Tag::Tensor:
  case Tag::Object:
  case Tag::Function:
    append_str(out, v);
    return;
  }
}

void append_str(std::string& out, const Value& v) {
  switch (v.tag()) {
  case Tag::None:
    out += "None";
    return;
  case Tag::Bool:
    out += v.to_bool() ? "True" : "False";
    return;
  case Tag::Int:
    append_int(out, v.to_int());
    return;
  case Tag::Double:
    out += ir::format_float(v.to_double());
    return;
  case Tag::Str:
    out += v.str_view();
    return;
  case Tag::Tensor:
    // torch prints a tensor the same way for str() and repr().
    out += tensor::Tensor(Ref<tensor::TensorImpl>(static_cast<tensor::TensorImpl*>(v.heap()))).repr();
    return;
  case Tag::List:
  case Tag::Tuple:
  case Tag::Dict:
    append_repr(out, v);
    return;
  case Tag::Object: {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", static_cast<const void*>(v.heap()));
    out += "<__main__.";
    out += v.as_object().cls()->name();
    out += " object at ";
    out += buf;
    out += ">";
    return;
  }
  case Tag::Function:
    out += "<function ";
    out += v.as_function().name();
    out += ">";
    return;
  }
}

std::string to_str(const Value& v) {
  if (v.is_str())
    return v.as_str().str();
  std::string out;
  append_str(out, v);
  return out;
}

std::string to_repr(const Value& v) {
  std::string out;
  append_repr(out, v);
  return out;
}

} // namespace tsc::runtime
