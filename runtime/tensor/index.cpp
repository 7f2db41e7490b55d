// runtime/tensor/index.cpp - masked_fill, index_select, gather, nonzero and advanced indexing (index, index_put_).
#include "runtime/tensor/ops_nn.h"

#include "runtime/tensor/ops_util.h"

#include <cstring>

namespace tsc::runtime::tensor {

namespace {

[[noreturn]] void raise_index(std::string message) {
  raise_error("IndexError", std::move(message));
}

// Note [Advanced indexing plan]
// x[i0, :, i2] is computed as a gather into a temporary laid out as
// [B..., R...] (B: the broadcast shape of the index tensors, R: the dims no
// index touches, in order), then permuted to the result's order: B goes where
// the first indexed dim was when the indexed dims are adjacent, in front
// otherwise. Each B position has one base offset (sum of index * stride) and
// each R position one offset, so both index and index_put_ are two flat loops.
struct IndexPlan {
  std::vector<int64_t> base;    // per B position: element offset into self's storage (without storage_offset)
  std::vector<int64_t> rest;    // per R position: element offset
  Shape bshape, rshape;         // B and R sizes
  Shape final_shape;            // the result's shape
  Shape tmp_to_final;           // permutation: final dim i is tmp dim tmp_to_final[i]
};

IndexPlan plan_index(const Tensor& self, const std::vector<Tensor>& indices) {
  // 1. One int64 index per indexed dim (masks become their nonzero() coordinates).
  std::vector<Tensor> per_dim(size_t(self.dim()));
  int64_t cur = 0;
  for (const Tensor& ix : indices) {
    if (!ix.defined()) {
      ++cur;
      continue;
    }
    DType dt = ix.dtype();
    if (dt == DType::Bool || dt == DType::UInt8) {
      if (ix.dim() == 0)
        raise_runtime("index: a 0-dim boolean index is not supported");
      if (cur + ix.dim() > self.dim())
        raise_index("too many indices for tensor of dimension " + std::to_string(self.dim()));
      for (int64_t j = 0; j < ix.dim(); ++j)
        if (ix.sizes()[size_t(j)] != self.sizes()[size_t(cur + j)])
          raise_index("The shape of the mask " + shape_str(ix.sizes()) + " at index " + std::to_string(j) +
                      " does not match the shape of the indexed tensor " + shape_str(self.sizes()) + " at index " +
                      std::to_string(cur + j));
      Tensor nz = nonzero(ix);
      for (int64_t j = 0; j < ix.dim(); ++j)
        per_dim[size_t(cur + j)] = select(nz, 1, j);
      cur += ix.dim();
      continue;
    }
    if (dt != DType::Int64)
      raise_index("tensors used as indices must be long, byte or bool tensors");
    if (cur >= self.dim())
      raise_index("too many indices for tensor of dimension " + std::to_string(self.dim()));
    per_dim[size_t(cur++)] = ix;
  }
  // 2. Broadcast the index tensors together.
  IndexPlan p;
  std::vector<int64_t> indexed;
  bool first = true;
  for (int64_t d = 0; d < self.dim(); ++d) {
    if (!per_dim[size_t(d)].defined())
      continue;
    indexed.push_back(d);
    const Shape& s = per_dim[size_t(d)].sizes();
    if (first) {
      p.bshape = s;
      first = false;
      continue;
    }
    size_t n = std::max(p.bshape.size(), s.size());
    Shape out(n);
    for (size_t i = 0; i < n; ++i) {
      int64_t a = i + p.bshape.size() >= n ? p.bshape[i + p.bshape.size() - n] : 1;
      int64_t b = i + s.size() >= n ? s[i + s.size() - n] : 1;
      if (a != b && a != 1 && b != 1) {
        std::string shapes;
        for (int64_t e : indexed)
          shapes += (shapes.empty() ? "" : ", ") + shape_str(per_dim[size_t(e)].sizes());
        raise_index("shape mismatch: indexing tensors could not be broadcast together with shapes " + shapes);
      }
      out[i] = a == 1 ? b : a;
    }
    p.bshape = out;
  }
  // 3. Base offsets per B position (bounds-checked, negatives wrapped).
  int64_t nb = checked_numel(p.bshape);
  p.base.assign(size_t(nb), 0);
  for (int64_t d : indexed) {
    Tensor ix = contiguous(expand(per_dim[size_t(d)], p.bshape));
    const int64_t* v = ix.data<int64_t>();
    int64_t size = self.sizes()[size_t(d)], stride = self.strides()[size_t(d)];
    for (int64_t i = 0; i < nb; ++i) {
      int64_t k = v[i];
      if (k < -size || k >= size)
        raise_index("index " + std::to_string(k) + " is out of bounds for dimension " + std::to_string(d) +
                    " with size " + std::to_string(size));
      p.base[size_t(i)] += (k < 0 ? k + size : k) * stride;
    }
  }
  // 4. Offsets of the untouched dims, and the result's layout.
  Shape rstrides;
  std::vector<int64_t> rest_dims;
  for (int64_t d = 0; d < self.dim(); ++d)
    if (!per_dim[size_t(d)].defined()) {
      rest_dims.push_back(d);
      p.rshape.push_back(self.sizes()[size_t(d)]);
      rstrides.push_back(self.strides()[size_t(d)]);
    }
  int64_t nr = checked_numel(p.rshape);
  p.rest.assign(size_t(nr), 0);
  for (int64_t r = 0; r < nr; ++r) {
    int64_t rem = r, off = 0;
    for (int64_t j = int64_t(p.rshape.size()) - 1; j >= 0; --j) {
      off += (rem % p.rshape[size_t(j)]) * rstrides[size_t(j)];
      rem /= p.rshape[size_t(j)];
    }
    p.rest[size_t(r)] = off;
  }
  bool adjacent = !indexed.empty() && indexed.back() - indexed.front() + 1 == int64_t(indexed.size());
  int64_t at = adjacent ? indexed.front() : 0; // R dims before B in the result
  int64_t nbd = int64_t(p.bshape.size());
  for (int64_t j = 0; j < at; ++j)
    p.tmp_to_final.push_back(nbd + j);
  for (int64_t j = 0; j < nbd; ++j)
    p.tmp_to_final.push_back(j);
  for (int64_t j = at; j < int64_t(p.rshape.size()); ++j)
    p.tmp_to_final.push_back(nbd + j);
  Shape tmp = p.bshape;
  tmp.insert(tmp.end(), p.rshape.begin(), p.rshape.end());
  for (int64_t t : p.tmp_to_final)
    p.final_shape.push_back(tmp[size_t(t)]);
  return p;
}

Shape tmp_shape(const IndexPlan& p) {
  Shape tmp = p.bshape;
  tmp.insert(tmp.end(), p.rshape.begin(), p.rshape.end());
  return tmp;
}

} // namespace

Tensor nonzero(const Tensor& self) {
  Tensor b = contiguous(to(self, DType::Bool));
  const bool* p = b.data<bool>();
  int64_t n = 0;
  for (int64_t i = 0; i < b.numel(); ++i)
    n += p[i];
  int64_t nd = self.dim();
  Tensor out = empty({n, nd}, DType::Int64);
  int64_t* o = out.data<int64_t>();
  for (int64_t i = 0, row = 0; i < b.numel(); ++i) {
    if (!p[i])
      continue;
    int64_t rem = i;
    for (int64_t d = nd - 1; d >= 0; --d) {
      o[row * nd + d] = rem % self.sizes()[size_t(d)];
      rem /= self.sizes()[size_t(d)];
    }
    ++row;
  }
  return out;
}

Tensor index(const Tensor& self, const std::vector<Tensor>& indices) {
  IndexPlan p = plan_index(self, indices);
  Tensor tmp = empty(tmp_shape(p), self.dtype());
  size_t es = self.element_size();
  const char* src = self.data_ptr();
  char* dst = tmp.data_ptr();
  size_t nr = p.rest.size();
  for (size_t b = 0; b < p.base.size(); ++b)
    for (size_t r = 0; r < nr; ++r)
      std::memcpy(dst + (b * nr + r) * es, src + (p.base[b] + p.rest[r]) * int64_t(es), es);
  return contiguous(permute(tmp, p.tmp_to_final));
}

Tensor& index_put_(Tensor& self, const std::vector<Tensor>& indices, const Tensor& values, bool accumulate) {
  if (values.dtype() != self.dtype())
    raise_runtime(std::string("Index put requires the source and destination dtypes match, got ") +
                  dtype_cpp_name(self.dtype()) + " for the destination and " + dtype_cpp_name(values.dtype()) +
                  " for the source.");
  IndexPlan p = plan_index(self, indices);
  bool fits = values.dim() <= int64_t(p.final_shape.size());
  for (size_t i = 0; fits && i < values.sizes().size(); ++i) {
    int64_t vs = values.sizes()[values.sizes().size() - 1 - i], fs = p.final_shape[p.final_shape.size() - 1 - i];
    fits = vs == 1 || vs == fs;
  }
  if (!fits)
    raise_runtime("shape mismatch: value tensor of shape " + shape_str(values.sizes()) +
                  " cannot be broadcast to indexing result of shape " + shape_str(p.final_shape));
  // values in the [B..., R...] order, contiguous, in self's dtype
  Shape inverse(p.tmp_to_final.size());
  for (size_t i = 0; i < p.tmp_to_final.size(); ++i)
    inverse[size_t(p.tmp_to_final[i])] = int64_t(i);
  Tensor v = contiguous(permute(to(expand(values, p.final_shape), self.dtype()), inverse));
  if (v.shares_storage(self))
    v = clone(v);
  size_t nr = p.rest.size();
  if (!accumulate) {
    size_t es = self.element_size();
    char* dst = self.data_ptr();
    const char* src = v.data_ptr();
    for (size_t bi = 0; bi < p.base.size(); ++bi)
      for (size_t r = 0; r < nr; ++r)
        std::memcpy(dst + (p.base[bi] + p.rest[r]) * int64_t(es), src + (bi * nr + r) * es, es);
    return self;
  }
  TSC_DISPATCH_ALL(self.dtype(), "index_put_", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    scalar_t* dst = self.data<scalar_t>();
    const scalar_t* src = v.data<scalar_t>();
    for (size_t bi = 0; bi < p.base.size(); ++bi)
      for (size_t r = 0; r < nr; ++r) {
        scalar_t& d = dst[p.base[bi] + p.rest[r]];
        if constexpr (std::is_same_v<scalar_t, bool>)
          d = d || src[bi * nr + r];
        else
          d = static_cast<scalar_t>(static_cast<opmath_t<scalar_t>>(d) +
                                    static_cast<opmath_t<scalar_t>>(src[bi * nr + r]));
      }
  });
  return self;
}

