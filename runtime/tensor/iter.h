// runtime/tensor/iter.h - The iteration helper behind every elementwise kernel (and the reductions' loops).
//
// Note [Tensor iteration]
// An ElementwiseIter takes operands (outputs first) whose shapes broadcast to
// the first output's shape, expresses each as byte strides over that shape
// (stride 0 on broadcast dims), orders the dims by the output's strides so
// the innermost loop walks memory in order, and merges dims that are
// contiguous for every operand. for_each then calls a loop body on runs of
// the innermost dim: `loop(char** data, const int64_t* strides, int64_t n)`,
// one pointer and byte stride per operand. Above kParallelGrain elements the
// range is split over OpenMP threads. Loop bodies must not throw (an
// exception may not leave an OpenMP region): kernels that can fail record the
// failure and raise after for_each returns.
//
// cpu_kernel<Out, In...>(iter, f) is the usual body: it converts nothing (the
// caller casts inputs to the computation dtype first), applies f to opmath
// values, and has fast paths for all-contiguous runs and for one input of
// stride 0 (a scalar operand), written so that g++ -O2/-O3 vectorizes them.
#pragma once

#include <cstdint>
#include <tuple>
#include <utility>
#include <vector>

#include "runtime/tensor/tensor.h"

namespace tsc::runtime::tensor {

/// Elements below which a kernel runs on one thread.
constexpr int64_t kParallelGrain = 32768;

/// The broadcast of `a` and `b` (numpy rules). RuntimeError as torch words it:
/// "The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1".
Shape broadcast_shapes(IntArrayRef a, IntArrayRef b);

/// Runs body(begin, end) over [0, n), split across the library's threads when n
/// is at least `grain` and more than one thread is available. `body` must not throw.
template <typename F> void parallel_for(int64_t n, int64_t grain, const F& body);

/// Number of threads the library uses: OpenMP's setting (OMP_NUM_THREADS, else the cores).
int num_threads();

/// Runs job(t, count) for t in [0, count) on the calling thread (t = 0) and
/// count - 1 pool workers, and returns when all are done. The workers sleep
/// on a condition variable between regions (Note [Passive workers]); a region
/// started while another runs (a nested call, or another caller thread) runs
/// on the caller alone with count 1.
void run_parallel(int count, void (*job)(void* ctx, int t, int count), void* ctx);

class ElementwiseIter {
public:
  /// `operands[0..num_outputs)` are outputs with the full shape; the others
  /// broadcast to it. Precondition: shapes are compatible (callers check with
  /// broadcast_shapes first).
  ElementwiseIter(const std::vector<Tensor>& operands, int num_outputs = 1);

