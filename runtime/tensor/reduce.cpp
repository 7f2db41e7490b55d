// runtime/tensor/reduce.cpp - Reductions over a dim list (sum, mean, prod, max/min, var, norm, ...), cumsum, softmax.
//
// Note [Reduction layout]
// A reduction permutes its input to (kept dims..., reduced dims...) and makes
// that contiguous when it is not already (a no-op for the common cases: a
// full reduction, or reducing the trailing dims of a contiguous tensor). Each
// output element then reduces one contiguous segment of R elements, and
// outputs are computed in parallel over OpenMP when the work is large; a full
// reduction of a large tensor splits its one segment into per-thread chunks.
// Float sums use pairwise (cascade) summation, like torch, so that the error
// grows with log(R) rather than R.
#include "runtime/tensor/ops_util.h"
#include "runtime/tensor/vec_math.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tsc::runtime::tensor {

std::vector<bool> reduction_mask(const Tensor& self, IntArrayRef dims) {
  int64_t nd = self.dim();
  std::vector<bool> mask(size_t(nd), dims.empty());
  for (int64_t d : dims) {
    int64_t w = wrap_dim(d, nd);
    if (nd == 0)
      continue;
    if (mask[size_t(w)])
      raise_runtime("dim " + std::to_string(w) + " appears multiple times in the list of dims");
    mask[size_t(w)] = true;
  }
  return mask;
}

