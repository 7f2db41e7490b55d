// runtime/tensor/shape.cpp - Views (view, permute, expand, select, slice, ...) and shape-building copies (cat, flip, ...).
#include "runtime/tensor/ops_util.h"

#include <algorithm>
#include <optional>

namespace tsc::runtime::tensor {

namespace {

// Resolves one -1 in `size` against numel (torch's infer_size).
Shape infer_size(IntArrayRef size, int64_t numel) {
  Shape out = size.vec();
  std::optional<size_t> infer;
  int64_t known = 1;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == -1) {
      if (infer)
        raise_runtime("only one dimension can be inferred");
      infer = i;
    } else if (out[i] < 0) {
      raise_runtime("invalid shape dimension " + std::to_string(out[i]));
    } else {
      known *= out[i];
    }
  }
  if (infer) {
    if (known == 0)
      raise_runtime("cannot reshape tensor of 0 elements into shape " + shape_str(size) +
                    " because the unspecified dimension size -1 can be any value and is ambiguous");
    if (numel % known == 0) {
      out[*infer] = numel / known;
      return out;
    }
  } else if (known == numel) {
    return out;
  }
  raise_runtime("shape '" + shape_str(size) + "' is invalid for input of size " + std::to_string(numel));
}

// torch's computeStride: strides for viewing (oldshape, oldstride) as newshape, if possible.
std::optional<Shape> compute_stride(const Shape& oldshape, const Shape& oldstride, const Shape& newshape) {
  if (oldshape.empty())
    return Shape(newshape.size(), 1);
  int64_t numel = 1;
  for (int64_t s : oldshape)
    numel *= s;
  if (numel == 0 && oldshape == newshape)
    return oldstride;
  Shape newstride(newshape.size());
  if (numel == 0) {
    for (int64_t d = int64_t(newshape.size()) - 1; d >= 0; --d)
      newstride[d] = d == int64_t(newshape.size()) - 1 ? 1 : std::max<int64_t>(newshape[d + 1], 1) * newstride[d + 1];
    return newstride;
  }
  int64_t view_d = int64_t(newshape.size()) - 1;
  int64_t chunk_base_stride = oldstride.back();
  int64_t tensor_numel = 1, view_numel = 1;
  for (int64_t tensor_d = int64_t(oldshape.size()) - 1; tensor_d >= 0; --tensor_d) {
    tensor_numel *= oldshape[tensor_d];
    if (tensor_d == 0 ||
        (oldshape[tensor_d - 1] != 1 && oldstride[tensor_d - 1] != tensor_numel * chunk_base_stride)) {
      while (view_d >= 0 && (view_numel < tensor_numel || newshape[view_d] == 1)) {
        newstride[view_d] = view_numel * chunk_base_stride;
        view_numel *= newshape[view_d];
        --view_d;
      }
      if (view_numel != tensor_numel)
        return std::nullopt;
      if (tensor_d > 0) {
        chunk_base_stride = oldstride[tensor_d - 1];
        tensor_numel = 1;
        view_numel = 1;
      }
    }
  }
  if (view_d != -1)
    return std::nullopt;
  return newstride;
}

} // namespace

Tensor view(const Tensor& self, IntArrayRef size) {
  Shape shape = infer_size(size, self.numel());
  auto strides = compute_stride(self.sizes(), self.strides(), shape);
  if (!strides)
    raise_runtime("view size is not compatible with input tensor's size and stride (at least one dimension spans "
                  "across two contiguous subspaces). Use .reshape(...) instead.");
  return make_view(self, std::move(shape), std::move(*strides), self.storage_offset());
}

Tensor reshape(const Tensor& self, IntArrayRef size) {
  Shape shape = infer_size(size, self.numel());
  if (auto strides = compute_stride(self.sizes(), self.strides(), shape))
    return make_view(self, std::move(shape), std::move(*strides), self.storage_offset());
  return view(clone(self), shape);
}

Tensor permute(const Tensor& self, IntArrayRef dims) {
  int64_t nd = self.dim();
  if (int64_t(dims.size()) != nd)
    raise_runtime("permute(sparse_coo): number of dimensions in the tensor input does not match the length of the "
                  "desired ordering of dimensions i.e. input.dim() = " +
                  std::to_string(nd) + " is not equal to len(dims) = " + std::to_string(dims.size()));
  Shape sizes(static_cast<size_t>(nd)), strides(static_cast<size_t>(nd));
  std::vector<bool> seen(size_t(nd), false);
  for (int64_t i = 0; i < nd; ++i) {
    int64_t d = wrap_dim(dims[size_t(i)], nd);
    if (seen[size_t(d)])
      raise_runtime("permute(): duplicate dims are not allowed.");
    seen[size_t(d)] = true;
    sizes[size_t(i)] = self.sizes()[size_t(d)];
    strides[size_t(i)] = self.strides()[size_t(d)];
  }
  return make_view(self, std::move(sizes), std::move(strides), self.storage_offset());
}

