// tests/unit/runtime/tensor_core_test.cpp - dtypes, promotion, storage and views, repr, creation, in-place and parallel paths.
#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/error.h"
#include "runtime/tensor/ops.h"
#include "tensor_golden.h"

namespace {

using namespace tsc::runtime::tensor;
using tsc::runtime::ScriptError;

std::vector<std::string> split_on(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t at = s.find(sep, start);
    if (at == std::string::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, at - start));
    start = at + sep.size();
  }
}

// The golden lines of one kind ("#half", "#repr", ...), split on tabs, without the kind.
std::vector<std::vector<std::string>> golden(const std::string& kind) {
  std::vector<std::vector<std::string>> out;
  for (const char* chunk : kTensorGolden) {
    std::istringstream in(chunk);
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind(kind + "\t", 0) != 0)
        continue;
      auto f = split_on(line, "\t");
      f.erase(f.begin());
      out.push_back(f);
    }
  }
  return out;
}

DType parse_dtype(const std::string& s) {
  for (int i = 0; i < kNumDTypes; ++i)
    if (s == dtype_name(DType(i)))
      return DType(i);
  FAIL("unknown dtype " << s);
  return DType::Float32;
}

Tensor parse_tensor(const std::string& s) {
  auto parts = split_on(s, "|");
  Shape shape;
  if (!parts[1].empty())
    for (auto& p : split_on(parts[1], ","))
      shape.push_back(std::stoll(p));
  std::vector<double> values;
  if (!parts[3].empty())
    for (auto& v : split_on(parts[3], ","))
      values.push_back(std::strtod(v.c_str(), nullptr));
  return tensor_from_values(values, shape, parse_dtype(parts[0]));
}

std::vector<double> values_of(const Tensor& t) {
  Tensor d = contiguous(to(t, DType::Float64));
  return std::vector<double>(d.data<double>(), d.data<double>() + d.numel());
}

} // namespace

TEST_CASE("half and bfloat16 round to nearest even like torch", "[runtime][tensor]") {
  auto rows = golden("#half");
  REQUIRE(rows.size() == 1);
  for (const std::string& row : split_on(rows[0][0], ";")) {
    auto v = split_on(row, ":");
    float x = static_cast<float>(std::strtod(v[0].c_str(), nullptr));
    INFO("value " << v[0]);
    CHECK(static_cast<double>(static_cast<float>(Half(x))) == std::strtod(v[1].c_str(), nullptr));
    CHECK(static_cast<double>(static_cast<float>(BFloat16(x))) == std::strtod(v[2].c_str(), nullptr));
  }
  CHECK(std::isnan(static_cast<float>(Half(NAN))));
  CHECK(std::isnan(static_cast<float>(BFloat16(NAN))));
  // Every half bit pattern survives a round trip through float.
  for (uint32_t bits = 0; bits < 0x10000; ++bits) {
    Half h;
    h.bits = uint16_t(bits);
    float f = h;
    if (!std::isnan(f))
      REQUIRE(Half(f).bits == h.bits);
  }
}

TEST_CASE("promote_types and result_type follow torch", "[runtime][tensor]") {
  auto promote = split_on(golden("#promote")[0][0], ",");
  REQUIRE(promote.size() == size_t(kNumDTypes * kNumDTypes));
  for (int a = 0; a < kNumDTypes; ++a)
    for (int b = 0; b < kNumDTypes; ++b) {
      INFO(dtype_name(DType(a)) << " with " << dtype_name(DType(b)));
      CHECK(dtype_name(promote_types(DType(a), DType(b))) == promote[size_t(a * kNumDTypes + b)]);
    }
  auto rt = split_on(golden("#result_type")[0][0], ",");
  size_t k = 0;
  for (int a = 0; a < kNumDTypes; ++a) {
    for (Scalar s : {Scalar(true), Scalar(int64_t{2}), Scalar(2.5)})
      for (int64_t dim : {0, 1}) {
        ResultTypeState st;
        st.add_tensor(DType(a), dim);
        st.add_scalar(s);
        INFO(dtype_name(DType(a)) << " dim " << dim << " with " << s.repr());
        CHECK(dtype_name(st.result()) == rt[k++]);
      }
    for (int b = 0; b < kNumDTypes; ++b) {
      ResultTypeState st;
      st.add_tensor(DType(a), 1);
      st.add_tensor(DType(b), 0);
      INFO(dtype_name(DType(a)) << " with 0-dim " << dtype_name(DType(b)));
      CHECK(dtype_name(st.result()) == rt[k++]);
    }
  }
  CHECK(k == rt.size());
}

TEST_CASE("repr matches torch's formatter", "[runtime][tensor]") {
  auto rows = golden("#repr");
  REQUIRE(rows.size() > 20);
  for (const auto& row : rows) {
    std::string want;
    for (size_t i = 0; i < row[1].size(); ++i) {
      if (row[1][i] == '\\' && i + 1 < row[1].size()) {
        want += row[1][i + 1] == 'n' ? '\n' : row[1][i + 1];
        ++i;
      } else {
        want += row[1][i];
      }
    }
    CHECK(parse_tensor(row[0]).repr() == want);
  }
}

