// include/tsc/tsc.h - The C++ embedding API: load a .pt archive, call its functions, read the results.
//
// This is the only header an installed user needs: it includes std headers
// alone, and everything behind it lives in the tsc::runtime library
// (`find_package(tsc)`, then link `tsc::runtime`).
//
//   tsc::Module m = tsc::load("model.pt");           // throws tsc::Error naming the problem
//   tsc::Value out = m.call("scale", {2.5, 4});      // Python's calling rules and TypeErrors
//   std::cout << out.repr() << "\n";                 // Python's repr: "10.0"
//
// A loaded Module is immutable and may be called from any number of threads
// at once. Values share their objects as Python does (copying a list Value
// gives a second reference to the same list).
#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tsc {

/// A failure seen through the API: a script exception, a bad call, or an
/// archive that cannot be loaded.
///
/// For a script exception (and for the TypeError of a call with the wrong
/// arguments) name() is Python's exception class ("ValueError"), message()
/// what str() of it gives, and what() the full Python-style report: the
/// "Traceback (most recent call last):" frames when there are any, then the
/// last line "ValueError: message" ("ValueError" alone for an empty message).
/// For a load failure name() is empty and what() == message(), which names
/// the archive and the problem ("archive 'm.pt': record 'm/version' is missing").
class Error : public std::runtime_error {
public:
  /// One frame of a script traceback.
  struct Frame {
    std::string function; ///< "bump" for the method Counter.bump, as Python names it
    std::string file;     ///< empty when unknown
    uint32_t line = 0;    ///< 1-based; 0 when unknown
    std::string source_line;
  };

  /// A load or environment failure: name() is empty and what() is `message`.
  explicit Error(std::string message);
  /// A Python exception: `report` is the full text what() returns.
  Error(std::string name, std::string message, std::string report, std::vector<Frame> traceback = {});

  /// Python's exception class name, or empty for a load failure.
  const std::string& name() const noexcept { return name_; }
  /// The message without the traceback and without the name.
  const std::string& message() const noexcept { return message_; }
  /// True for a Python exception (name() is not empty).
  bool is_script_error() const noexcept { return !name_.empty(); }
  /// Outermost call first, as Python prints it; empty when the error did not
  /// come from running script code.
  const std::vector<Frame>& traceback() const noexcept { return traceback_; }

private:
  std::string name_;
  std::string message_;
  std::vector<Frame> traceback_;
};

/// A script value: None, bool, int (64-bit), float, str, list, tuple, dict,
/// or a class instance returned by a script. Cheap to copy (a shared handle).
///
/// Accessors check their kind: to_int() of a str throws tsc::Error (a
/// TypeError naming what was expected and what was found). to_int() accepts
/// a bool and to_double() an int or a bool, as Python's int and float would.
class Value {
public:
  /// None.
  Value() noexcept;
  Value(bool b);
  /// An int (every standard signed integer type, so that int64_t is one of them).
  Value(int i);
  Value(long i);
  Value(long long i);
  Value(double d);
  /// A str from UTF-8 text.
  Value(std::string s);
  Value(std::string_view s);
  Value(const char* s);
  /// A list. Its element type is the items' common type (List[int] for ints,
  /// List[Optional[int]] for ints and None, List[Any] when empty or mixed);
  /// a call converts it to the parameter's list type where the items convert
  /// ([1, 2] for List[float] gives a new list [1.0, 2.0]).
  Value(std::vector<Value> items);
  /// A tuple of `items`.
  static Value tuple(std::vector<Value> items);
  /// A dict with `items` in order (a repeated key keeps its first position and
  /// takes the last value, as in Python). Keys must be None, bool, int, float
  /// or str; anything else throws tsc::Error (TypeError: unhashable type).
  static Value dict(const std::vector<std::pair<Value, Value>>& items);

  Value(const Value&) = default;
  Value(Value&&) noexcept = default;
  Value& operator=(const Value&) = default;
  Value& operator=(Value&&) noexcept = default;
  ~Value();

  bool is_none() const noexcept;
  bool is_bool() const noexcept;
  /// True for an int (not for a bool, unlike Python's isinstance).
  bool is_int() const noexcept;
  bool is_double() const noexcept;
  bool is_str() const noexcept;
  bool is_list() const noexcept;
  bool is_tuple() const noexcept;
  bool is_dict() const noexcept;
  /// True for an instance of a script class.
  bool is_object() const noexcept;

  bool to_bool() const;
  int64_t to_int() const;
  double to_double() const;
  /// The UTF-8 text of a str (not Python's str() of other kinds: see str()).
  std::string to_str() const;
  /// The items of a list (shared, not copied: a list of lists gives the inner lists).
  std::vector<Value> to_list() const;
  std::vector<Value> to_tuple() const;
  /// The entries of a dict in insertion order.
  std::vector<std::pair<Value, Value>> to_dict() const;
  /// len() of a str (code points), list, tuple or dict.
  size_t size() const;

  /// Python's repr(): "None", "True", "1.0", "'a'", "[1, 2]", "{'k': (1,)}".
  std::string repr() const;
  /// Python's str(): like repr() except that a str is its own text.
  std::string str() const;
  /// Python's name of the value's type: "NoneType", "int", "list", or the
  /// class name of an object.
  std::string type_name() const;

  /// The implementation's handle (runtime/api.cpp); not for users.
  struct Impl;
  explicit Value(std::shared_ptr<const Impl> impl) noexcept;
  const Impl* impl() const noexcept { return impl_.get(); }

private:
  std::shared_ptr<const Impl> impl_; // null is None
};

/// A loaded archive: its functions and class methods, callable by name.
/// Copies share the same loaded program.
class Module {
public:
  /// Calls the function `name` ("main", or "Counter.bump" with the object as
  /// its first argument) with positional `args`; parameters left out take
  /// their defaults. Arguments are converted to the parameters' types where
  /// Python's would be accepted (an int for a float, a list for List[float]).
  /// Throws tsc::Error: AttributeError when there is no such function,
  /// TypeError for a wrong number or type of arguments, or the script's own
  /// exception with its traceback. Safe to call from several threads at once.
  Value call(std::string_view name, std::vector<Value> args = {}) const;
  /// True when `name` is a function or method of the module.
  bool has(std::string_view name) const;
  /// Every function's name, in the module's order (methods as "Class.method").
  std::vector<std::string> functions() const;
  /// The path the module was loaded from.
  const std::string& path() const;

  /// The implementation's handle (runtime/api.cpp); not for users.
  struct Impl;
  explicit Module(std::shared_ptr<const Impl> impl) noexcept;

private:
  std::shared_ptr<const Impl> impl_;
};

/// Loads the archive at `path` (written by `tsc FILE.py -o FILE.pt`): reads
/// it, verifies its IR and compiles every function. Throws tsc::Error naming
/// the path and the problem when the file is missing, is not an archive, or is
/// damaged; a hostile archive never crashes or allocates without bound.
Module load(const std::string& path);

} // namespace tsc
