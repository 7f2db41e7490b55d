// tests/unit/runtime/tensor_golden_test.cpp - Every op case of tensor_golden.h (torch eager's results) run through the library.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/error.h"
#include "runtime/tensor/ops.h"
#include "tensor_golden.h"
#include "tensor_golden_util.h"

namespace {

using namespace tsc::runtime::tensor;
using namespace tensor_golden;
using tsc::runtime::ScriptError;
using Ts = std::vector<Tensor>;

const std::map<std::string, std::function<Ts(const Ts&)>>& op_table() {
  static const std::map<std::string, std::function<Ts(const Ts&)>> table = [] {
    std::map<std::string, std::function<Ts(const Ts&)>> m;
    auto one = [&](const std::string& k, std::function<Tensor(const Tensor&)> f) {
      m[k] = [f](const Ts& a) { return Ts{f(a[0])}; };
    };
    auto two = [&](const std::string& k, std::function<Tensor(const Tensor&, const Tensor&)> f) {
      m[k] = [f](const Ts& a) { return Ts{f(a[0], a[1])}; };
    };
    auto three = [&](const std::string& k, std::function<Tensor(const Tensor&, const Tensor&, const Tensor&)> f) {
      m[k] = [f](const Ts& a) { return Ts{f(a[0], a[1], a[2])}; };
    };
    auto pair = [](std::pair<Tensor, Tensor> p) { return Ts{p.first, p.second}; };
    // binary
    two("add", [](auto& a, auto& b) { return add(a, b); });
    two("add_alpha2", [](auto& a, auto& b) { return add(a, b, int64_t{2}); });
    two("add_alpha2.5", [](auto& a, auto& b) { return add(a, b, 2.5); });
    two("add_", [](auto& a, auto& b) {
      Tensor c = clone(a);
      return add_(c, b);
    });
    two("sub", [](auto& a, auto& b) { return sub(a, b); });
    two("mul", [](auto& a, auto& b) { return mul(a, b); });
    two("div", [](auto& a, auto& b) { return div(a, b); });
    two("div_trunc", [](auto& a, auto& b) { return div(a, b, "trunc"); });
    two("div_floor", [](auto& a, auto& b) { return div(a, b, "floor"); });
    two("floor_divide", [](auto& a, auto& b) { return floor_divide(a, b); });
    two("remainder", [](auto& a, auto& b) { return remainder(a, b); });
    two("fmod", [](auto& a, auto& b) { return fmod(a, b); });
    two("pow", [](auto& a, auto& b) { return pow(a, b); });
    two("maximum", [](auto& a, auto& b) { return maximum(a, b); });
    two("minimum", [](auto& a, auto& b) { return minimum(a, b); });
    two("atan2", [](auto& a, auto& b) { return atan2(a, b); });
    two("eq", [](auto& a, auto& b) { return eq(a, b); });
    two("ne", [](auto& a, auto& b) { return ne(a, b); });
    two("lt", [](auto& a, auto& b) { return lt(a, b); });
    two("le", [](auto& a, auto& b) { return le(a, b); });
    two("gt", [](auto& a, auto& b) { return gt(a, b); });
    two("ge", [](auto& a, auto& b) { return ge(a, b); });
    two("logical_and", [](auto& a, auto& b) { return logical_and(a, b); });
    two("logical_or", [](auto& a, auto& b) { return logical_or(a, b); });
    two("logical_xor", [](auto& a, auto& b) { return logical_xor(a, b); });
    two("bitwise_and", [](auto& a, auto& b) { return bitwise_and(a, b); });
    two("bitwise_or", [](auto& a, auto& b) { return bitwise_or(a, b); });
    two("bitwise_xor", [](auto& a, auto& b) { return bitwise_xor(a, b); });
    // with Python scalars
    one("add_s2.5", [](auto& a) { return add(a, Scalar(2.5)); });
    one("add_s3", [](auto& a) { return add(a, Scalar(int64_t{3})); });
    one("add_strue", [](auto& a) { return add(a, Scalar(true)); });
    one("sub_s1", [](auto& a) { return sub(a, Scalar(int64_t{1})); });
    one("mul_s2.5", [](auto& a) { return mul(a, Scalar(2.5)); });
    one("mul_s3", [](auto& a) { return mul(a, Scalar(int64_t{3})); });
    one("div_s2", [](auto& a) { return div(a, Scalar(int64_t{2})); });
    one("div_floor_s2", [](auto& a) { return div(a, Scalar(int64_t{2}), "floor"); });
    one("remainder_s3", [](auto& a) { return remainder(a, Scalar(int64_t{3})); });
    one("fmod_s-3", [](auto& a) { return fmod(a, Scalar(int64_t{-3})); });
    one("pow_s2", [](auto& a) { return pow(a, Scalar(int64_t{2})); });
    one("pow_s-1", [](auto& a) { return pow(a, Scalar(int64_t{-1})); });
    one("pow_s0.5", [](auto& a) { return pow(a, Scalar(0.5)); });
    one("rpow_s2", [](auto& a) { return pow(Scalar(int64_t{2}), a); });
    one("eq_s1", [](auto& a) { return eq(a, Scalar(int64_t{1})); });
    one("lt_s0.5", [](auto& a) { return lt(a, Scalar(0.5)); });
    one("ge_s0", [](auto& a) { return ge(a, Scalar(int64_t{0})); });
    one("bitwise_and_s6", [](auto& a) { return bitwise_and(a, Scalar(int64_t{6})); });
    // unary
    one("neg", [](auto& a) { return neg(a); });
    one("abs", [](auto& a) { return abs(a); });
    one("exp", [](auto& a) { return exp(a); });
    one("log", [](auto& a) { return log(a); });
    one("log1p", [](auto& a) { return log1p(a); });
    one("expm1", [](auto& a) { return expm1(a); });
    one("sqrt", [](auto& a) { return sqrt(a); });
    one("rsqrt", [](auto& a) { return rsqrt(a); });
    one("sin", [](auto& a) { return sin(a); });
    one("cos", [](auto& a) { return cos(a); });
    one("tan", [](auto& a) { return tan(a); });
    one("tanh", [](auto& a) { return tanh(a); });
    one("sigmoid", [](auto& a) { return sigmoid(a); });
    one("relu", [](auto& a) { return relu(a); });
    one("gelu", [](auto& a) { return gelu(a); });
    one("gelu_tanh", [](auto& a) { return gelu(a, "tanh"); });
    one("silu", [](auto& a) { return silu(a); });
    one("elu", [](auto& a) { return elu(a); });
    one("leaky_relu", [](auto& a) { return leaky_relu(a); });
    one("hardtanh", [](auto& a) { return hardtanh(a); });
    one("softplus", [](auto& a) { return softplus(a); });
    one("erf", [](auto& a) { return erf(a); });
    one("floor", [](auto& a) { return floor(a); });
    one("ceil", [](auto& a) { return ceil(a); });
    one("round", [](auto& a) { return round(a); });
    one("trunc", [](auto& a) { return trunc(a); });
    one("sign", [](auto& a) { return sign(a); });
    one("reciprocal", [](auto& a) { return reciprocal(a); });
    one("square", [](auto& a) { return square(a); });
    one("isnan", [](auto& a) { return isnan(a); });
    one("isinf", [](auto& a) { return isinf(a); });
    one("nan_to_num", [](auto& a) { return nan_to_num(a); });
    one("logical_not", [](auto& a) { return logical_not(a); });
    one("bitwise_not", [](auto& a) { return bitwise_not(a); });
    one("clamp_-0.5_0.5", [](auto& a) { return clamp(a, Scalar(-0.5), Scalar(0.5)); });
    one("clamp_min0", [](auto& a) { return clamp(a, Scalar(int64_t{0}), std::nullopt); });
    one("clamp_max2", [](auto& a) { return clamp(a, std::nullopt, Scalar(int64_t{2})); });
    one("clamp_int_float", [](auto& a) { return clamp(a, Scalar(0.5), Scalar(int64_t{3})); });
    // reductions
    one("sum", [](auto& a) { return sum(a); });
    one("sum_d1", [](auto& a) { return sum(a, {1}); });
    one("sum_d01_keep", [](auto& a) { return sum(a, {0, 1}, true); });
    one("sum_d-1_f64", [](auto& a) { return sum(a, {-1}, false, DType::Float64); });
    one("mean", [](auto& a) { return mean(a); });
    one("mean_d1", [](auto& a) { return mean(a, {1}); });
    one("mean_d0_keep", [](auto& a) { return mean(a, {0}, true); });
    one("prod", [](auto& a) { return prod(a); });
    one("prod_d0", [](auto& a) { return prod(a, 0); });
    one("max", [](auto& a) { return max(a); });
    one("min", [](auto& a) { return min(a); });
    m["max_d1"] = [pair](const Ts& a) { return pair(max(a[0], 1)); };
    m["min_d0_keep"] = [pair](const Ts& a) { return pair(min(a[0], 0, true)); };
    one("amax_d1", [](auto& a) { return amax(a, {1}); });
    one("amin_d01", [](auto& a) { return amin(a, {0, 1}); });
    one("argmax", [](auto& a) { return argmax(a); });
    one("argmax_d1", [](auto& a) { return argmax(a, 1); });
    one("argmin_d0_keep", [](auto& a) { return argmin(a, 0, true); });
    one("var", [](auto& a) { return var(a); });
    one("var_d1", [](auto& a) { return var(a, {1}); });
    one("std_d0_c0", [](auto& a) { return tsc::runtime::tensor::std(a, {0}, 0); });
    one("norm", [](auto& a) { return norm(a); });
    one("norm1_d1", [](auto& a) { return norm(a, Scalar(int64_t{1}), {1}); });
    one("norminf", [](auto& a) { return norm(a, Scalar(INFINITY)); });
    one("logsumexp_d1", [](auto& a) { return logsumexp(a, {1}); });
    one("all", [](auto& a) { return all(a); });
    one("any_d1", [](auto& a) { return any(a, 1); });
    one("cumsum_d1", [](auto& a) { return cumsum(a, 1); });
    one("cumsum_d0", [](auto& a) { return cumsum(a, 0); });
    one("softmax_d1", [](auto& a) { return softmax(a, 1); });
    one("softmax_d0", [](auto& a) { return softmax(a, 0); });
    one("log_softmax_d1", [](auto& a) { return log_softmax(a, 1); });
    // shapes
    one("view_6", [](auto& a) { return view(a, {6}); });
    one("view_7", [](auto& a) { return view(a, {7}); });
    one("view_t_6", [](auto& a) { return view(a, {6}); });
    one("view_3_-1", [](auto& a) { return view(a, {3, -1}); });
    one("reshape_-1", [](auto& a) { return reshape(a, {-1}); });
    one("reshape_3_2", [](auto& a) { return reshape(a, {3, 2}); });
    one("permute_1_0", [](auto& a) { return permute(a, {1, 0}); });
    one("permute_0_0", [](auto& a) { return permute(a, {0, 0}); });
    one("transpose", [](auto& a) { return transpose(a, 0, 1); });
    one("t", [](auto& a) { return t(a); });
    one("t3", [](auto& a) { return t(unsqueeze(a, 0)); });
    one("unsqueeze_1", [](auto& a) { return unsqueeze(a, 1); });
    one("unsqueeze_-1", [](auto& a) { return unsqueeze(a, -1); });
    one("squeeze", [](auto& a) { return squeeze(a); });
    one("squeeze_0", [](auto& a) { return squeeze(a, 0); });
    one("squeeze_5", [](auto& a) { return squeeze(a, 5); });
    one("flatten", [](auto& a) { return flatten(a); });
    one("flatten_1_0", [](auto& a) { return flatten(a, 1, 0); });
    one("expand_4_2_3", [](auto& a) { return expand(a, {4, 2, 3}); });
    one("expand_3", [](auto& a) { return expand(a, {3}); });
    one("narrow_1_1_2", [](auto& a) { return narrow(a, 1, 1, 2); });
    one("narrow_1_2_2", [](auto& a) { return narrow(a, 1, 2, 2); });
    one("select_0_1", [](auto& a) { return select(a, 0, 1); });
    one("select_0_5", [](auto& a) { return select(a, 0, 5); });
    one("select_1_-1", [](auto& a) { return select(a, 1, -1); });
    one("select_2_0", [](auto& a) { return select(a, 2, 0); });
    one("slice_1_0_3_2", [](auto& a) { return slice(a, 1, 0, 3, 2); });
    m["chunk_2_1"] = [](const Ts& a) { return chunk(a[0], 2, 1); };
    m["split_2_1"] = [](const Ts& a) { return split(a[0], int64_t{2}, 1); };
    m["split_sizes_1_2"] = [](const Ts& a) { return split(a[0], IntArrayRef{1, 2}, 1); };
    one("cat_self_0", [](auto& a) { return cat({a, a}, 0); });
    one("cat_self_1", [](auto& a) { return cat({a, mul(a, Scalar(int64_t{2}))}, 1); });
    one("stack_self_1", [](auto& a) { return stack({a, a}, 1); });
    two("cat2", [](auto& a, auto& b) { return cat({a, b}, 1); });
    two("cat2_d0", [](auto& a, auto& b) { return cat({a, b}, 0); });
    two("stack2", [](auto& a, auto& b) { return stack({a, b}); });
    one("flip_1", [](auto& a) { return flip(a, {1}); });
    one("flip_01", [](auto& a) { return flip(a, {0, 1}); });
    one("roll_1_1", [](auto& a) { return roll(a, {1}, {1}); });
    one("roll_2", [](auto& a) { return roll(a, {2}); });
    one("tril", [](auto& a) { return tril(a); });
    one("triu_1", [](auto& a) { return triu(a, 1); });
    one("tril_-1", [](auto& a) { return tril(a, -1); });
    one("repeat_2_1_2", [](auto& a) { return repeat(a, {2, 1, 2}); });
    one("contiguous", [](auto& a) { return contiguous(a); });
    one("clone", [](auto& a) { return clone(a); });
    three("where", [](auto& c, auto& a, auto& b) { return where(c, a, b); });
    two("lerp_s0.3", [](auto& a, auto& b) { return lerp(a, b, Scalar(0.3)); });
    three("lerp_t", [](auto& a, auto& b, auto& w) { return lerp(a, b, w); });
    // linear algebra
    two("mm", [](auto& a, auto& b) { return mm(a, b); });
    two("bmm", [](auto& a, auto& b) { return bmm(a, b); });
    two("matmul", [](auto& a, auto& b) { return matmul(a, b); });
    two("dot", [](auto& a, auto& b) { return dot(a, b); });
    two("outer", [](auto& a, auto& b) { return outer(a, b); });
    three("addmm", [](auto& c, auto& a, auto& b) { return addmm(c, a, b); });
    three("addmm_b0.5_a2", [](auto& c, auto& a, auto& b) { return addmm(c, a, b, Scalar(0.5), Scalar(int64_t{2})); });
    three("linear", [](auto& x, auto& w, auto& b) { return linear(x, w, b); });
    two("linear_nobias", [](auto& x, auto& w) { return linear(x, w); });
    return m;
  }();
  return table;
}

// Tolerances by dtype: exact for integers and bool. Products of 16-bit floats
// accumulate in float32 here; torch 1.13 rounds differently (a few ulps).
void tolerance(const std::string& op, DType dt, double& rtol, double& atol) {
  bool product = op == "mm" || op == "bmm" || op == "matmul" || op == "dot" || op.rfind("addmm", 0) == 0 ||
                 op.rfind("linear", 0) == 0;
  if (product && (dt == DType::Float16 || dt == DType::BFloat16)) {
    rtol = 4e-2, atol = 4e-2;
    return;
  }
  switch (dt) {
  case DType::Float16:
    rtol = 2e-3, atol = 1e-3;
    return;
  case DType::BFloat16:
    rtol = 1.6e-2, atol = 1e-2;
    return;
  case DType::Float32:
    rtol = 2e-5, atol = 1e-5;
    return;
  case DType::Float64:
    rtol = 1e-10, atol = 1e-12;
    return;
  default:
    rtol = 0, atol = 0;
  }
}

} // namespace

TEST_CASE("tensor ops match torch eager on the golden cases", "[runtime][tensor]") {
  size_t cases = 0, errors = 0;
  replay_golden(kTensorGolden, op_table(), tolerance, cases, errors);
  CHECK(cases > 4000);
  CHECK(errors > 50);
}
