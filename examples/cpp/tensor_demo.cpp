// examples/cpp/tensor_demo.cpp - tensor_demo: passes the caller's floats to a script as a tensor, prints the
// result.
//
//   tensor_demo model.pt NAME V...
//
// Wraps the numbers V... (a float32 vector, the program's own memory) with
// tsc::Tensor::from_blob, calls NAME(x) and prints torch's repr of the
// returned tensor, then its elements read through an accessor when it is a
// 1-dim float32 tensor. Exit codes follow cpp_demo: 0 ok, 1 a load or
// script error, 2 usage.
#include <tsc/tsc.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: tensor_demo model.pt NAME V...\n";
    return 2;
  }
  std::vector<float> data;
  for (int i = 3; i < argc; ++i)
    data.push_back(std::strtof(argv[i], nullptr));
  try {
    tsc::Module module = tsc::load(argv[1]);
    bool released = false;
    tsc::Value result;
    {
      // Borrowed memory: the deleter only reports that the last view has gone.
      tsc::Tensor x = tsc::Tensor::from_blob(data.data(), {static_cast<int64_t>(data.size())},
                                             tsc::DType::Float32, [&](void*) { released = true; });
      result = module.call(argv[2], {x});
    }
    tsc::Tensor y = result.to_tensor();
    std::cout << y.to_string() << "\n";
    if (y.dim() == 1 && y.dtype() == tsc::DType::Float32) {
      auto a = y.accessor<float, 1>();
      for (int64_t i = 0; i < a.size(0); ++i)
        std::cout << (i ? " " : "") << a[i];
      std::cout << "\n";
    }
    result = tsc::Value();
    y = tsc::Tensor();
    std::cout << (released ? "released" : "still borrowed") << "\n";
  } catch (const tsc::Error& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  return 0;
}