Tensor transpose(const Tensor& self, int64_t dim0, int64_t dim1) {
  int64_t nd = self.dim();
  int64_t a = wrap_dim(dim0, nd), b = wrap_dim(dim1, nd);
  if (nd == 0)
    return make_view(self, {}, {}, self.storage_offset());
  Shape sizes = self.sizes(), strides = self.strides();
  std::swap(sizes[size_t(a)], sizes[size_t(b)]);
  std::swap(strides[size_t(a)], strides[size_t(b)]);
  return make_view(self, std::move(sizes), std::move(strides), self.storage_offset());
}

Tensor t(const Tensor& self) {
  if (self.dim() > 2)
    raise_runtime("t() expects a tensor with <= 2 dimensions, but self is " + std::to_string(self.dim()) + "D");
  return self.dim() < 2 ? transpose(self, 0, 0) : transpose(self, 0, 1);
}

Tensor unsqueeze(const Tensor& self, int64_t dim) {
  int64_t d = wrap_dim(dim, self.dim() + 1);
  Shape sizes = self.sizes(), strides = self.strides();
  int64_t st = d < self.dim() ? sizes[size_t(d)] * strides[size_t(d)] : 1;
  sizes.insert(sizes.begin() + d, 1);
  strides.insert(strides.begin() + d, st);
  return make_view(self, std::move(sizes), std::move(strides), self.storage_offset());
}

Tensor squeeze(const Tensor& self) {
  Shape sizes, strides;
  for (int64_t d = 0; d < self.dim(); ++d)
    if (self.sizes()[size_t(d)] != 1) {
      sizes.push_back(self.sizes()[size_t(d)]);
      strides.push_back(self.strides()[size_t(d)]);
    }
  return make_view(self, std::move(sizes), std::move(strides), self.storage_offset());
}

Tensor squeeze(const Tensor& self, int64_t dim) {
  int64_t d = wrap_dim(dim, self.dim());
  if (self.dim() == 0 || self.sizes()[size_t(d)] != 1)
    return make_view(self, self.sizes(), self.strides(), self.storage_offset());
  Shape sizes = self.sizes(), strides = self.strides();
  sizes.erase(sizes.begin() + d);
  strides.erase(strides.begin() + d);
  return make_view(self, std::move(sizes), std::move(strides), self.storage_offset());
}

Tensor flatten(const Tensor& self, int64_t start_dim, int64_t end_dim) {
  int64_t s = wrap_dim(start_dim, self.dim()), e = wrap_dim(end_dim, self.dim());
  if (s > e)
    raise_runtime("flatten() has invalid args: start_dim cannot come after end_dim");
  if (self.dim() == 0)
    return reshape(self, {1});
  if (s == e)
    return self;
  Shape shape;
  int64_t prod = 1;
  for (int64_t d = 0; d < self.dim(); ++d) {
    if (d < s || d > e) {
      shape.push_back(self.sizes()[size_t(d)]);
    } else {
      prod *= self.sizes()[size_t(d)];
      if (d == e)
        shape.push_back(prod);
    }
  }
  return reshape(self, shape);
}

Tensor expand(const Tensor& self, IntArrayRef size) {
  int64_t nd = self.dim(), n = int64_t(size.size());
  if (n < nd)
    raise_runtime("expand(" +
                  std::string(self.dtype() == DType::Bool ? "CPUBoolType"
                                                          : "torch." + std::string(dtype_cpp_name(self.dtype())) + "Tensor") +
                  "{" + shape_str(self.sizes()) + "}, size=" + shape_str(size) +
                  "): the number of sizes provided (" + std::to_string(n) +
                  ") must be greater or equal to the number of dimensions in the tensor (" + std::to_string(nd) + ")");
  Shape sizes(static_cast<size_t>(n)), strides(static_cast<size_t>(n));
  for (int64_t i = n - 1; i >= 0; --i) {
    int64_t off = n - 1 - i, d = nd - 1 - off;
    int64_t target = size[size_t(i)];
    if (d >= 0) {
      int64_t cur = self.sizes()[size_t(d)];
      if (target == -1)
        target = cur;
      if (cur != target) {
        if (cur != 1)
          raise_runtime("The expanded size of the tensor (" + std::to_string(target) +
                        ") must match the existing size (" + std::to_string(cur) + ") at non-singleton dimension " +
                        std::to_string(i) + ".  Target sizes: " + shape_str(size) +
                        ".  Tensor sizes: " + shape_str(self.sizes()));
        strides[size_t(i)] = 0;
      } else {
        strides[size_t(i)] = self.strides()[size_t(d)];
      }
    } else {
      if (target < 0)
        raise_runtime("The expanded size of the tensor (" + std::to_string(target) +
                      ") isn't allowed in a leading, non-existing dimension " + std::to_string(i));
      strides[size_t(i)] = 0;
    }
    sizes[size_t(i)] = target;
  }
  return make_view(self, std::move(sizes), std::move(strides), self.storage_offset());
}

