// ir/symbol.cpp - The process-wide interner of node kinds.
#include "ir/symbol.h"

#include "ir/assert.h"

#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace tsc::ir {
namespace {

// Strings live in a deque, so the views handed out stay valid while the
// interner grows; the interner itself is never destroyed.
class SymbolTable {
public:
  static SymbolTable& instance() {
    static SymbolTable* table = new SymbolTable();
    return *table;
  }

  uint32_t intern(std::string_view qualified) {
    std::lock_guard<std::mutex> lock(mutex_);
    return intern_locked(qualified);
  }

  struct Entry {
    std::string_view qualified;
    size_t ns_length;
  };

  Entry entry(uint32_t id) {
    std::lock_guard<std::mutex> lock(mutex_);
    TSC_ASSERT(id < entries_.size(), "invalid symbol");
    return entries_[id];
  }

private:
  SymbolTable() {
#define TSC_SYMBOL_INTERN(ns, name) intern_locked(#ns "::" #name);
    TSC_FORALL_BUILTIN_SYMBOLS(TSC_SYMBOL_INTERN)
#undef TSC_SYMBOL_INTERN
    TSC_ASSERT(entries_.size() == static_cast<size_t>(BuiltinSymbol::NumBuiltins),
               "builtin symbols must intern to their enum positions");
  }

  uint32_t intern_locked(std::string_view qualified) {
    auto it = ids_.find(qualified);
    if (it != ids_.end())
      return it->second;
    size_t sep = qualified.find("::");
    TSC_ASSERT(sep != std::string_view::npos, "symbol without a namespace ('ns::name')");
    const std::string& stored = strings_.emplace_back(qualified);
    uint32_t id = static_cast<uint32_t>(entries_.size());
    entries_.push_back({stored, sep});
    ids_.emplace(std::string_view(stored), id);
    return id;
  }

  std::mutex mutex_;
  std::deque<std::string> strings_;
  std::deque<Entry> entries_;
  std::unordered_map<std::string_view, uint32_t> ids_;
};

} // namespace

Symbol Symbol::from_qualified(std::string_view qualified) {
  Symbol s;
  s.id_ = SymbolTable::instance().intern(qualified);
  return s;
}

std::string_view Symbol::qualified() const {
  return SymbolTable::instance().entry(id_).qualified;
}

std::string_view Symbol::ns() const {
  auto e = SymbolTable::instance().entry(id_);
  return e.qualified.substr(0, e.ns_length);
}

std::string_view Symbol::name() const {
  auto e = SymbolTable::instance().entry(id_);
  return e.qualified.substr(e.ns_length + 2);
}

} // namespace tsc::ir