TEST_CASE("creation ops match torch", "[runtime][tensor]") {
  auto rows = golden("#create");
  std::map<std::string, Tensor> got = {
      {"arange_5", arange(Scalar(int64_t{5}))},
      {"arange_1_2.5_0.5", arange(Scalar(int64_t{1}), Scalar(2.5), Scalar(0.5))},
      {"arange_0_1_0.1", arange(Scalar(int64_t{0}), Scalar(int64_t{1}), Scalar(0.1))},
      {"arange_10_0_-3", arange(Scalar(int64_t{10}), Scalar(int64_t{0}), Scalar(int64_t{-3}))},
      {"arange_f64_0_1_0.3", arange(Scalar(int64_t{0}), Scalar(int64_t{1}), Scalar(0.3), DType::Float64)},
      {"linspace_0_1_5", linspace(Scalar(int64_t{0}), Scalar(int64_t{1}), 5)},
      {"linspace_-1_1_7", linspace(Scalar(int64_t{-1}), Scalar(int64_t{1}), 7)},
      {"linspace_i64_0_10_4", linspace(Scalar(int64_t{0}), Scalar(int64_t{10}), 4, DType::Int64)},
      {"linspace_1_1_1", linspace(Scalar(int64_t{1}), Scalar(int64_t{1}), 1)},
      {"eye_3", eye(3)},
      {"eye_2_3_i32", eye(2, 3, DType::Int32)},
      {"full_2_3_int", full({2, 3}, Scalar(int64_t{7}))},
      {"full_2_float", full({2}, Scalar(1.5))},
      {"full_2_bool", full({2}, Scalar(true))},
      {"ones_2_i8", ones({2}, DType::Int8)},
      {"tensor_nested", tensor_from_data({{1, 2}, {3, 4}})},
      {"tensor_mixed", tensor_from_data({{1, 2.5}, {true, 4}})},
      {"tensor_bool", tensor_from_data({true, false})},
  };
  REQUIRE(rows.size() == got.size());
  for (const auto& row : rows) {
    INFO(row[0]);
    Tensor want = parse_tensor(row[1]);
    Tensor g = got.at(row[0]);
    CHECK(g.dtype() == want.dtype());
    CHECK(g.sizes() == want.sizes());
    CHECK(values_of(g) == values_of(want));
  }
  CHECK_THROWS_WITH(tensor_from_data({{1, 2}, {3}}), "ValueError: expected sequence of length 2 at dim 1 (got 1)");
  CHECK_THROWS_WITH(arange(Scalar(int64_t{0}), Scalar(int64_t{1}), Scalar(int64_t{0})), "RuntimeError: step must be nonzero");
  CHECK_THROWS_WITH(empty({2, -1}), "RuntimeError: Trying to create tensor with negative dimension -1: [2, -1]");
}

TEST_CASE("storage is aligned and views share it", "[runtime][tensor]") {
  Tensor base = arange(Scalar(int64_t{12}), DType::Float32);
  CHECK(reinterpret_cast<uintptr_t>(base.data_ptr()) % kStorageAlignment == 0);
  Tensor m = view(base, {3, 4});
  Tensor col = select(m, 1, 2); // [2, 6, 10], stride 4
  CHECK(col.shares_storage(base));
  CHECK(col.strides() == Shape{4});
  CHECK_FALSE(col.is_contiguous());
  fill_(col, Scalar(-1.0));
  CHECK(values_of(base) == std::vector<double>{0, 1, -1, 3, 4, 5, -1, 7, 8, 9, -1, 11});
  Tensor tr = t(m);
  Tensor row = select(tr, 0, 0); // column 0 of m
  add_(row, Scalar(100.0));
  CHECK(values_of(select(m, 1, 0)) == std::vector<double>{100, 104, 108});
  // In-place mul_ through a sliced view, and relu_ / clamp_ / zero_.
  Tensor sl = slice(base, 0, 1, 12, 5); // elements 1, 6, 11
  mul_(sl, Scalar(int64_t{2}));
  CHECK(values_of(sl) == std::vector<double>{2, -2, 22});
  relu_(sl);
  CHECK(values_of(sl) == std::vector<double>{2, 0, 22});
  clamp_(sl, Scalar(int64_t{1}), Scalar(int64_t{10}));
  CHECK(values_of(sl) == std::vector<double>{2, 1, 10});
  Tensor first = narrow(base, 0, 0, 2);
  zero_(first);
  CHECK(values_of(narrow(base, 0, 0, 3)) == std::vector<double>{0, 0, -1});
  // copy_ broadcasts and converts.
  Tensor dst = zeros({2, 3}, DType::Int32);
  copy_(dst, tensor_from_data({1.7, -2.2, 3.9}));
  CHECK(values_of(dst) == std::vector<double>{1, -2, 3, 1, -2, 3});
  CHECK_THROWS_WITH(copy_(dst, zeros({4})), "RuntimeError: The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1");
  // copy_ from an overlapping view of itself reads the old values.
  Tensor v = arange(Scalar(int64_t{5}), DType::Int64);
  Tensor head = slice(v, 0, 1, 5), tail = slice(v, 0, 0, 4);
  copy_(head, tail);
  CHECK(values_of(v) == std::vector<double>{0, 0, 1, 2, 3});
  // In-place ops keep self's dtype and reject a wider result.
  Tensor iv = ones({2}, DType::Int64);
  CHECK_THROWS_WITH(add_(iv, Scalar(1.5)), "RuntimeError: result type Float can't be cast to the desired output type Long");
  Tensor fv = ones({2}, DType::Float32);
  add_(fv, ones({2}, DType::Float64));
  CHECK(fv.dtype() == DType::Float32);
  CHECK(values_of(fv) == std::vector<double>{2, 2});
}

