// runtime/pickle.h - Pickle protocol 2 as PyTorch writes it: a small value model, a writer and a safe reader.
//
// data.pkl and constants.pkl of a TorchScript archive are protocol-2 pickles
// written by PyTorch's pickler (torch/csrc/jit/serialization/pickler.cpp).
// PickleValue models what such a pickle can say: scalars, strings, tuples,
// lists, dicts, references to globals ("module name"), calls of them (REDUCE),
// objects made with NEWOBJ and given state with BUILD, and persistent ids.
// The reader only builds PickleValues: it never imports, calls or executes
// anything a pickle names. What a GLOBAL means is the consumer's business.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/result.h"

namespace tsc::runtime {

enum class PickleKind : uint8_t {
  None,
  Bool,
  Int,
  Float,
  Str,
  Tuple,
  List,
  Dict,
  Global,       ///< GLOBAL 'module name': a reference, never resolved
  Reduce,       ///< callable(*args), optionally followed by BUILD state
  Object,       ///< NEWOBJ: cls.__new__(cls, *args), optionally followed by BUILD state
  PersistentId, ///< BINPERSID: an out-of-band reference (PyTorch: tensor storages)
};

/// "None", "a bool", "an int", "a tuple", "a global", ...: a kind as messages name it.
const char* pickle_kind_name(PickleKind kind);

/// One pickled value; a tree (children held by value). Equality is
/// structural, floats compared by bit pattern (so NaN == NaN, 0.0 != -0.0).
class PickleValue {
public:
  /// None.
  PickleValue() = default;

  static PickleValue none() { return {}; }
  static PickleValue boolean(bool v);
  static PickleValue integer(int64_t v);
  static PickleValue real(double v);
  static PickleValue str(std::string v);
  static PickleValue tuple(std::vector<PickleValue> items);
  static PickleValue list(std::vector<PickleValue> items);
  /// Entries in insertion order. Keys may repeat (as in a pickle that sets a
  /// key twice); a consumer building a real dict lets the last one win.
  static PickleValue dict(std::vector<std::pair<PickleValue, PickleValue>> entries);
  static PickleValue global(std::string module, std::string name);
  /// `callable(*args)`; `args` must be a tuple.
  static PickleValue reduce(PickleValue callable, PickleValue args, std::optional<PickleValue> state = {});
  /// `cls.__new__(cls, *args)` then `__setstate__(state)`; `args` must be a tuple.
  static PickleValue object(PickleValue cls, PickleValue args, std::optional<PickleValue> state = {});
  static PickleValue persistent_id(PickleValue id);

  PickleKind kind() const { return kind_; }
  bool is(PickleKind k) const { return kind_ == k; }

  /// Scalar payloads; each asserts the kind.
  bool as_bool() const;
  int64_t as_int() const;
  double as_float() const;
  const std::string& as_str() const;

  /// Tuple and List: the elements. Dict: key0, value0, key1, value1, ...
  /// Reduce and Object: callable/cls, args, and the state if there is one.
  /// PersistentId: the id. Empty for the other kinds.
  const std::vector<PickleValue>& items() const { return items_; }
  /// Dict: the number of entries; Tuple/List: the number of elements.
  size_t size() const { return kind_ == PickleKind::Dict ? items_.size() / 2 : items_.size(); }
  const PickleValue& key(size_t i) const;   ///< Dict entry i's key
  const PickleValue& value(size_t i) const; ///< Dict entry i's value

  /// Global: "module" and "name" of GLOBAL 'module name'.
  std::string_view module() const;
  std::string_view name() const;
  /// Reduce/Object: the callable (Reduce) or class (Object), its argument
  /// tuple, and the BUILD state (null when none).
  const PickleValue& callable() const;
  const PickleValue& args() const;
  const PickleValue* state() const;
  /// PersistentId: the id value.
  const PickleValue& persistent_id() const;

  /// A Python-like rendering for messages and tests: None, True, 3, 1.5,
  /// 'abc', (1,), [1, 2], {'a': 1}, GLOBAL('m', 'n'), REDUCE(f, args),
  /// OBJECT(cls, args, state), PERSID(id).
  std::string repr() const;

  friend bool operator==(const PickleValue& a, const PickleValue& b);

private:
  // 72 bytes; the reader's memory budget counts them.
  uint64_t scalar_ = 0; ///< Int (two's complement), Bool (0/1), Float (IEEE bits)
  std::string text_;    ///< Str; Global: "module\nname"
  std::vector<PickleValue> items_;
  uint32_t name_at_ = 0; ///< Global: where the name starts in text_
  PickleKind kind_ = PickleKind::None;
  bool has_state_ = false;
};

/// Limits of the reader, so that hostile input costs at most a fixed multiple
/// of its size.
struct PickleLimits {
  /// Deepest nesting of containers, calls and objects.
  size_t max_depth = 256;
  /// Memory the reader may use per byte of input (plus 1 MiB): its working
  /// graph and the PickleValues and strings it returns. A memo reference
  /// (BINGET) copies the shared value into the tree, so this is what stops
  /// pickles whose references multiply a value (2^n copies from n bytes).
  /// Ordinary pickles need about half of it at most (some 130 bytes per byte
  /// for a list of Nones, the densest case).
  size_t max_memory_per_byte = 256;
};

/// Reads a protocol-2 pickle that uses only the opcodes PyTorch writes
/// (docs/archive.md lists them; APPEND and SETITEM are accepted as well since
/// CPython writes them for one-element batches). Fails with the byte offset
/// and the problem: an unknown opcode, truncated data, stack or memo misuse,
/// an integer beyond 64 bits, nesting deeper than limits.max_depth, a memo
/// cycle, or memory use past limits.max_memory_per_byte. Never executes anything.
Result<PickleValue> read_pickle(std::string_view bytes, const PickleLimits& limits = {});

/// Writes `value` as PyTorch's pickler would: PROTO 2, strings and globals
/// memoized (BINPUT on first use, BINGET after), ints as BININT1/BININT2/
/// BININT or 8-byte LONG1, floats as BINFLOAT, tuples as EMPTY_TUPLE/TUPLE1-3
/// or MARK ... TUPLE, lists as EMPTY_LIST [MARK ... APPENDS], dicts as
/// EMPTY_DICT [MARK ... SETITEMS], objects as cls args NEWOBJ [state BUILD]
/// then BINPUT, calls as callable args REDUCE [state BUILD], then STOP.
std::string write_pickle(const PickleValue& value);

} // namespace tsc::runtime