Tensor index_put(const Tensor& self, const std::vector<Tensor>& indices, const Tensor& values, bool accumulate) {
  Tensor out = clone(self);
  return index_put_(out, indices, values, accumulate);
}

Tensor index_select(const Tensor& self, int64_t dim, const Tensor& index_in) {
  if (index_in.dim() > 1)
    raise_index("index_select(): Index is supposed to be a vector");
  if (index_in.dtype() != DType::Int64 && index_in.dtype() != DType::Int32)
    raise_runtime("index_select(): Expected dtype int32 or int64 for index");
  Tensor ix = contiguous(reshape(to(index_in, DType::Int64), {-1}));
  if (self.dim() == 0) {
    // torch 1.13: every index must be 0, and the result is self's 0-dim copy whatever their number.
    for (int64_t i = 0; i < ix.numel(); ++i)
      if (ix.data<int64_t>()[i] != 0)
        raise_index("index out of range in self");
    return clone(self);
  }
  int64_t d = wrap_dim(dim, self.dim());
  int64_t size = self.sizes()[size_t(d)];
  const int64_t* v = ix.data<int64_t>();
  // Indices are never wrapped. torch 1.13's CPU kernel words a bad index by
  // path: its dim-1 loop and its empty-self check raise RuntimeError (INDICES
  // ...), every other path IndexError ("index out of range in self").
  if (self.dim() > 1 && ix.numel() > 0 && self.numel() == 0 && size == 0)
    raise_runtime("index_select(): self indexing axis dim should be positive");
  const bool runtime_wording = self.dim() > 1 && (d == 1 || self.numel() == 0);
  for (int64_t i = 0; i < ix.numel(); ++i) {
    if (v[i] >= 0 && v[i] < size)
      continue;
    if (runtime_wording)
      raise_runtime("INDICES element is out of DATA bounds, id=" + std::to_string(v[i]) +
                    " axis_dim=" + std::to_string(size));
    raise_index("index out of range in self");
  }
  std::vector<Tensor> indices(static_cast<size_t>(d), Tensor());
  indices.push_back(ix);
  return index(self, indices);
}

