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
    return env ? "," + std::string(env) + "," : std::string();
  }();
  if (enabled.empty()) return false;
  if (enabled == ",all,") return true;
  return enabled.find("," + std::string(type) + ",") != std::string::npos;
}

}  // namespace tsc::ir
