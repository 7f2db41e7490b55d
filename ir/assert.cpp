// ir/assert.cpp - Internal invariant failures and debug tracing switches.
#include "ir/assert.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace tsc::ir {

void assertion_failed(const char* file, int line, const char* cond, std::string_view msg) {
  std::fprintf(stderr, "%s:%d: internal error: %.*s (%s)\n", file, line, static_cast<int>(msg.size()),
               msg.data(), cond);
  std::abort();
}

bool debug_enabled(std::string_view type) {
  static const std::string enabled = [] {
    const char* env = std::getenv("TSC_DEBUG_TYPES");
    // Appended piecewise: GCC 12 at -O3 reports a false -Wrestrict positive
    // for "," + std::string(env) + ",".
    std::string s;
    if (env) {
      s.push_back(',');
      s.append(env);
      s.push_back(',');
    }
    return s;
  }();
  if (enabled.empty())
    return false;
  if (enabled == ",all,")
    return true;
  std::string needle;
  needle.push_back(',');
  needle.append(type);
  needle.push_back(',');
  return enabled.find(needle) != std::string::npos;
}

} // namespace tsc::ir
