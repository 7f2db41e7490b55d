// ir/arena.h - Chunked storage that gives IR objects stable addresses and frees them together.
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <vector>

namespace tsc::ir {

/// Holds objects of one type in chunks of kChunk slots: one allocation per
/// chunk instead of one per object, addresses stable for the arena's life,
/// every object destroyed (in creation order) when the arena is. Objects are
/// never freed one by one: erasing an IR node only unlinks it (STYLE.md §3).
template <typename T>
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    for (size_t c = 0; c < chunks_.size(); ++c) {
      size_t n = c + 1 == chunks_.size() ? used_ : kChunk;
      for (size_t i = 0; i < n; ++i) std::launder(reinterpret_cast<T*>(chunks_[c][i].bytes))->~T();
    }
  }

  /// Constructs a T from `make(void* where)`, which must placement-new a T at
  /// `where` and return it; this lets a friend of T call a private constructor.
  template <typename Make>
  T* create(Make&& make) {
    if (chunks_.empty() || used_ == kChunk) {
      chunks_.push_back(std::make_unique<Slot[]>(kChunk));
      used_ = 0;
    }
    T* obj = make(static_cast<void*>(chunks_.back()[used_].bytes));
    ++used_;
    return obj;
  }

  /// Number of objects created.
  size_t size() const { return chunks_.empty() ? 0 : (chunks_.size() - 1) * kChunk + used_; }

 private:
  static constexpr size_t kChunk = 64;
  struct Slot {
    alignas(T) std::byte bytes[sizeof(T)];
  };
  std::vector<std::unique_ptr<Slot[]>> chunks_;
  size_t used_ = 0;
};

}  // namespace tsc::ir
