// runtime/kernels_containers.cpp - Kernels of list and dict operations, builtins over lists, print and raise.
#include "runtime/kernel_registry.h"

#include "runtime/arith.h"
#include "runtime/dict.h"
#include "runtime/format.h"
#include "runtime/kernel_util.h"
#include "runtime/sort.h"
#include "runtime/value_ops.h"

#include <algorithm>
#include <limits>
#include <ostream>
#include <string>
#include <vector>

namespace tsc::runtime {
namespace {

ListObject& arg_list(const KernelFrame& f, size_t i) {
  return f.in(i).as_list();
}
Dict& arg_dict(const KernelFrame& f, size_t i) {
  return f.in(i).as_dict().dict();
}

[[noreturn]] void key_error(const Value& key) {
  raise_error("KeyError", to_repr(key));
}

// Kernels that return the list they mutate (aten::append.t -> t[]) pass it on
// when the node has that output.
void return_self(const KernelFrame& f) {
  if (f.num_outputs > 0)
    f.set(0, f.in(0));
}

// ---- len, indexing, slicing ----

void len_list(const KernelFrame& f) {
  set_int(f, static_cast<int64_t>(arg_list(f, 0).size()));
}
void len_dict(const KernelFrame& f) {
  set_int(f, static_cast<int64_t>(arg_dict(f, 0).size()));
}

void getitem_list(const KernelFrame& f) {
  const ListObject& l = arg_list(f, 0);
  f.set(0, l.get(normalize_index(arg_int(f, 1), l.size(), "list index out of range")));
}

void getitem_dict(const KernelFrame& f) {
  const Value* v = arg_dict(f, 0).find(f.in(1));
  if (v == nullptr)
    key_error(f.in(1));
  f.set(0, *v);
}

void setitem_list(const KernelFrame& f) {
  ListObject& l = arg_list(f, 0);
  l.set(normalize_index(arg_int(f, 1), l.size(), "list assignment index out of range"), f.in(2));
  return_self(f);
}

void setitem_dict(const KernelFrame& f) {
  arg_dict(f, 0).set(f.in(1), f.in(2));
  return_self(f);
}

void delete_list(const KernelFrame& f) {
  ListObject& l = arg_list(f, 0);
  l.take(normalize_index(arg_int(f, 1), l.size(), "list assignment index out of range"));
}

void delete_dict(const KernelFrame& f) {
  if (!arg_dict(f, 0).erase(f.in(1)))
    key_error(f.in(1));
}

void slice_list(const KernelFrame& f) {
  const ListObject& l = arg_list(f, 0);
  SliceIndices sl = adjust_slice(f.in(1), f.in(2), arg_int(f, 3), static_cast<int64_t>(l.size()));
  auto out = Ref<ListObject>::make(l.type());
  out->append_slice(l, sl.start, sl.step, sl.length);
  f.set(0, Value(std::move(out)));
}

// ---- list operators and methods ----

void add_list(const KernelFrame& f) {
  const ListObject& a = arg_list(f, 0);
  const ListObject& b = arg_list(f, 1);
  auto out = Ref<ListObject>::make(a.type());
  out->reserve(a.size() + b.size());
  out->extend(a);
  out->extend(b);
  f.set(0, Value(std::move(out)));
}

void add_inplace_list(const KernelFrame& f) {
  arg_list(f, 0).extend(arg_list(f, 1));
  return_self(f);
}

void extend_list(const KernelFrame& f) {
  arg_list(f, 0).extend(arg_list(f, 1));
}

void mul_list(const KernelFrame& f) {
  const ListObject& l = arg_list(f, 0);
  int64_t n = arg_int(f, 1);
  auto out = Ref<ListObject>::make(l.type());
  if (n > 0 && !l.empty()) {
    if (static_cast<uint64_t>(n) > std::numeric_limits<int64_t>::max() / 16 / l.size()) {
      raise_error("MemoryError", "");
    }
    out->repeat_from(l, static_cast<size_t>(n));
  }
  f.set(0, Value(std::move(out)));
}

void eq_list(const KernelFrame& f) {
  set_bool(f, py_equal(f.in(0), f.in(1)));
}
void ne_list(const KernelFrame& f) {
  set_bool(f, !py_equal(f.in(0), f.in(1)));
}

// The index of the first item equal to `x`, or -1.
int64_t find_item(const ListObject& l, const Value& x) {
  switch (l.storage()) {
  case ListStorage::Ints:
    if (x.is_int() || x.is_bool()) {
      auto it = std::find(l.ints().begin(), l.ints().end(), x.to_int());
      return it == l.ints().end() ? -1 : it - l.ints().begin();
    }
    break;
  case ListStorage::Values:
    for (size_t i = 0; i < l.values().size(); ++i) {
      if (py_equal(l.values()[i], x))
        return static_cast<int64_t>(i);
    }
    return -1;
  case ListStorage::Floats:
  case ListStorage::Bools:
    break;
  }
  for (size_t i = 0; i < l.size(); ++i) {
    if (py_equal(l.get(i), x))
      return static_cast<int64_t>(i);
  }
  return -1;
}

void contains_list(const KernelFrame& f) {
  set_bool(f, find_item(arg_list(f, 0), f.in(1)) >= 0);
}

void append_list(const KernelFrame& f) {
  arg_list(f, 0).push_back(f.in(1));
  return_self(f);
}

void insert_list(const KernelFrame& f) {
  ListObject& l = arg_list(f, 0);
  int64_t n = static_cast<int64_t>(l.size());
  int64_t i = arg_int(f, 1);
  if (i < 0) {
    i += n;
    if (i < 0)
      i = 0;
  }
  if (i > n)
    i = n;
  l.insert(static_cast<size_t>(i), f.in(2));
}

void pop_list(const KernelFrame& f) {
  ListObject& l = arg_list(f, 0);
  if (l.empty())
    raise_index_error("pop from empty list");
  f.set(0, l.take(normalize_index(arg_int(f, 1), l.size(), "pop index out of range")));
}

void remove_list(const KernelFrame& f) {
  ListObject& l = arg_list(f, 0);
  int64_t i = find_item(l, f.in(1));
  if (i < 0)
    raise_error("ValueError", "list.remove(x): x not in list");
  l.take(static_cast<size_t>(i));
}

void index_list(const KernelFrame& f) {
  int64_t i = find_item(arg_list(f, 0), f.in(1));
  if (i < 0)
    raise_error("ValueError", to_repr(f.in(1)) + " is not in list");
  set_int(f, i);
}

void count_list(const KernelFrame& f) {
  const ListObject& l = arg_list(f, 0);
  int64_t n = 0;
  for (size_t i = 0; i < l.size(); ++i)
    n += py_equal(l.get(i), f.in(1)) ? 1 : 0;
  set_int(f, n);
}

void sort_list_k(const KernelFrame& f) {
  sort_list(arg_list(f, 0), arg_bool(f, 1));
}
void reverse_list(const KernelFrame& f) {
  arg_list(f, 0).reverse();
}
void clear_list(const KernelFrame& f) {
  arg_list(f, 0).clear();
}

void copy_list(const KernelFrame& f) {
  const ListObject& l = arg_list(f, 0);
  auto out = Ref<ListObject>::make(l.type());
  out->extend(l);
  f.set(0, Value(std::move(out)));
}

void sorted_list(const KernelFrame& f) {
  const ListObject& l = arg_list(f, 0);
  auto out = Ref<ListObject>::make(l.type());
  out->extend(l);
  sort_list(*out, arg_bool(f, 1));
  f.set(0, Value(std::move(out)));
}

// ---- sum, min, max, any, all ----

void sum_int(const KernelFrame& f) {
  const ListObject& l = arg_list(f, 0);
  int64_t acc = arg_int(f, 1);
  if (l.storage() == ListStorage::Ints) {
    for (int64_t v : l.ints())
      acc = checked_add(acc, v);
  } else {
    for (uint8_t v : l.bools())
      acc = checked_add(acc, v);
  }
  set_int(f, acc);
}

void sum_float(const KernelFrame& f) {
  // CPython 3.11 adds floats left to right (3.12 compensates; 3.11 does not).
  double acc = arg_double(f, 1);
  for (double v : arg_list(f, 0).floats())
    acc += v;
  set_double(f, acc);
}

template <bool IsMin> void min_max_list(const KernelFrame& f) {
  const ListObject& l = arg_list(f, 0);
  if (l.empty())
    raise_error("ValueError", std::string(IsMin ? "min" : "max") + "() arg is an empty sequence");
  if (l.storage() == ListStorage::Ints) {
    const auto& v = l.ints();
    return set_int(f, IsMin ? *std::min_element(v.begin(), v.end()) : *std::max_element(v.begin(), v.end()));
  }
  if (l.storage() == ListStorage::Floats) {
    // Python keeps the current best unless an item compares strictly better
    // (what decides the result around NaNs).
    const auto& v = l.floats();
    double best = v[0];
    for (size_t i = 1; i < v.size(); ++i) {
      if (IsMin ? v[i] < best : v[i] > best)
        best = v[i];
    }
    return set_double(f, best);
  }
  const auto& v = l.values();
  size_t best = 0;
  for (size_t i = 1; i < v.size(); ++i) {
    if (IsMin ? py_less(v[i], v[best]) : py_less(v[best], v[i]))
      best = i;
  }
  f.set(0, v[best]);
}

void any_list(const KernelFrame& f) {
  const auto& v = arg_list(f, 0).bools();
  set_bool(f, std::find(v.begin(), v.end(), uint8_t{1}) != v.end());
}

void all_list(const KernelFrame& f) {
  const auto& v = arg_list(f, 0).bools();
  set_bool(f, std::find(v.begin(), v.end(), uint8_t{0}) == v.end());
}

// ---- dicts ----

void keys_dict(const KernelFrame& f) {
  std::vector<Value> out;
  out.reserve(arg_dict(f, 0).size());
  arg_dict(f, 0).for_each([&](const Value& k, const Value&) { out.push_back(k); });
  f.set(0, make_list(f.output_type(0), std::move(out)));
}

void values_dict(const KernelFrame& f) {
  std::vector<Value> out;
  out.reserve(arg_dict(f, 0).size());
  arg_dict(f, 0).for_each([&](const Value&, const Value& v) { out.push_back(v); });
  f.set(0, make_list(f.output_type(0), std::move(out)));
}

void items_dict(const KernelFrame& f) {
  std::vector<Value> out;
  out.reserve(arg_dict(f, 0).size());
  arg_dict(f, 0).for_each([&](const Value& k, const Value& v) { out.push_back(make_tuple({k, v})); });
  f.set(0, make_list(f.output_type(0), std::move(out)));
}

void get_dict(const KernelFrame& f) {
  const Value* v = arg_dict(f, 0).find(f.in(1));
  f.set(0, v ? *v : Value());
}

void get_dict_default(const KernelFrame& f) {
  const Value* v = arg_dict(f, 0).find(f.in(1));
  f.set(0, v ? *v : f.in(2));
}

void pop_dict(const KernelFrame& f) {
  Value out;
  if (!arg_dict(f, 0).erase(f.in(1), &out))
    key_error(f.in(1));
  f.set(0, std::move(out));
}

void pop_dict_default(const KernelFrame& f) {
  Value out;
  if (!arg_dict(f, 0).erase(f.in(1), &out))
    out = f.in(2);
  f.set(0, std::move(out));
}

void setdefault_dict(const KernelFrame& f) {
  Dict& d = arg_dict(f, 0);
  if (const Value* v = d.find(f.in(1)))
    return f.set(0, *v);
  d.set(f.in(1), f.in(2));
  f.set(0, f.in(2));
}

void update_dict(const KernelFrame& f) {
  Dict& d = arg_dict(f, 0);
  const Dict& other = arg_dict(f, 1);
  if (&d == &other)
    return;
  other.for_each([&](const Value& k, const Value& v) { d.set(k, v); });
}

void clear_dict(const KernelFrame& f) {
  Dict old = std::move(arg_dict(f, 0));
  arg_dict(f, 0).clear();
}

void copy_dict(const KernelFrame& f) {
  const DictObject& src = f.in(0).as_dict();
  Value out = make_dict(src.type());
  Dict& d = out.as_dict().dict();
  src.dict().for_each([&](const Value& k, const Value& v) { d.set(k, v); });
  f.set(0, std::move(out));
}

void contains_dict(const KernelFrame& f) {
  set_bool(f, arg_dict(f, 0).find(f.in(1)) != nullptr);
}

// ---- effects ----

void print_k(const KernelFrame& f) {
  const ir::AttributeValue* sep_attr = f.node->find_attribute("sep");
  const ir::AttributeValue* end_attr = f.node->find_attribute("end");
  std::string_view sep =
      sep_attr ? std::string_view(std::get<std::string>(*sep_attr)) : std::string_view(" ");
  std::string_view end =
      end_attr ? std::string_view(std::get<std::string>(*end_attr)) : std::string_view("\n");
  std::string line;
  for (uint32_t i = 0; i < f.num_inputs; ++i) {
    if (i)
      line += sep;
    append_str(line, f.in(i));
  }
  line += end;
  f.out->write(line.data(), static_cast<std::streamsize>(line.size()));
}

void raise_k(const KernelFrame& f) {
  const ir::AttributeValue* exc_attr = f.node->find_attribute("exc");
  std::string type = exc_attr ? std::get<std::string>(*exc_attr) : "Exception";
  std::string message(arg_str(f, 0));
  // The rule: `raise Exception(msg)` surfaces as RuntimeError (docs/runtime.md).
  if (type == "Exception")
    type = "RuntimeError";
  // str() of a KeyError is the repr of its argument (`raise KeyError(k)`).
  if (type == "KeyError")
    message = repr_string(message);
  raise_error(type, std::move(message));
}

constexpr KernelDef kContainerKernels[] = {
    {"aten::len.t", len_list},
    {"aten::len.Dict", len_dict},
    {"aten::__getitem__.t", getitem_list},
    {"aten::__getitem__.Dict", getitem_dict},
    {"aten::_set_item.t", setitem_list},
    {"aten::_set_item.Dict", setitem_dict},
    {"aten::Delete.t", delete_list},
    {"aten::Delete.Dict", delete_dict},
    {"aten::slice.t", slice_list},
    {"aten::add.t", add_list},
    {"aten::add_.t", add_inplace_list},
    {"aten::mul.left_t", mul_list},
    {"aten::eq.t", eq_list},
    {"aten::ne.t", ne_list},
    {"aten::__contains__.t", contains_list},
    {"aten::append.t", append_list},
    {"aten::extend.t", extend_list},
    {"aten::insert.t", insert_list},
    {"aten::pop.t", pop_list},
    {"aten::remove.t", remove_list},
    {"aten::index.list", index_list},
    {"aten::count.t", count_list},
    {"aten::sort.t", sort_list_k},
    {"aten::reverse.t", reverse_list},
    {"aten::clear.t", clear_list},
    {"aten::copy.t", copy_list},
    {"aten::list.t", copy_list},
    {"aten::sorted.t", sorted_list},
    {"aten::sum.int", sum_int},
    {"aten::sum.float", sum_float},
    {"aten::sum.bool", sum_int},
    {"prim::min.self_int", min_max_list<true>},
    {"prim::min.self_float", min_max_list<true>},
    {"prim::min.self_str", min_max_list<true>},
    {"prim::max.self_int", min_max_list<false>},
    {"prim::max.self_float", min_max_list<false>},
    {"prim::max.self_str", min_max_list<false>},
    {"aten::any.bool", any_list},
    {"aten::all.bool", all_list},
    {"aten::keys.Dict", keys_dict},
    {"aten::values.Dict", values_dict},
    {"aten::items.Dict", items_dict},
    {"aten::get.Dict", get_dict},
    {"aten::get.Dict_default", get_dict_default},
    {"aten::pop.Dict", pop_dict},
    {"aten::pop.Dict_default", pop_dict_default},
    {"aten::setdefault.Dict", setdefault_dict},
    {"aten::update.Dict", update_dict},
    {"aten::clear.Dict", clear_dict},
    {"aten::copy.Dict", copy_dict},
    {"aten::dict.Dict", copy_dict},
    {"aten::__contains__.Dict", contains_dict},
    {"aten::eq.Dict", eq_list},
    {"aten::ne.Dict", ne_list},
    {"prim::Print", print_k},
    {"prim::RaiseException", raise_k},
};

} // namespace

std::span<const KernelDef> container_kernels() {
  return kContainerKernels;
}

} // namespace tsc::runtime
