// runtime/sort.h - list.sort() and sorted(): stable, using only Python's `<`.
#pragma once

#include <vector>

#include "runtime/value.h"

namespace tsc::runtime {

/// Sorts `items` in place by py_less, stably. With `reverse`, the order is
/// descending and equal items keep their original order (CPython reverses,
/// sorts and reverses back; so does this). Lists shorter than 64 items go
/// through CPython's exact algorithm (a natural run, then binary insertion),
/// so even lists holding NaNs come out as Python orders them. A comparison
/// that raises (TypeError) propagates; the list holds every item still.
void sort_values(std::vector<Value>& items, bool reverse);

/// list.sort(reverse=...) for any list storage (raw ints, floats and bools
/// sort without boxing, with the same result).
void sort_list(ListObject& list, bool reverse);

} // namespace tsc::runtime
