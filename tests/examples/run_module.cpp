// tests/examples/run_module.cpp - Test driver: runs a module archive's forward from C++ on .npy inputs.
//
//   run_module model.pt OUT_PREFIX in0.npy [in1.npy ...]
//
// Calls forward with one float32 tensor per input file and writes every tensor
// of the result (depth-first through tuples and lists) as OUT_PREFIX<i>.npy,
// float32 in C order, so that tests/python/test_modules.py can compare the C++
// run of an archive with torch eager. Exit 1 with the error on stderr.
#include <tsc/tsc.h>

#include "../../examples/cpp/npy.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

void collect(const tsc::Value& v, std::vector<tsc::Tensor>& out) {
  if (v.is_tensor()) {
    out.push_back(v.to_tensor());
  } else if (v.is_tuple()) {
    for (const tsc::Value& item : v.to_tuple())
      collect(item, out);
  } else if (v.is_list()) {
    for (const tsc::Value& item : v.to_list())
      collect(item, out);
  }
}

// numpy's format 1.0: magic, version, header length, a dict literal padded to 64 bytes.
void write_npy(const std::string& path, const tsc::Tensor& t) {
  std::string shape = "(";
  for (int64_t s : t.sizes())
    shape += std::to_string(s) + ", ";
  if (t.dim() > 1)
    shape.resize(shape.size() - 2);
  else if (t.dim() == 1)
    shape.resize(shape.size() - 1);
  shape += ")";
  std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }";
  size_t total = 10 + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header += '\n';
  std::ofstream f(path, std::ios::binary);
  f.write("\x93NUMPY\x01\x00", 8);
  const uint16_t len = static_cast<uint16_t>(header.size());
  const char len_bytes[2] = {static_cast<char>(len & 0xff), static_cast<char>(len >> 8)};
  f.write(len_bytes, 2);
  f << header;
  // Element by element through the strides: the result may be a view.
  std::vector<int64_t> index(static_cast<size_t>(t.dim()), 0);
  int64_t numel = 1;
  for (int64_t s : t.sizes())
    numel *= s;
  const float* base = t.data_ptr<float>();
  for (int64_t n = 0; n < numel; ++n) {
    int64_t offset = 0;
    for (int64_t d = 0; d < t.dim(); ++d)
      offset += index[static_cast<size_t>(d)] * t.strides()[static_cast<size_t>(d)];
    f.write(reinterpret_cast<const char*>(base + offset), sizeof(float));
    for (int64_t d = t.dim() - 1; d >= 0; --d) {
      if (++index[static_cast<size_t>(d)] < t.sizes()[static_cast<size_t>(d)])
        break;
      index[static_cast<size_t>(d)] = 0;
    }
  }
  if (!f)
    throw std::runtime_error("cannot write '" + path + "'");
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: run_module model.pt OUT_PREFIX in0.npy [in1.npy ...]\n";
    return 2;
  }
  try {
    tsc::Module m = tsc::load(argv[1]);
    std::vector<npy::Array> inputs;
    for (int i = 3; i < argc; ++i)
      inputs.push_back(npy::read_float32(argv[i]));
    std::vector<tsc::Value> args;
    for (npy::Array& a : inputs)
      args.emplace_back(tsc::Tensor::from_blob(a.data.data(), a.shape, tsc::DType::Float32));
    std::vector<tsc::Tensor> outs;
    collect(m.forward(args), outs);
    for (size_t i = 0; i < outs.size(); ++i)
      write_npy(std::string(argv[2]) + std::to_string(i) + ".npy", outs[i]);
    std::printf("%zu\n", outs.size());
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "run_module: error: " << e.what() << "\n";
    return 1;
  }
}
