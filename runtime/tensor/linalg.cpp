// runtime/tensor/linalg.cpp - Matrix products: mm/bmm/matmul/addmm/linear/dot/outer over OpenBLAS.
#include "runtime/tensor/ops_util.h"

#include <cblas.h>

namespace tsc::runtime::tensor {

namespace {

void check_same_dtype(const Tensor& a, const Tensor& b) {
  if (a.dtype() != b.dtype())
    raise_runtime(std::string("expected scalar type ") + dtype_cpp_name(a.dtype()) + " but found " +
                  dtype_cpp_name(b.dtype()));
}

// How BLAS can read a (rows x cols) matrix view: its transpose flag and leading dimension.
bool blas_layout(const Tensor& m, CBLAS_TRANSPOSE& trans, int64_t& ld) {
  int64_t rows = m.sizes()[0], cols = m.sizes()[1];
  int64_t s0 = m.strides()[0], s1 = m.strides()[1];
  if ((s1 == 1 || cols == 1) && (rows == 1 || s0 >= std::max<int64_t>(1, cols))) {
    trans = CblasNoTrans;
    ld = rows == 1 ? std::max<int64_t>(1, cols) : s0;
    return true;
  }
  if ((s0 == 1 || rows == 1) && (cols == 1 || s1 >= std::max<int64_t>(1, rows))) {
    trans = CblasTrans;
    ld = cols == 1 ? std::max<int64_t>(1, rows) : s1;
    return true;
  }
  return false;
}

// c = alpha * a @ b + beta * c for a (M x K), b (K x N) and a contiguous c (M x N), all of one dtype.
void gemm(Tensor a, Tensor b, Tensor& c, const Scalar& alpha, const Scalar& beta) {
  int64_t m = a.sizes()[0], k = a.sizes()[1], n = b.sizes()[1];
  if (m == 0 || n == 0)
    return;
  DType dt = c.dtype();
  if (dt == DType::Float32 || dt == DType::Float64) {
    CBLAS_TRANSPOSE ta, tb;
    int64_t lda, ldb;
    if (!blas_layout(a, ta, lda)) {
      a = clone(a);
      blas_layout(a, ta, lda);
    }
    if (!blas_layout(b, tb, ldb)) {
      b = clone(b);
      blas_layout(b, tb, ldb);
    }
    if (k == 0) {
      Tensor scaled = beta.to_double() == 0 ? zeros_like(c) : mul(c, beta);
      copy_(c, scaled);
      return;
    }
    if (dt == DType::Float32)
      cblas_sgemm(CblasRowMajor, ta, tb, int(m), int(n), int(k), alpha.to<float>(), a.data<float>(), int(lda),
                  b.data<float>(), int(ldb), beta.to<float>(), c.data<float>(), int(n));
    else
      cblas_dgemm(CblasRowMajor, ta, tb, int(m), int(n), int(k), alpha.to_double(), a.data<double>(), int(lda),
                  b.data<double>(), int(ldb), beta.to_double(), c.data<double>(), int(n));
    return;
  }
  if (dt == DType::Float16 || dt == DType::BFloat16) {
    Tensor c32 = to(c, DType::Float32, true);
    gemm(to(a, DType::Float32), to(b, DType::Float32), c32, alpha, beta);
    copy_(c, c32);
    return;
  }
  // Integers: a plain loop in the dtype (wrapping like torch).
  TSC_DISPATCH_NUMERIC(dt, "addmm_impl_cpu_", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
    if constexpr (!is_float_v<scalar_t>) {
      const scalar_t* pa = a.data<scalar_t>();
      const scalar_t* pb = b.data<scalar_t>();
      scalar_t* pc = c.data<scalar_t>();
      int64_t as0 = a.strides()[0], as1 = a.strides()[1], bs0 = b.strides()[0], bs1 = b.strides()[1];
      scalar_t al = alpha.to<scalar_t>(), be = beta.to<scalar_t>();
      bool keep = beta.to_double() != 0;
      for (int64_t i = 0; i < m; ++i) {
        for (int64_t j = 0; j < n; ++j)
          pc[i * n + j] = keep ? scalar_t(pc[i * n + j] * be) : scalar_t(0);
        for (int64_t p = 0; p < k; ++p) {
          scalar_t x = scalar_t(al * pa[i * as0 + p * as1]);
          for (int64_t j = 0; j < n; ++j)
            pc[i * n + j] = scalar_t(pc[i * n + j] + x * pb[p * bs0 + j * bs1]);
        }
      }
    }
  });
}

} // namespace