Tensor gather(const Tensor& self, int64_t dim, const Tensor& idx) {
  int64_t d = wrap_dim(dim, std::max<int64_t>(self.dim(), 1));
  if (idx.dtype() != DType::Int64)
    raise_runtime("gather(): Expected dtype int64 for index");
  int64_t nd = std::max<int64_t>(self.dim(), 1);
  if (std::max<int64_t>(idx.dim(), 1) != nd)
    raise_runtime("Index tensor must have the same number of dimensions as input tensor");
  Tensor x = self.dim() == 0 ? reshape(self, {1}) : self;
  Tensor ix = contiguous(idx.dim() == 0 ? reshape(idx, {1}) : idx);
  for (int64_t k = 0; k < nd; ++k)
    if (k != d && ix.sizes()[size_t(k)] > x.sizes()[size_t(k)])
      raise_runtime("Size does not match at dimension " + std::to_string(k) + " expected index " +
                    shape_str(ix.sizes()) + " to be smaller than self " + shape_str(x.sizes()) +
                    " apart from dimension " + std::to_string(d));
  Tensor out = empty(ix.sizes(), x.dtype());
  const int64_t* v = ix.data<int64_t>();
  int64_t size = x.sizes()[size_t(d)];
  for (int64_t i = 0; i < ix.numel(); ++i)
    if (v[i] < -size || v[i] >= size)
      raise_runtime("index " + std::to_string(v[i]) + " is out of bounds for dimension " + std::to_string(d) +
                    " with size " + std::to_string(size));
  size_t es = x.element_size();
  const char* src = x.data_ptr();
  char* dst = out.data_ptr();
  Shape pos(size_t(nd), 0);
  for (int64_t i = 0; i < ix.numel(); ++i) {
    int64_t off = 0;
    for (int64_t k = 0; k < nd; ++k) {
      int64_t c = k == d ? (v[i] < 0 ? v[i] + size : v[i]) : pos[size_t(k)];
      off += c * x.strides()[size_t(k)];
    }
    std::memcpy(dst + i * int64_t(es), src + off * int64_t(es), es);
    for (int64_t k = nd - 1; k >= 0; --k) {
      if (++pos[size_t(k)] < ix.sizes()[size_t(k)])
        break;
      pos[size_t(k)] = 0;
    }
  }
  return self.dim() == 0 ? reshape(out, {}) : out;
}

