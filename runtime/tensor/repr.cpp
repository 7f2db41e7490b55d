// runtime/tensor/repr.cpp - Tensor repr after torch/_tensor_str.py (precision 4, threshold 1000, edgeitems 3, linewidth 80).
#include "runtime/tensor/ops_util.h"

#include <cmath>
#include <cstdio>

namespace tsc::runtime::tensor {

namespace {

constexpr int kPrecision = 4;
constexpr int64_t kThreshold = 1000;
constexpr int64_t kEdgeItems = 3;
constexpr int64_t kLineWidth = 80;

std::string printf_str(const char* fmt, int width, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, fmt, width, kPrecision, v);
  return buf;
}

std::string float_str(const char* fmt, double v) {
  if (std::isnan(v))
    return "nan";
  if (std::isinf(v))
    return v > 0 ? "inf" : "-inf";
  return printf_str(fmt, 0, v);
}

struct Formatter {
  bool floating = false;
  bool is_bool = false;
  bool int_mode = true;
  bool sci_mode = false;
  size_t max_width = 1;

  explicit Formatter(const Tensor& t) {
    floating = is_floating(t.dtype());
    is_bool = t.dtype() == DType::Bool;
    Tensor flat = contiguous(reshape(t, {-1}));
    if (!floating) {
      for (int64_t i = 0; i < flat.numel(); ++i)
        max_width = std::max(max_width, int_str(flat, i).size());
      return;
    }
    Tensor d = to(flat, DType::Float64);
    const double* p = d.data<double>();
    std::vector<double> vals;
    for (int64_t i = 0; i < d.numel(); ++i)
      if (std::isfinite(p[i]) && p[i] != 0)
        vals.push_back(p[i]);
    if (vals.empty())
      return;
    double mn = INFINITY, mx = 0;
    for (double v : vals) {
      mn = std::min(mn, std::fabs(v));
      mx = std::max(mx, std::fabs(v));
      if (v != std::ceil(v))
        int_mode = false;
    }
    if (int_mode) {
      if (mx / mn > 1000. || mx > 1.e8) {
        sci_mode = true;
        for (double v : vals)
          max_width = std::max(max_width, float_str("%*.*e", v).size());
      } else {
        for (double v : vals)
          max_width = std::max(max_width, printf_str("%*.0f", 0, v).size() + 1);
      }
    } else {
      if (mx / mn > 1000. || mx > 1.e8 || mn < 1.e-4) {
        sci_mode = true;
        for (double v : vals)
          max_width = std::max(max_width, float_str("%*.*e", v).size());
      } else {
        for (double v : vals)
          max_width = std::max(max_width, float_str("%*.*f", v).size());
      }
    }
  }

  std::string int_str(const Tensor& flat, int64_t i) const {
    std::string s;
    TSC_DISPATCH_ALL(flat.dtype(), "repr", [&](auto tag_) { TSC_SCALAR_TYPE(tag_);
      if constexpr (std::is_same_v<scalar_t, bool>)
        s = flat.data<bool>()[i] ? "True" : "False";
      else if constexpr (!is_float_v<scalar_t>)
        s = std::to_string(static_cast<int64_t>(flat.data<scalar_t>()[i]));
    });
    return s;
  }

