// examples/cpp/npy.h - Reads a numpy .npy file (format 1.0, 2.0, 3.0) into float32 elements.
//
//   npy::Array a = npy::read_float32("input.npy");   // throws npy::Error naming the file
//   tsc::Tensor x = tsc::Tensor::from_blob(a.data.data(), a.shape, tsc::DType::Float32);
//
// Header-only and independent of tsc. The format (numpy's NEP 1): the magic
// "\x93NUMPY", a major and a minor version byte, the header length (2 bytes
// little-endian for 1.0, 4 bytes for 2.0 and 3.0), then the header, a Python
// dict literal such as {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }
// padded with spaces and a newline, then the elements in C order.
//
// Accepted: little-endian (or byte-order-free) float32, float64, int32,
// int64, int8 and uint8 elements ('<f4' '<f8' '<i4' '<i8' '|i1' '|u1'), with
// fortran_order False. Everything but float32 is converted to float32 (an
// image of uint8 pixels becomes 0.0 .. 255.0). Anything else (big-endian
// data, structured or complex dtypes, Fortran order, a malformed header,
// fewer data bytes than the shape needs) is an npy::Error that names the file
// and what is unsupported.
#pragma once

#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace npy {

/// A failure to read a .npy file; what() starts with the file's path.
class Error : public std::runtime_error {
public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

/// The elements of an array as float32, in C order, with its shape.
struct Array {
  std::vector<int64_t> shape;
  std::vector<float> data;
  /// The element type as the file declared it ("<f4", "|u1", ...).
  std::string descr;
};

namespace detail {

/// The values of the header's dict: a str, a bool, an int or a tuple of ints.
struct HeaderValue {
  enum class Kind { Str, Bool, Int, IntTuple };
  Kind kind = Kind::Str;
  std::string str;
  bool boolean = false;
  std::vector<int64_t> ints; // one for Int, any number for IntTuple
};

/// A recursive-descent reader for the dict literal numpy writes; it accepts
/// exactly the values the format uses and names the first thing it cannot read.
class HeaderParser {
public:
  HeaderParser(const std::string& text, const std::string& path) : text_(text), path_(path) {}

  /// dict: '{' (str ':' value ',')* [str ':' value] '}'
  std::vector<std::pair<std::string, HeaderValue>> parse_dict() {
    std::vector<std::pair<std::string, HeaderValue>> entries;
    expect('{');
    skip_space();
    while (peek() != '}') {
      std::string key = parse_str();
      expect(':');
      skip_space();
      if (key == "descr" && peek() == '[')
        fail("the dtype is structured (a list of fields), which is not supported");
      entries.emplace_back(key, parse_value());
      skip_space();
      if (peek() == ',') {
        ++pos_;
        skip_space();
      } else if (peek() != '}') {
        fail("expected ',' or '}' in the header");
      }
    }
    ++pos_;
    skip_space();
    if (pos_ != text_.size())
      fail("unexpected text after the header's dict");
    return entries;
  }

private:
  [[noreturn]] void fail(const std::string& what) const {
    throw Error("'" + path_ + "': " + what + " (header: " + trimmed() + ")");
  }

  std::string trimmed() const {
    std::string t = text_;
    while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back())))
      t.pop_back();
    return t;
  }

  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

  void skip_space() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_])))
      ++pos_;
  }

  void expect(char c) {
    skip_space();
    if (peek() != c)
      fail(std::string("expected '") + c + "' in the header");
    ++pos_;
  }

  std::string parse_str() {
    skip_space();
    char quote = peek();
    if (quote != '\'' && quote != '"')
      fail("expected a quoted key or string in the header");
    size_t end = text_.find(quote, pos_ + 1);
    if (end == std::string::npos)
      fail("unterminated string in the header");
    std::string s = text_.substr(pos_ + 1, end - pos_ - 1);
    pos_ = end + 1;
    return s;
  }

  int64_t parse_int() {
    skip_space();
    size_t start = pos_;
    uint64_t v = 0;
    while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
      uint64_t digit = static_cast<uint64_t>(text_[pos_] - '0');
      if (v > (static_cast<uint64_t>(std::numeric_limits<int64_t>::max()) - digit) / 10)
        fail("a dimension in the shape does not fit in 64 bits");
      v = v * 10 + digit;
      ++pos_;
    }
    if (pos_ == start)
      fail("expected a non-negative int in the header");
    // Python 2 era files may write 3L.
    if (peek() == 'L')
      ++pos_;
    return static_cast<int64_t>(v);
  }

  HeaderValue parse_value() {
    skip_space();
    HeaderValue v;
    char c = peek();
    if (c == '\'' || c == '"') {
      v.kind = HeaderValue::Kind::Str;
      v.str = parse_str();
    } else if (text_.compare(pos_, 4, "True") == 0 || text_.compare(pos_, 5, "False") == 0) {
      v.kind = HeaderValue::Kind::Bool;
      v.boolean = c == 'T';
      pos_ += v.boolean ? 4 : 5;
    } else if (c == '(' || c == '[') {
      char close = c == '(' ? ')' : ']';
      v.kind = HeaderValue::Kind::IntTuple;
      ++pos_;
      skip_space();
      while (peek() != close) {
        v.ints.push_back(parse_int());
        skip_space();
        if (peek() == ',') {
          ++pos_;
          skip_space();
        } else if (peek() != close) {
          fail(std::string("expected ',' or '") + close + "' in the shape");
        }
      }
      ++pos_;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      v.kind = HeaderValue::Kind::Int;
      v.ints.push_back(parse_int());
    } else {
      fail("expected a string, True, False, an int or a tuple in the header");
    }
    return v;
  }

  const std::string& text_;
  const std::string& path_;
  size_t pos_ = 0;
};

