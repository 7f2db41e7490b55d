// bench/tensor_bench.cpp - Times tensor ops of the library (runtime/tensor); bench/tensor_ops.py runs it against torch.
//
// Prints one line per op: "<name> <microseconds per call>" (best of several runs).
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>

#include "runtime/tensor/ops.h"

using namespace tsc::runtime::tensor;

namespace {
double time_us(const std::function<void()>& f, int reps) {
  double best = 1e30;
  for (int round = 0; round < 5; ++round) {
    auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < reps; ++i)
      f();
    auto t1 = std::chrono::steady_clock::now();
    double us = std::chrono::duration<double, std::micro>(t1 - t0).count() / reps;
    best = us < best ? us : best;
  }
  return best;
}
} // namespace

int main() {
  const int64_t n = 1 << 20;
  Tensor x = add(mul(arange(Scalar(int64_t{0}), Scalar(n), Scalar(int64_t{1}), DType::Float32), Scalar(1e-6)),
                 Scalar(0.5));
  Tensor y = add(x, Scalar(1.0));
  Tensor sm = view(x, {256, 4096});
  Tensor sm2 = slice(sm, 1, 0, 1024);
  Tensor s1024 = contiguous(sm2);
  Tensor a = div(view(slice(x, 0, 0, 512 * 512), {512, 512}), Scalar(100.0));
  Tensor b = add(a, Scalar(0.25));
  Tensor one_a = ones({1}), one_b = ones({1});
  struct Case {
    const char* name;
    std::function<void()> f;
    int reps;
  } cases[] = {
      {"add_1M", [&] { add(x, y); }, 50},
      {"mul_1M", [&] { mul(x, y); }, 50},
      {"div_1M", [&] { div(x, y); }, 50},
      {"add_scalar_1M", [&] { add(x, Scalar(1.5)); }, 50},
      {"exp_1M", [&] { exp(x); }, 20},
      {"tanh_1M", [&] { tanh(x); }, 20},
      {"sigmoid_1M", [&] { sigmoid(x); }, 20},
      {"relu_1M", [&] { relu(x); }, 50},
      {"sum_1M", [&] { sum(x); }, 50},
      {"mean_1M", [&] { mean(x); }, 50},
      {"max_1M", [&] { max(x); }, 50},
      {"sum_dim1_1024x1024", [&] { sum(view(x, {1024, 1024}), {1}); }, 50},
      {"sum_dim0_1024x1024", [&] { sum(view(x, {1024, 1024}), {0}); }, 20},
      {"softmax_256x1024", [&] { softmax(s1024, 1); }, 50},
      {"matmul_512", [&] { matmul(a, b); }, 10},
      {"add_1elem", [&] { add(one_a, one_b); }, 100000},
  };
  for (const Case& c : cases)
    std::printf("%s %.3f\n", c.name, time_us(c.f, c.reps));
  return 0;
}
