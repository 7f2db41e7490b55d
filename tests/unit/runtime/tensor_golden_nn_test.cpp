// tests/unit/runtime/tensor_golden_nn_test.cpp - nn/indexing/sort/random cases of tensor_golden_nn.h (torch eager) run through the library.
#include <catch2/catch.hpp>

#include <cmath>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/error.h"
#include "runtime/tensor/ops_nn.h"
#include "runtime/tensor/random.h"
#include "tensor_golden_nn.h"
#include "tensor_golden_util.h"

namespace {

using namespace tsc::runtime::tensor;
using namespace tensor_golden;
using tsc::runtime::ScriptError;
using Ts = std::vector<Tensor>;
using Fn = std::function<Ts(const Ts&)>;

Tensor u() {
  return Tensor();
}

const std::map<std::string, Fn>& op_table() {
  static const std::map<std::string, Fn> table = [] {
    std::map<std::string, Fn> m;
    auto one = [&](const std::string& k, std::function<Tensor(const Ts&)> f) {
      m[k] = [f](const Ts& a) { return Ts{f(a)}; };
    };
    auto pair = [&](const std::string& k, std::function<std::pair<Tensor, Tensor>(const Ts&)> f) {
      m[k] = [f](const Ts& a) {
        auto p = f(a);
        return Ts{p.first, p.second};
      };
    };
    // linear algebra
    one("baddbmm", [](const Ts& a) { return baddbmm(a[0], a[1], a[2]); });
    one("baddbmm_b0.5_a2", [](const Ts& a) { return baddbmm(a[0], a[1], a[2], Scalar(0.5), Scalar(int64_t{2})); });
    one("baddbmm_b0", [](const Ts& a) { return baddbmm(a[0], a[1], a[2], Scalar(int64_t{0})); });
    // indexing
    one("masked_fill_2.5", [](const Ts& a) { return masked_fill(a[0], a[1], Scalar(2.5)); });
    one("masked_fill_-1", [](const Ts& a) { return masked_fill(a[0], a[1], Scalar(int64_t{-1})); });
    one("masked_fill_t", [](const Ts& a) { return masked_fill(a[0], a[1], a[2]); });
    one("index_select_d0", [](const Ts& a) { return index_select(a[0], 0, a[1]); });
    one("index_select_d1", [](const Ts& a) { return index_select(a[0], 1, a[1]); });
    one("gather_d0", [](const Ts& a) { return gather(a[0], 0, a[1]); });
    one("gather_d1", [](const Ts& a) { return gather(a[0], 1, a[1]); });
    one("nonzero", [](const Ts& a) { return nonzero(a[0]); });
    one("index_0", [](const Ts& a) { return index(a[0], {a[1]}); });
    one("index_1", [](const Ts& a) { return index(a[0], {u(), a[1]}); });
    one("index_mask", [](const Ts& a) { return index(a[0], {a[1]}); });
    one("index_mask_1", [](const Ts& a) { return index(a[0], {u(), a[1]}); });
    one("index_0_1", [](const Ts& a) { return index(a[0], {a[1], a[2]}); });
    one("index_0_1_2", [](const Ts& a) { return index(a[0], {a[1], a[2], a[3]}); });
    one("index_0_2", [](const Ts& a) { return index(a[0], {a[1], u(), a[2]}); });
    one("index_1_2", [](const Ts& a) { return index(a[0], {u(), a[1], a[2]}); });
    one("index_put_1", [](const Ts& a) { return index_put(a[0], {u(), a[1]}, a[2]); });
    one("index_put_mask", [](const Ts& a) { return index_put(a[0], {a[1]}, a[2]); });
    one("index_put_0_2", [](const Ts& a) { return index_put(a[0], {a[1], u(), a[2]}, a[3]); });
    one("index_put_acc", [](const Ts& a) {
      Tensor c = clone(a[0]);
      return index_put_(c, {a[1]}, a[2], true);
    });
    // sorting
    pair("sort", [](const Ts& a) { return sort(a[0], -1, false, true); });
    pair("sort_desc", [](const Ts& a) { return sort(a[0], -1, true, true); });
    pair("sort_desc_d0", [](const Ts& a) { return sort(a[0], 0, true, true); });
    pair("sort_d2", [](const Ts& a) { return sort(a[0], 2); });
    pair("topk_0", [](const Ts& a) { return topk(a[0], 0); });
    pair("topk_2", [](const Ts& a) { return topk(a[0], 2); });
    pair("topk_5", [](const Ts& a) { return topk(a[0], 5); });
    pair("topk_2_d0_small", [](const Ts& a) { return topk(a[0], 2, 0, false); });
    // convolution
    auto b_or_none = [](const Ts& a) { return a.size() > 2 ? a[2] : Tensor(); };
    one("conv2d", [=](const Ts& a) { return conv2d(a[0], a[1], b_or_none(a)); });
    one("conv2d_nb", [](const Ts& a) { return conv2d(a[0], a[1]); });
    one("conv2d_s2_p1", [](const Ts& a) { return conv2d(a[0], a[1], a[2], {2}, 1); });
    one("conv2d_same", [](const Ts& a) { return conv2d(a[0], a[1], a[2], {1}, "same"); });
    one("conv2d_same_d2", [](const Ts& a) { return conv2d(a[0], a[1], Tensor(), {1}, "same", {2}); });
    one("conv2d_valid", [](const Ts& a) { return conv2d(a[0], a[1], Tensor(), {1}, "valid"); });
    one("conv2d_s21_p12_d12", [](const Ts& a) { return conv2d(a[0], a[1], a[2], {2, 1}, {1, 2}, {1, 2}); });
    one("conv2d_g2", [](const Ts& a) { return conv2d(a[0], a[1], a[2], {1}, 0, {1}, 2); });
    one("conv2d_s2_same", [](const Ts& a) { return conv2d(a[0], a[1], Tensor(), {2}, "same"); });
    one("conv1d", [](const Ts& a) { return conv1d(a[0], a[1], a[2]); });
    one("conv1d_s2_p1", [](const Ts& a) { return conv1d(a[0], a[1], a[2], {2}, 1); });
    one("conv1d_same_d2", [](const Ts& a) { return conv1d(a[0], a[1], Tensor(), {1}, "same", {2}); });
    one("conv1d_g3", [](const Ts& a) { return conv1d(a[0], a[1], Tensor(), {1}, 0, {1}, 3); });
    // pooling
    one("max_pool2d_k2", [](const Ts& a) { return max_pool2d(a[0], {2}); });
    one("max_pool2d_k3", [](const Ts& a) { return max_pool2d(a[0], {3}); });
    one("max_pool2d_k3_p2", [](const Ts& a) { return max_pool2d(a[0], {3}, {}, {2}); });
    one("max_pool2d_k3_s2_p1", [](const Ts& a) { return max_pool2d(a[0], {3}, {2}, {1}); });
    one("max_pool2d_k3_s2_ceil", [](const Ts& a) { return max_pool2d(a[0], {3}, {2}, {0}, {1}, true); });
    one("max_pool2d_k2_d2", [](const Ts& a) { return max_pool2d(a[0], {2}, {1}, {0}, {2}); });
    one("max_pool2d_k23_s12_p11", [](const Ts& a) { return max_pool2d(a[0], {2, 3}, {1, 2}, {1, 1}); });
    pair("max_pool2d_idx_k3_s2_p1", [](const Ts& a) { return max_pool2d_with_indices(a[0], {3}, {2}, {1}); });
    one("avg_pool2d_k2", [](const Ts& a) { return avg_pool2d(a[0], {2}); });
    one("avg_pool2d_k3_p2", [](const Ts& a) { return avg_pool2d(a[0], {3}, {}, {2}); });
    one("avg_pool2d_k3_s2_p1", [](const Ts& a) { return avg_pool2d(a[0], {3}, {2}, {1}); });
    one("avg_pool2d_k3_s2_p1_nopad", [](const Ts& a) { return avg_pool2d(a[0], {3}, {2}, {1}, false, false); });
    one("avg_pool2d_k3_s2_ceil", [](const Ts& a) { return avg_pool2d(a[0], {3}, {2}, {0}, true); });
    one("avg_pool2d_k3_s2_p1_ceil_nopad", [](const Ts& a) { return avg_pool2d(a[0], {3}, {2}, {1}, true, false); });
    one("avg_pool2d_k2_div3", [](const Ts& a) { return avg_pool2d(a[0], {2}, {}, {0}, false, true, 3); });
    one("adaptive_avg_pool2d_3", [](const Ts& a) { return adaptive_avg_pool2d(a[0], {3}); });
    one("adaptive_avg_pool2d_2_5", [](const Ts& a) { return adaptive_avg_pool2d(a[0], {2, 5}); });
    one("adaptive_avg_pool2d_1", [](const Ts& a) { return adaptive_avg_pool2d(a[0], {1}); });
    // normalization
    one("batch_norm", [](const Ts& a) { return batch_norm(a[0], a[1], a[2], a[3], a[4], false, 0.1, 1e-3); });
    one("batch_norm_noaffine", [](const Ts& a) { return batch_norm(a[0], a[1], a[2]); });
    one("batch_norm_train", [](const Ts& a) { return batch_norm(a[0], u(), u(), a[1], a[2], true); });
    m["batch_norm_train_stats"] = [](const Ts& a) {
      Tensor rm = clone(a[1]), rv = clone(a[2]);
      Tensor y = batch_norm(a[0], rm, rv, u(), u(), true, 0.2);
      return Ts{y, rm, rv};
    };
    one("layer_norm_1", [](const Ts& a) { return layer_norm(a[0], {a[0].sizes().back()}, a[1], a[2]); });
    one("layer_norm_2", [](const Ts& a) {
      return layer_norm(a[0], {a[0].size(-2), a[0].size(-1)}, a[1], a[2], 1e-3);
    });
    one("layer_norm_1_noaffine", [](const Ts& a) { return layer_norm(a[0], {a[0].sizes().back()}); });
    one("layer_norm_4", [](const Ts& a) { return layer_norm(a[0], {4}); });
    one("group_norm_2", [](const Ts& a) { return group_norm(a[0], 2, a[1], a[2]); });
    one("group_norm_3_noaffine", [](const Ts& a) { return group_norm(a[0], 3); });
    one("group_norm_4", [](const Ts& a) { return group_norm(a[0], 4); });
    // misc nn
    one("dropout_eval", [](const Ts& a) { return dropout(a[0], 0.5, false); });
    one("dropout_p1", [](const Ts& a) { return dropout(a[0], 1.0); });
    one("dropout_1.5", [](const Ts& a) { return dropout(a[0], 1.5); });
    one("embedding", [](const Ts& a) { return embedding(a[1], a[0]); });
    one("embedding_pad0", [](const Ts& a) { return embedding(a[1], a[0], 0); });
    one("one_hot", [](const Ts& a) { return one_hot(a[0]); });
    one("one_hot_5", [](const Ts& a) { return one_hot(a[0], 5); });
    one("nan_to_num", [](const Ts& a) { return nan_to_num(a[0]); });
    // pad
    one("pad_c_1_2", [](const Ts& a) { return pad(a[0], {1, 2}); });
    one("pad_c_1_1_2_0_v1.5", [](const Ts& a) { return pad(a[0], {1, 1, 2, 0}, "constant", 1.5); });
    one("pad_c_-1_1", [](const Ts& a) { return pad(a[0], {-1, 1}); });
    one("pad_c_1_1_1", [](const Ts& a) { return pad(a[0], {1, 1, 1}); });
    one("pad_c_8", [](const Ts& a) { return pad(a[0], {1, 1, 1, 1, 1, 1, 1, 1}); });
    one("pad_reflect_2_1", [](const Ts& a) { return pad(a[0], {2, 1}, "reflect"); });
    one("pad_reflect_3_3", [](const Ts& a) { return pad(a[0], {3, 3}, "reflect"); });
    one("pad_reflect_1_1_2_0", [](const Ts& a) { return pad(a[0], {1, 1, 2, 0}, "reflect"); });
    one("pad_replicate_2_1", [](const Ts& a) { return pad(a[0], {2, 1}, "replicate"); });
    one("pad_replicate_1_2_0_1", [](const Ts& a) { return pad(a[0], {1, 2, 0, 1}, "replicate"); });
    one("pad_replicate_1x6", [](const Ts& a) { return pad(a[0], {1, 1, 1, 0, 0, 1}, "replicate"); });
    one("pad_circular_1_2", [](const Ts& a) { return pad(a[0], {1, 2}, "circular"); });
    // interpolate
    one("interp_nearest_5", [](const Ts& a) { return interpolate(a[0], {5}); });
    one("interp_nearest_4_6", [](const Ts& a) { return interpolate(a[0], {4, 6}); });
    one("interp_nearest_sf2", [](const Ts& a) { return interpolate(a[0], {}, {2.0}); });
    one("interp_nearest_sf1.5", [](const Ts& a) { return interpolate(a[0], {}, {1.5}); });
    one("interp_nearest_2_2", [](const Ts& a) { return interpolate(a[0], {2, 2}); });
    one("interp_nearest_4_4_ac", [](const Ts& a) { return interpolate(a[0], {4, 4}, {}, "nearest", true); });
    one("interp_nearest_1_2_3", [](const Ts& a) { return interpolate(a[0], {1, 2, 3}); });
    one("interp_none", [](const Ts& a) { return interpolate(a[0]); });
    one("interp_bilinear_5_7", [](const Ts& a) { return interpolate(a[0], {5, 7}, {}, "bilinear", false); });
    one("interp_bilinear_5_7_ac", [](const Ts& a) { return interpolate(a[0], {5, 7}, {}, "bilinear", true); });
    one("interp_bilinear_sf2", [](const Ts& a) { return interpolate(a[0], {}, {2.0}, "bilinear", false); });
    one("interp_bilinear_2_2", [](const Ts& a) { return interpolate(a[0], {2, 2}, {}, "bilinear", false); });
    one("interp_bilinear_4_4", [](const Ts& a) { return interpolate(a[0], {4, 4}, {}, "bilinear"); });
    one("interp_linear_7", [](const Ts& a) { return interpolate(a[0], {7}, {}, "linear", false); });
    one("interp_linear_7_ac", [](const Ts& a) { return interpolate(a[0], {7}, {}, "linear", true); });
    // attention
    one("sdpa", [](const Ts& a) { return scaled_dot_product_attention(a[0], a[1], a[2]); });
    one("sdpa_mask", [](const Ts& a) { return scaled_dot_product_attention(a[0], a[1], a[2], a[3]); });
    one("sdpa_bmask", [](const Ts& a) { return scaled_dot_product_attention(a[0], a[1], a[2], a[3]); });
    one("sdpa_causal", [](const Ts& a) { return scaled_dot_product_attention(a[0], a[1], a[2], Tensor(), 0.0, true); });
    return m;
  }();
  return table;
}

// Tolerances by dtype; sums of products (conv, attention, baddbmm) of 16-bit
// floats accumulate in float32 here and round differently in torch 1.13.
void tolerance(const std::string& op, DType dt, double& rtol, double& atol) {
  bool product = op.rfind("conv", 0) == 0 || op.rfind("sdpa", 0) == 0 || op.rfind("baddbmm", 0) == 0;
  bool norm = op.find("norm") != std::string::npos || op.rfind("interp", 0) == 0 || op.find("pool") != std::string::npos;
  switch (dt) {
  case DType::Float16:
    rtol = product || norm ? 1e-2 : 2e-3, atol = product || norm ? 1e-2 : 1e-3;
    return;
  case DType::BFloat16:
    rtol = product || norm ? 5e-2 : 1.6e-2, atol = product || norm ? 5e-2 : 1e-2;
    return;
  case DType::Float32:
    rtol = 1e-4, atol = 1e-5;
    return;
  case DType::Float64:
    rtol = 1e-10, atol = 1e-12;
    return;
  default:
    rtol = 0, atol = 0;
  }
}

} // namespace

