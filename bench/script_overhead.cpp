// bench/script_overhead.cpp - Per-op cost of a scripted tensor loop through the public C++ API (tsc/tsc.h).
//
//   tsc_script_bench ARCHIVE.pt [N]
//
// ARCHIVE.pt must define `loop(x: Tensor, y: Tensor, n: int) -> Tensor`
// (bench/tensor_overhead.py writes and compiles it). Calls loop on two
// one-element float32 tensors with n = N (default 1,000,000) in 7 rounds and
// prints "loop_ns_per_iter <median ns>" (process CPU time, which a loaded
// machine disturbs less than wall time; the loop runs on one thread), the
// wall-time median, and the result's repr, which must be tensor([N.]) for
// x = 0, y = 1. Run it with OMP_NUM_THREADS=1.
#include <tsc/tsc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: tsc_script_bench ARCHIVE.pt [N]\n");
    return 2;
  }
  const int64_t n = argc > 2 ? std::atoll(argv[2]) : 1000000;
  try {
    tsc::Module m = tsc::load(argv[1]);
    float xv = 0.0f, yv = 1.0f;
    tsc::Tensor x = tsc::Tensor::from_blob(&xv, {1}, tsc::DType::Float32);
    tsc::Tensor y = tsc::Tensor::from_blob(&yv, {1}, tsc::DType::Float32);
    std::string repr = m.call("loop", {x, y, tsc::Value(static_cast<long long>(n / 100))}).repr(); // warm up
    std::vector<double> cpu, wall;
    auto cpu_ns = [] {
      timespec ts{};
      clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
      return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
    };
    for (int round = 0; round < 7; ++round) {
      double c0 = cpu_ns();
      auto t0 = std::chrono::steady_clock::now();
      repr = m.call("loop", {x, y, tsc::Value(static_cast<long long>(n))}).repr();
      auto t1 = std::chrono::steady_clock::now();
      cpu.push_back((cpu_ns() - c0) / static_cast<double>(n));
      wall.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count() / static_cast<double>(n));
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(wall.begin(), wall.end());
    std::printf("loop_ns_per_iter %.1f\nwall_ns_per_iter %.1f\nresult %s\n", cpu[cpu.size() / 2],
                wall[wall.size() / 2], repr.c_str());
  } catch (const tsc::Error& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
  return 0;
}
