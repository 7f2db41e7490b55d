// runtime/sort.cpp - A stable sort over Values: CPython's binary insertion for short lists, merges beyond.
#include "runtime/sort.h"

#include "runtime/value_ops.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

namespace tsc::runtime {
namespace {

using Iter = std::vector<Value>::iterator;

// CPython's count_run: the length of the run at `lo`; a strictly descending
// run is reversed in place.
size_t count_run(Iter lo, Iter hi) {
  if (hi - lo < 2)
    return static_cast<size_t>(hi - lo);
  size_t n = 2;
  Iter p = lo + 1;
  if (py_less(*p, *(p - 1))) {
    for (++p; p < hi && py_less(*p, *(p - 1)); ++p)
      ++n;
    std::reverse(lo, lo + static_cast<std::ptrdiff_t>(n));
  } else {
    for (++p; p < hi && !py_less(*p, *(p - 1)); ++p)
      ++n;
  }
  return n;
}

// CPython's binarysort: [lo, start) is sorted; inserts [start, hi) one by one.
void binary_insertion(Iter lo, Iter hi, Iter start) {
  if (lo == start)
    ++start;
  for (; start < hi; ++start) {
    // Search first and move after, so that a raising comparison loses nothing.
    Iter l = lo, r = start;
    do {
      Iter p = l + ((r - l) >> 1);
      if (py_less(*start, *p)) {
        r = p;
      } else {
        l = p + 1;
      }
    } while (l < r);
    std::rotate(l, start, start + 1);
  }
}

// Merges the sorted ranges [lo, mid) and [mid, hi), stably, through `tmp`.
void merge(Iter lo, Iter mid, Iter hi, std::vector<Value>& tmp) {
  tmp.assign(std::make_move_iterator(lo), std::make_move_iterator(mid));
  auto a = tmp.begin();
  Iter b = mid, out = lo;
  try {
    while (a != tmp.end() && b != hi) {
      if (py_less(*b, *a)) {
        *out++ = std::move(*b++);
      } else {
        *out++ = std::move(*a++);
      }
    }
  } catch (...) {
    // [out, b) is exactly as long as what is left of tmp: put it back.
    std::move(a, tmp.end(), out);
    throw;
  }
  while (a != tmp.end())
    *out++ = std::move(*a++);
}

constexpr std::ptrdiff_t kMinRun = 64;

void sort_forward(std::vector<Value>& items) {
  Iter lo = items.begin(), hi = items.end();
  std::ptrdiff_t n = hi - lo;
  if (n < 2)
    return;
  if (n < kMinRun) {
    size_t run = count_run(lo, hi);
    binary_insertion(lo, hi, lo + static_cast<std::ptrdiff_t>(run));
    return;
  }
  // Sorted runs of 32, then bottom-up merges.
  constexpr std::ptrdiff_t kRun = 32;
  for (std::ptrdiff_t i = 0; i < n; i += kRun) {
    Iter a = lo + i, b = lo + std::min(i + kRun, n);
    size_t run = count_run(a, b);
    binary_insertion(a, b, a + static_cast<std::ptrdiff_t>(run));
  }
  std::vector<Value> tmp;
  for (std::ptrdiff_t width = kRun; width < n; width *= 2) {
    for (std::ptrdiff_t i = 0; i + width < n; i += 2 * width) {
      merge(lo + i, lo + i + width, lo + std::min(i + 2 * width, n), tmp);
    }
  }
}

} // namespace

void sort_values(std::vector<Value>& items, bool reverse) {
  if (reverse)
    std::reverse(items.begin(), items.end());
  sort_forward(items);
  if (reverse)
    std::reverse(items.begin(), items.end());
}

void sort_list(ListObject& list, bool reverse) {
  switch (list.storage()) {
  case ListStorage::Ints: {
    // Equal ints are indistinguishable: stability does not matter.
    auto& v = list.ints();
    if (reverse) {
      std::sort(v.begin(), v.end(), std::greater<>());
    } else {
      std::sort(v.begin(), v.end());
    }
    return;
  }
  case ListStorage::Bools: {
    auto& v = list.bools();
    size_t ones = static_cast<size_t>(std::count(v.begin(), v.end(), uint8_t{1}));
    size_t zeros = v.size() - ones;
    const uint8_t first = reverse ? 1 : 0;
    std::fill(v.begin(), v.end(), first);
    std::fill(v.begin() + static_cast<std::ptrdiff_t>(reverse ? ones : zeros), v.end(),
              static_cast<uint8_t>(1 - first));
    return;
  }
  case ListStorage::Floats: {
    auto& v = list.floats();
    if (std::none_of(v.begin(), v.end(), [](double d) { return std::isnan(d); })) {
      // A strict weak order: a stable sort gives Python's result (0.0 and
      // -0.0 are equal but print differently, so stability matters).
      if (reverse)
        std::reverse(v.begin(), v.end());
      std::stable_sort(v.begin(), v.end());
      if (reverse)
        std::reverse(v.begin(), v.end());
      return;
    }
    std::vector<Value> items = list.to_values();
    sort_values(items, reverse);
    list.assign(std::move(items));
    return;
  }
  case ListStorage::Values:
    sort_values(list.values(), reverse);
    return;
  }
}

} // namespace tsc::runtime
