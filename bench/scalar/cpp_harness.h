// bench/scalar/cpp_harness.h - The main() of the C++ versions of the scalar workloads (bench/scalar/*.cpp).
//
// A workload program is run as `PROG [--repeat N] ARG ...` (int arguments, as
// `tsc run` takes them). It calls the workload N times (default 1), prints
// repr(result) the way Python prints it, and one line per call on stderr in
// `tsc run --time`'s format: "time: W s wall, C s cpu", so that
// bench/scalar_workloads.py reads both alike.
#pragma once

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

namespace bench {

/// Python's repr of a float: the shortest text that reads back as `x`.
inline std::string float_repr(double x) {
  char buf[40];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, x);
    if (std::strtod(buf, nullptr) == x)
      break;
  }
  std::string s = buf;
  if (s.find_first_of(".einn") == std::string::npos)
    s += ".0";
  return s;
}

inline std::string repr(int64_t v) {
  return std::to_string(v);
}

inline std::string repr(double v) {
  return float_repr(v);
}

/// repr of a tuple of ints: "(1, 2, 3)".
inline std::string repr(const std::vector<int64_t>& items) {
  std::string s = "(";
  for (size_t i = 0; i < items.size(); ++i)
    s += (i ? ", " : "") + std::to_string(items[i]);
  return s + (items.size() == 1 ? ",)" : ")");
}

/// Parses the command line, runs `workload(args)` as asked, prints the result.
template <typename Workload> int run(int argc, char** argv, Workload workload) {
  int repeat = 1;
  std::vector<int64_t> args;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
      continue;
    }
    args.push_back(std::strtoll(argv[i], nullptr, 10));
  }
  std::string text;
  for (int r = 0; r < repeat; ++r) {
    auto wall = std::chrono::steady_clock::now();
    std::clock_t cpu = std::clock();
    auto result = workload(args);
    double cpu_s = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
    double wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
    text = repr(result);
    std::fprintf(stderr, "time: %.6f s wall, %.6f s cpu\n", wall_s, cpu_s);
  }
  std::printf("%s\n", text.c_str());
  return 0;
}

} // namespace bench
