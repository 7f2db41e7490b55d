// bench/scalar/matmul.cpp - matmul.py in plain C++: vectors of vectors, i-k-j order.
#include "cpp_harness.h"

using Matrix = std::vector<std::vector<double>>;

Matrix make_matrix(int64_t n, int64_t seed) {
  Matrix m;
  for (int64_t i = 0; i < n; ++i) {
    std::vector<double> row;
    for (int64_t j = 0; j < n; ++j)
      row.push_back(static_cast<double>((i * 31 + j * 17 + seed) % 11 - 5));
    m.push_back(row);
  }
  return m;
}

Matrix multiply(const Matrix& a, const Matrix& b) {
  size_t n = a.size(), m = b[0].size(), inner = b.size();
  Matrix c;
  for (size_t i = 0; i < n; ++i) {
    const std::vector<double>& ai = a[i];
    std::vector<double> row(m, 0.0);
    for (size_t k = 0; k < inner; ++k) {
      double aik = ai[k];
      const std::vector<double>& bk = b[k];
      for (size_t j = 0; j < m; ++j)
        row[j] += aik * bk[j];
    }
    c.push_back(row);
  }
  return c;
}

double matmul(int64_t n) {
  Matrix a = make_matrix(n, 1);
  Matrix b = make_matrix(n, 7);
  Matrix c = multiply(a, b);
  double total = 0.0;
  for (int64_t i = 0; i < n; ++i) {
    const std::vector<double>& row = c[i];
    for (int64_t j = 0; j < n; ++j)
      total += row[j] * static_cast<double>((i + 2 * j) % 5 - 2);
  }
  return total;
}

int main(int argc, char** argv) {
  return bench::run(argc, argv, [](const std::vector<int64_t>& a) { return matmul(a.at(0)); });
}
