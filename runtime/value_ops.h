// runtime/value_ops.h - Python's equality, ordering, hashing, truthiness and type tests on Values.
#pragma once

#include <cstdint>
#include <string>

#include "ir/type.h"
#include "runtime/value.h"

namespace tsc::runtime {

/// Python's `a == b`: numbers by value across int, float and bool (exactly, as
/// CPython compares an int with a float), str by content, lists and tuples
/// element-wise, dicts as mappings, None with None, objects by identity.
/// Containers nested deeper than the recursion limit raise RecursionError.
bool py_equal(const Value& a, const Value& b);

/// Python's `a < b` for numbers, str (code point order), lists and tuples
/// (lexicographic). Other pairs raise TypeError "'<' not supported between
/// instances of 'X' and 'Y'".
bool py_less(const Value& a, const Value& b);

/// A hash consistent with py_equal for dict keys (str, int, float, bool, None,
/// tuples of those): 1, 1.0 and True hash alike.
uint64_t py_hash(const Value& key);

/// Python's truth value: False, 0, 0.0, "", empty containers and None are false.
bool py_truthy(const Value& v);

/// Python's name of the value's type, as in error messages: "int", "str",
/// "list", the class name for an object.
std::string type_name(const Value& v);

/// True when `v` is a value of static type `t`: isinstance() for
/// prim::isinstance and the argument checks of calls from C++. bool counts as
/// int (Python's bool is an int subclass); a container matches when its IR
/// type is `t` (List[Any] and Dict[Any, Any] stand for any list or dict), a
/// tuple when each element matches.
bool value_matches_type(const Value& v, ir::TypePtr t);

/// -1, 0 or 1 comparing an int with a float exactly; 2 when `d` is NaN.
int compare_int_double(int64_t i, double d);

} // namespace tsc::runtime
