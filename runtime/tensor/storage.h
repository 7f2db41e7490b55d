// runtime/tensor/storage.h - Refcounted, 64-byte aligned tensor memory, owned or borrowed.
#pragma once

#include <cstddef>
#include <functional>

#include "runtime/value.h"

namespace tsc::runtime::tensor {

/// Alignment of every buffer the library allocates (a cache line; AVX-512 loads).
constexpr size_t kStorageAlignment = 64;

/// A flat byte buffer shared by every tensor that views it. Either allocated
/// here (64-byte aligned, freed on destruction) or wrapping external memory
/// with a deleter that runs when the last tensor lets go (from_blob, numpy,
/// DLPack). Storages hold no references to other heap objects.
class Storage final : public HeapObject {
public:
  TSC_POOLED_ALLOCATION
  /// `nbytes` bytes of uninitialized, aligned memory. Throws RuntimeError when
  /// the allocation fails.
  explicit Storage(size_t nbytes);
  /// Wraps `data` (not copied); `deleter(data)` runs on destruction, if set.
  Storage(void* data, size_t nbytes, std::function<void(void*)> deleter);
  ~Storage() override;

  void* data() const { return data_; }
  size_t nbytes() const { return nbytes_; }
  /// True when the memory belongs to someone else (from_blob and friends).
  bool is_external() const { return external_; }

private:
  void* data_ = nullptr;
  size_t nbytes_ = 0;
  bool external_ = false;
  std::function<void(void*)> deleter_;
};

} // namespace tsc::runtime::tensor
