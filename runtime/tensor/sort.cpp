// runtime/tensor/sort.cpp - sort (stable; NaN sorts above +inf) and topk along a dim.
#include "runtime/tensor/ops_nn.h"

#include "runtime/tensor/ops_util.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tsc::runtime::tensor {

namespace {

// Sorts each row of `self` moved to the last dim; keeps the first `k` of each
// row (k < 0: all). Returns (values, indices) with `dim` back in place.
std::pair<Tensor, Tensor> sorted_rows(const Tensor& self, int64_t dim, bool descending, int64_t k) {
  if (self.dim() == 0) {
    Tensor v = k == 0 ? empty({0}, self.dtype()) : clone(self);
    Tensor i = k == 0 ? empty({0}, DType::Int64) : zeros({}, DType::Int64);
    return {v, i};
  }
  int64_t d = wrap_dim(dim, self.dim());
  int64_t nd = self.dim();
  Shape perm;
  for (int64_t j = 0; j < nd; ++j)
    if (j != d)
      perm.push_back(j);
  perm.push_back(d);
  Shape back(static_cast<size_t>(nd));
  for (int64_t j = 0; j < nd; ++j)
    back[size_t(perm[size_t(j)])] = j;
  Tensor x = contiguous(permute(self, perm));
  int64_t n = x.sizes().back();
  int64_t keep = k < 0 ? n : k;
  int64_t rows = n ? x.numel() / n : 0;
  if (n == 0)
    rows = 0;
  Shape out_shape = x.sizes();
  out_shape.back() = keep;
  Tensor values = empty(out_shape, x.dtype()), indices = empty(out_shape, DType::Int64);
  TSC_DISPATCH_ALL(x.dtype(), "sort", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using key_t = std::conditional_t<std::is_same_v<scalar_t, bool>, int, opmath_t<scalar_t>>;
    const scalar_t* in = x.data<scalar_t>();
    scalar_t* vo = values.data<scalar_t>();
    int64_t* io = indices.data<int64_t>();
    std::vector<int64_t> order(static_cast<size_t>(n));
    std::vector<key_t> keys(static_cast<size_t>(n));
    for (int64_t r = 0; r < rows; ++r) {
      const scalar_t* row = in + r * n;
      for (int64_t j = 0; j < n; ++j)
        keys[size_t(j)] = static_cast<key_t>(row[j]);
      std::iota(order.begin(), order.end(), int64_t{0});
      auto is_nan = [](key_t v) {
        if constexpr (std::is_floating_point_v<key_t>)
          return std::isnan(v);
        else
          return false;
      };
      if (descending)
        std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) {
          key_t ka = keys[size_t(a)], kb = keys[size_t(b)];
          return (is_nan(ka) && !is_nan(kb)) || ka > kb;
        });
      else
        std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) {
          key_t ka = keys[size_t(a)], kb = keys[size_t(b)];
          return !is_nan(ka) && (is_nan(kb) || ka < kb);
        });
      for (int64_t j = 0; j < keep; ++j) {
        vo[r * keep + j] = row[order[size_t(j)]];
        io[r * keep + j] = order[size_t(j)];
      }
    }
  });
  return {permute(values, back), permute(indices, back)};
}

} // namespace

std::pair<Tensor, Tensor> sort(const Tensor& self, int64_t dim, bool descending, bool /*stable*/) {
  if (self.dim() > 0)
    wrap_dim(dim, self.dim());
  auto r = sorted_rows(self, dim, descending, -1);
  return {contiguous(r.first), contiguous(r.second)};
}

std::pair<Tensor, Tensor> topk(const Tensor& self, int64_t k, int64_t dim, bool largest, bool /*sorted*/) {
  int64_t d = wrap_dim(dim, std::max<int64_t>(self.dim(), 1));
  int64_t size = self.dim() == 0 ? 1 : self.sizes()[size_t(d)];
  if (k < 0 || k > size)
    raise_runtime("selected index k out of range");
  if (self.dtype() == DType::Bool)
    raise_not_implemented("topk_cpu", DType::Bool);
  auto r = sorted_rows(self, dim, largest, k);
  return {contiguous(r.first), contiguous(r.second)};
}

} // namespace tsc::runtime::tensor
