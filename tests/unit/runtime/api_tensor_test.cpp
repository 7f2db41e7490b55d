// tests/unit/runtime/api_tensor_test.cpp - tsc::Tensor in the public C++ API: from_blob, accessors, script
// calls.
#include "tsc/tsc.h"

#include "tests/unit/runtime/api_archive.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

const char* const kSource = R"(from typing import List
from torch import Tensor


def f(x: Tensor) -> Tensor:
    return x * 2 + 1


def pair(x: Tensor, k: float) -> List[Tensor]:
    return [x.t(), x * k]


def row(x: Tensor, i: int) -> Tensor:
    return x[i]
)";

// `tsc prog.py --emit=ir --locations` of kSource (the archive's extra/tsc/ir.txt).
const char* const kIr = R"(graph @f(%x : Tensor) -> Tensor:
  %0 : int = prim::Constant[value=2]()  # prog.py:6:16
  %1 : Tensor = aten::mul(%x, %0)  # prog.py:6:12
  %2 : int = prim::Constant[value=1]()  # prog.py:6:20
  %3 : int = prim::Constant[value=1]()  # prog.py:6:12
  %4 : Tensor = aten::add(%1, %2, %3)  # prog.py:6:12
  return (%4)

graph @pair(%x : Tensor, %k : float) -> List[Tensor]:
  %0 : Tensor = aten::t(%x)  # prog.py:10:13
  %1 : Tensor = aten::mul(%x, %k)  # prog.py:10:20
  %2 : List[Tensor] = prim::ListConstruct(%0, %1)  # prog.py:10:12
  return (%2)

graph @row(%x : Tensor, %i : int) -> Tensor:
  %0 : int = prim::Constant[value=0]()  # prog.py:14:14
  %1 : Tensor = aten::select(%x, %0, %i)  # prog.py:14:14
  return (%1)
)";

// The archive written to a temporary file (removed afterwards) and loaded.
class LoadedProgram {
public:
  LoadedProgram() {
    std::string pattern = (std::filesystem::temp_directory_path() / "tsc_api_tensor_test_XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    dir_ = pattern;
    std::string file = (dir_ / "prog.pt").string();
    std::ofstream(file, std::ios::binary) << tsc::testing::one_source_archive(kSource, kIr);
    module = tsc::load(file);
  }
  ~LoadedProgram() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  tsc::Module module{nullptr};

private:
  std::filesystem::path dir_;
};

// The tsc::Error that `f` throws; fails the test when it throws none.
template <typename F> tsc::Error error_of(F&& f) {
  try {
    f();
  } catch (const tsc::Error& e) {
    return e;
  }
  FAIL("no tsc::Error was thrown");
  return tsc::Error("unreachable");
}

} // namespace

TEST_CASE("from_blob views the caller's memory and runs the deleter once, after the last view",
          "[runtime][api]") {
  float buf[6] = {0, 1, 2, 3, 4, 5};
  int deleted = 0;
  void* deleted_ptr = nullptr;
  {
    tsc::Tensor t = tsc::Tensor::from_blob(buf, {2, 3}, tsc::DType::Float32, [&](void* p) {
      ++deleted;
      deleted_ptr = p;
    });
    CHECK(t.defined());
    CHECK(t.dtype() == tsc::DType::Float32);
    CHECK(t.sizes() == std::vector<int64_t>{2, 3});
    CHECK(t.strides() == std::vector<int64_t>{3, 1});
    CHECK(t.dim() == 2);
    CHECK(t.numel() == 6);
    CHECK(t.is_contiguous());
    CHECK(t.data_ptr() == buf);
    t.data_ptr<float>()[4] = 40.0f; // writes reach the caller's memory
    CHECK(buf[4] == 40.0f);
    tsc::Tensor copy = t; // a second handle, not a second buffer
    CHECK(copy.data_ptr() == buf);
    t = tsc::Tensor();
    CHECK(deleted == 0);
  }
  CHECK(deleted == 1);
  CHECK(deleted_ptr == buf);
}

TEST_CASE("views a script makes keep borrowed memory alive", "[runtime][api]") {
  LoadedProgram p;
  double buf[6] = {0, 1, 2, 3, 4, 5};
  int deleted = 0;
  tsc::Value result;
  {
    tsc::Tensor x = tsc::Tensor::from_blob(buf, {2, 3}, tsc::DType::Float64, [&](void*) { ++deleted; });
    result = p.module.call("row", {x, 1});
  }
  CHECK(deleted == 0); // the row is a view of buf
  tsc::Tensor r = result.to_tensor();
  CHECK(r.data_ptr() == buf + 3);
  CHECK(r.to_string() == "tensor([3., 4., 5.], dtype=torch.float64)");
  result = tsc::Value();
  CHECK(deleted == 0);
  r = tsc::Tensor();
  CHECK(deleted == 1);
}