Tensor expand_as(const Tensor& self, const Tensor& other) {
  return expand(self, other.sizes());
}

Tensor narrow(const Tensor& self, int64_t dim, int64_t start, int64_t length) {
  if (self.dim() == 0)
    raise_runtime("narrow() cannot be applied to a 0-dim tensor.");
  int64_t d = wrap_dim(dim, self.dim());
  int64_t size = self.sizes()[size_t(d)];
  if (start < -size || start > size)
    raise_error("IndexError", "start out of range (expected to be in range of [" + std::to_string(-size) + ", " +
                                  std::to_string(size) + "], but got " + std::to_string(start) + ")");
  if (start < 0)
    start += size;
  if (length < 0 || start > size - length)
    raise_runtime("start (" + std::to_string(start) + ") + length (" + std::to_string(length) +
                  ") exceeds dimension size (" + std::to_string(size) + ").");
  return slice(self, d, start, start + length, 1);
}

Tensor select(const Tensor& self, int64_t dim, int64_t index) {
  if (self.dim() == 0)
    raise_error("IndexError", "select() cannot be applied to a 0-dim tensor.");
  int64_t d = wrap_dim(dim, self.dim());
  int64_t size = self.sizes()[size_t(d)];
  if (index < -size || index >= size)
    raise_error("IndexError", "select(): index " + std::to_string(index) + " out of range for tensor of size " +
                                  shape_str(self.sizes()) + " at dimension " + std::to_string(d));
  if (index < 0)
    index += size;
  Shape sizes = self.sizes(), strides = self.strides();
  int64_t offset = self.storage_offset() + index * strides[size_t(d)];
  sizes.erase(sizes.begin() + d);
  strides.erase(strides.begin() + d);
  return make_view(self, std::move(sizes), std::move(strides), offset);
}

Tensor slice(const Tensor& self, int64_t dim, std::optional<int64_t> start_opt, std::optional<int64_t> end_opt,
             int64_t step) {
  if (self.dim() == 0)
    raise_error("IndexError", "slice() cannot be applied to a 0-dim tensor.");
  int64_t d = wrap_dim(dim, self.dim());
  if (step <= 0)
    raise_runtime("slice step must be positive");
  int64_t size = self.sizes()[size_t(d)];
  int64_t start = start_opt.value_or(0), end = end_opt.value_or(size);
  if (start < 0)
    start += size;
  if (end < 0)
    end += size;
  start = std::clamp<int64_t>(start, 0, size);
  end = std::clamp<int64_t>(end, start, size);
  Shape sizes = self.sizes(), strides = self.strides();
  int64_t offset = self.storage_offset() + start * strides[size_t(d)];
  sizes[size_t(d)] = (end - start + step - 1) / step;
  strides[size_t(d)] *= step;
  return make_view(self, std::move(sizes), std::move(strides), offset);
}

std::vector<Tensor> split(const Tensor& self, int64_t split_size, int64_t dim) {
  if (self.dim() == 0)
    raise_runtime("split expects at least a 1-dimensional tensor");
  if (split_size < 0)
    raise_runtime("split expects split_size be non-negative, but got split_size=" + std::to_string(split_size));
  int64_t d = wrap_dim(dim, self.dim());
  int64_t size = self.sizes()[size_t(d)];
  if (split_size == 0 && size != 0)
    raise_runtime("split_size can only be 0 if dimension size is 0, but got dimension size of " +
                  std::to_string(size));
  int64_t n = split_size == 0 ? 1 : std::max<int64_t>((size + split_size - 1) / split_size, 1);
  std::vector<Tensor> out;
  for (int64_t i = 0; i < n; ++i) {
    int64_t start = i * split_size;
    out.push_back(slice(self, d, start, std::min(size, start + split_size), 1));
  }
  return out;
}