  int num_operands() const { return static_cast<int>(base_.size()); }
  int64_t numel() const { return numel_; }
  /// Calls loop(data, strides, n) over every run of the (coalesced) innermost dim.
  template <typename Loop> void for_each(const Loop& loop) const;
  /// Same, restricted to flat positions [begin, end) (single-threaded).
  template <typename Loop> void run_range(const Loop& loop, int64_t begin, int64_t end) const;

private:
  std::vector<Tensor> keep_alive_; // operands may be temporaries (casts) of the caller
  std::vector<char*> base_;
  // dims innermost first; strides_[d * nops + k] is operand k's byte stride along d
  Shape sizes_;
  Shape strides_;
  int64_t numel_ = 1;
};

// ---- implementation ----

template <typename F> void parallel_for(int64_t n, int64_t grain, const F& body) {
  if (n <= 0)
    return;
  int nt = n >= grain ? num_threads() : 1;
  if (nt <= 1) {
    body(int64_t{0}, n);
    return;
  }
  struct Ctx {
    int64_t n;
    const F* body;
  } ctx{n, &body};
  run_parallel(
      nt,
      [](void* p, int t, int count) {
        const Ctx& c = *static_cast<const Ctx*>(p);
        int64_t chunk = (c.n + count - 1) / count;
        int64_t b = t * chunk, e = b + chunk < c.n ? b + chunk : c.n;
        if (b < e)
          (*c.body)(b, e);
      },
      &ctx);
}

template <typename Loop> void ElementwiseIter::run_range(const Loop& loop, int64_t begin, int64_t end) const {
  const int nops = num_operands();
  const int nd = static_cast<int>(sizes_.size());
  constexpr int kMaxOps = 8;
  char* ptrs[kMaxOps];
  int64_t inner[kMaxOps];
  int64_t idx[16] = {0};
  std::vector<int64_t> big_idx;
  int64_t* index = idx;
  if (nd > 16) {
    big_idx.assign(nd, 0);
    index = big_idx.data();
  }
  for (int k = 0; k < nops; ++k)
    inner[k] = nd ? strides_[k] : 0;
  // multi-index of `begin`
  int64_t rem = begin;
  for (int d = 0; d < nd; ++d) {
    index[d] = rem % sizes_[d];
    rem /= sizes_[d];
  }
  int64_t pos = begin;
  int64_t size0 = nd ? sizes_[0] : 1;
  while (pos < end) {
    for (int k = 0; k < nops; ++k) {
      char* p = base_[k];
      for (int d = 0; d < nd; ++d)
        p += index[d] * strides_[d * nops + k];
      ptrs[k] = p;
    }
    int64_t run = size0 - (nd ? index[0] : 0);
    if (run > end - pos)
      run = end - pos;
    loop(ptrs, inner, run);
    pos += run;
    if (nd == 0)
      break;
    index[0] += run;
    for (int d = 0; d < nd - 1 && index[d] >= sizes_[d]; ++d) {
      index[d] = 0;
      ++index[d + 1];
    }
  }
}

template <typename Loop> void ElementwiseIter::for_each(const Loop& loop) const {
  if (numel_ == 0)
    return;
  parallel_for(numel_, kParallelGrain, [&](int64_t b, int64_t e) { run_range(loop, b, e); });
}

namespace detail {
template <typename T> inline opmath_t<T> load(const char* p) {
  return static_cast<opmath_t<T>>(*reinterpret_cast<const T*>(p));
}

template <typename Out, typename... In, typename F, size_t... I>
inline void kernel_loop(char** data, const int64_t* strides, int64_t n, const F& f, std::index_sequence<I...>) {
  constexpr size_t kN = sizeof...(In);
  bool contiguous = strides[0] == int64_t(sizeof(Out)) && ((strides[I + 1] == int64_t(sizeof(In))) && ...);
  if (contiguous) {
    Out* __restrict__ out = reinterpret_cast<Out*>(data[0]);
    std::tuple<const In*...> in{reinterpret_cast<const In*>(data[I + 1])...};
    for (int64_t i = 0; i < n; ++i)
      out[i] = static_cast<Out>(f(static_cast<opmath_t<In>>(std::get<I>(in)[i])...));
    return;
  }
  if constexpr (kN == 2) {
    using A = std::tuple_element_t<0, std::tuple<In...>>;
    using B = std::tuple_element_t<1, std::tuple<In...>>;
    if (strides[0] == int64_t(sizeof(Out)) && strides[1] == int64_t(sizeof(A)) && strides[2] == 0) {
      Out* __restrict__ out = reinterpret_cast<Out*>(data[0]);
      const A* __restrict__ a = reinterpret_cast<const A*>(data[1]);
      const opmath_t<B> b = load<B>(data[2]);
      for (int64_t i = 0; i < n; ++i)
        out[i] = static_cast<Out>(f(static_cast<opmath_t<A>>(a[i]), b));
      return;
    }
    if (strides[0] == int64_t(sizeof(Out)) && strides[1] == 0 && strides[2] == int64_t(sizeof(B))) {
      Out* __restrict__ out = reinterpret_cast<Out*>(data[0]);
      const opmath_t<A> a = load<A>(data[1]);
      const B* __restrict__ b = reinterpret_cast<const B*>(data[2]);
      for (int64_t i = 0; i < n; ++i)
        out[i] = static_cast<Out>(f(a, static_cast<opmath_t<B>>(b[i])));
      return;
    }
  }
  for (int64_t i = 0; i < n; ++i)
    *reinterpret_cast<Out*>(data[0] + i * strides[0]) = static_cast<Out>(f(load<In>(data[I + 1] + i * strides[I + 1])...));
}
} // namespace detail

/// Applies f(opmath In...) -> value convertible to Out over `iter`, whose
/// operand 0 has element type Out and operands 1.. have types In... in order.
template <typename Out, typename... In, typename F> void cpu_kernel(const ElementwiseIter& iter, const F& f) {
  iter.for_each([&](char** data, const int64_t* strides, int64_t n) {
    detail::kernel_loop<Out, In...>(data, strides, n, f, std::index_sequence_for<In...>{});
  });
}

} // namespace tsc::runtime::tensor