Tensor& masked_fill_(Tensor& self, const Tensor& mask, const Scalar& value) {
  Shape b = broadcast_shapes(self.sizes(), mask.sizes());
  if (b != self.sizes())
    raise_runtime("output with shape " + shape_str(self.sizes()) + " doesn't match the broadcast shape " +
                  shape_str(b));
  Tensor m = to(mask, DType::Bool);
  ElementwiseIter iter({self, m});
  TSC_DISPATCH_ALL(self.dtype(), "masked_fill_", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    const scalar_t fill = value.to<scalar_t>();
    iter.for_each([&](char** data, const int64_t* strides, int64_t n) {
      for (int64_t i = 0; i < n; ++i)
        if (*reinterpret_cast<const bool*>(data[1] + i * strides[1]))
          *reinterpret_cast<scalar_t*>(data[0] + i * strides[0]) = fill;
    });
  });
  return self;
}

Tensor masked_fill(const Tensor& self, const Tensor& mask, const Scalar& value) {
  Shape b = broadcast_shapes(mask.sizes(), self.sizes());
  Tensor out = contiguous(clone(expand(self, b)));
  return masked_fill_(out, mask, value);
}

Tensor masked_fill(const Tensor& self, const Tensor& mask, const Tensor& value) {
  if (value.dim() != 0)
    raise_runtime("masked_fill_ only supports a 0-dimensional value tensor, but got tensor with " +
                  std::to_string(value.dim()) + " dimension(s).");
  return masked_fill(self, mask, value.item());
}

} // namespace tsc::runtime::tensor