namespace {

struct Segments {
  Tensor input;    // contiguous, (kept..., reduced...)
  int64_t m = 1;   // number of outputs
  int64_t r = 1;   // elements per output
  Shape out_shape; // with keepdim applied
};

Segments plan(const Tensor& self, const std::vector<bool>& mask, bool keepdim) {
  Segments s;
  Shape perm;
  for (int64_t d = 0; d < self.dim(); ++d) {
    if (mask[size_t(d)]) {
      s.r *= self.sizes()[d];
      if (keepdim)
        s.out_shape.push_back(1);
    } else {
      perm.push_back(d);
      s.m *= self.sizes()[d];
      s.out_shape.push_back(self.sizes()[d]);
    }
  }
  for (int64_t d = 0; d < self.dim(); ++d)
    if (mask[size_t(d)])
      perm.push_back(d);
  s.input = contiguous(permute(self, perm));
  return s;
}

// Pairwise summation of f(p[i]) in Acc, with 8 independent accumulators at the
// leaves so the loop vectorizes.
template <typename Acc, typename T, typename F> Acc pairwise_sum(const T* p, int64_t n, const F& f) {
  constexpr int64_t kLeaf = 256;
  if (n <= kLeaf) {
    Acc acc[8] = {};
    int64_t i = 0;
    for (; i + 8 <= n; i += 8)
      for (int j = 0; j < 8; ++j)
        acc[j] += f(static_cast<Acc>(p[i + j]));
    Acc total = ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
    for (; i < n; ++i)
      total += f(static_cast<Acc>(p[i]));
    return total;
  }
  int64_t half = (n / 2 + kLeaf - 1) / kLeaf * kLeaf;
  return pairwise_sum<Acc>(p, half, f) + pairwise_sum<Acc>(p + half, n - half, f);
}

// Sum of f(x) over one segment, using the threads when it is the only segment.
template <typename Acc, typename T, typename F> Acc segment_sum(const T* p, int64_t n, bool parallel, const F& f) {
  if (!parallel || n < kParallelGrain * 2)
    return pairwise_sum<Acc>(p, n, f);
  int nt = num_threads();
  std::vector<Acc> partial(size_t(nt), Acc(0));
  int64_t chunk = (n + nt - 1) / nt;
  parallel_for(nt, 1, [&](int64_t b, int64_t e) {
    for (int64_t t = b; t < e; ++t) {
      int64_t lo = t * chunk, hi = std::min(n, lo + chunk);
      if (lo < hi)
        partial[size_t(t)] = pairwise_sum<Acc>(p + lo, hi - lo, f);
    }
  });
  Acc total = 0;
  for (Acc v : partial)
    total += v;
  return total;
}

// Runs body(m) for each output, in parallel when the total work is large.
template <typename F> void for_outputs(const Segments& s, const F& body) {
  int64_t grain = s.r > 0 ? std::max<int64_t>(1, kParallelGrain / s.r) : s.m;
  parallel_for(s.m, grain, [&](int64_t b, int64_t e) {
    for (int64_t i = b; i < e; ++i)
      body(i);
  });
}

DType sum_dtype(DType in, OptDType dtype) {
  if (dtype)
    return *dtype;
  return is_integral(in, true) ? DType::Int64 : in;
}

// Sum (or mean when `divide`) of f(x) over the masked dims, in dtype `out_dt`.
template <typename F>
Tensor sum_like(const Tensor& self, IntArrayRef dims, bool keepdim, DType out_dt, bool divide, const F& f,
                const char* name) {
  auto mask = reduction_mask(self, dims);
  Tensor src = to(self, out_dt);
  // Leading dims of a contiguous tensor: accumulate whole rows into the
  // output (vectorized along the kept dims) instead of transposing first.
  size_t lead = 0;
  while (lead < mask.size() && mask[lead])
    ++lead;
  bool leading = src.is_contiguous() && lead > 0 && lead < mask.size() &&
                 std::none_of(mask.begin() + lead, mask.end(), [](bool b) { return b; });
  if (leading && is_floating(out_dt) && out_dt != DType::Float16 && out_dt != DType::BFloat16) {
    Shape out_shape;
    int64_t rows = 1, cols = 1;
    for (size_t d = 0; d < mask.size(); ++d) {
      if (mask[d]) {
        rows *= src.sizes()[d];
        if (keepdim)
          out_shape.push_back(1);
      } else {
        cols *= src.sizes()[d];
        out_shape.push_back(src.sizes()[d]);
      }
    }
    Tensor out = zeros(out_shape, out_dt);
    TSC_DISPATCH_FLOATING(out_dt, name, [&](auto tag_) {
      TSC_SCALAR_TYPE(tag_);
      if constexpr (std::is_floating_point_v<scalar_t>) {
        const scalar_t* in = src.data<scalar_t>();
        scalar_t* o = out.data<scalar_t>();
        parallel_for(cols, std::max<int64_t>(16, kParallelGrain / std::max<int64_t>(rows, 1)), [&](int64_t b, int64_t e) {
          for (int64_t r = 0; r < rows; ++r) {
            const scalar_t* __restrict__ row = in + r * cols;
            scalar_t* __restrict__ acc = o;
            for (int64_t c = b; c < e; ++c)
              acc[c] += static_cast<scalar_t>(f(row[c]));
          }
          if (divide)
            for (int64_t c = b; c < e; ++c)
              o[c] /= static_cast<scalar_t>(rows);
        });
      }
    });
    return out;
  }
  Segments s = plan(src, mask, keepdim);
  Tensor out = empty(s.out_shape, out_dt);
  TSC_DISPATCH_NUMERIC(out_dt, name, [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using acc_t = std::conditional_t<std::is_integral_v<scalar_t>, uint64_t, opmath_t<scalar_t>>; // ints wrap, as torch's
    const scalar_t* in = s.input.data<scalar_t>();
    scalar_t* o = out.data<scalar_t>();
    bool single = s.m == 1;
    for_outputs(s, [&](int64_t i) {
      acc_t v = segment_sum<acc_t>(in + i * s.r, s.r, single, [&](acc_t x) { return f(x); });
      if constexpr (std::is_floating_point_v<acc_t>) {
        if (divide)
          v = v / static_cast<acc_t>(s.r);
      }
      o[i] = static_cast<scalar_t>(v);
    });
  });
  return out;
}

struct Identity {
  template <typename T> T operator()(T x) const { return x; }
};

} // namespace

Tensor sum(const Tensor& self, IntArrayRef dims, bool keepdim, OptDType dtype) {
  DType dt = sum_dtype(self.dtype(), dtype);
  if (dt == DType::Bool)
    dt = DType::Int64;
  return sum_like(self, dims, keepdim, dt, false, Identity{}, "sum_cpu");
}

Tensor mean(const Tensor& self, IntArrayRef dims, bool keepdim, OptDType dtype) {
  DType dt = dtype.value_or(self.dtype());
  if (!is_floating(dt))
    raise_runtime(std::string("mean(): could not infer output dtype. ") +
                  (dtype ? "Optional dtype" : "Input dtype") +
                  " must be either a floating point or complex dtype. Got: " + dtype_cpp_name(dt));
  return sum_like(self, dims, keepdim, dt, true, Identity{}, "mean_cpu");
}