  std::string format(double v, const std::string& int_text) const {
    std::string r;
    if (!floating) {
      r = int_text;
    } else if (sci_mode) {
      r = std::isfinite(v) ? printf_str("%*.*e", int(max_width), v) : float_str("", v);
    } else if (int_mode) {
      r = std::isfinite(v) ? printf_str("%*.0f", 0, v) + "." : float_str("", v);
    } else {
      r = float_str("%*.*f", v);
    }
    if (r.size() < max_width)
      r.insert(0, max_width - r.size(), ' ');
    return r;
  }
};

// The value of element i of a 1-D tensor, as text.
std::string element(const Tensor& vec, int64_t i, const Formatter& f) {
  Tensor e = select(vec, 0, i);
  if (!f.floating) {
    Tensor c = contiguous(reshape(e, {1}));
    return f.format(0, f.int_str(c, 0));
  }
  return f.format(e.item().to_double(), "");
}

std::string tensor_str(const Tensor& t, int64_t indent, bool summarize, const Formatter& f) {
  if (t.dim() == 0)
    return element(reshape(t, {1}), 0, f);
  int64_t n = t.sizes()[0];
  if (t.dim() == 1) {
    int64_t element_length = int64_t(f.max_width) + 2;
    int64_t per_line = std::max<int64_t>(1, (kLineWidth - indent) / element_length);
    std::vector<std::string> data;
    if (summarize && n > 2 * kEdgeItems) {
      for (int64_t i = 0; i < kEdgeItems; ++i)
        data.push_back(element(t, i, f));
      data.push_back(" ...");
      for (int64_t i = n - kEdgeItems; i < n; ++i)
        data.push_back(element(t, i, f));
    } else {
      for (int64_t i = 0; i < n; ++i)
        data.push_back(element(t, i, f));
    }
    std::string out = "[";
    for (size_t i = 0; i < data.size(); ++i) {
      if (i) {
        out += ",";
        out += i % size_t(per_line) == 0 ? "\n" + std::string(size_t(indent + 1), ' ') : " ";
      }
      out += data[i];
    }
    return out + "]";
  }
  std::vector<std::string> slices;
  if (summarize && n > 2 * kEdgeItems) {
    for (int64_t i = 0; i < kEdgeItems; ++i)
      slices.push_back(tensor_str(select(t, 0, i), indent + 1, summarize, f));
    slices.push_back("...");
    for (int64_t i = n - kEdgeItems; i < n; ++i)
      slices.push_back(tensor_str(select(t, 0, i), indent + 1, summarize, f));
  } else {
    for (int64_t i = 0; i < n; ++i)
      slices.push_back(tensor_str(select(t, 0, i), indent + 1, summarize, f));
  }
  std::string sep = "," + std::string(size_t(t.dim() - 1), '\n') + std::string(size_t(indent + 1), ' ');
  std::string out = "[";
  for (size_t i = 0; i < slices.size(); ++i)
    out += (i ? sep : "") + slices[i];
  return out + "]";
}

// torch's get_summarized_data: the edge items of every dim.
Tensor summarized(const Tensor& t) {
  if (t.dim() == 0)
    return t;
  int64_t n = t.sizes()[0];
  if (t.dim() == 1)
    return n > 2 * kEdgeItems ? cat({slice(t, 0, 0, kEdgeItems), slice(t, 0, n - kEdgeItems, n)}) : t;
  std::vector<Tensor> parts;
  if (n > 2 * kEdgeItems) {
    for (int64_t i = 0; i < kEdgeItems; ++i)
      parts.push_back(summarized(select(t, 0, i)));
    for (int64_t i = n - kEdgeItems; i < n; ++i)
      parts.push_back(summarized(select(t, 0, i)));
  } else {
    for (int64_t i = 0; i < n; ++i)
      parts.push_back(summarized(select(t, 0, i)));
  }
  return stack(parts);
}

} // namespace

std::string Tensor::repr() const {
  const int64_t indent = 7; // len("tensor(")
  std::string body;
  std::vector<std::string> suffixes;
  DType dt = dtype();
  if (numel() == 0) {
    if (dim() != 1) {
      std::string s = "size=(";
      for (int64_t i = 0; i < dim(); ++i)
        s += (i ? ", " : "") + std::to_string(sizes()[size_t(i)]);
      suffixes.push_back(s + (dim() == 1 ? ",)" : ")"));
    }
    if (dt != kDefaultFloat)
      suffixes.push_back(std::string("dtype=torch.") + dtype_name(dt));
    body = "[]";
  } else {
    if (dt != kDefaultFloat && dt != DType::Int64 && dt != DType::Bool)
      suffixes.push_back(std::string("dtype=torch.") + dtype_name(dt));
    Tensor self = *this;
    if (dt == DType::Float16 || dt == DType::BFloat16)
      self = to(self, DType::Float32);
    bool summarize = numel() > kThreshold;
    Formatter f(summarize ? summarized(self) : self);
    body = tensor_str(self, indent, summarize, f);
  }
  std::string out = "tensor(" + body;
  size_t nl = out.rfind('\n');
  int64_t last_line_len = int64_t(out.size()) - (nl == std::string::npos ? -1 : int64_t(nl)) + 1;
  for (const std::string& s : suffixes) {
    int64_t len = int64_t(s.size());
    if (last_line_len + len + 2 > kLineWidth) {
      out += ",\n" + std::string(size_t(indent), ' ') + s;
      last_line_len = indent + len;
    } else {
      out += ", " + s;
      last_line_len += len + 2;
    }
  }
  return out + ")";
}

} // namespace tsc::runtime::tensor
