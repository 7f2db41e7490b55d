// runtime/kernel_util.h - Helpers the kernel files share: argument access, indices and slices.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "runtime/error.h"
#include "runtime/kernel_registry.h"
#include "runtime/value.h"

namespace tsc::runtime {

inline int64_t arg_int(const KernelFrame& f, size_t i) {
  return f.in(i).to_int();
}
inline double arg_double(const KernelFrame& f, size_t i) {
  return f.in(i).to_double();
}
inline bool arg_bool(const KernelFrame& f, size_t i) {
  return f.in(i).to_bool();
}
inline std::string_view arg_str(const KernelFrame& f, size_t i) {
  return f.in(i).str_view();
}

inline void set_int(const KernelFrame& f, int64_t v, size_t i = 0) {
  f.set(i, Value::from_int(v));
}
inline void set_double(const KernelFrame& f, double v, size_t i = 0) {
  f.set(i, Value::from_double(v));
}
inline void set_bool(const KernelFrame& f, bool v, size_t i = 0) {
  f.set(i, Value::from_bool(v));
}
inline void set_str(const KernelFrame& f, std::string s, size_t i = 0) {
  f.set(i, Value::from_str(std::move(s)));
}

/// Python's index normalization for a sequence of `n` items: negative indices
/// count from the end; out of range raises IndexError(`message`).
inline size_t normalize_index(int64_t index, size_t n, const char* message) {
  int64_t len = static_cast<int64_t>(n);
  if (index < 0)
    index += len;
  if (index < 0 || index >= len) [[unlikely]]
    raise_index_error(message);
  return static_cast<size_t>(index);
}

/// The indices a slice selects, after CPython's PySlice_AdjustIndices.
struct SliceIndices {
  int64_t start;
  int64_t step;
  int64_t length; ///< number of items selected
};

/// `start`/`stop` are Optional[int] values (None for an omitted bound).
inline SliceIndices adjust_slice(const Value& start_v, const Value& stop_v, int64_t step, int64_t length) {
  if (step == 0)
    raise_error("ValueError", "slice step cannot be zero");
  if (step < -std::numeric_limits<int64_t>::max())
    step = -std::numeric_limits<int64_t>::max();
  int64_t start = start_v.is_none() ? (step < 0 ? std::numeric_limits<int64_t>::max() : 0) : start_v.to_int();
  int64_t stop = stop_v.is_none()
                     ? (step < 0 ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max())
                     : stop_v.to_int();
  if (start < 0) {
    start += length;
    if (start < 0)
      start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0)
      stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  int64_t n = 0;
  if (step < 0) {
    if (stop < start)
      n = (start - stop - 1) / (-step) + 1;
  } else if (start < stop) {
    n = (stop - start - 1) / step + 1;
  }
  return {start, step, n};
}

/// start/end arguments of str.find and friends (Optional end), clamped like
/// CPython's ADJUST_INDICES: `end` is clamped to the length, negative values count from the end.
inline void adjust_find_range(int64_t& start, int64_t& end, int64_t length) {
  if (end > length) {
    end = length;
  } else if (end < 0) {
    end += length;
    if (end < 0)
      end = 0;
  }
  if (start < 0) {
    start += length;
    if (start < 0)
      start = 0;
  }
}

} // namespace tsc::runtime
