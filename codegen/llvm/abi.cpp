// codegen/llvm/abi.cpp - The runtime helpers JIT-compiled code calls, and its pending errors.
#include "codegen/llvm/abi.h"

#include "runtime/interpreter.h"

#include <algorithm>
#include <iostream>
#include <limits>
#include <memory>
#include <new>
#include <optional>
#include <stdexcept>
#include <utility>
#include <vector>

namespace tsc::codegen::abi {
namespace {

// The error an error return reports, per thread (See Note [Native ABI]).
struct Pending {
  std::optional<runtime::ScriptError> error;
  std::exception_ptr foreign; // anything else a kernel threw: rethrown as it was
};

Pending& pending() {
  thread_local Pending p;
  return p;
}

thread_local std::ostream* current_out = nullptr;

std::vector<runtime::TraceFrame> frames_of(const TraceSite& site) {
  std::vector<runtime::TraceFrame> frames;
  if (site.fn)
    runtime::append_trace_entries(frames, *site.fn, site.node);
  return frames;
}

// Makes what the runtime threw the pending error, with the site's entry.
void capture(const TraceSite& site) {
  Pending& p = pending();
  try {
    throw;
  } catch (runtime::ScriptError& e) {
    p.error.emplace(std::move(e));
  } catch (const std::bad_alloc&) {
    p.error.emplace("MemoryError", "");
  } catch (const std::length_error&) {
    p.error.emplace("MemoryError", "");
  } catch (...) {
    p.foreign = std::current_exception();
    return;
  }
  p.error->prepend_frames(frames_of(site));
}

// `times` copies of `src` into the empty `dst`: one fill, or doubling copies.
template <typename T> void repeat_into(std::vector<T>& dst, const std::vector<T>& src, size_t times) {
  if (src.size() == 1) {
    dst.assign(times, src[0]);
    return;
  }
  size_t total = src.size() * times;
  dst.resize(total);
  std::copy(src.begin(), src.end(), dst.begin());
  for (size_t done = src.size(); done < total;) {
    size_t chunk = std::min(done, total - done);
    std::copy_n(dst.begin(), chunk, dst.begin() + static_cast<std::ptrdiff_t>(done));
    done += chunk;
  }
}

// 0, 1, 2, ...: the operand list of every kernel call (inputs then outputs).
const uint32_t* identity_operands(size_t n) {
  static const std::vector<uint32_t> table = [] {
    std::vector<uint32_t> t(1024);
    for (uint32_t i = 0; i < t.size(); ++i)
      t[i] = i;
    return t;
  }();
  TSC_ASSERT(n <= table.size(), "kernel call with too many operands");
  return table.data();
}

ListLayout probe() {
  ListLayout layout;
  auto list = runtime::Ref<runtime::ListObject>::make(ir::Type::list_of(ir::Type::int_type()));
  std::vector<int64_t>& v = list->ints();
  v.reserve(8);
  v.push_back(1);
  v.push_back(2);
  auto base = reinterpret_cast<const char*>(list.get());
  auto vec = reinterpret_cast<const char*>(&v);
  std::ptrdiff_t offset = vec - base;
  if (offset < 0 || offset > 4096)
    return layout;
  // libstdc++ keeps begin, end and end-of-storage pointers in this order.
  auto words = reinterpret_cast<int64_t* const*>(&v);
  if (words[0] != v.data() || words[1] != v.data() + v.size())
    return layout;
  // The other storages share the union's offset.
  if (reinterpret_cast<const char*>(&list->floats()) != vec ||
      reinterpret_cast<const char*>(&list->bools()) != vec ||
      reinterpret_cast<const char*>(&list->values()) != vec)
    return layout;
  layout.usable = true;
  layout.vector_offset = static_cast<uint32_t>(offset);
  layout.begin_offset = 0;
  layout.end_offset = sizeof(void*);
  return layout;
}

} // namespace

const ListLayout& list_layout() {
  static const ListLayout layout = probe();
  return layout;
}

OutputScope::OutputScope(std::ostream& out) : saved_(current_out) {
  current_out = &out;
}

OutputScope::~OutputScope() {
  current_out = saved_;
}

void rethrow_pending() {
  Pending& p = pending();
  if (p.foreign) {
    std::exception_ptr e = std::exchange(p.foreign, nullptr);
    p.error.reset();
    std::rethrow_exception(e);
  }
  TSC_ASSERT(p.error.has_value(), "native code returned an error without a pending one");
  runtime::ScriptError e = std::move(*p.error);
  p.error.reset();
  throw e;
}

const HelperSymbol* helper_symbols(size_t* count) {
  static const HelperSymbol table[] = {
      {"tsc_rt_raise", reinterpret_cast<void*>(&tsc_rt_raise)},
      {"tsc_rt_trace", reinterpret_cast<void*>(&tsc_rt_trace)},
      {"tsc_rt_kernel", reinterpret_cast<void*>(&tsc_rt_kernel)},
      {"tsc_rt_incref", reinterpret_cast<void*>(&tsc_rt_incref)},
      {"tsc_rt_decref", reinterpret_cast<void*>(&tsc_rt_decref)},
      {"tsc_rt_list_construct", reinterpret_cast<void*>(&tsc_rt_list_construct)},
      {"tsc_rt_list_append", reinterpret_cast<void*>(&tsc_rt_list_append)},
      {"tsc_rt_list_set", reinterpret_cast<void*>(&tsc_rt_list_set)},
      {"tsc_rt_list_repeat", reinterpret_cast<void*>(&tsc_rt_list_repeat)},
  };
  *count = sizeof(table) / sizeof(table[0]);
  return table;
}

} // namespace tsc::codegen::abi

