// examples/cpp/resnet_infer.cpp - resnet_infer: top-5 classes and latency of a classifier archive on a .npy
// input.
//
//   resnet_infer model.pt input.npy [--repeat N] [--labels FILE]
//
// Loads the archive with tsc::load, reads the input (examples/cpp/npy.h:
// float32, or float64/int/uint8 converted to float32), wraps it without a
// copy with tsc::Tensor::from_blob and calls the archive's `forward`
// (tsc::Module::forward: the root object's method in the archive of a scripted
// nn.Module; else the top-level function of that name). The
// result must be a float tensor of shape [N, C] (one row per batch item) or
// [C]; for each row the five highest scores are printed, best first (fewer
// when C < 5), with the line of FILE that names the class (line i for class
// i). Then the latency: the first call, and the median and minimum of N
// further calls (default 10).
//
//   input: input.npy <f4 [1, 3, 32, 32]
//   output: float32 [1, 10]
//   row 0:
//     1. class 3     score 2.4137001      cat
//     ...
//   load: 0.412 ms
//   latency: first 1.532 ms, median 0.871 ms, min 0.850 ms over 10 runs
//
// Exit codes follow cpp_demo: 0 ok; 1 a missing or bad file, a load error or
// a script exception ("resnet_infer: error: ..." on stderr); 2 usage.
#include "npy.h"

#include <tsc/tsc.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

constexpr int kTopK = 5;
constexpr const char* kUsage = "usage: resnet_infer model.pt input.npy [--repeat N] [--labels FILE]\n";

struct Options {
  std::string model;
  std::string input;
  std::string labels;
  long repeat = 10;
};

/// A bad command line: main prints the message and the usage, and exits 2.
struct UsageError {
  std::string message;
};

long parse_repeat(const std::string& text) {
  char* end = nullptr;
  long n = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || n < 1 || n > 1000000)
    throw UsageError{"--repeat takes a count from 1 to 1000000, not '" + text + "'"};
  return n;
}

Options parse_args(int argc, char** argv) {
  Options opts;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    // "--name value" or "--name=value".
    auto take_value = [&](const std::string& name) -> std::string {
      if (arg.size() > name.size() && arg.compare(0, name.size() + 1, name + "=") == 0)
        return arg.substr(name.size() + 1);
      if (i + 1 >= argc)
        throw UsageError{"option '" + name + "' needs a value"};
      return argv[++i];
    };
    if (arg == "--repeat" || arg.rfind("--repeat=", 0) == 0)
      opts.repeat = parse_repeat(take_value("--repeat"));
    else if (arg == "--labels" || arg.rfind("--labels=", 0) == 0)
      opts.labels = take_value("--labels");
    else if (arg.size() > 1 && arg[0] == '-')
      throw UsageError{"unknown option '" + arg + "'"};
    else
      positional.push_back(arg);
  }
  if (positional.size() != 2)
    throw UsageError{positional.size() < 2 ? "expected a model and an input file"
                                           : "unexpected argument '" + positional[2] + "'"};
  opts.model = positional[0];
  opts.input = positional[1];
  return opts;
}

/// One line per class; a missing file is an error, a short file leaves the
/// later classes unnamed.
std::vector<std::string> read_labels(const std::string& path) {
  std::ifstream in(path);
  if (!in)
    throw std::runtime_error("'" + path + "': cannot open the labels file");
  std::vector<std::string> labels;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    labels.push_back(line);
  }
  return labels;
}

