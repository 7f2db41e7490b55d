// runtime/dict.h - Insertion-ordered dicts with a hash index, keyed by str, int, float or bool.
//
// Note [Dict keys]
// Keys follow Python's equality: 1, 1.0 and True are the same key (a Dict[float, V]
// looked up with an int finds the float entry), "a" is never equal to a number.
// A dict's key type is fixed by its IR type, so mixed keys arise only through
// Dict[float, V] or Any-typed code. NaN keys compare equal to each other here
// (Python compares them by object identity, which unboxed floats do not have;
// `d[math.nan]` after `d[math.nan] = 1` finds the entry in both).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "runtime/value.h"

namespace tsc::runtime {

/// An ordered hash map from Value keys to Values. Iteration visits live entries
/// in insertion order; assigning an existing key keeps its position; erasing and
/// re-inserting moves a key to the end (Python's dict semantics).
class Dict {
public:
  struct Entry {
    Value key;
    Value value;
    uint64_t hash = 0;
    bool live = false;
  };

  size_t size() const { return live_; }
  bool empty() const { return live_ == 0; }

  /// The value stored under `key`, or null.
  Value* find(const Value& key);
  const Value* find(const Value& key) const;
  /// d[key] = value.
  void set(const Value& key, Value value);
  /// Removes `key`; returns false if it was absent. `out` (optional) receives its value.
  bool erase(const Value& key, Value* out = nullptr);
  void clear();

  /// Calls f(const Value& key, const Value& value) for each entry in order.
  template <typename F> void for_each(F&& f) const {
    for (const Entry& e : entries_) {
      if (e.live)
        f(e.key, e.value);
    }
  }

private:
  int64_t lookup(const Value& key, uint64_t hash) const;
  void rebuild(size_t min_capacity);

  std::vector<Entry> entries_;
  // Open addressing over indices into entries_: kEmpty, kDeleted or an index.
  std::vector<int32_t> index_;
  size_t live_ = 0;
};

/// A dict value: the map and its IR type (Dict[K, V]).
class DictObject final : public HeapObject {
public:
  static constexpr Tag kTag = Tag::Dict;
  explicit DictObject(ir::TypePtr type) : type_(type) {}

  ir::TypePtr type() const { return type_; }
  Dict& dict() { return dict_; }
  const Dict& dict() const { return dict_; }

private:
  ir::TypePtr type_;
  Dict dict_;
};

inline DictObject& Value::as_dict() const {
  return *static_cast<DictObject*>(u_.p);
}

} // namespace tsc::runtime