Tensor prod(const Tensor& self, std::optional<int64_t> dim, bool keepdim, OptDType dtype) {
  DType dt = sum_dtype(self.dtype(), dtype);
  if (dt == DType::Bool)
    dt = DType::Int64;
  Shape dims;
  if (dim)
    dims.push_back(*dim);
  auto mask = reduction_mask(self, dims);
  Segments s = plan(to(self, dt), mask, dim ? keepdim : false);
  Tensor out = empty(s.out_shape, dt);
  TSC_DISPATCH_NUMERIC(dt, "prod_cpu", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using acc_t = std::conditional_t<std::is_integral_v<scalar_t>, uint64_t, opmath_t<scalar_t>>; // ints wrap, as torch's
    const scalar_t* in = s.input.data<scalar_t>();
    scalar_t* o = out.data<scalar_t>();
    for_outputs(s, [&](int64_t i) {
      acc_t v = 1;
      for (int64_t j = 0; j < s.r; ++j)
        v = acc_t(v * static_cast<acc_t>(in[i * s.r + j]));
      o[i] = static_cast<scalar_t>(v);
    });
  });
  return out;
}

namespace {

// Max (kMax) or min of p[0..n) with the vectorized kernel; a large single
// segment is split over the threads and the partial results combined, NaN winning.
template <bool kMax, typename T> T extreme_values(const T* p, int64_t n, bool parallel) {
  auto kernel = [](const T* q, int64_t len) { return kMax ? vec::reduce_max(q, len) : vec::reduce_min(q, len); };
  if (!parallel || n < kParallelGrain * 2 || num_threads() <= 1)
    return kernel(p, n);
  int nt = num_threads();
  std::vector<T> partial(size_t(nt), p[0]);
  int64_t chunk = (n + nt - 1) / nt;
  parallel_for(nt, 1, [&](int64_t b, int64_t e) {
    for (int64_t t = b; t < e; ++t) {
      int64_t lo = t * chunk, hi = std::min(n, lo + chunk);
      if (lo < hi)
        partial[size_t(t)] = kernel(p + lo, hi - lo);
    }
  });
  return kernel(partial.data(), int64_t(partial.size()));
}

// max/min over segments: values (and the index of the first extreme; NaN wins).
template <bool kMax>
void extreme(const Tensor& self, const std::vector<bool>& mask, bool keepdim, const char* name, Tensor* values,
             Tensor* indices, bool full = false) {
  Segments s = plan(self, mask, keepdim);
  if (s.r == 0) {
    if (full && indices) // argmax()/argmin(): torch raises IndexError here
      raise_error("IndexError",
                  std::string(name) + "(): Expected reduction dim to be specified for input.numel() == 0.");
    if (full)
      raise_runtime(std::string(name) + "(): Expected reduction dim to be specified for input.numel() == 0. "
                                        "Specify the reduction dim with the 'dim' argument.");
    int64_t d = 0;
    while (d < self.dim() && !(mask[size_t(d)] && self.sizes()[d] == 0))
      ++d;
    raise_error("IndexError",
                std::string(name) + "(): Expected reduction dim " + std::to_string(d) + " to have non-zero size.");
  }
  if (indices && !values && self.dtype() == DType::Bool && s.r != 1 && s.m != 0)
    raise_not_implemented(kMax ? "argmax_cpu" : "argmin_cpu", self.dtype());
  if (values)
    *values = empty(s.out_shape, self.dtype());
  if (indices)
    *indices = empty(s.out_shape, DType::Int64);
  TSC_DISPATCH_ALL(self.dtype(), name, [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using op_t = opmath_t<scalar_t>;
    const scalar_t* in = s.input.data<scalar_t>();
    scalar_t* vo = values ? values->data<scalar_t>() : nullptr;
    int64_t* io = indices ? indices->data<int64_t>() : nullptr;
    for_outputs(s, [&](int64_t i) {
      const scalar_t* p = in + i * s.r;
      op_t best = static_cast<op_t>(p[0]);
      int64_t at = 0;
      if constexpr (std::is_same_v<scalar_t, float> || std::is_same_v<scalar_t, double>) {
        if (io) {
          at = kMax ? vec::index_of_max(p, s.r) : vec::index_of_min(p, s.r);
          best = p[at];
        } else {
          best = extreme_values<kMax>(p, s.r, s.m == 1);
        }
      } else if (io || !std::is_floating_point_v<op_t>) {
        for (int64_t j = 1; j < s.r; ++j) {
          op_t x = static_cast<op_t>(p[j]);
          if constexpr (std::is_floating_point_v<op_t>) {
            if (best != best)
              break;
            if (x != x) {
              best = x;
              at = j;
              break;
            }
          }
          if (kMax ? x > best : x < best) {
            best = x;
            at = j;
          }
        }
      } else if constexpr (std::is_floating_point_v<op_t>) {
        // 16-bit floats: compare in float32, NaN wins.
        for (int64_t j = 1; j < s.r; ++j) {
          op_t x = static_cast<op_t>(p[j]);
          best = ((kMax ? x > best : x < best) || x != x) ? x : best;
        }
      }
      if (vo)
        vo[i] = static_cast<scalar_t>(best);
      if (io)
        io[i] = at;
    });
  });
}

std::vector<bool> one_dim_mask(const Tensor& self, std::optional<int64_t> dim) {
  if (!dim)
    return std::vector<bool>(size_t(self.dim()), true);
  Shape d{*dim};
  return reduction_mask(self, d);
}

} // namespace