std::vector<Tensor> split(const Tensor& self, IntArrayRef split_sizes, int64_t dim) {
  if (self.dim() == 0)
    raise_runtime("split expects at least a 1-dimensional tensor");
  int64_t d = wrap_dim(dim, self.dim());
  int64_t size = self.sizes()[size_t(d)], total = 0;
  for (int64_t s : split_sizes) {
    if (s < 0)
      raise_runtime("split_with_sizes expects split_sizes have only non-negative entries, but got split_sizes=" +
                    shape_str(split_sizes));
    total += s;
  }
  if (total != size)
    raise_runtime("split_with_sizes expects split_sizes to sum exactly to " + std::to_string(size) +
                  " (input tensor's size at dimension " + std::to_string(d) + "), but got split_sizes=" +
                  shape_str(split_sizes));
  std::vector<Tensor> out;
  int64_t start = 0;
  for (int64_t s : split_sizes) {
    out.push_back(slice(self, d, start, start + s, 1));
    start += s;
  }
  return out;
}

std::vector<Tensor> chunk(const Tensor& self, int64_t chunks, int64_t dim) {
  if (self.dim() == 0)
    raise_runtime("chunk expects at least a 1-dimensional tensor");
  if (chunks <= 0)
    raise_runtime("chunk expects `chunks` to be greater than 0, got: " + std::to_string(chunks));
  int64_t d = wrap_dim(dim, self.dim());
  int64_t size = self.sizes()[size_t(d)];
  int64_t split_size = (size + chunks - 1) / chunks;
  if (split_size == 0 && size == 0) {
    Shape sizes(size_t(chunks), 0);
    return split(self, sizes, d);
  }
  return split(self, split_size, d);
}

Tensor cat(const std::vector<Tensor>& tensors, int64_t dim) {
  if (tensors.empty())
    raise_runtime("torch.cat(): expected a non-empty list of Tensors");
  // Legacy rule: 1-D empty tensors are skipped.
  const Tensor* ref = nullptr;
  ResultTypeState st;
  for (size_t i = 0; i < tensors.size(); ++i) {
    const Tensor& x = tensors[i];
    if (x.dim() == 0)
      raise_runtime("zero-dimensional tensor (at position " + std::to_string(i) + ") cannot be concatenated");
    st.dim_result = st.dim_result < 0 ? int(x.dtype()) : int(promote_types(DType(st.dim_result), x.dtype()));
    if (!ref && !(x.dim() == 1 && x.numel() == 0))
      ref = &x;
  }
  DType dt = DType(st.dim_result);
  if (!ref)
    return empty({0}, dt);
  int64_t d = wrap_dim(dim, ref->dim());
  Shape shape = ref->sizes();
  int64_t total = 0;
  for (size_t i = 0; i < tensors.size(); ++i) {
    const Tensor& x = tensors[i];
    if (x.dim() == 1 && x.numel() == 0)
      continue;
    if (x.dim() != ref->dim())
      raise_runtime("Tensors must have same number of dimensions: got " + std::to_string(ref->dim()) + " and " +
                    std::to_string(x.dim()));
    for (int64_t k = 0; k < x.dim(); ++k)
      if (k != d && x.sizes()[size_t(k)] != shape[size_t(k)])
        raise_runtime("Sizes of tensors must match except in dimension " + std::to_string(d) + ". Expected size " +
                      std::to_string(shape[size_t(k)]) + " but got size " + std::to_string(x.sizes()[size_t(k)]) +
                      " for tensor number " + std::to_string(i) + " in the list.");
    total += x.sizes()[size_t(d)];
  }
  shape[size_t(d)] = total;
  Tensor out = empty(shape, dt);
  int64_t start = 0;
  for (const Tensor& x : tensors) {
    if (x.dim() == 1 && x.numel() == 0)
      continue;
    int64_t n = x.sizes()[size_t(d)];
    Tensor part = slice(out, d, start, start + n, 1);
    copy_(part, x);
    start += n;
  }
  return out;
}

Tensor stack(const std::vector<Tensor>& tensors, int64_t dim) {
  if (tensors.empty())
    raise_runtime("stack expects a non-empty TensorList");
  int64_t d = wrap_dim(dim, tensors[0].dim() + 1);
  std::vector<Tensor> parts;
  for (size_t i = 0; i < tensors.size(); ++i) {
    if (tensors[i].sizes() != tensors[0].sizes())
      raise_runtime("stack expects each tensor to be equal size, but got " + shape_str(tensors[0].sizes()) +
                    " at entry 0 and " + shape_str(tensors[i].sizes()) + " at entry " + std::to_string(i));
    parts.push_back(unsqueeze(tensors[i], d));
  }
  return cat(parts, d);
}

