// runtime/tensor/linalg_extra.cpp - baddbmm: a scaled batched product plus a scaled, broadcast input.
#include "runtime/tensor/ops_nn.h"

#include "runtime/tensor/ops_util.h"

namespace tsc::runtime::tensor {

Tensor baddbmm(const Tensor& self, const Tensor& batch1, const Tensor& batch2, const Scalar& beta, const Scalar& alpha) {
  // torch expands self to [batch1.size(0), batch1.size(1), batch2.size(2)] before checking the batches.
  if (batch1.dim() >= 2 && batch2.dim() == 3) {
    Shape target{batch1.sizes()[0], batch1.sizes()[1], batch2.sizes()[2]};
    int64_t nd = self.dim();
    for (int64_t i = 0; i < std::min<int64_t>(nd, 3); ++i) {
      int64_t t = target[size_t(2 - i)], s = self.sizes()[size_t(nd - 1 - i)];
      if (s != 1 && s != t)
        raise_runtime("The expanded size of the tensor (" + std::to_string(t) + ") must match the existing size (" +
                      std::to_string(s) + ") at non-singleton dimension " + std::to_string(2 - i) +
                      ".  Target sizes: " + shape_str(target) + ".  Tensor sizes: " + shape_str(self.sizes()));
    }
  }
  if (batch1.dim() != 3)
    raise_runtime("batch1 must be a 3D tensor");
  if (batch2.dim() != 3)
    raise_runtime("batch2 must be a 3D tensor");
  Tensor prod = bmm(batch1, batch2);
  DType dt = prod.dtype();
  // Integral products take beta and alpha converted to the dtype, as torch's kernel does.
  Scalar beta_s = is_floating(dt) ? beta : Scalar(beta.to<int64_t>());
  Scalar alpha_s = is_floating(dt) ? alpha : Scalar(alpha.to<int64_t>());
  if (alpha_s.to_double() != 1)
    prod = to(mul(prod, alpha_s), dt);
  if (beta_s.to_double() == 0)
    return prod;
  Tensor scaled = beta_s.to_double() == 1 ? self : to(mul(self, beta_s), dt);
  return to(add(prod, scaled), dt);
}

} // namespace tsc::runtime::tensor