TEST_CASE("accessors index through sizes and strides", "[runtime][api]") {
  int32_t buf[6] = {0, 1, 2, 3, 4, 5};
  // The transpose of a 2x3 row-major matrix: sizes {3, 2}, strides {1, 3}.
  tsc::Tensor t = tsc::Tensor::from_blob(buf, {3, 2}, {1, 3}, tsc::DType::Int32);
  CHECK_FALSE(t.is_contiguous());
  auto a = t.accessor<int32_t, 2>();
  CHECK(a.size(0) == 3);
  CHECK(a.size(1) == 2);
  CHECK(a[0][1] == 3);
  CHECK(a[2][0] == 2);
  CHECK(a[2][1] == 5);
  a[1][1] = 40;
  CHECK(buf[4] == 40);
  CHECK(t.to_string() == "tensor([[ 0,  3],\n        [ 1, 40],\n        [ 2,  5]], dtype=torch.int32)");

  tsc::Tensor z = tsc::Tensor::zeros({2, 3}, tsc::DType::Int64);
  CHECK(z.to_string() == "tensor([[0, 0, 0],\n        [0, 0, 0]])");
  auto za = z.accessor<int64_t, 2>();
  za[1][2] = 7;
  CHECK(z.data_ptr<int64_t>()[5] == 7);
  tsc::Tensor e = tsc::Tensor::empty({4});
  CHECK(e.dtype() == tsc::DType::Float32);
  CHECK(e.numel() == 4);
  CHECK(tsc::dtype_name(tsc::DType::BFloat16) == "torch.bfloat16");
}

TEST_CASE("a dtype, dim or shape mismatch is a tsc::Error", "[runtime][api]") {
  float buf[2] = {1, 2};
  tsc::Tensor t = tsc::Tensor::from_blob(buf, {2}, tsc::DType::Float32);
  tsc::Error e = error_of([&] { (void)t.data_ptr<double>(); });
  CHECK(e.name() == "RuntimeError");
  CHECK(e.message() == "expected scalar type Double but found Float");
  e = error_of([&] { (void)t.accessor<int64_t, 1>(); });
  CHECK(e.message() == "expected scalar type Long but found Float");
  e = error_of([&] { (void)t.accessor<float, 2>(); });
  CHECK(e.message() == "TensorAccessor expected 2 dims but tensor has 1");
  e = error_of([&] { (void)tsc::Tensor::from_blob(buf, {2, -1}, tsc::DType::Float32); });
  CHECK(e.name() == "ValueError");
  e = error_of([&] { (void)tsc::Tensor::from_blob(buf, {2}, {1, 1}, tsc::DType::Float32); });
  CHECK(e.message() == "from_blob got 2 strides for 1 sizes");
  e = error_of([&] { (void)tsc::Tensor().numel(); });
  CHECK(e.message() == "the tensor is undefined");
  e = error_of([&] { (void)tsc::Value(3).to_tensor(); });
  CHECK(e.message() == "expected a value of type 'Tensor', found 'int'");
}

TEST_CASE("a script takes and returns tensors over borrowed memory", "[runtime][api]") {
  LoadedProgram p;
  float buf[3] = {1, 2, 3};
  tsc::Tensor x = tsc::Tensor::from_blob(buf, {3}, tsc::DType::Float32);
  tsc::Value v(x);
  CHECK(v.is_tensor());
  CHECK(v.type_name() == "Tensor");
  tsc::Value out = p.module.call("f", {x});
  REQUIRE(out.is_tensor());
  tsc::Tensor y = out.to_tensor();
  CHECK(y.data_ptr() != buf); // a new tensor
  CHECK(y.dtype() == tsc::DType::Float32);
  const float* d = y.data_ptr<float>();
  CHECK(d[0] == 3.0f);
  CHECK(d[1] == 5.0f);
  CHECK(d[2] == 7.0f);
  CHECK(y.to_string() == "tensor([3., 5., 7.])"); // torch: repr(x * 2 + 1)
  CHECK(out.repr() == "tensor([3., 5., 7.])");

  // A list of tensors, one of them a view of the argument.
  double m[6] = {0, 1, 2, 3, 4, 5};
  tsc::Tensor mt = tsc::Tensor::from_blob(m, {2, 3}, tsc::DType::Float64);
  std::vector<tsc::Value> items = p.module.call("pair", {mt, 0.5}).to_list();
  REQUIRE(items.size() == 2);
  tsc::Tensor tr = items[0].to_tensor();
  CHECK(tr.data_ptr() == m);
  CHECK(tr.sizes() == std::vector<int64_t>{3, 2});
  CHECK(tr.strides() == std::vector<int64_t>{1, 3});
  CHECK(tr.to_string() == "tensor([[0., 3.],\n        [1., 4.],\n        [2., 5.]], dtype=torch.float64)");
  CHECK(items[1].to_tensor().to_string() ==
        "tensor([[0.0000, 0.5000, 1.0000],\n        [1.5000, 2.0000, 2.5000]], dtype=torch.float64)");

  // A tensor built in C++ inside a list argument, and a wrong argument type.
  tsc::Error e = error_of([&] { p.module.call("f", {1.5}); });
  CHECK(e.name() == "TypeError");
}