Tensor max(const Tensor& self) {
  Tensor v;
  extreme<true>(self, one_dim_mask(self, std::nullopt), false, "max", &v, nullptr, true);
  return v;
}
Tensor min(const Tensor& self) {
  Tensor v;
  extreme<false>(self, one_dim_mask(self, std::nullopt), false, "min", &v, nullptr, true);
  return v;
}
std::pair<Tensor, Tensor> max(const Tensor& self, int64_t dim, bool keepdim) {
  Tensor v, i;
  extreme<true>(self, one_dim_mask(self, dim), keepdim, "max", &v, &i);
  return {v, i};
}
std::pair<Tensor, Tensor> min(const Tensor& self, int64_t dim, bool keepdim) {
  Tensor v, i;
  extreme<false>(self, one_dim_mask(self, dim), keepdim, "min", &v, &i);
  return {v, i};
}
Tensor amax(const Tensor& self, IntArrayRef dims, bool keepdim) {
  Tensor v;
  extreme<true>(self, reduction_mask(self, dims), keepdim, "amax", &v, nullptr);
  return v;
}
Tensor amin(const Tensor& self, IntArrayRef dims, bool keepdim) {
  Tensor v;
  extreme<false>(self, reduction_mask(self, dims), keepdim, "amin", &v, nullptr);
  return v;
}
Tensor argmax(const Tensor& self, std::optional<int64_t> dim, bool keepdim) {
  Tensor i;
  if (!dim) {
    Tensor flat = reshape(self, {-1});
    extreme<true>(flat, {true}, false, "argmax", nullptr, &i, true);
    return keepdim ? reshape(i, Shape(size_t(self.dim()), 1)) : i;
  }
  extreme<true>(self, one_dim_mask(self, dim), keepdim, "argmax", nullptr, &i);
  return i;
}
Tensor argmin(const Tensor& self, std::optional<int64_t> dim, bool keepdim) {
  Tensor i;
  if (!dim) {
    Tensor flat = reshape(self, {-1});
    extreme<false>(flat, {true}, false, "argmin", nullptr, &i, true);
    return keepdim ? reshape(i, Shape(size_t(self.dim()), 1)) : i;
  }
  extreme<false>(self, one_dim_mask(self, dim), keepdim, "argmin", nullptr, &i);
  return i;
}

namespace {
Tensor var_impl(const Tensor& self, IntArrayRef dims, int64_t correction, bool keepdim, bool take_sqrt) {
  if (!is_floating(self.dtype()))
    raise_runtime("std and var only support floating point and complex dtypes");
  auto mask = reduction_mask(self, dims);
  Segments s = plan(self, mask, keepdim);
  Tensor out = empty(s.out_shape, self.dtype());
  TSC_DISPATCH_FLOATING(self.dtype(), "var", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    const scalar_t* in = s.input.data<scalar_t>();
    scalar_t* o = out.data<scalar_t>();
    for_outputs(s, [&](int64_t i) {
      const scalar_t* p = in + i * s.r;
      double mu = pairwise_sum<double>(p, s.r, Identity{}) / static_cast<double>(s.r);
      double ss = pairwise_sum<double>(p, s.r, [mu](double x) { return (x - mu) * (x - mu); });
      double denom = std::max<double>(0.0, static_cast<double>(s.r - correction));
      double v = ss / denom;
      o[i] = static_cast<scalar_t>(take_sqrt ? std::sqrt(v) : v);
    });
  });
  return out;
}
} // namespace

Tensor var(const Tensor& self, IntArrayRef dims, int64_t correction, bool keepdim) {
  return var_impl(self, dims, correction, keepdim, false);
}
Tensor std(const Tensor& self, IntArrayRef dims, int64_t correction, bool keepdim) {
  return var_impl(self, dims, correction, keepdim, true);
}