std::string shape_text(const std::vector<int64_t>& shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

struct Scored {
  int64_t index;
  double score;
};

/// Highest score first, NaN above everything (torch.topk's order); equal
/// scores by index.
bool ranks_before(const Scored& a, const Scored& b) {
  bool a_nan = std::isnan(a.score), b_nan = std::isnan(b.score);
  if (a_nan != b_nan)
    return a_nan;
  if (!a_nan && a.score != b.score)
    return a.score > b.score;
  return a.index < b.index;
}

double element(const tsc::Tensor& t, int64_t row, int64_t col) {
  const std::vector<int64_t>& strides = t.strides();
  int64_t offset = t.dim() == 2 ? row * strides[0] + col * strides[1] : col * strides[0];
  if (t.dtype() == tsc::DType::Float32)
    return static_cast<const float*>(t.data_ptr())[offset];
  return static_cast<const double*>(t.data_ptr())[offset];
}

void print_top(const tsc::Tensor& out, const std::vector<std::string>& labels) {
  int64_t rows = out.dim() == 2 ? out.sizes()[0] : 1;
  int64_t classes = out.sizes()[out.dim() - 1];
  for (int64_t r = 0; r < rows; ++r) {
    std::vector<Scored> scored;
    scored.reserve(static_cast<size_t>(classes));
    for (int64_t c = 0; c < classes; ++c)
      scored.push_back({c, element(out, r, c)});
    size_t k = std::min<size_t>(kTopK, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(k), scored.end(),
                      ranks_before);
    std::printf("row %lld:\n", static_cast<long long>(r));
    for (size_t i = 0; i < k; ++i) {
      const Scored& s = scored[i];
      char score[32];
      std::snprintf(score, sizeof score, "%.8g", s.score);
      std::printf("  %zu. class %-5lld score ", i + 1, static_cast<long long>(s.index));
      if (static_cast<size_t>(s.index) < labels.size())
        std::printf("%-14s %s\n", score, labels[static_cast<size_t>(s.index)].c_str());
      else
        std::printf("%s\n", score);
    }
  }
}

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

int run(const Options& opts) {
  std::vector<std::string> labels;
  if (!opts.labels.empty())
    labels = read_labels(opts.labels);
  npy::Array input = npy::read_float32(opts.input);

  auto start = std::chrono::steady_clock::now();
  tsc::Module module = tsc::load(opts.model);
  double load_ms = ms_since(start);

  // The caller's memory, not copied: `input` outlives every call below.
  tsc::Tensor x = tsc::Tensor::from_blob(input.data.data(), input.shape, tsc::DType::Float32);
  // A scripted nn.Module's archive has a root object; an archive of functions has `forward`
  // as a top-level function.
  auto forward = [&]() { return module.has_root() ? module.forward({x}) : module.call("forward", {x}); };
  start = std::chrono::steady_clock::now();
  tsc::Value result = forward();
  double first_ms = ms_since(start);

  if (!result.is_tensor())
    throw std::runtime_error("forward returned a value of type '" + result.type_name() +
                             "', expected a Tensor of shape [N, C] or [C]");
  tsc::Tensor out = result.to_tensor();
  if (out.dtype() != tsc::DType::Float32 && out.dtype() != tsc::DType::Float64)
    throw std::runtime_error("forward returned a tensor of dtype " + tsc::dtype_name(out.dtype()) +
                             ", expected torch.float32 or torch.float64 scores");
  if (out.dim() != 1 && out.dim() != 2)
    throw std::runtime_error("forward returned a tensor of shape " + shape_text(out.sizes()) +
                             ", expected [N, C] or [C]");
  if (out.sizes()[out.dim() - 1] == 0)
    throw std::runtime_error("forward returned a tensor of shape " + shape_text(out.sizes()) +
                             ", with no classes");

  std::printf("input: %s %s %s\n", opts.input.c_str(), input.descr.c_str(), shape_text(input.shape).c_str());
  std::printf("output: %s %s\n", tsc::dtype_name(out.dtype()).substr(6).c_str(),
              shape_text(out.sizes()).c_str());
  print_top(out, labels);

  std::vector<double> times;
  times.reserve(static_cast<size_t>(opts.repeat));
  for (long i = 0; i < opts.repeat; ++i) {
    start = std::chrono::steady_clock::now();
    forward();
    times.push_back(ms_since(start));
  }
  std::sort(times.begin(), times.end());
  size_t n = times.size();
  double median = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
  std::printf("load: %.3f ms\n", load_ms);
  std::printf("latency: first %.3f ms, median %.3f ms, min %.3f ms over %zu runs\n", first_ms, median,
              times[0], n);
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  Options opts;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    }
  }
  try {
    opts = parse_args(argc, argv);
  } catch (const UsageError& e) {
    std::cerr << "resnet_infer: " << e.message << "\n" << kUsage;
    return 2;
  }
  try {
    return run(opts);
  } catch (const std::exception& e) {
    // tsc::Error (load failures, script exceptions with their traceback),
    // npy::Error and the checks above.
    std::fflush(stdout);
    std::cerr << "resnet_infer: error: " << e.what() << "\n";
    return 1;
  }
}
