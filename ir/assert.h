// ir/assert.h - Internal invariant checks that stay on in every build.
#pragma once

#include <string_view>

namespace tsc::ir {

/// Prints "file:line: internal error: msg (cond)" to stderr and aborts.
[[noreturn]] void assertion_failed(const char* file, int line, const char* cond, std::string_view msg);

/// True when TSC_DEBUG_TYPES (comma-separated, or "all") names `type`.
bool debug_enabled(std::string_view type);

}  // namespace tsc::ir

/// Checks a broken internal invariant (never user input): aborts with file:line.
#define TSC_ASSERT(cond, msg)                                          \
  do {                                                                 \
    if (!(cond)) ::tsc::ir::assertion_failed(__FILE__, __LINE__, #cond, msg); \
  } while (0)

#define TSC_UNREACHABLE(msg) ::tsc::ir::assertion_failed(__FILE__, __LINE__, "unreachable", msg)

/// Tracing, off by default: TSC_DEBUG("dce", std::cerr << "erased " << n);
/// enabled by the environment variable TSC_DEBUG_TYPES=dce,cse or =all.
#define TSC_DEBUG(type, stmt)                       \
  do {                                              \
    if (::tsc::ir::debug_enabled(type)) { stmt; }   \
  } while (0)