Tensor norm(const Tensor& self, const Scalar& p, IntArrayRef dims, bool keepdim) {
  if (!is_floating(self.dtype()))
    raise_runtime(std::string("norm(): input dtype should be either floating point or complex. Got ") +
                  dtype_cpp_name(self.dtype()) + " instead.");
  double pv = p.to_double();
  if (std::isinf(pv)) {
    Tensor a = abs(self);
    if (self.numel() == 0)
      return sum(a, dims, keepdim);
    return pv > 0 ? amax(a, dims, keepdim) : amin(a, dims, keepdim);
  }
  auto mask = reduction_mask(self, dims);
  Segments s = plan(self, mask, keepdim);
  Tensor out = empty(s.out_shape, self.dtype());
  TSC_DISPATCH_FLOATING(self.dtype(), "norm", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using acc_t = opmath_t<scalar_t>;
    const scalar_t* in = s.input.data<scalar_t>();
    scalar_t* o = out.data<scalar_t>();
    bool single = s.m == 1;
    for_outputs(s, [&](int64_t i) {
      const scalar_t* q = in + i * s.r;
      acc_t v;
      if (pv == 2) {
        v = std::sqrt(segment_sum<acc_t>(q, s.r, single, [](acc_t x) { return x * x; }));
      } else if (pv == 1) {
        v = segment_sum<acc_t>(q, s.r, single, [](acc_t x) { return std::abs(x); });
      } else if (pv == 0) {
        v = segment_sum<acc_t>(q, s.r, single, [](acc_t x) { return x != 0 ? acc_t(1) : acc_t(0); });
      } else {
        acc_t pa = static_cast<acc_t>(pv);
        v = std::pow(segment_sum<acc_t>(q, s.r, single, [pa](acc_t x) { return std::pow(std::abs(x), pa); }),
                     acc_t(1) / pa);
      }
      o[i] = static_cast<scalar_t>(v);
    });
  });
  return out;
}

Tensor logsumexp(const Tensor& self, IntArrayRef dims, bool keepdim) {
  Tensor x = is_floating(self.dtype()) ? self : to(self, kDefaultFloat);
  auto mask = reduction_mask(x, dims);
  Segments s = plan(x, mask, keepdim);
  Tensor out = empty(s.out_shape, x.dtype());
  TSC_DISPATCH_FLOATING(x.dtype(), "logsumexp", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using acc_t = opmath_t<scalar_t>;
    const scalar_t* in = s.input.data<scalar_t>();
    scalar_t* o = out.data<scalar_t>();
    for_outputs(s, [&](int64_t i) {
      const scalar_t* q = in + i * s.r;
      acc_t mx = -std::numeric_limits<acc_t>::infinity();
      for (int64_t j = 0; j < s.r; ++j)
        mx = std::max(mx, static_cast<acc_t>(q[j]));
      if (std::isinf(mx))
        mx = 0;
      acc_t sum = pairwise_sum<acc_t>(q, s.r, [mx](acc_t v) { return vec::exp(v - mx); });
      o[i] = static_cast<scalar_t>(std::log(sum) + mx);
    });
  });
  return out;
}

