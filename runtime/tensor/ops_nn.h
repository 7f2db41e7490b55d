// runtime/tensor/ops_nn.h - nn.functional, indexing, sort/topk and baddbmm: plain functions with PyTorch's semantics.
//
// The second half of the op list (docs/tensor.md, "nn and indexing ops"); the
// conventions are ops.h's: each function follows its aten schema, errors are
// ScriptErrors (RuntimeError / IndexError / ValueError) worded as torch words
// them. Random ops live in random.h.
#pragma once

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/tensor/ops.h"

namespace tsc::runtime::tensor {

// ---- linear algebra (linalg_extra.cpp) ----
/// aten::baddbmm: beta * self + alpha * bmm(batch1, batch2), self broadcast to
/// the product's [b, n, m]; with beta == 0 self is ignored (NaN included).
Tensor baddbmm(const Tensor& self, const Tensor& batch1, const Tensor& batch2, const Scalar& beta = Scalar(int64_t{1}),
               const Scalar& alpha = Scalar(int64_t{1}));

// ---- indexing (index.cpp) ----
/// aten::masked_fill.Scalar: self and the bool mask broadcast together; the
/// value is converted to self's dtype. RuntimeError for a non-bool mask.
Tensor masked_fill(const Tensor& self, const Tensor& mask, const Scalar& value);
/// aten::masked_fill.Tensor: `value` must be 0-dim.
Tensor masked_fill(const Tensor& self, const Tensor& mask, const Tensor& value);
/// aten::masked_fill_.Scalar: the mask broadcasts to self's shape.
Tensor& masked_fill_(Tensor& self, const Tensor& mask, const Scalar& value);
/// aten::index_select: `index` is a 0-/1-D int64 or int32 tensor; IndexError
/// "index out of range in self" for a bad index.
Tensor index_select(const Tensor& self, int64_t dim, const Tensor& index);
/// aten::gather: out[i][j] = self[index[i][j]][j] (dim 0); index is int64 with
/// self's rank and sizes no larger than self's outside `dim`.
Tensor gather(const Tensor& self, int64_t dim, const Tensor& index);
/// aten::nonzero: [n, ndim] int64 coordinates of the nonzero elements, row-major order.
Tensor nonzero(const Tensor& self);
/// aten::index.Tensor (advanced indexing, `x[idx0, :, idx2]`): one entry per
/// leading dim, an undefined Tensor standing for a full slice. Bool/uint8
/// entries select with their nonzero() coordinates (consuming as many dims as
/// they have); integer entries broadcast together; the result's indexed dims
/// go where the first indexed dim was when the indexed dims are adjacent, in
/// front otherwise (numpy's rule). IndexError for out-of-bounds indices and
/// mismatched mask shapes.
Tensor index(const Tensor& self, const std::vector<Tensor>& indices);
/// aten::index_put_: self[indices] = values (values broadcast to the indexed
/// shape and have self's dtype: RuntimeError "Index put requires the source and
/// destination dtypes match, ..." otherwise); with `accumulate`, repeated indices add up.
Tensor& index_put_(Tensor& self, const std::vector<Tensor>& indices, const Tensor& values, bool accumulate = false);
/// aten::index_put: the out-of-place form (a copy of self).
Tensor index_put(const Tensor& self, const std::vector<Tensor>& indices, const Tensor& values, bool accumulate = false);

// ---- sorting (sort.cpp) ----
/// aten::sort.stable: (values, int64 indices) along `dim`. The sort is always
/// stable (equal elements keep their order, also when descending); NaN sorts
/// above +inf as in torch.
std::pair<Tensor, Tensor> sort(const Tensor& self, int64_t dim = -1, bool descending = false, bool stable = false);
/// aten::topk: the k largest (or smallest) along `dim`, sorted; ties in input
/// order. RuntimeError "selected index k out of range" when k > size.
std::pair<Tensor, Tensor> topk(const Tensor& self, int64_t k, int64_t dim = -1, bool largest = true,
                               bool sorted = true);

// ---- nn.functional (nn.cpp) ----
/// conv padding: explicit per-spatial-dim amounts, or the strings "same" / "valid".
struct ConvPadding {
  std::vector<int64_t> amounts; ///< one value (all dims) or one per spatial dim
  std::string_view mode;        ///< "" (use amounts), "same" or "valid"
  ConvPadding() : amounts{0} {}
  ConvPadding(int64_t p) : amounts{p} {}                         // NOLINT
  ConvPadding(int p) : amounts{p} {}                             // NOLINT
  ConvPadding(std::vector<int64_t> p) : amounts(std::move(p)) {} // NOLINT
  ConvPadding(std::initializer_list<int64_t> p) : amounts(p) {}
  ConvPadding(const char* m) : mode(m) {} // NOLINT
  ConvPadding(std::string_view m) : mode(m) {} // NOLINT
};
/// F.conv2d: input [N, C, H, W] or unbatched [C, H, W]; weight [O, C/groups, kH, kW];
/// bias [O] or undefined. stride/dilation: one value or two. "same" pads so that
/// the output has the input's size (stride 1 only); "valid" means no padding.
/// Winograd F(2x2, 3x3) for 3x3 stride-1 undilated ungrouped layers with enough
/// channels and pixels (conv_winograd.cpp), else im2col + GEMM (OpenBLAS), for
/// float32/float64; 16-bit floats compute in float32.
Tensor conv2d(const Tensor& input, const Tensor& weight, const Tensor& bias = Tensor(), IntArrayRef stride = {1},
              const ConvPadding& padding = ConvPadding(), IntArrayRef dilation = {1}, int64_t groups = 1);
/// F.conv1d: input [N, C, L] or [C, L]; weight [O, C/groups, k].
Tensor conv1d(const Tensor& input, const Tensor& weight, const Tensor& bias = Tensor(), IntArrayRef stride = {1},
              const ConvPadding& padding = ConvPadding(), IntArrayRef dilation = {1}, int64_t groups = 1);
/// F.max_pool2d (empty stride = kernel_size); padding counts as -inf; NaN propagates.
Tensor max_pool2d(const Tensor& input, IntArrayRef kernel_size, IntArrayRef stride = {}, IntArrayRef padding = {0},
                  IntArrayRef dilation = {1}, bool ceil_mode = false);
/// F.max_pool2d(return_indices=True): (values, int64 flat indices into each H*W plane).
std::pair<Tensor, Tensor> max_pool2d_with_indices(const Tensor& input, IntArrayRef kernel_size, IntArrayRef stride = {},
                                                  IntArrayRef padding = {0}, IntArrayRef dilation = {1},
                                                  bool ceil_mode = false);
/// F.avg_pool2d (empty stride = kernel_size).
Tensor avg_pool2d(const Tensor& input, IntArrayRef kernel_size, IntArrayRef stride = {}, IntArrayRef padding = {0},
                  bool ceil_mode = false, bool count_include_pad = true,
                  std::optional<int64_t> divisor_override = std::nullopt);
/// F.adaptive_avg_pool2d: output_size one or two values (-1 keeps the input's size).
Tensor adaptive_avg_pool2d(const Tensor& input, IntArrayRef output_size);
/// F.batch_norm: normalizes over every dim but 1. Inference (training = false)
/// uses running_mean/var; training uses the batch's statistics and, when the
/// running tensors are defined, updates them in place (unbiased variance, `momentum`).
Tensor batch_norm(const Tensor& input, const Tensor& running_mean, const Tensor& running_var,
                  const Tensor& weight = Tensor(), const Tensor& bias = Tensor(), bool training = false,
                  double momentum = 0.1, double eps = 1e-5);
/// F.layer_norm over the trailing dims `normalized_shape` (biased variance).
Tensor layer_norm(const Tensor& input, IntArrayRef normalized_shape, const Tensor& weight = Tensor(),
                  const Tensor& bias = Tensor(), double eps = 1e-5);
/// F.group_norm: input [N, C, *], C divisible by num_groups; weight/bias [C].
Tensor group_norm(const Tensor& input, int64_t num_groups, const Tensor& weight = Tensor(),
                  const Tensor& bias = Tensor(), double eps = 1e-5);
/// F.dropout: identity unless `training`; then zeroes each element with
/// probability p (default generator) and scales the rest by 1/(1-p).
/// ValueError when p is outside [0, 1].
Tensor dropout(const Tensor& input, double p = 0.5, bool training = true);
/// F.embedding: weight[indices] for int64/int32 indices; rows equal to
/// padding_idx are still looked up (it only matters for gradients).
Tensor embedding(const Tensor& weight, const Tensor& indices, std::optional<int64_t> padding_idx = std::nullopt);
/// F.pad: `pad` is (last-dim left, last-dim right, next-to-last left, ...).
/// mode "constant" (any rank; negative amounts crop), "reflect", "replicate"
/// and "circular" (the last 1-3 dims of a batched or unbatched input).
Tensor pad(const Tensor& input, IntArrayRef pad, std::string_view mode = "constant", std::optional<double> value = std::nullopt);
/// F.interpolate: mode "nearest" (3-D, 4-D, 5-D input), "linear" (3-D) or
/// "bilinear" (4-D), to `size` or by `scale_factor` (one value or one per
/// spatial dim; the output size is floor(in * scale)).
Tensor interpolate(const Tensor& input, IntArrayRef size = {}, const std::vector<double>& scale_factor = {},
                   std::string_view mode = "nearest", std::optional<bool> align_corners = std::nullopt);
/// F.one_hot: int64 input, num_classes -1 = max + 1; int64 output [..., num_classes].
Tensor one_hot(const Tensor& self, int64_t num_classes = -1);
/// F.scaled_dot_product_attention (torch 2's definition): softmax(q @ k^T * scale
/// + mask) @ v, scale = 1/sqrt(E) by default; a bool attn_mask keeps the true
/// positions, a float one is added; is_causal masks above the diagonal.
/// dropout_p > 0 applies dropout to the weights.
Tensor scaled_dot_product_attention(const Tensor& query, const Tensor& key, const Tensor& value,
                                    const Tensor& attn_mask = Tensor(), double dropout_p = 0.0, bool is_causal = false,
                                    std::optional<double> scale = std::nullopt);

} // namespace tsc::runtime::tensor
