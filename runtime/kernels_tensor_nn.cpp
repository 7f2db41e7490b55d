// runtime/kernels_tensor_nn.cpp - Kernels of nn.functional, indexing, sorting and batched matmul ops.
//
// The second kernel table of tensor ops (the first is kernels_tensor.cpp), over
// runtime/tensor/ops_nn.h. Arguments come in schema order with every default
// materialized by the compiler. tsc runs inference only: dropout with
// training=True (and attention dropout) is a RuntimeError unless p == 0.
#include "runtime/kernel_registry.h"

#include "runtime/format.h"
#include "runtime/kernel_util.h"
#include "runtime/kernels_tensor_util.h"
#include "runtime/tensor/ops.h"
#include "runtime/tensor/ops_nn.h"
#include "runtime/tensor/tensor.h"

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace tsc::runtime {
namespace {

using namespace tensor_args;

void set_pair(const KernelFrame& f, const std::pair<Tensor, Tensor>& p) {
  set_tensor(f, p.first, 0);
  set_tensor(f, p.second, 1);
}

// ---- linear algebra ----

void k_dot(const KernelFrame& f) {
  set_tensor(f, tensor::dot(arg_tensor(f, 0), arg_tensor(f, 1)));
}
void k_outer(const KernelFrame& f) {
  set_tensor(f, tensor::outer(arg_tensor(f, 0), arg_tensor(f, 1)));
}
void k_baddbmm(const KernelFrame& f) {
  set_tensor(f, tensor::baddbmm(arg_tensor(f, 0), arg_tensor(f, 1), arg_tensor(f, 2), arg_scalar(f, 3),
                                arg_scalar(f, 4)));
}

// ---- indexing and sorting ----

void k_masked_fill_s(const KernelFrame& f) {
  set_tensor(f, tensor::masked_fill(arg_tensor(f, 0), arg_tensor(f, 1), arg_scalar(f, 2)));
}
void k_masked_fill_t(const KernelFrame& f) {
  set_tensor(f, tensor::masked_fill(arg_tensor(f, 0), arg_tensor(f, 1), arg_tensor(f, 2)));
}
void k_index_select(const KernelFrame& f) {
  set_tensor(f, tensor::index_select(arg_tensor(f, 0), arg_int(f, 1), arg_tensor(f, 2)));
}
void k_gather(const KernelFrame& f) {
  set_tensor(f, tensor::gather(arg_tensor(f, 0), arg_int(f, 1), arg_tensor(f, 2)));
}
void k_topk(const KernelFrame& f) {
  set_pair(f, tensor::topk(arg_tensor(f, 0), arg_int(f, 1), arg_int(f, 2), arg_bool(f, 3), arg_bool(f, 4)));
}
void k_sort(const KernelFrame& f) {
  set_pair(f, tensor::sort(arg_tensor(f, 0), arg_int(f, 1), arg_bool(f, 2)));
}
void k_sort_stable(const KernelFrame& f) {
  const bool stable = f.in(1).is_none() ? false : arg_bool(f, 1);
  set_pair(f, tensor::sort(arg_tensor(f, 0), arg_int(f, 2), arg_bool(f, 3), stable));
}

// ---- nn.functional ----

void k_conv1d(const KernelFrame& f) {
  set_tensor(f, tensor::conv1d(arg_tensor(f, 0), arg_tensor(f, 1), arg_opt_tensor(f, 2), arg_ints(f, 3),
                               tensor::ConvPadding(arg_ints(f, 4)), arg_ints(f, 5), arg_int(f, 6)));
}
void k_conv1d_padding(const KernelFrame& f) {
  set_tensor(f, tensor::conv1d(arg_tensor(f, 0), arg_tensor(f, 1), arg_opt_tensor(f, 2), arg_ints(f, 3),
                               tensor::ConvPadding(arg_str(f, 4)), arg_ints(f, 5), arg_int(f, 6)));
}
void k_max_pool2d(const KernelFrame& f) {
  set_tensor(f, tensor::max_pool2d(arg_tensor(f, 0), arg_ints(f, 1), arg_ints(f, 2), arg_ints(f, 3),
                                   arg_ints(f, 4), arg_bool(f, 5)));
}
void k_max_pool2d_with_indices(const KernelFrame& f) {
  set_pair(f, tensor::max_pool2d_with_indices(arg_tensor(f, 0), arg_ints(f, 1), arg_ints(f, 2),
                                              arg_ints(f, 3), arg_ints(f, 4), arg_bool(f, 5)));
}
void k_avg_pool2d(const KernelFrame& f) {
  set_tensor(f, tensor::avg_pool2d(arg_tensor(f, 0), arg_ints(f, 1), arg_ints(f, 2), arg_ints(f, 3),
                                   arg_bool(f, 4), arg_bool(f, 5), arg_opt_int(f, 6)));
}
void k_adaptive_avg_pool2d(const KernelFrame& f) {
  set_tensor(f, tensor::adaptive_avg_pool2d(arg_tensor(f, 0), arg_ints(f, 1)));
}
void k_group_norm(const KernelFrame& f) {
  set_tensor(f, tensor::group_norm(arg_tensor(f, 0), arg_int(f, 1), arg_opt_tensor(f, 2),
                                   arg_opt_tensor(f, 3), arg_double(f, 4)));
}
void check_inference_dropout(double p, const char* what, const char* hint) {
  if (p != 0.0)
    raise_error("RuntimeError",
                std::string(what) + " is not supported: tsc runs inference only (" + hint + ")");
}
void k_dropout(const KernelFrame& f) {
  const double p = arg_double(f, 1);
  const bool train = arg_bool(f, 2);
  if (p < 0.0 || p > 1.0) // F.dropout's check
    raise_error("ValueError", "dropout probability has to be between 0 and 1, but got " + to_str(f.in(1)));
  if (train)
    check_inference_dropout(p, "dropout with training=True", "pass training=False or p=0");
  set_tensor(f, arg_tensor(f, 0));
}
void k_pad(const KernelFrame& f) {
  std::optional<double> value;
  if (!f.in(3).is_none())
    value = arg_double(f, 3);
  set_tensor(f, tensor::pad(arg_tensor(f, 0), arg_ints(f, 1), arg_str(f, 2), value));
}
std::vector<int64_t> arg_opt_ints(const KernelFrame& f, size_t i) {
  return f.in(i).is_none() ? std::vector<int64_t>{} : arg_ints(f, i);
}
std::vector<double> arg_opt_doubles(const KernelFrame& f, size_t i) {
  std::vector<double> out;
  if (f.in(i).is_none())
    return out;
  const ListObject& l = f.in(i).as_list();
  for (size_t k = 0; k < l.size(); ++k)
    out.push_back(l.get(k).to_double());
  return out;
}
// "[3, 3]" / "[4.0]": a list as Python prints it.
template <typename T> std::string list_repr(const std::vector<T>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if constexpr (std::is_same_v<T, double>)
      out += (i ? ", " : "") + to_str(Value::from_double(items[i]));
    else
      out += (i ? ", " : "") + std::to_string(items[i]);
  }
  return out + "]";
}
// upsample_*.vec with F.interpolate's checks and messages. `rank` is the
// input rank the op is for; the nearest ops take any 3-D to 5-D input, and
// for nearest2d a single size or scale stands for every spatial dim (the
// compiler lowers F.interpolate(x, size=4) so, the input's rank being unknown).
void upsample(const KernelFrame& f, const char* mode, int64_t rank, bool has_align) {
  Tensor input = arg_tensor(f, 0);
  std::vector<int64_t> size = arg_opt_ints(f, 1);
  std::vector<double> scales = arg_opt_doubles(f, has_align ? 3 : 2);
  const bool nearest = std::string_view(mode) == "nearest";
  if (nearest ? (input.dim() < 3 || input.dim() > 5) : input.dim() != rank)
    raise_error("NotImplementedError", "Got " + std::to_string(input.dim()) + "D input, but " + mode +
                                           " mode needs " + std::to_string(rank) + "D input");
  if (size.empty() == scales.empty())
    raise_error("ValueError", size.empty() ? "either size or scale_factor should be defined"
                                           : "only one of size or scale_factor should be defined");
  const size_t spatial = static_cast<size_t>(input.dim() - 2);
  if (nearest && rank == 4 && size.size() == 1) // nearest2d: F.interpolate(x, size=4) on any rank
    size.assign(spatial, size[0]);
  if (nearest && rank == 4 && scales.size() == 1)
    scales.assign(spatial, scales[0]);
  std::vector<int64_t> in_spatial(input.sizes().begin() + 2, input.sizes().end());
  if (!size.empty() && size.size() != spatial)
    raise_error("ValueError",
                "Input and output must have the same number of spatial dimensions, but got input "
                "with spatial dimensions of " +
                    list_repr(in_spatial) + " and output size of " + list_repr(size) +
                    ". Please provide input tensor in (N, C, d1, d2, ...,dK) "
                    "format and output size in (o1, o2, ...,oK) format.");
  if (!scales.empty() && scales.size() != spatial)
    raise_error("ValueError",
                "Input and scale_factor must have the same number of spatial dimensions, but got "
                "input with spatial dimensions of " +
                    list_repr(in_spatial) + " and scale_factor of shape " + list_repr(scales) +
                    ". Please provide input tensor in (N, C, d1, d2, ...,dK) format and "
                    "scale_factor in (s1, s2, ...,sK) format.");
  std::optional<bool> align;
  if (has_align)
    align = arg_bool(f, 2);
  set_tensor(f, tensor::interpolate(input, size, scales, mode, align));
}
void k_upsample_nearest1d(const KernelFrame& f) {
  upsample(f, "nearest", 3, false);
}
void k_upsample_nearest2d(const KernelFrame& f) {
  upsample(f, "nearest", 4, false);
}
void k_upsample_linear1d(const KernelFrame& f) {
  upsample(f, "linear", 3, true);
}
void k_upsample_bilinear2d(const KernelFrame& f) {
  upsample(f, "bilinear", 4, true);
}
void k_one_hot(const KernelFrame& f) {
  set_tensor(f, tensor::one_hot(arg_tensor(f, 0), arg_int(f, 1)));
}
void k_scaled_dot_product_attention(const KernelFrame& f) {
  check_inference_dropout(arg_double(f, 4), "scaled_dot_product_attention with dropout_p > 0",
                          "pass dropout_p=0.0");
  std::optional<double> scale;
  if (!f.in(6).is_none())
    scale = arg_double(f, 6);
  set_tensor(f, tensor::scaled_dot_product_attention(arg_tensor(f, 0), arg_tensor(f, 1), arg_tensor(f, 2),
                                                     arg_opt_tensor(f, 3), 0.0, arg_bool(f, 5), scale));
}

constexpr KernelDef kTensorNNKernels[] = {
    {"aten::dot", k_dot},
    {"aten::outer", k_outer},
    {"aten::baddbmm", k_baddbmm},
    {"aten::masked_fill.Scalar", k_masked_fill_s},
    {"aten::masked_fill.Tensor", k_masked_fill_t},
    {"aten::index_select", k_index_select},
    {"aten::gather", k_gather},
    {"aten::topk", k_topk},
    {"aten::sort", k_sort},
    {"aten::sort.stable", k_sort_stable},
    {"aten::conv1d", k_conv1d},
    {"aten::conv1d.padding", k_conv1d_padding},
    {"aten::max_pool2d", k_max_pool2d},
    {"aten::max_pool2d_with_indices", k_max_pool2d_with_indices},
    {"aten::avg_pool2d", k_avg_pool2d},
    {"aten::adaptive_avg_pool2d", k_adaptive_avg_pool2d},
    {"aten::group_norm", k_group_norm},
    {"aten::dropout", k_dropout},
    {"aten::pad", k_pad},
    {"aten::upsample_nearest1d.vec", k_upsample_nearest1d},
    {"aten::upsample_nearest2d.vec", k_upsample_nearest2d},
    {"aten::upsample_linear1d.vec", k_upsample_linear1d},
    {"aten::upsample_bilinear2d.vec", k_upsample_bilinear2d},
    {"aten::one_hot", k_one_hot},
    {"aten::scaled_dot_product_attention", k_scaled_dot_product_attention},
};

} // namespace

std::span<const KernelDef> tensor_nn_kernels() {
  return kTensorNNKernels;
}

} // namespace tsc::runtime