TEST_CASE("nn indexing and sort ops match torch eager on the golden cases", "[runtime][tensor]") {
  size_t cases = 0, errors = 0;
  replay_golden(kTensorGoldenNn, op_table(), tolerance, cases, errors);
  CHECK(cases > 700);
  CHECK(errors > 60);
}

TEST_CASE("manual_seed then rand/randn/randint reproduce torch's streams", "[runtime][tensor][random]") {
  size_t seqs = 0;
  double worst_f32_randn = 0;
  for (const char* chunk : kTensorGoldenNn) {
    std::istringstream in(chunk);
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind("#rand\t", 0) != 0)
        continue;
      auto fields = split_on(line, "\t");
      REQUIRE(fields.size() == 4);
      INFO("case: " << line.substr(0, 200));
      manual_seed(std::stoull(fields[1]));
      auto calls = split_on(fields[2], ";");
      auto outs = split_on(fields[3], " ; ");
      REQUIRE(calls.size() == outs.size());
      for (size_t i = 0; i < calls.size(); ++i) {
        auto parts = split_on(calls[i], ":");
        Shape shape = parse_ints(parts[1]);
        DType dt = parse_dtype(parts[2]);
        Tensor got;
        if (parts[0] == "rand")
          got = rand(shape, dt);
        else if (parts[0] == "randn")
          got = randn(shape, dt);
        else if (parts[0] == "randint")
          got = randint(-3, 10, shape, dt);
        else
          got = randint(0, int64_t{1} << 40, shape, dt);
        Encoded want = parse_tensor(outs[i]);
        // rand/randint are bit-exact; randn within rounding (see Note [Random streams]).
        double rtol = 0, atol = 0;
        if (parts[0] == "randn")
          rtol = dt == DType::Float16 ? 2e-3 : (dt == DType::Float32 ? 1e-5 : 1e-12), atol = rtol;
        INFO("call " << calls[i] << " got " << got.repr());
        CHECK(compare_tensor(got, want, rtol, atol) == "");
        if (parts[0] == "randn" && dt == DType::Float32) {
          Tensor g = to(got, DType::Float64);
          for (size_t j = 0; j < want.values.size(); ++j)
            worst_f32_randn = std::max(worst_f32_randn, std::fabs(g.data<double>()[j] - want.values[j]));
        }
      }
      ++seqs;
    }
  }
  CHECK(seqs > 40);
  WARN("largest float32 randn difference from torch: " << worst_f32_randn);
}

