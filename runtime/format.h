// runtime/format.h - Python's str() and repr() of every kind of value.
#pragma once

#include <string>
#include <string_view>

#include "runtime/value.h"

namespace tsc::runtime {

/// Python's str(v): a str is itself, a float is its repr ("1.0", "1e+16",
/// "inf"), containers show their elements' repr ("[1, 'a']", "(1,)",
/// "{'k': 2.5}"), an object is "<__main__.C object at 0x...>".
std::string to_str(const Value& v);
/// Python's repr(v): like str() except that a str is quoted and escaped.
std::string to_repr(const Value& v);
void append_str(std::string& out, const Value& v);
void append_repr(std::string& out, const Value& v);

/// Python's repr of a str: single quotes unless the text contains a single
/// quote and no double quote; backslash escapes for \\, the quote, \t, \n, \r,
/// \xNN / \uNNNN / \UNNNNNNNN for characters that are not printable.
std::string repr_string(std::string_view s);
void append_repr_string(std::string& out, std::string_view s);

} // namespace tsc::runtime
