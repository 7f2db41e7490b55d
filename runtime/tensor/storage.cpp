// runtime/tensor/storage.cpp - Aligned allocation and external-memory storage.
#include "runtime/tensor/storage.h"

#include <cstdlib>
#include <string>

#include "runtime/error.h"

namespace tsc::runtime::tensor {

Storage::Storage(size_t nbytes) : HeapObject(true), nbytes_(nbytes) {
  if (nbytes == 0)
    return;
  size_t rounded = (nbytes + kStorageAlignment - 1) / kStorageAlignment * kStorageAlignment;
  if (rounded < nbytes || (data_ = std::aligned_alloc(kStorageAlignment, rounded)) == nullptr)
    raise_error("RuntimeError", "[enforce fail] could not allocate " + std::to_string(nbytes) + " bytes");
}

Storage::Storage(void* data, size_t nbytes, std::function<void(void*)> deleter)
    : HeapObject(true), data_(data), nbytes_(nbytes), external_(true), deleter_(std::move(deleter)) {}

Storage::~Storage() {
  if (external_) {
    if (deleter_)
      deleter_(data_);
  } else {
    std::free(data_);
  }
}

} // namespace tsc::runtime::tensor