using namespace tsc::codegen::abi;
using tsc::runtime::HeapObject;
using tsc::runtime::ListObject;
using tsc::runtime::Value;

extern "C" {

void tsc_rt_raise(const RaiseSite* site) {
  Pending& p = pending();
  p.error.emplace(site->type, site->message);
  p.error->prepend_frames(frames_of(site->where));
}

void tsc_rt_trace(const TraceSite* site) {
  Pending& p = pending();
  if (p.error)
    p.error->prepend_frames(frames_of(*site));
}

bool tsc_rt_kernel(const KernelSite* site, Value* values) {
  try {
    std::ostream* out = current_out ? current_out : &std::cout;
    tsc::runtime::KernelFrame frame{values,           identity_operands(site->num_inputs + site->num_outputs),
                                    site->num_inputs, site->num_outputs,
                                    site->where.node, out};
    site->fn(frame);
    return false;
  } catch (...) {
    capture(site->where);
    return true;
  }
}

void tsc_rt_incref(HeapObject* object) {
  if (object)
    object->incref();
}

void tsc_rt_decref(HeapObject* object) {
  if (object)
    object->decref();
}

ListObject* tsc_rt_list_construct(const ListSite* site, const Value* items, int64_t n) {
  try {
    auto list = tsc::runtime::Ref<ListObject>::make(site->type);
    list->reserve(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
      list->push_back(items[i]);
    return list.release();
  } catch (...) {
    capture(site->where);
    return nullptr;
  }
}

bool tsc_rt_list_append(const TraceSite* site, ListObject* list, const Value* value) {
  try {
    list->push_back(*value);
    return false;
  } catch (...) {
    capture(*site);
    return true;
  }
}

ListObject* tsc_rt_list_repeat(const ListSite* site, const ListObject* list, int64_t times) {
  try {
    auto out = tsc::runtime::Ref<ListObject>::make(list->type());
    if (times > 0 && !list->empty()) {
      // The kernel's limit (runtime/kernels_containers.cpp, mul_list).
      if (static_cast<uint64_t>(times) > std::numeric_limits<int64_t>::max() / 16 / list->size())
        tsc::runtime::raise_error("MemoryError", "");
      auto n = static_cast<size_t>(times);
      switch (list->storage()) {
      case tsc::runtime::ListStorage::Ints:
        repeat_into(out->ints(), list->ints(), n);
        break;
      case tsc::runtime::ListStorage::Floats:
        repeat_into(out->floats(), list->floats(), n);
        break;
      case tsc::runtime::ListStorage::Bools:
        repeat_into(out->bools(), list->bools(), n);
        break;
      case tsc::runtime::ListStorage::Values:
        out->repeat_from(*list, n);
        break;
      }
    }
    return out.release();
  } catch (...) {
    capture(site->where);
    return nullptr;
  }
}

void tsc_rt_list_set(ListObject* list, int64_t index, const Value* value) {
  list->set(static_cast<size_t>(index), *value);
}

} // extern "C"
