// bench/tensor_bench.cpp - Times tensor ops of the library (runtime/tensor); bench/tensor_ops.py runs it against torch.
//
// Prints one line per op: "<name> <microseconds per call>", the median of
// kRounds rounds of `reps` calls each. Run it with OMP_NUM_THREADS=1 (the
// script does) to compare one thread with one thread.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

#include "runtime/tensor/ops.h"
#include "runtime/tensor/ops_nn.h"
#include "runtime/tensor/random.h"

using namespace tsc::runtime::tensor;

namespace {
constexpr int kRounds = 7;

double median_us(const std::function<void()>& f, int reps) {
  f(); // warm up: first-touch page faults, lazy resolution
  std::vector<double> rounds;
  for (int round = 0; round < kRounds; ++round) {
    auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < reps; ++i)
      f();
    auto t1 = std::chrono::steady_clock::now();
    rounds.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count() / reps);
  }
  std::sort(rounds.begin(), rounds.end());
  return rounds[rounds.size() / 2];
}
} // namespace

int main() {
  const int64_t n = 1 << 20;
  // x in [0.5, 1.55): the same values as torch's side of bench/tensor_ops.py.
  Tensor x = add(mul(arange(Scalar(int64_t{0}), Scalar(n), Scalar(int64_t{1}), DType::Float32), Scalar(1e-6)),
                 Scalar(0.5));
  Tensor y = add(x, Scalar(1.0));
  Tensor s1024 = contiguous(slice(view(x, {256, 4096}), 1, 0, 1024));
  Tensor a = div(view(slice(x, 0, 0, 512 * 512), {512, 512}), Scalar(100.0));
  Tensor b = add(a, Scalar(0.25));
  Tensor m = view(x, {1024, 1024});
  Tensor one_a = ones({1}), one_b = ones({1});
  Tensor ln_w = ones({1024}), ln_b = zeros({1024});
  // Values only matter for speed here (no denormals): uniform [0, 1).
  Tensor lin_x = rand({64, 784}), lin_w = rand({512, 784}), lin_b = rand({512});
  Tensor conv_x = rand({8, 32, 16, 16}), conv_w = rand({32, 32, 3, 3}), conv_b = rand({32});
  Tensor conv1_x = rand({8, 3, 32, 32}), conv1_w = rand({16, 3, 3, 3}), conv1_b = rand({16});
  struct Case {
    const char* name;
    std::function<void()> f;
    int reps;
  } cases[] = {
      {"add_1M", [&] { add(x, y); }, 50},
      {"mul_1M", [&] { mul(x, y); }, 50},
      {"div_1M", [&] { div(x, y); }, 50},
      {"add_scalar_1M", [&] { add(x, Scalar(1.5)); }, 50},
      {"relu_1M", [&] { relu(x); }, 50},
      {"exp_1M", [&] { exp(x); }, 20},
      {"log_1M", [&] { log(x); }, 20},
      {"tanh_1M", [&] { tanh(x); }, 20},
      {"sigmoid_1M", [&] { sigmoid(x); }, 20},
      {"silu_1M", [&] { silu(x); }, 20},
      {"gelu_tanh_1M", [&] { gelu(x, "tanh"); }, 20},
      {"sum_1M", [&] { sum(x); }, 50},
      {"mean_1M", [&] { mean(x); }, 50},
      {"max_1M", [&] { max(x); }, 50},
      {"min_1M", [&] { min(x); }, 50},
      {"argmax_1M", [&] { argmax(x); }, 20},
      {"var_1M", [&] { var(x); }, 20},
      {"sum_dim1_1024x1024", [&] { sum(m, {1}); }, 50},
      {"sum_dim0_1024x1024", [&] { sum(m, {0}); }, 20},
      {"amax_dim1_1024x1024", [&] { amax(m, {1}); }, 20},
      {"softmax_256x1024", [&] { softmax(s1024, 1); }, 50},
      {"log_softmax_256x1024", [&] { log_softmax(s1024, 1); }, 50},
      {"layer_norm_256x1024", [&] { layer_norm(s1024, {1024}, ln_w, ln_b); }, 50},
      {"matmul_512", [&] { matmul(a, b); }, 10},
      {"linear_64x784x512", [&] { linear(lin_x, lin_w, lin_b); }, 20},
      {"conv2d_8x32x16x16_k3", [&] { conv2d(conv_x, conv_w, conv_b, {1}, ConvPadding(int64_t{1})); }, 20},
      {"conv2d_8x3x32x32_k3", [&] { conv2d(conv1_x, conv1_w, conv1_b, {1}, ConvPadding(int64_t{1})); }, 20},
      {"add_1elem", [&] { add(one_a, one_b); }, 100000},
  };
  for (const Case& c : cases)
    std::printf("%s %.3f\n", c.name, median_us(c.f, c.reps));
  return 0;
}
