// runtime/tensor/random.h - Generator (torch's CPU mt19937 stream), manual_seed, rand/randn/randint.
//
// Note [Random streams]
// A Generator is an mt19937 seeded like torch's CPUGeneratorImpl (the low 32
// bits of the seed), so the 32-bit draws are torch's. rand/randint apply
// torch 1.13's CPU transformations to them (uniform: the low 24 bits (float)
// or 53 bits of a 64-bit draw (double) times 2^-digits; randint: draw %
// range + low, 64-bit draws for ranges of 2^32 and more), so manual_seed(s)
// followed by the same calls gives torch's numbers exactly. randn follows
// torch's Box-Muller layout (below 16 elements: one normal per pair of
// uniforms with the second value cached; from 16 elements: blocks of 16
// uniforms turned into 8 cos/sin pairs, the last partial block redrawn),
// computed with libm: float64 matches torch to rounding, float32 within a few
// ulps (torch's AVX2 path uses polynomial log/sincos approximations).
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <random>

#include "runtime/tensor/ops.h"

namespace tsc::runtime::tensor {

/// A random stream. Thread-safe: the ops lock `mutex()` while drawing.
class Generator {
public:
  /// torch's default seed (default_rng_seed_val).
  static constexpr uint64_t kDefaultSeed = 67280421310721ULL;
  explicit Generator(uint64_t seed = kDefaultSeed) { manual_seed(seed); }

  /// Restarts the stream from `seed` (and drops any cached normal value).
  void manual_seed(uint64_t seed);
  uint64_t initial_seed() const { return seed_; }
  /// The next 32-bit draw.
  uint32_t random() { return static_cast<uint32_t>(engine_()); }
  /// Two draws combined as torch does: (first << 32) | second.
  uint64_t random64() {
    uint64_t hi = random();
    return (hi << 32) | random();
  }
  /// The cached second value of a Box-Muller pair (torch's next_double_normal_sample).
  std::optional<double>& next_double_normal() { return next_double_normal_; }
  std::mutex& mutex() { return mutex_; }

private:
  std::mt19937 engine_;
  uint64_t seed_ = kDefaultSeed;
  std::optional<double> next_double_normal_;
  std::mutex mutex_;
};

/// The process-wide default generator (torch.default_generator); the one
/// global the tensor library keeps.
Generator& default_generator();
/// torch.manual_seed: reseeds the default generator.
void manual_seed(uint64_t seed);

/// torch.rand: uniform [0, 1); floating dtypes only.
Tensor rand(IntArrayRef size, OptDType dtype = std::nullopt, Generator* gen = nullptr);
/// torch.randn: standard normal; floating dtypes only.
Tensor randn(IntArrayRef size, OptDType dtype = std::nullopt, Generator* gen = nullptr);
/// torch.randint(low, high, size): uniform integers in [low, high); int64 by default.
/// RuntimeError "random_ expects 'from' to be less than 'to', but got from=3 >= to=3".
Tensor randint(int64_t low, int64_t high, IntArrayRef size, OptDType dtype = std::nullopt, Generator* gen = nullptr);
/// Tensor.uniform_(from, to) in place.
Tensor& uniform_(Tensor& self, double from = 0.0, double to = 1.0, Generator* gen = nullptr);
/// Tensor.normal_(mean, std) in place.
Tensor& normal_(Tensor& self, double mean = 0.0, double std = 1.0, Generator* gen = nullptr);

} // namespace tsc::runtime::tensor
