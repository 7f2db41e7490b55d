// bench/scalar/sieve.cpp - sieve.py in plain C++: one byte per flag, as tsc's List[bool].
#include "cpp_harness.h"

int64_t sieve(int64_t n) {
  std::vector<uint8_t> flags(static_cast<size_t>(n + 1), 1);
  flags[0] = 0;
  flags[1] = 0;
  for (int64_t i = 2; i * i <= n; ++i) {
    if (flags[i]) {
      for (int64_t j = i * i; j < n + 1; j += i)
        flags[j] = 0;
    }
  }
  int64_t count = 0;
  for (uint8_t f : flags) {
    if (f)
      count += 1;
  }
  return count;
}

int main(int argc, char** argv) {
  return bench::run(argc, argv, [](const std::vector<int64_t>& a) { return sieve(a.at(0)); });
}
