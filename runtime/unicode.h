// runtime/unicode.h - UTF-8 coding and the character classes Python's str methods use.
//
// Strings are UTF-8; Python indexes them by code point, so operations that
// take or return indices work on code points (with a byte fast path when a
// string is ASCII). Character classes and case mappings are CPython 3.11's
// (tables generated from its unicodedata in runtime/unicode_tables.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tsc::runtime {

/// True when every byte is below 0x80.
bool is_ascii(std::string_view s);
/// The number of code points of valid UTF-8 (continuation bytes are not counted).
size_t utf8_length(std::string_view s);
/// Decodes UTF-8; a malformed byte decodes as itself (U+0080..U+00FF), so
/// decoding never fails.
std::u32string utf8_decode(std::string_view s);
/// Appends the UTF-8 encoding of `cp` (lone surrogates are encoded as three
/// bytes, as Python's "surrogatepass" does).
void utf8_append(std::string& out, char32_t cp);
std::string utf8_encode(std::u32string_view s);
/// The byte offset of code point `index` (0 <= index <= length) in `s`.
size_t utf8_offset(std::string_view s, size_t index);

/// Character class bits, as CPython's unicodedata defines them.
enum CharFlag : uint32_t {
  kAlpha = 1,           ///< str.isalpha()
  kDecimal = 2,         ///< str.isdecimal()
  kDigit = 4,           ///< str.isdigit()
  kNumeric = 8,         ///< str.isnumeric()
  kUpper = 16,          ///< str.isupper() of the character alone (Uppercase property)
  kLower = 32,          ///< str.islower() of the character alone (Lowercase property)
  kTitle = 64,          ///< titlecase letter (category Lt)
  kCased = 128,         ///< Cased property
  kCaseIgnorable = 256, ///< Case_Ignorable property (for the final sigma rule)
  kPrintable = 512,     ///< str.isprintable()
  kSpace = 1024,        ///< str.isspace()
};

/// The CharFlag bits of one code point.
uint32_t char_flags(char32_t cp);

inline bool is_printable(char32_t cp) {
  return char_flags(cp) & kPrintable;
}
inline bool is_space(char32_t cp) {
  return char_flags(cp) & kSpace;
}
inline bool is_alpha(char32_t cp) {
  return char_flags(cp) & kAlpha;
}
inline bool is_decimal(char32_t cp) {
  return char_flags(cp) & kDecimal;
}
inline bool is_digit(char32_t cp) {
  return char_flags(cp) & kDigit;
}
inline bool is_numeric(char32_t cp) {
  return char_flags(cp) & kNumeric;
}
inline bool is_upper(char32_t cp) {
  return char_flags(cp) & kUpper;
}
inline bool is_lower(char32_t cp) {
  return char_flags(cp) & kLower;
}
inline bool is_title(char32_t cp) {
  return char_flags(cp) & kTitle;
}
inline bool is_cased(char32_t cp) {
  return char_flags(cp) & kCased;
}
inline bool is_case_ignorable(char32_t cp) {
  return char_flags(cp) & kCaseIgnorable;
}

/// The value 0-9 of a decimal digit (precondition: is_decimal(cp)).
int decimal_value(char32_t cp);

/// Appends the full case mapping of `cp` (one to three characters: U+00DF
/// uppercases to "SS"). Lowercasing Σ at the end of a word is the caller's
/// business (Python's final sigma rule needs the context).
void append_upper(std::u32string& out, char32_t cp);
void append_lower(std::u32string& out, char32_t cp);
void append_title(std::u32string& out, char32_t cp);

} // namespace tsc::runtime
