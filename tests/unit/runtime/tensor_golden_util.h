// tests/unit/runtime/tensor_golden_util.h - Reading and comparing the encoded tensors of the golden-case headers.
//
// A golden line encodes each tensor as "dtype|shape|layout|values" (see
// gen_tensor_golden.py): layout "c" contiguous, "t" transposed storage of the
// last two dims, "s" every other element of a wider buffer, "e=SHAPE" expanded.
#pragma once

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/error.h"
#include "runtime/tensor/ops.h"

namespace tensor_golden {

using namespace tsc::runtime::tensor;

inline std::vector<std::string> split_on(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t at = s.find(sep, start);
    if (at == std::string::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, at - start));
    start = at + sep.size();
  }
}

inline DType parse_dtype(const std::string& s) {
  for (int i = 0; i < kNumDTypes; ++i)
    if (s == dtype_name(DType(i)))
      return DType(i);
  FAIL("unknown dtype " << s);
  return DType::Float32;
}

inline Shape parse_ints(const std::string& s) {
  Shape out;
  if (s.empty())
    return out;
  for (const std::string& p : split_on(s, ","))
    out.push_back(std::stoll(p));
  return out;
}

struct Encoded {
  DType dtype;
  Shape shape;
  std::string layout;
  std::vector<double> values;
};

inline Encoded parse_tensor(const std::string& s) {
  auto parts = split_on(s, "|");
  REQUIRE(parts.size() == 4);
  Encoded e{parse_dtype(parts[0]), parse_ints(parts[1]), parts[2], {}};
  if (!parts[3].empty())
    for (const std::string& v : split_on(parts[3], ","))
      e.values.push_back(std::strtod(v.c_str(), nullptr));
  return e;
}

/// The encoded values in the encoded layout (same values, other strides).
inline Tensor materialize(const Encoded& e) {
  Tensor x = tensor_from_values(e.values, e.shape, e.dtype);
  if (e.layout == "t")
    return transpose(contiguous(transpose(x, -1, -2)), -1, -2);
  if (e.layout == "s") {
    Shape big = e.shape;
    big.back() *= 2;
    Tensor b = zeros(big, e.dtype);
    Tensor v = slice(b, -1, std::nullopt, std::nullopt, 2);
    copy_(v, x);
    return v;
  }
  if (e.layout.rfind("e=", 0) == 0)
    return expand(x, parse_ints(e.layout.substr(2)));
  return x;
}

/// Empty when `got` has want's dtype, shape and values (within atol + rtol * |want|;
/// NaN matches NaN), else a description of the first difference.
inline std::string compare_tensor(const Tensor& got, const Encoded& want, double rtol, double atol) {
  std::ostringstream os;
  if (got.dtype() != want.dtype)
    os << "dtype " << dtype_name(got.dtype()) << " != " << dtype_name(want.dtype);
  else if (got.sizes() != want.shape)
    os << "shape differs";
  if (!os.str().empty())
    return os.str();
  Tensor g = contiguous(to(got, DType::Float64));
  const double* p = g.data<double>();
  for (size_t i = 0; i < want.values.size(); ++i) {
    double a = p[i], b = want.values[i];
    if (std::isnan(b) ? std::isnan(a) : (a == b || std::fabs(a - b) <= atol + rtol * std::fabs(b)))
      continue;
    os << "element " << i << ": got " << a << ", want " << b;
    return os.str();
  }
  return "";
}

using Ts = std::vector<Tensor>;
/// Golden op key -> the library call it stands for.
using OpTable = std::map<std::string, std::function<Ts(const Ts&)>>;
/// Sets rtol/atol for an op key and output dtype.
using Tolerance = std::function<void(const std::string& op, DType dt, double& rtol, double& atol)>;

/// Replays one "op<TAB>inputs<TAB>outputs<TAB>error" line: runs the op on the
/// materialized inputs and checks its outputs, or that it raises torch's
/// exception type with torch's message ("not implemented for 'X'" messages
/// compare by that part only). Counts the case (and error case).
inline void replay_golden_line(const std::string& line, const OpTable& table, const Tolerance& tol, size_t& cases,
                               size_t& errors) {
  auto fields = split_on(line, "\t");
  REQUIRE(fields.size() == 4);
  INFO("case: " << line.substr(0, 300));
  auto it = table.find(fields[0]);
  REQUIRE(it != table.end());
  Ts inputs;
  for (const std::string& enc : split_on(fields[1], " ; "))
    inputs.push_back(materialize(parse_tensor(enc)));
  ++cases;
  if (!fields[3].empty()) {
    ++errors;
    size_t bar = fields[3].find('|');
    std::string want_type = fields[3].substr(0, bar);
    std::string want_msg = bar == std::string::npos ? "" : fields[3].substr(bar + 1);
    try {
      it->second(inputs);
      FAIL_CHECK("expected " << want_type << ": " << want_msg);
    } catch (const tsc::runtime::ScriptError& e) {
      INFO("got " << e.type() << ": " << e.message());
      CHECK(e.type() == want_type);
      size_t ni = want_msg.find("not implemented for '");
      if (ni != std::string::npos)
        CHECK(e.message().find(want_msg.substr(ni)) != std::string::npos);
      else
        CHECK(e.message() == want_msg);
    }
    return;
  }
  Ts got;
  try {
    got = it->second(inputs);
  } catch (const tsc::runtime::ScriptError& e) {
    FAIL_CHECK("unexpected " << e.what());
    return;
  }
  auto outs = split_on(fields[2], " ; ");
  REQUIRE(got.size() == outs.size());
  for (size_t i = 0; i < outs.size(); ++i) {
    Encoded want = parse_tensor(outs[i]);
    double rtol, atol;
    tol(fields[0], want.dtype, rtol, atol);
    INFO("output " << i << ": " << got[i].repr());
    CHECK(compare_tensor(got[i], want, rtol, atol) == "");
  }
}

/// Replays every case line of the generated chunks (blank and '#' lines are
/// skipped); counts the cases and error cases.
template <size_t N>
void replay_golden(const char* const (&chunks)[N], const OpTable& table, const Tolerance& tol, size_t& cases,
                   size_t& errors) {
  for (const char* chunk : chunks) {
    std::istringstream in(chunk);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#')
        continue;
      replay_golden_line(line, table, tol, cases, errors);
    }
  }
}

} // namespace tensor_golden