inline uint32_t read_le(const unsigned char* p, int bytes) {
  uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i)
    v = (v << 8) | p[i];
  return v;
}

inline bool host_is_little_endian() {
  const uint16_t one = 1;
  unsigned char first = 0;
  std::memcpy(&first, &one, 1);
  return first == 1;
}

template <typename T> void convert(const char* bytes, size_t count, float* out) {
  for (size_t i = 0; i < count; ++i) {
    T v;
    std::memcpy(&v, bytes + i * sizeof(T), sizeof(T));
    out[i] = static_cast<float>(v);
  }
}

} // namespace detail

/// Reads the .npy file at `path` as float32 elements (see the file comment for
/// what is accepted). Throws npy::Error: "'PATH': cannot open: No such file or
/// directory", "'PATH': not a .npy file (...)", "'PATH': fortran_order True is
/// not supported; save a C-ordered array (np.ascontiguousarray)", ...
inline Array read_float32(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Error("'" + path + "': cannot open: " + std::strerror(errno));
  std::vector<char> file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad())
    throw Error("'" + path + "': read failed: " + std::strerror(errno));

  static const char kMagic[] = "\x93NUMPY";
  if (file.size() < 8 || std::memcmp(file.data(), kMagic, 6) != 0)
    throw Error("'" + path + "': not a .npy file (it does not start with \"\\x93NUMPY\")");
  const auto* bytes = reinterpret_cast<const unsigned char*>(file.data());
  int major = bytes[6];
  int minor = bytes[7];
  if ((major != 1 && major != 2 && major != 3) || minor != 0)
    throw Error("'" + path + "': .npy format version " + std::to_string(major) + "." + std::to_string(minor) +
                " is not supported (1.0, 2.0 and 3.0 are)");
  size_t len_bytes = major == 1 ? 2 : 4;
  if (file.size() < 8 + len_bytes)
    throw Error("'" + path + "': truncated .npy header");
  size_t header_len = detail::read_le(bytes + 8, static_cast<int>(len_bytes));
  size_t data_offset = 8 + len_bytes + header_len;
  if (file.size() < data_offset)
    throw Error("'" + path + "': truncated .npy header (it declares " + std::to_string(header_len) +
                " bytes, the file has " + std::to_string(file.size() - 8 - len_bytes) + ")");
  std::string header(file.data() + 8 + len_bytes, header_len);

  std::string descr;
  bool have_descr = false, have_order = false, have_shape = false, fortran_order = false;
  Array array;
  for (auto& [key, value] : detail::HeaderParser(header, path).parse_dict()) {
    if (key == "descr" && value.kind == detail::HeaderValue::Kind::Str) {
      descr = value.str;
      have_descr = true;
    } else if (key == "fortran_order" && value.kind == detail::HeaderValue::Kind::Bool) {
      fortran_order = value.boolean;
      have_order = true;
    } else if (key == "shape" && value.kind == detail::HeaderValue::Kind::IntTuple) {
      array.shape = value.ints;
      have_shape = true;
    } else {
      throw Error("'" + path + "': unexpected header entry '" + key + "' (header: " + header + ")");
    }
  }
  if (!have_descr || !have_order || !have_shape)
    throw Error("'" + path + "': the header lacks '" +
                std::string(!have_descr   ? "descr"
                            : !have_order ? "fortran_order"
                                          : "shape") +
                "'");
  if (fortran_order)
    throw Error("'" + path +
                "': fortran_order True is not supported; save a C-ordered array (np.ascontiguousarray)");

  // '=' (native) is what numpy never writes for multi-byte types; accept it on
  // a little-endian host as numpy would read it.
  if (descr.size() != 3 || (descr[0] != '<' && descr[0] != '|' && descr[0] != '='))
    throw Error("'" + path + "': dtype '" + descr + "' is not supported" +
                (!descr.empty() && descr[0] == '>' ? " (big-endian data)" : "") +
                "; expected little-endian float32, float64, int32, int64, int8 or uint8");
  if (!detail::host_is_little_endian())
    throw Error("'" + path + "': reading .npy data needs a little-endian host");
  std::string code = descr.substr(1);
  size_t itemsize = 0;
  if (code == "f4" || code == "i4")
    itemsize = 4;
  else if (code == "f8" || code == "i8")
    itemsize = 8;
  else if (code == "u1" || code == "i1")
    itemsize = 1;
  else
    throw Error("'" + path + "': dtype '" + descr +
                "' is not supported; expected little-endian float32, float64, int32, int64, int8 or uint8");

  uint64_t numel = 1;
  for (int64_t d : array.shape) {
    if (d != 0 && numel > std::numeric_limits<uint64_t>::max() / itemsize / static_cast<uint64_t>(d))
      throw Error("'" + path + "': the shape is too large");
    numel *= static_cast<uint64_t>(d);
  }
  uint64_t need = numel * itemsize;
  if (file.size() - data_offset < need)
    throw Error("'" + path + "': truncated data: the shape needs " + std::to_string(need) +
                " bytes, the file has " + std::to_string(file.size() - data_offset));

  array.descr = descr;
  array.data.resize(static_cast<size_t>(numel));
  const char* src = file.data() + data_offset;
  size_t n = static_cast<size_t>(numel);
  if (code == "f4")
    std::memcpy(array.data.data(), src, n * sizeof(float));
  else if (code == "f8")
    detail::convert<double>(src, n, array.data.data());
  else if (code == "i4")
    detail::convert<int32_t>(src, n, array.data.data());
  else if (code == "i8")
    detail::convert<int64_t>(src, n, array.data.data());
  else if (code == "u1")
    detail::convert<uint8_t>(src, n, array.data.data());
  else
    detail::convert<int8_t>(src, n, array.data.data());
  return array;
}

} // namespace npy
