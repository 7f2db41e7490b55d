// ir/op_registry.h - Operator schemas: the single source of truth for ops.
//
// Schemas are written in TorchScript's syntax, e.g.
//   aten::add.int(int a, int b) -> int
//   aten::append.t(t[](a!) self, t(c -> *) el) -> t[]
//   aten::get.str(Dict(str, t) self, str key, t? default_value=None) -> t?
//   aten::split.str(str self, str? separator=None, int max=-1) -> str[]
// Types: int float bool str Tensor Scalar (any number) Any None, type variables
// (ScalarType, Layout, MemoryFormat and SymInt are ints; Device is a str),
// (t, t1, t2, K, V...), T[] (list), T? (optional), Dict(K, V), (T1, T2) tuple.
// An alias annotation with '!' ("t[](a!)") marks an argument the op mutates.
// Keyword-only arguments follow '*'. A trailing "..." accepts any further
// positional arguments ("aten::format(str self, ...) -> str"). The compiler
// type-checks calls against these schemas; the runtime (later) attaches one
// kernel per schema by id.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "ir/symbol.h"
#include "ir/type.h"

namespace tsc::ir {

/// A schema default value: None, int, float, bool or str.
using DefaultValue = std::variant<std::monostate, int64_t, double, bool, std::string>;

struct SchemaArgument {
  std::string name;
  TypePtr type;  ///< may contain TypeKind::Var
  std::optional<DefaultValue> default_value;
  bool kwarg_only = false;
  bool is_mutated = false;  ///< alias annotation with '!'
  /// N of a fixed-size list `int[N]` (0 otherwise): a single int is accepted
  /// there and broadcast to N copies, as TorchScript does (`x.sum(1)`).
  int64_t fixed_list_size = 0;
  /// A list default such as `int[2] stride=[]` or `int[1] stride=[1]`: its
  /// items (default_value then holds None, marking that a default exists).
  std::optional<std::vector<int64_t>> list_default;
};

/// What an op does besides computing its outputs; DCE and CSE read this.
enum class OpEffect {
  Pure,      ///< no effect; removable when unused, CSE-able
  Mutates,   ///< writes one of its arguments (derived from '!' annotations)
  External,  ///< observable effect (print, raise, randomness): never removed or merged
};

struct OpSchema {
  uint32_t id = 0;  ///< dense index, for kernel tables
  Symbol kind;
  std::string overload;  ///< "int" in aten::add.int; may be empty
  std::vector<SchemaArgument> arguments;
  std::vector<TypePtr> returns;
  OpEffect effect = OpEffect::Pure;
  /// False only for ops known never to raise for any input of their types
  /// (listed in ir/op_registry.cpp); DCE keeps an unused op that may raise,
  /// since Python would raise. Unknown ops may raise.
  bool may_raise = true;
  /// The argument list ends in "...": any number of further positional
  /// arguments of any type follow the declared ones (aten::format, prim::Print).
  bool is_vararg = false;
  std::string text;  ///< the schema as registered

  /// "aten::add.int"
  std::string qualified_name() const;
};

/// The result of matching a call against one schema.
struct SchemaMatch {
  const OpSchema* schema = nullptr;
  /// For each schema argument: the index of the actual argument (positional
  /// ones first, then keyword ones in call order) that feeds it, or -1 when the
  /// default value is used.
  std::vector<int> argument_sources;
  /// Actual arguments that must be converted int -> float first (indices into the call's arguments).
  std::vector<size_t> int_to_float;
  /// Return types with type variables bound.
  std::vector<TypePtr> return_types;
};

/// A call's actual arguments as types, for matching.
struct CallArguments {
  std::vector<TypePtr> positional;
  std::vector<std::pair<std::string, TypePtr>> keywords;
};

/// Parses one schema string. Returns nullopt and sets `error` on bad syntax.
std::optional<OpSchema> parse_schema(std::string_view text, std::string* error);

/// Matches a call against one schema: arity, keywords, subtyping (is_subtype),
/// type-variable binding, int -> float only when `allow_int_to_float`.
std::optional<SchemaMatch> match_schema(const OpSchema& schema, const CallArguments& args,
                                        bool allow_int_to_float);

/// Matches the input types of an IR node: one input per schema argument, in
/// order, keyword-only ones included (or the positional form of a call for
/// vararg schemas); no conversions. The IR parser and the verifier use this.
std::optional<SchemaMatch> match_node_inputs(const OpSchema& schema, const std::vector<TypePtr>& inputs);

/// The process-wide registry of operator schemas. Built once on first use from
/// the tables in ir/op_registry_*.cpp; read-only afterwards (thread-safe).
class OpRegistry {
 public:
  static const OpRegistry& global();

  /// All overloads of a kind, in registration order (empty if unknown).
  const std::vector<const OpSchema*>& overloads(Symbol kind) const;
  /// The schema with this exact qualified name ("aten::add.int"), if any.
  const OpSchema* find(std::string_view qualified_name) const;
  /// The first overload of `kind` that matches without conversions, else the
  /// first that matches with int -> float conversions, else nullopt.
  std::optional<SchemaMatch> resolve(Symbol kind, const CallArguments& args) const;
  /// Resolves from the exact input types of an IR node (all arguments
  /// positional, no conversions); used by the IR parser and the verifier.
  const OpSchema* resolve_exact(Symbol kind, const std::vector<TypePtr>& inputs) const;

  size_t size() const { return schemas_.size(); }
  const OpSchema& schema(uint32_t id) const { return *schemas_.at(id); }

  OpRegistry(const OpRegistry&) = delete;
  OpRegistry& operator=(const OpRegistry&) = delete;

 private:
  OpRegistry();
  void add(std::string_view text, OpEffect effect);
  std::vector<std::unique_ptr<OpSchema>> schemas_;
  std::unordered_map<Symbol, std::vector<const OpSchema*>> by_kind_;
  std::unordered_map<std::string, const OpSchema*> by_name_;
};

}  // namespace tsc::ir
