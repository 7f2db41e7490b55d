// runtime/value_ops.cpp - Python's equality, ordering, hashing, truthiness and type tests.
#include "runtime/value_ops.h"

#include "runtime/dict.h"
#include "runtime/error.h"

#include <bit>
#include <cmath>
#include <cstring>

namespace tsc::runtime {
namespace {

// Containers nest through Any; comparing deeply nested ones must not exhaust
// the C++ stack. Python raises RecursionError past its recursion limit.
constexpr int kMaxNesting = 1000;
thread_local int tl_nesting = 0;

class NestingGuard {
public:
  explicit NestingGuard(const char* what) {
    if (++tl_nesting > kMaxNesting) {
      --tl_nesting;
      raise_error("RecursionError", std::string("maximum recursion depth exceeded ") + what);
    }
  }
  ~NestingGuard() { --tl_nesting; }
  NestingGuard(const NestingGuard&) = delete;
  NestingGuard& operator=(const NestingGuard&) = delete;
};

bool is_number(const Value& v) {
  return v.is_int() || v.is_bool() || v.is_double();
}

// -1, 0, 1, or 2 when unordered (a NaN is involved).
int compare_numbers(const Value& a, const Value& b) {
  if (!a.is_double() && !b.is_double()) {
    int64_t x = a.to_int(), y = b.to_int();
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  if (a.is_double() && b.is_double()) {
    double x = a.to_double(), y = b.to_double();
    if (x < y)
      return -1;
    if (x > y)
      return 1;
    if (x == y)
      return 0;
    return 2;
  }
  if (a.is_double()) {
    int c = compare_int_double(b.to_int(), a.to_double());
    return c == 2 ? 2 : -c;
  }
  return compare_int_double(a.to_int(), b.to_double());
}

bool sequence_equal(const std::vector<Value>& a, const std::vector<Value>& b) {
  if (a.size() != b.size())
    return false;
  NestingGuard guard("in comparison");
  for (size_t i = 0; i < a.size(); ++i) {
    // Python checks identity first (so a NaN in both lists compares equal when
    // it is the same object); for unboxed floats, identity is not observable.
    if (a[i].is_heap() && a[i].heap() == b[i].heap())
      continue;
    if (!py_equal(a[i], b[i]))
      return false;
  }
  return true;
}

bool sequence_less(const std::vector<Value>& a, const std::vector<Value>& b) {
  NestingGuard guard("in comparison");
  size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    if (a[i].is_heap() && a[i].heap() == b[i].heap())
      continue;
    if (!py_equal(a[i], b[i]))
      return py_less(a[i], b[i]);
  }
  return a.size() < b.size();
}

// Lists compare item by item; same-kind raw storage compares without boxing.
bool list_equal(const ListObject& a, const ListObject& b) {
  if (a.size() != b.size())
    return false;
  if (a.storage() == b.storage()) {
    switch (a.storage()) {
    case ListStorage::Ints:
      return a.ints() == b.ints();
    case ListStorage::Floats:
      return a.floats() == b.floats();
    case ListStorage::Bools:
      return a.bools() == b.bools();
    case ListStorage::Values:
      return sequence_equal(a.values(), b.values());
    }
  }
  return sequence_equal(a.to_values(), b.to_values());
}

bool list_less(const ListObject& a, const ListObject& b) {
  if (a.storage() == b.storage() && a.storage() == ListStorage::Values)
    return sequence_less(a.values(), b.values());
  return sequence_less(a.to_values(), b.to_values());
}

bool dict_equal(const Dict& a, const Dict& b) {
  if (a.size() != b.size())
    return false;
  NestingGuard guard("in comparison");
  bool equal = true;
  a.for_each([&](const Value& k, const Value& v) {
    if (!equal)
      return;
    const Value* other = b.find(k);
    if (other == nullptr || !((v.is_heap() && v.heap() == other->heap()) || py_equal(v, *other)))
      equal = false;
  });
  return equal;
}

uint64_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

} // namespace

int compare_int_double(int64_t i, double d) {
  if (std::isnan(d))
    return 2;
  // 2**63 as a double; every double in [-2**63, 2**63) converts to int64 exactly after trunc.
  constexpr double kTwo63 = 9223372036854775808.0;
  if (d >= kTwo63)
    return -1;
  if (d < -kTwo63)
    return 1;
  double t = std::trunc(d);
  int64_t ti = static_cast<int64_t>(t);
  if (i < ti)
    return -1;
  if (i > ti)
    return 1;
  if (d > t)
    return -1;
  if (d < t)
    return 1;
  return 0;
}

bool py_equal(const Value& a, const Value& b) {
  if (is_number(a) && is_number(b))
    return compare_numbers(a, b) == 0;
  if (a.tag() != b.tag())
    return false;
  switch (a.tag()) {
  case Tag::None:
    return true;
  case Tag::Str:
    return a.heap() == b.heap() || a.str_view() == b.str_view();
  case Tag::List:
    return a.heap() == b.heap() || list_equal(a.as_list(), b.as_list());
  case Tag::Tuple:
    return a.heap() == b.heap() || sequence_equal(a.as_tuple().items(), b.as_tuple().items());
  case Tag::Dict:
    return a.heap() == b.heap() || dict_equal(a.as_dict().dict(), b.as_dict().dict());
  case Tag::Bool:
  case Tag::Int:
  case Tag::Double:
    return false; // handled above
  case Tag::Tensor:
  case Tag::Object:
  case Tag::Function:
    return a.heap() == b.heap();
  }
  return false;
}

bool py_less(const Value& a, const Value& b) {
  if (is_number(a) && is_number(b))
    return compare_numbers(a, b) == -1;
  if (a.tag() == b.tag()) {
    switch (a.tag()) {
    case Tag::Str:
      // UTF-8 byte order is code point order.
      return a.str_view() < b.str_view();
    case Tag::List:
      return list_less(a.as_list(), b.as_list());
    case Tag::Tuple:
      return sequence_less(a.as_tuple().items(), b.as_tuple().items());
    case Tag::None:
    case Tag::Bool:
    case Tag::Int:
    case Tag::Double:
    case Tag::Tensor:
    case Tag::Dict:
    case Tag::Object:
    case Tag::Function:
      break;
    }
  }
  raise_error("TypeError",
              "'<' not supported between instances of '" + type_name(a) + "' and '" + type_name(b) + "'");
}

uint64_t py_hash(const Value& key) {
  switch (key.tag()) {
  case Tag::None:
    return 0x9e3779b97f4a7c15ULL;
  case Tag::Bool:
  case Tag::Int:
    return mix(static_cast<uint64_t>(key.to_int()));
  case Tag::Double: {
    double d = key.to_double();
    if (std::isnan(d))
      return 0x7ff8000000000000ULL;
    if (d == std::trunc(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
      return mix(static_cast<uint64_t>(static_cast<int64_t>(d)));
    }
    return mix(std::bit_cast<uint64_t>(d));
  }
  case Tag::Str:
    return key.as_str().hash();
  case Tag::Tuple: {
    NestingGuard guard("while hashing");
    uint64_t h = 0x345678;
    for (const Value& v : key.as_tuple().items())
      h = mix(h ^ py_hash(v)) + 0x9e3779b97f4a7c15ULL;
    return h;
  }
  case Tag::Tensor:
  case Tag::List:
  case Tag::Dict:
  case Tag::Object:
  case Tag::Function:
    return mix(reinterpret_cast<uintptr_t>(key.heap()));
  }
  return 0;
}

bool py_truthy(const Value& v) {
  switch (v.tag()) {
  case Tag::None:
    return false;
  case Tag::Bool:
  case Tag::Int:
    return v.to_int() != 0;
  case Tag::Double:
    return v.to_double() != 0.0;
  case Tag::Str:
    return !v.str_view().empty();
  case Tag::List:
    return v.as_list().size() != 0;
  case Tag::Tuple:
    return v.as_tuple().size() != 0;
  case Tag::Dict:
    return !v.as_dict().dict().empty();
  case Tag::Tensor:
  case Tag::Object:
  case Tag::Function:
    return true;
  }
  return true;
}

std::string type_name(const Value& v) {
  if (v.is_object())
    return v.as_object().cls()->name();
  return tag_name(v.tag());
}

bool value_matches_type(const Value& v, ir::TypePtr t) {
  using ir::TypeKind;
  switch (t->kind()) {
  case TypeKind::Any:
    return true;
  case TypeKind::None:
    return v.is_none();
  case TypeKind::Int:
    return v.is_int() || v.is_bool();
  case TypeKind::Float:
    return v.is_double();
  case TypeKind::Bool:
    return v.is_bool();
  case TypeKind::Str:
    return v.is_str();
  case TypeKind::Tensor:
    return v.tag() == Tag::Tensor;
  case TypeKind::Number:
    return is_number(v);
  case TypeKind::List:
    if (!v.is_list())
      return false;
    return v.as_list().type() == t || t->element()->kind() == TypeKind::Any;
  case TypeKind::Dict:
    if (!v.is_dict())
      return false;
    return v.as_dict().type() == t ||
           (t->key()->kind() == TypeKind::Any && t->value()->kind() == TypeKind::Any);
  case TypeKind::Tuple: {
    if (!v.is_tuple())
      return false;
    const auto& items = v.as_tuple().items();
    const auto& types = t->contained();
    if (items.size() != types.size())
      return false;
    for (size_t i = 0; i < items.size(); ++i) {
      if (!value_matches_type(items[i], types[i]))
        return false;
    }
    return true;
  }
  case TypeKind::Optional:
    return v.is_none() || value_matches_type(v, t->element());
  case TypeKind::Class:
    return v.is_object() && v.as_object().cls() == t;
  case TypeKind::Var:
    return false;
  }
  return false;
}

} // namespace tsc::runtime