Tensor mm(const Tensor& self, const Tensor& mat2) {
  if (self.dim() != 2)
    raise_runtime("self must be a matrix");
  if (mat2.dim() != 2)
    raise_runtime("mat2 must be a matrix");
  if (self.sizes()[1] != mat2.sizes()[0])
    raise_runtime("mat1 and mat2 shapes cannot be multiplied (" + std::to_string(self.sizes()[0]) + "x" +
                  std::to_string(self.sizes()[1]) + " and " + std::to_string(mat2.sizes()[0]) + "x" +
                  std::to_string(mat2.sizes()[1]) + ")");
  check_same_dtype(self, mat2);
  if (self.dtype() == DType::Bool)
    raise_not_implemented("addmm_impl_cpu_", DType::Bool);
  Tensor out = empty({self.sizes()[0], mat2.sizes()[1]}, self.dtype());
  gemm(self, mat2, out, Scalar(int64_t{1}), Scalar(int64_t{0}));
  return out;
}

Tensor bmm(const Tensor& self, const Tensor& mat2) {
  if (self.dim() != 3)
    raise_runtime("batch1 must be a 3D tensor");
  if (mat2.dim() != 3)
    raise_runtime("batch2 must be a 3D tensor");
  if (self.sizes()[0] != mat2.sizes()[0] || self.sizes()[2] != mat2.sizes()[1])
    raise_runtime("Expected size for first two dimensions of batch2 tensor to be: [" +
                  std::to_string(self.sizes()[0]) + ", " + std::to_string(self.sizes()[2]) + "] but got: [" +
                  std::to_string(mat2.sizes()[0]) + ", " + std::to_string(mat2.sizes()[1]) + "].");
  check_same_dtype(self, mat2);
  if (self.dtype() == DType::Bool)
    raise_not_implemented("bmm", DType::Bool);
  int64_t b = self.sizes()[0];
  Tensor out = empty({b, self.sizes()[1], mat2.sizes()[2]}, self.dtype());
  for (int64_t i = 0; i < b; ++i) {
    Tensor o = select(out, 0, i);
    gemm(select(self, 0, i), select(mat2, 0, i), o, Scalar(int64_t{1}), Scalar(int64_t{0}));
  }
  return out;
}

Tensor dot(const Tensor& self, const Tensor& other) {
  if (self.dim() != 1 || other.dim() != 1)
    raise_runtime("1D tensors expected, but got " + std::to_string(self.dim()) + "D and " +
                  std::to_string(other.dim()) + "D tensors");
  if (self.dtype() != other.dtype())
    raise_runtime(std::string("dot : expected both vectors to have same dtype, but found ") +
                  dtype_cpp_name(self.dtype()) + " and " + dtype_cpp_name(other.dtype()));
  if (self.numel() != other.numel())
    raise_runtime("inconsistent tensor size, expected tensor [" + std::to_string(self.numel()) + "] and src [" +
                  std::to_string(other.numel()) + "] to have the same number of elements, but got " +
                  std::to_string(self.numel()) + " and " + std::to_string(other.numel()) + " elements respectively");
  return reshape(mm(unsqueeze(self, 0), unsqueeze(other, 1)), Shape{});
}