TEST_CASE("from_blob wraps external memory and runs the deleter once", "[runtime][tensor]") {
  static int deleted = 0;
  deleted = 0;
  std::vector<float> buf = {1, 2, 3, 4, 5, 6};
  {
    Tensor col;
    {
      Tensor t = from_blob(buf.data(), {2, 3}, DType::Float32, [](void*) { ++deleted; });
      col = select(t, 1, 1);
    }
    CHECK(deleted == 0); // the view keeps the storage alive
    fill_(col, Scalar(9.0));
    CHECK(buf == std::vector<float>{1, 9, 3, 4, 9, 6});
    CHECK(values_of(sum(col)) == std::vector<double>{18});
  }
  CHECK(deleted == 1);
}

TEST_CASE("large inputs take the parallel and pairwise paths", "[runtime][tensor]") {
  const int64_t n = 1 << 20;
  Tensor x = full({n}, Scalar(0.1), DType::Float32);
  // Naive float accumulation of 0.1 a million times drifts far from 104857.6;
  // pairwise summation stays within float's rounding of the sum.
  CHECK(sum(x).item().to_double() == Approx(104857.6).epsilon(1e-6));
  CHECK(mean(x).item().to_double() == Approx(0.1).epsilon(1e-6));
  Tensor r = arange(Scalar(int64_t{0}), Scalar(n), Scalar(int64_t{1}), DType::Float64);
  CHECK(sum(r).item().to_double() == double(n) * double(n - 1) / 2);
  CHECK(max(r).item().to_double() == double(n - 1));
  auto [v, i] = max(view(r, {1024, 1024}), 1);
  CHECK(values_of(slice(i, 0, 0, 3)) == std::vector<double>{1023, 1023, 1023});
  CHECK(values_of(slice(v, 0, 0, 2)) == std::vector<double>{1023, 2047});
  // Elementwise over a transposed large input equals the contiguous result.
  Tensor m = view(r, {1024, 1024});
  Tensor a = add(t(m), Scalar(int64_t{1}));
  Tensor b = add(contiguous(t(m)), Scalar(int64_t{1}));
  CHECK(values_of(eq(a, b)) == values_of(ones({1024, 1024}, DType::Bool)));
  CHECK(all(eq(a, b)).item().to_bool());
  Tensor s = softmax(view(x, {256, 4096}), 1);
  CHECK(sum(s).item().to_double() == Approx(256).epsilon(1e-5));
  CHECK(values_of(sum(s, {1})) == std::vector<double>(256, 1.0));
}

TEST_CASE("errors carry torch's type and wording", "[runtime][tensor]") {
  Tensor a = zeros({2, 3});
  CHECK_THROWS_WITH(add(a, zeros({4})), "RuntimeError: The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1");
  CHECK_THROWS_WITH(mm(a, zeros({2, 3})), "RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)");
  CHECK_THROWS_WITH(select(a, 0, 2), "IndexError: select(): index 2 out of range for tensor of size [2, 3] at dimension 0");
  CHECK_THROWS_WITH(sum(a, {2}), "IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)");
  CHECK_THROWS_WITH(scalar_tensor(Scalar(1.0)).size(0), "IndexError: dimension specified as 0 but tensor has no dimensions");
  CHECK_THROWS_WITH(a.item(), "RuntimeError: a Tensor with 6 elements cannot be converted to Scalar");
  CHECK_THROWS_WITH(div(a, a, "round"), "RuntimeError: div expected rounding_mode to be one of None, 'trunc', or 'floor' but found 'round'");
  CHECK_THROWS_WITH(clamp(a, std::nullopt, std::nullopt), "RuntimeError: torch.clamp: At least one of 'min' or 'max' must not be None");
  CHECK_THROWS_WITH(floor_divide(ones({2}, DType::Int64), zeros({2}, DType::Int64)), "RuntimeError: ZeroDivisionError");
  CHECK(scalar_tensor(Scalar(int64_t{7})).item().to_int() == 7);
}