Tensor flip(const Tensor& self, IntArrayRef dims) {
  auto mask = reduction_mask(self, dims.empty() ? IntArrayRef() : dims);
  if (dims.empty())
    return clone(self);
  // A view with negative strides (internal only: the iterator handles them), then a copy.
  Shape strides = self.strides();
  int64_t offset = self.storage_offset();
  for (int64_t d = 0; d < self.dim(); ++d)
    if (mask[size_t(d)] && self.sizes()[size_t(d)] > 0) {
      offset += (self.sizes()[size_t(d)] - 1) * strides[size_t(d)];
      strides[size_t(d)] = -strides[size_t(d)];
    }
  if (self.numel() == 0)
    return clone(self);
  return clone(make_view(self, self.sizes(), std::move(strides), offset));
}

Tensor roll(const Tensor& self, IntArrayRef shifts, IntArrayRef dims) {
  if (dims.empty()) {
    if (shifts.size() != 1)
      raise_runtime("shifts and dimensions must align. shifts: " + std::to_string(shifts.size()) +
                    ", dims:" + std::to_string(dims.size()));
    return view(roll(flatten(self), shifts, {0}), self.sizes());
  }
  if (shifts.size() != dims.size())
    raise_runtime("shifts and dimensions must align. shifts: " + std::to_string(shifts.size()) +
                  ", dims:" + std::to_string(dims.size()));
  Tensor r = self;
  for (size_t i = 0; i < dims.size(); ++i) {
    int64_t d = wrap_dim(dims[i], self.dim());
    int64_t size = r.sizes()[size_t(d)];
    if (size == 0)
      continue;
    int64_t s = ((shifts[i] % size) + size) % size;
    if (s == 0) {
      r = clone(r);
      continue;
    }
    r = cat({slice(r, d, size - s, size, 1), slice(r, d, 0, size - s, 1)}, d);
  }
  return r;
}

namespace {
Tensor triangle(const Tensor& self, int64_t diagonal, bool lower) {
  if (self.dim() < 2)
    raise_runtime(std::string(lower ? "tril" : "triu") + ": input tensor must have at least 2 dimensions");
  Tensor out = clone(self);
  int64_t rows = out.sizes()[size_t(out.dim() - 2)], cols = out.sizes()[size_t(out.dim() - 1)];
  int64_t batches = rows * cols != 0 ? out.numel() / (rows * cols) : 0;
  TSC_DISPATCH_ALL(out.dtype(), lower ? "tril" : "triu", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    scalar_t* p = out.data<scalar_t>();
    for (int64_t b = 0; b < batches; ++b)
      for (int64_t i = 0; i < rows; ++i)
        for (int64_t j = 0; j < cols; ++j) {
          bool keep = lower ? j - i <= diagonal : j - i >= diagonal;
          if (!keep)
            p[(b * rows + i) * cols + j] = scalar_t(0);
        }
  });
  return out;
}
} // namespace

Tensor tril(const Tensor& self, int64_t diagonal) {
  return triangle(self, diagonal, true);
}
Tensor triu(const Tensor& self, int64_t diagonal) {
  return triangle(self, diagonal, false);
}

Tensor repeat(const Tensor& self, IntArrayRef repeats) {
  int64_t n = int64_t(repeats.size());
  if (n < self.dim())
    raise_runtime("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor");
  // x viewed as [1, s0, 1, s1, ...], expanded to [r0, s0, r1, s1, ...], copied, reshaped.
  Shape padded(size_t(n - self.dim()), 1);
  padded.insert(padded.end(), self.sizes().begin(), self.sizes().end());
  Tensor x = reshape(self, padded);
  Shape inter, target, result;
  for (int64_t i = 0; i < n; ++i) {
    if (repeats[size_t(i)] < 0)
      raise_runtime("Trying to create tensor with negative dimension " + std::to_string(repeats[size_t(i)]) + ": " +
                    shape_str(repeats));
    inter.push_back(1);
    inter.push_back(padded[size_t(i)]);
    target.push_back(repeats[size_t(i)]);
    target.push_back(padded[size_t(i)]);
    result.push_back(repeats[size_t(i)] * padded[size_t(i)]);
  }
  return reshape(clone(expand(reshape(x, inter), target)), result);
}

} // namespace tsc::runtime::tensor
