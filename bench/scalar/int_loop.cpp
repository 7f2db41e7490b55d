// bench/scalar/int_loop.cpp - int_loop.py in plain C++ (the values stay non-negative, so C's % is Python's).
#include "cpp_harness.h"

int64_t int_loop(int64_t n) {
  int64_t total = 0;
  for (int64_t i = 0; i < n; ++i) {
    if (i % 3 == 0) {
      total += i % 1000;
    } else {
      total ^= i & 1023;
    }
    total = total % 1000003;
  }
  return total;
}

int main(int argc, char** argv) {
  return bench::run(argc, argv, [](const std::vector<int64_t>& a) { return int_loop(a.at(0)); });
}
