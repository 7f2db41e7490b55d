// bench/scalar/mandelbrot.cpp - mandelbrot.py in plain C++.
#include "cpp_harness.h"

int64_t mandelbrot(int64_t size, int64_t max_iter) {
  int64_t inside = 0;
  for (int64_t py = 0; py < size; ++py) {
    double ci = static_cast<double>(py) * 2.5 / static_cast<double>(size) - 1.25;
    for (int64_t px = 0; px < size; ++px) {
      double cr = static_cast<double>(px) * 2.5 / static_cast<double>(size) - 2.0;
      double zr = 0.0, zi = 0.0;
      int64_t k = 0;
      while (k < max_iter && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        k += 1;
      }
      if (k == max_iter)
        inside += 1;
    }
  }
  return inside;
}

int main(int argc, char** argv) {
  return bench::run(argc, argv, [](const std::vector<int64_t>& a) { return mandelbrot(a.at(0), a.at(1)); });
}