Tensor matmul(const Tensor& a, const Tensor& b) {
  int64_t da = a.dim(), db = b.dim();
  if (da == 0 || db == 0)
    raise_runtime("both arguments to matmul need to be at least 1D, but they are " + std::to_string(da) + "D and " +
                  std::to_string(db) + "D");
  if (da == 1 && db == 1)
    return dot(a, b);
  if (da == 2 && db == 1) {
    if (a.sizes()[1] != b.sizes()[0])
      raise_runtime("size mismatch, got " + std::to_string(a.sizes()[0]) + ", " + std::to_string(a.sizes()[0]) + "x" +
                    std::to_string(a.sizes()[1]) + "," + std::to_string(b.sizes()[0]));
    return squeeze(mm(a, unsqueeze(b, 1)), 1);
  }
  if (da == 1 && db == 2)
    return squeeze(mm(unsqueeze(a, 0), b), 0);
  if (da == 2 && db == 2)
    return mm(a, b);
  // Batched: fold a (…, n, k) with a matrix or vector b into one mm when b has no batch dims.
  if (da >= 3 && db <= 2) {
    Tensor bm = db == 1 ? unsqueeze(b, 1) : b;
    int64_t k = a.sizes().back();
    if (k != bm.sizes()[0])
      raise_runtime("mat1 and mat2 shapes cannot be multiplied (" + std::to_string(a.numel() / std::max<int64_t>(k, 1)) +
                    "x" + std::to_string(k) + " and " + std::to_string(bm.sizes()[0]) + "x" +
                    std::to_string(bm.sizes()[1]) + ")");
    Shape out_shape(a.sizes().begin(), a.sizes().end() - 1);
    Tensor r = mm(reshape(a, {-1, k}), bm);
    if (db == 2)
      out_shape.push_back(bm.sizes()[1]);
    return reshape(r, out_shape);
  }
  // General case: broadcast the batch dims, then bmm.
  Tensor a3 = da == 1 ? unsqueeze(a, 0) : a;
  Tensor b3 = db == 1 ? unsqueeze(b, 1) : b;
  int64_t n = a3.sizes()[size_t(a3.dim() - 2)], k = a3.sizes().back();
  int64_t k2 = b3.sizes()[size_t(b3.dim() - 2)], m = b3.sizes().back();
  Shape ba(a3.sizes().begin(), a3.sizes().end() - 2), bb(b3.sizes().begin(), b3.sizes().end() - 2);
  Shape batch = broadcast_shapes(ba, bb);
  if (k != k2)
    raise_runtime("Expected size for first two dimensions of batch2 tensor to be: [" +
                  std::to_string(checked_numel(batch)) + ", " + std::to_string(k) + "] but got: [" +
                  std::to_string(checked_numel(batch)) + ", " + std::to_string(k2) + "].");
  int64_t nb = checked_numel(batch);
  Shape ea = batch, eb = batch;
  ea.push_back(n);
  ea.push_back(k);
  eb.push_back(k2);
  eb.push_back(m);
  Tensor r = bmm(reshape(expand(a3, ea), {nb, n, k}), reshape(expand(b3, eb), {nb, k2, m}));
  Shape out_shape = batch;
  if (da > 1)
    out_shape.push_back(n);
  if (db > 1)
    out_shape.push_back(m);
  return reshape(r, out_shape);
}

Tensor addmm(const Tensor& self, const Tensor& mat1, const Tensor& mat2, const Scalar& beta, const Scalar& alpha) {
  if (mat1.dim() != 2)
    raise_runtime("mat1 must be a matrix, got " + std::to_string(mat1.dim()) + "-D tensor");
  if (mat2.dim() != 2)
    raise_runtime("mat2 must be a matrix, got " + std::to_string(mat2.dim()) + "-D tensor");
  if (mat1.sizes()[1] != mat2.sizes()[0])
    raise_runtime("mat1 and mat2 shapes cannot be multiplied (" + std::to_string(mat1.sizes()[0]) + "x" +
                  std::to_string(mat1.sizes()[1]) + " and " + std::to_string(mat2.sizes()[0]) + "x" +
                  std::to_string(mat2.sizes()[1]) + ")");
  check_same_dtype(mat1, mat2);
  check_same_dtype(self, mat1);
  if (mat1.dtype() == DType::Bool)
    raise_not_implemented("addmm_impl_cpu_", DType::Bool);
  Tensor out = empty({mat1.sizes()[0], mat2.sizes()[1]}, mat1.dtype());
  bool use_self = beta.to_double() != 0;
  if (use_self)
    copy_(out, expand(self, out.sizes()));
  gemm(mat1, mat2, out, alpha, use_self ? beta : Scalar(int64_t{0}));
  return out;
}

Tensor linear(const Tensor& input, const Tensor& weight, const Tensor& bias) {
  if (input.dim() == 2 && bias.defined())
    return addmm(bias, input, t(weight));
  Tensor r = matmul(input, t(weight));
  return bias.defined() ? add(r, bias) : r;
}

Tensor outer(const Tensor& self, const Tensor& vec2) {
  if (self.dim() != 1)
    raise_runtime("outer: Expected 1-D argument self, but got " + std::to_string(self.dim()) + "-D");
  if (vec2.dim() != 1)
    raise_runtime("outer: Expected 1-D argument vec2, but got " + std::to_string(vec2.dim()) + "-D");
  return mul(unsqueeze(self, 1), vec2);
}

} // namespace tsc::runtime::tensor
