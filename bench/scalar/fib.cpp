// bench/scalar/fib.cpp - fib.py in plain C++: recursive Fibonacci.
#include "cpp_harness.h"

int64_t fib(int64_t n) {
  if (n < 2)
    return n;
  return fib(n - 1) + fib(n - 2);
}

int main(int argc, char** argv) {
  return bench::run(argc, argv, [](const std::vector<int64_t>& a) { return fib(a.at(0)); });
}
