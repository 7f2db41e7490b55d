// runtime/tensor/iter.cpp - Broadcasting, dim ordering and coalescing for ElementwiseIter.
#include "runtime/tensor/iter.h"

#include <omp.h>

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "ir/assert.h"
#include "runtime/error.h"

namespace tsc::runtime::tensor {

int num_threads() {
  return omp_get_max_threads();
}

// Note [Passive workers]
// parallel_for's regions run on a pool of plain threads that block on a
// condition variable between regions, rather than on OpenMP's team, whose
// idle threads spin (OMP_WAIT_POLICY's default) right when OpenBLAS's own
// pthreads start the next GEMM: on two cores with two threads each, a
// MobileNet took 4.5x its one-thread time (84 vs 18.7 ms; OMP_WAIT_POLICY=
// passive brought it back). A wake-up costs microseconds, so regions stay
// above kParallelGrain elements. The pool is created on first use and never
// destroyed (its threads sleep until the process exits).
namespace {

class Pool {
public:
  void run(int count, void (*job)(void*, int, int), void* ctx) {
    std::unique_lock<std::mutex> region(region_, std::try_to_lock);
    if (!region.owns_lock()) { // nested, or another caller's region is running
      job(ctx, 0, 1);
      return;
    }
    {
      std::lock_guard<std::mutex> lock(m_);
      while (static_cast<int>(workers_.size()) < count - 1) {
        int id = static_cast<int>(workers_.size()) + 1;
        workers_.emplace_back([this, id] { work(id); });
        workers_.back().detach();
      }
      job_ = job;
      ctx_ = ctx;
      count_ = count;
      pending_ = count - 1;
      ++generation_;
    }
    wake_.notify_all();
    std::exception_ptr error;
    try {
      job(ctx, 0, count);
    } catch (...) { // bodies must not throw; if one does, the workers still finish with ctx alive
      error = std::current_exception();
    }
    std::unique_lock<std::mutex> lock(m_);
    done_.wait(lock, [this] { return pending_ == 0; });
    if (error)
      std::rethrow_exception(error);
  }

private:
  void work(int id) {
    uint64_t seen = 0;
    std::unique_lock<std::mutex> lock(m_);
    for (;;) {
      wake_.wait(lock, [&] { return generation_ != seen; });
      seen = generation_;
      if (id >= count_)
        continue;
      auto job = job_;
      void* ctx = ctx_;
      int count = count_;
      lock.unlock();
      job(ctx, id, count);
      lock.lock();
      if (--pending_ == 0)
        done_.notify_one();
    }
  }

  std::mutex region_; // one region at a time
  std::mutex m_;
  std::condition_variable wake_, done_;
  std::vector<std::thread> workers_;
  void (*job_)(void*, int, int) = nullptr;
  void* ctx_ = nullptr;
  int count_ = 0;
  int pending_ = 0;
  uint64_t generation_ = 0;
};

Pool& pool() {
  static Pool* p = new Pool; // never destroyed: detached workers may still wait on it at exit
  return *p;
}

} // namespace

void run_parallel(int count, void (*job)(void* ctx, int t, int count), void* ctx) {
  if (count <= 1) {
    job(ctx, 0, 1);
    return;
  }
  pool().run(count, job, ctx);
}

Shape broadcast_shapes(IntArrayRef a, IntArrayRef b) {
  size_t n = a.size() > b.size() ? a.size() : b.size();
  Shape out(n);
  for (size_t i = 0; i < n; ++i) {
    // Aligned from the right; dims missing on one side are 1.
    int64_t da = i < n - a.size() ? 1 : a[i - (n - a.size())];
    int64_t db = i < n - b.size() ? 1 : b[i - (n - b.size())];
    if (da != db && da != 1 && db != 1)
      raise_error("RuntimeError", "The size of tensor a (" + std::to_string(da) +
                                      ") must match the size of tensor b (" + std::to_string(db) +
                                      ") at non-singleton dimension " + std::to_string(i));
    out[i] = da == 1 ? db : da;
  }
  return out;
}

ElementwiseIter::ElementwiseIter(const std::vector<Tensor>& operands, int num_outputs)
    : keep_alive_(operands) {
  (void)num_outputs;
  const int nops = static_cast<int>(operands.size());
  TSC_ASSERT(nops >= 1 && nops <= 8, "elementwise iteration takes 1 to 8 operands");
  const Shape& shape = operands[0].sizes();
  const int ndim = static_cast<int>(shape.size());
  base_.resize(nops);
  // Byte strides per operand over the full shape, outermost dim first.
  std::vector<int64_t> st(size_t(ndim) * nops, 0);
  for (int k = 0; k < nops; ++k) {
    const Tensor& t = operands[k];
    base_[k] = t.data_ptr();
    int64_t es = static_cast<int64_t>(t.element_size());
    int off = ndim - static_cast<int>(t.dim());
    TSC_ASSERT(off >= 0, "operand has more dims than the output");
    for (int d = 0; d < t.dim(); ++d)
      st[size_t(d + off) * nops + k] = t.sizes()[d] == 1 ? 0 : t.strides()[d] * es;
  }
  numel_ = 1;
  for (int64_t s : shape)
    numel_ *= s;
  // Order dims innermost first, by the output's strides (then the inputs'),
  // so that runs walk memory in order even for permuted outputs.
  std::vector<int> perm(ndim);
  for (int d = 0; d < ndim; ++d)
    perm[d] = ndim - 1 - d;
  auto less = [&](int a, int b) { // should dim a be inner to dim b?
    for (int k = 0; k < nops; ++k) {
      int64_t sa = st[size_t(a) * nops + k], sb = st[size_t(b) * nops + k];
      if (sa == 0 || sb == 0)
        continue;
      int64_t aa = sa < 0 ? -sa : sa, ab = sb < 0 ? -sb : sb;
      if (aa != ab)
        return aa < ab;
    }
    return false;
  };
  for (int i = 1; i < ndim; ++i) // insertion sort: stable, dims are few
    for (int j = i; j > 0 && less(perm[j], perm[j - 1]); --j)
      std::swap(perm[j], perm[j - 1]);
  // Coalesce neighbours (inner d, outer d+1) that are contiguous for every operand.
  sizes_.clear();
  strides_.clear();
  for (int i = 0; i < ndim; ++i) {
    int d = perm[i];
    if (shape[d] == 1)
      continue;
    if (!sizes_.empty()) {
      size_t last = sizes_.size() - 1;
      bool merge = true;
      for (int k = 0; k < nops && merge; ++k)
        merge = st[size_t(d) * nops + k] == strides_[last * nops + k] * sizes_[last];
      if (merge) {
        sizes_[last] *= shape[d];
        continue;
      }
    }
    sizes_.push_back(shape[d]);
    for (int k = 0; k < nops; ++k)
      strides_.push_back(st[size_t(d) * nops + k]);
  }
  if (sizes_.empty() && numel_ == 1) {
    sizes_.push_back(1);
    for (int k = 0; k < nops; ++k)
      strides_.push_back(0);
  }
}

} // namespace tsc::runtime::tensor
