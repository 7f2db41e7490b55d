// runtime/dict.cpp - The ordered dict: an entry vector in insertion order plus an open-addressed index.
#include "runtime/dict.h"

#include "runtime/value_ops.h"

#include <cmath>

namespace tsc::runtime {
namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;

// Key equality for the index: Python's ==, except that NaN equals NaN (see
// Note [Dict keys]) and the common same-kind cases skip the general path.
bool keys_equal(const Value& a, const Value& b) {
  if (a.tag() == b.tag()) {
    switch (a.tag()) {
    case Tag::Str:
      return a.heap() == b.heap() || a.str_view() == b.str_view();
    case Tag::Int:
    case Tag::Bool:
      return a.to_int() == b.to_int();
    case Tag::Double: {
      double x = a.to_double(), y = b.to_double();
      return x == y || (std::isnan(x) && std::isnan(y));
    }
    case Tag::None:
    case Tag::Tensor:
    case Tag::List:
    case Tag::Tuple:
    case Tag::Dict:
    case Tag::Object:
    case Tag::Function:
      break;
    }
  }
  return py_equal(a, b);
}

} // namespace

int64_t Dict::lookup(const Value& key, uint64_t hash) const {
  if (index_.empty())
    return -1;
  size_t mask = index_.size() - 1;
  size_t slot = hash & mask;
  size_t perturb = hash;
  while (true) {
    int32_t ix = index_[slot];
    if (ix == kEmpty)
      return -1;
    if (ix >= 0) {
      const Entry& e = entries_[static_cast<size_t>(ix)];
      if (e.hash == hash && keys_equal(e.key, key))
        return ix;
    }
    // CPython's probe sequence: visits every slot eventually.
    perturb >>= 5;
    slot = (slot * 5 + 1 + perturb) & mask;
  }
}

Value* Dict::find(const Value& key) {
  int64_t ix = lookup(key, py_hash(key));
  return ix < 0 ? nullptr : &entries_[static_cast<size_t>(ix)].value;
}

const Value* Dict::find(const Value& key) const {
  int64_t ix = lookup(key, py_hash(key));
  return ix < 0 ? nullptr : &entries_[static_cast<size_t>(ix)].value;
}

void Dict::rebuild(size_t min_capacity) {
  // Compact the entries (drop erased ones), then re-index.
  if (live_ != entries_.size()) {
    std::vector<Entry> compact;
    compact.reserve(live_ + 1);
    for (Entry& e : entries_) {
      if (e.live)
        compact.push_back(std::move(e));
    }
    entries_ = std::move(compact);
  }
  size_t cap = 8;
  while (cap * 2 < min_capacity * 3)
    cap *= 2; // load factor at most 2/3
  index_.assign(cap, kEmpty);
  size_t mask = cap - 1;
  for (size_t i = 0; i < entries_.size(); ++i) {
    uint64_t h = entries_[i].hash;
    size_t slot = h & mask;
    size_t perturb = h;
    while (index_[slot] != kEmpty) {
      perturb >>= 5;
      slot = (slot * 5 + 1 + perturb) & mask;
    }
    index_[slot] = static_cast<int32_t>(i);
  }
}

void Dict::set(const Value& key, Value value) {
  uint64_t h = py_hash(key);
  int64_t ix = lookup(key, h);
  if (ix >= 0) {
    entries_[static_cast<size_t>(ix)].value = std::move(value);
    return;
  }
  // Entries (live or erased) plus the new one must stay within 2/3 of the index.
  if ((entries_.size() + 1) * 3 > index_.size() * 2)
    rebuild(live_ + 1 > 8 ? (live_ + 1) * 2 : 8);
  entries_.push_back(Entry{key, std::move(value), h, true});
  ++live_;
  size_t mask = index_.size() - 1;
  size_t slot = h & mask;
  size_t perturb = h;
  while (index_[slot] >= 0) {
    perturb >>= 5;
    slot = (slot * 5 + 1 + perturb) & mask;
  }
  index_[slot] = static_cast<int32_t>(entries_.size() - 1);
}

bool Dict::erase(const Value& key, Value* out) {
  uint64_t h = py_hash(key);
  if (index_.empty())
    return false;
  size_t mask = index_.size() - 1;
  size_t slot = h & mask;
  size_t perturb = h;
  while (true) {
    int32_t ix = index_[slot];
    if (ix == kEmpty)
      return false;
    if (ix >= 0) {
      Entry& e = entries_[static_cast<size_t>(ix)];
      if (e.hash == h && keys_equal(e.key, key)) {
        if (out)
          *out = std::move(e.value);
        e.live = false;
        e.key.reset();
        e.value.reset();
        index_[slot] = kDeleted;
        --live_;
        if (live_ == 0) {
          entries_.clear();
          index_.assign(index_.size(), kEmpty);
        }
        return true;
      }
    }
    perturb >>= 5;
    slot = (slot * 5 + 1 + perturb) & mask;
  }
}

void Dict::clear() {
  entries_.clear();
  index_.clear();
  live_ = 0;
}

} // namespace tsc::runtime