namespace {
Tensor all_any(const Tensor& self, std::optional<int64_t> dim, bool keepdim, bool is_all) {
  DType out_dt = self.dtype() == DType::UInt8 ? DType::UInt8 : DType::Bool;
  auto mask = one_dim_mask(self, dim);
  Segments s = plan(to(self, DType::Bool), mask, dim ? keepdim : false);
  Tensor out = empty(s.out_shape, DType::Bool);
  const bool* in = s.input.data<bool>();
  bool* o = out.data<bool>();
  for_outputs(s, [&](int64_t i) {
    bool v = is_all;
    for (int64_t j = 0; j < s.r; ++j)
      v = is_all ? (v && in[i * s.r + j]) : (v || in[i * s.r + j]);
    o[i] = v;
  });
  return to(out, out_dt);
}

// self with `dim` moved last and made contiguous; `back` undoes the permutation.
Tensor dim_last(const Tensor& self, int64_t dim, Shape& back) {
  int64_t nd = self.dim();
  Shape perm;
  for (int64_t d = 0; d < nd; ++d)
    if (d != dim)
      perm.push_back(d);
  perm.push_back(dim);
  back.assign(size_t(nd), 0);
  for (int64_t i = 0; i < nd; ++i)
    back[size_t(perm[size_t(i)])] = i;
  return contiguous(permute(self, perm));
}

Tensor softmax_impl(const Tensor& self_in, int64_t dim, OptDType dtype, bool log) {
  Tensor self = dtype ? to(self_in, *dtype) : self_in;
  if (self.numel() == 0)
    return empty(self.sizes(), self.dtype());
  if (!is_floating(self.dtype()))
    raise_not_implemented(log ? "log_softmax_lastdim_kernel_impl" : "softmax_lastdim_kernel_impl", self.dtype());
  int64_t d = wrap_dim(dim, self.dim());
  if (self.dim() == 0)
    return log ? zeros_like(self) : ones_like(self);
  Shape back;
  Tensor x = dim_last(self, d, back);
  int64_t r = x.sizes().back();
  int64_t m = r ? x.numel() / r : 0;
  Tensor out = empty(x.sizes(), x.dtype());
  TSC_DISPATCH_FLOATING(x.dtype(), "softmax", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using acc_t = opmath_t<scalar_t>;
    const scalar_t* in = x.data<scalar_t>();
    scalar_t* o = out.data<scalar_t>();
    int64_t grain = std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(r, 1));
    parallel_for(m, grain, [&](int64_t b, int64_t e) {
      for (int64_t i = b; i < e; ++i) {
        const scalar_t* q = in + i * r;
        scalar_t* w = o + i * r;
        if constexpr (std::is_same_v<scalar_t, acc_t>) {
          // float32/float64: one fused row kernel (vec_math.h).
          vec::softmax_row(q, w, r, log);
        } else {
          // 16-bit floats: computed in float32, rounded once.
          acc_t mx = -std::numeric_limits<acc_t>::infinity();
          for (int64_t j = 0; j < r; ++j) {
            acc_t v = static_cast<acc_t>(q[j]);
            mx = v > mx ? v : mx;
          }
          acc_t sum = 0;
          for (int64_t j = 0; j < r; ++j)
            sum += vec::exp(static_cast<acc_t>(q[j]) - mx);
          if (log) {
            acc_t lse = std::log(sum) + mx;
            for (int64_t j = 0; j < r; ++j)
              w[j] = static_cast<scalar_t>(static_cast<acc_t>(q[j]) - lse);
          } else {
            for (int64_t j = 0; j < r; ++j)
              w[j] = static_cast<scalar_t>(vec::exp(static_cast<acc_t>(q[j]) - mx) / sum);
          }
        }
      }
    });
  });
  return contiguous(permute(out, back));
}
} // namespace

Tensor all(const Tensor& self, std::optional<int64_t> dim, bool keepdim) {
  return all_any(self, dim, keepdim, true);
}
Tensor any(const Tensor& self, std::optional<int64_t> dim, bool keepdim) {
  return all_any(self, dim, keepdim, false);
}

Tensor softmax(const Tensor& self, int64_t dim, OptDType dtype) {
  return softmax_impl(self, dim, dtype, false);
}
Tensor log_softmax(const Tensor& self, int64_t dim, OptDType dtype) {
  return softmax_impl(self, dim, dtype, true);
}

Tensor cumsum(const Tensor& self, int64_t dim, OptDType dtype) {
  DType dt = sum_dtype(self.dtype(), dtype);
  if (dt == DType::Bool)
    dt = DType::Int64;
  Tensor src = to(self, dt);
  int64_t d = wrap_dim(dim, self.dim());
  if (self.dim() == 0)
    return clone(src);
  Shape back;
  Tensor x = dim_last(src, d, back);
  int64_t r = x.sizes().back();
  int64_t m = r ? x.numel() / r : 0;
  Tensor out = empty(x.sizes(), dt);
  TSC_DISPATCH_NUMERIC(dt, "cumsum_cpu", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    using acc_t = std::conditional_t<std::is_integral_v<scalar_t>, uint64_t, opmath_t<scalar_t>>; // ints wrap, as torch's
    const scalar_t* in = x.data<scalar_t>();
    scalar_t* o = out.data<scalar_t>();
    parallel_for(m, std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(r, 1)), [&](int64_t b, int64_t e) {
      for (int64_t i = b; i < e; ++i) {
        acc_t acc = 0;
        for (int64_t j = 0; j < r; ++j) {
          acc = acc_t(acc + static_cast<acc_t>(in[i * r + j]));
          o[i * r + j] = static_cast<scalar_t>(acc);
        }
      }
    });
  });
  return contiguous(permute(out, back));
}

} // namespace tsc::runtime::tensor