TEST_CASE("random generators are independent and validate their arguments", "[runtime][tensor][random]") {
  Generator a(7), b(7);
  Tensor ra = rand({5}, DType::Float64, &a), rb = rand({5}, DType::Float64, &b);
  CHECK(all(eq(ra, rb)).item().to_bool());
  CHECK_FALSE(all(eq(ra, rand({5}, DType::Float64, &a))).item().to_bool());
  Tensor r = randint(0, 3, {1000}, std::nullopt, &a);
  CHECK(r.dtype() == DType::Int64);
  CHECK(amin(r).item().to_int() == 0);
  CHECK(amax(r).item().to_int() == 2);
  CHECK_THROWS_AS(randint(3, 3, {2}), ScriptError);
  CHECK_THROWS_AS(rand({2}, DType::Int64), ScriptError);
  Tensor n = randn({10000}, DType::Float64, &a);
  CHECK(std::fabs(mean(n).item().to_double()) < 0.05);
  CHECK(std::fabs(tsc::runtime::tensor::std(n).item().to_double() - 1.0) < 0.05);
}

TEST_CASE("dropout in training zeroes about p of the elements and rescales the rest", "[runtime][tensor]") {
  manual_seed(1);
  Tensor x = ones({20000});
  Tensor y = dropout(x, 0.25, true);
  Tensor kept = ne(y, Scalar(int64_t{0}));
  double frac = mean(to(kept, DType::Float64)).item().to_double();
  CHECK(std::fabs(frac - 0.75) < 0.02);
  CHECK(amax(y).item().to_double() == Approx(1.0 / 0.75));
  CHECK(dropout(x, 0.5, false).shares_storage(x));
}

TEST_CASE("index_put_ writes through views and accumulates repeated indices", "[runtime][tensor]") {
  Tensor base = zeros({3, 4});
  Tensor row = select(base, 0, 1);
  index_put_(row, {tensor_from_data({0, 2, 2})}, ones({}), true);
  CHECK(base.repr() == "tensor([[0., 0., 0., 0.],\n        [1., 0., 2., 0.],\n        [0., 0., 0., 0.]])");
  Tensor m = gt(base, Scalar(0.5));
  Tensor picked = index(base, {m});
  CHECK(picked.repr() == "tensor([1., 2.])");
  masked_fill_(base, m, Scalar(-1.0));
  CHECK(sum(base).item().to_double() == -2.0);
}
