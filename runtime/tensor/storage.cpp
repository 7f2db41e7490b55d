// runtime/tensor/storage.cpp - Aligned allocation and external-memory storage.
#include "runtime/tensor/storage.h"

#include <cstdlib>
#include <string>

#include "runtime/error.h"

namespace tsc::runtime::tensor {

namespace {
// Note [Small storage cache]
// Scripts that loop over tiny tensors allocate and free one buffer per op, and
// aligned_alloc is a large part of such an op's cost. Buffers of up to
// kSmallBytes (one cache line) are therefore kept on a per-thread free list
// of at most kSmallCacheSize blocks and reused before aligned_alloc is asked
// again. Every block is an ordinary aligned_alloc block, so a block freed on
// another thread simply joins that thread's list (or is freed when the list
// is full), and a thread's list is freed when the thread exits.
constexpr size_t kSmallBytes = kStorageAlignment;
constexpr size_t kSmallCacheSize = 256;

struct SmallCache {
  void* blocks[kSmallCacheSize];
  size_t count = 0;
  SmallCache() = default;
  SmallCache(const SmallCache&) = delete;
  SmallCache& operator=(const SmallCache&) = delete;
  ~SmallCache() {
    while (count)
      std::free(blocks[--count]);
  }
};

// AddressSanitizer builds allocate each buffer on its own, so that a use after
// free is caught rather than hidden by block reuse.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUseSmallCache = false;
#else
constexpr bool kUseSmallCache = true;
#endif

thread_local SmallCache tl_small_cache;

void* allocate(size_t nbytes) {
  size_t rounded = (nbytes + kStorageAlignment - 1) / kStorageAlignment * kStorageAlignment;
  if (rounded < nbytes)
    return nullptr;
  if (kUseSmallCache && rounded == kSmallBytes) {
    SmallCache& cache = tl_small_cache;
    if (cache.count)
      return cache.blocks[--cache.count];
  }
  return std::aligned_alloc(kStorageAlignment, rounded);
}

void release(void* data, size_t nbytes) noexcept {
  if (kUseSmallCache && data && nbytes <= kSmallBytes) {
    SmallCache& cache = tl_small_cache;
    if (cache.count < kSmallCacheSize) {
      cache.blocks[cache.count++] = data;
      return;
    }
  }
  std::free(data);
}
} // namespace

Storage::Storage(size_t nbytes) : HeapObject(true), nbytes_(nbytes) {
  if (nbytes == 0)
    return;
  if ((data_ = allocate(nbytes)) == nullptr)
    raise_error("RuntimeError", "[enforce fail] could not allocate " + std::to_string(nbytes) + " bytes");
}

Storage::Storage(void* data, size_t nbytes, std::function<void(void*)> deleter)
    : HeapObject(true), data_(data), nbytes_(nbytes), external_(true), deleter_(std::move(deleter)) {}

Storage::~Storage() {
  if (external_) {
    if (deleter_)
      deleter_(data_);
  } else {
    release(data_, nbytes_);
  }
}

} // namespace tsc::runtime::tensor
