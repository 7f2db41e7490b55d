// runtime/unicode.cpp - UTF-8 coding and ASCII character classes.
#include "runtime/unicode.h"

#include <cstring>

namespace tsc::runtime {

bool is_ascii(std::string_view s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  size_t i = 0;
  // Eight bytes at a time: any high bit set means non-ASCII.
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL)
      return false;
  }
  for (; i < n; ++i) {
    if (p[i] & 0x80)
      return false;
  }
  return true;
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    n += (c & 0xC0) != 0x80;
  return n;
}

namespace {

// Decodes one code point at s[i]; advances i. Malformed input decodes byte-wise.
char32_t decode_one(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int extra = 0;
  char32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    extra = 1;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    extra = 2;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    extra = 3;
    cp = c & 0x07;
  } else {
    ++i;
    return c;
  }
  if (i + extra >= s.size()) {
    ++i;
    return c;
  }
  for (int k = 1; k <= extra; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return c;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += extra + 1;
  return cp;
}

} // namespace

std::u32string utf8_decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size())
    out.push_back(decode_one(s, i));
  return out;
}

void utf8_append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string utf8_encode(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t cp : s)
    utf8_append(out, cp);
  return out;
}

size_t utf8_offset(std::string_view s, size_t index) {
  size_t i = 0;
  size_t n = 0;
  while (i < s.size() && n < index) {
    decode_one(s, i);
    ++n;
  }
  return i;
}

int decimal_value(char32_t cp) {
  if (cp < 0x80)
    return static_cast<int>(cp - '0');
  // Decimal digits come in runs of ten, 0 to 9, so the value is the distance
  // from the start of the run of decimals, modulo 10.
  char32_t start = cp;
  while (start > 0 && is_decimal(start - 1))
    --start;
  return static_cast<int>((cp - start) % 10);
}

} // namespace tsc::runtime
