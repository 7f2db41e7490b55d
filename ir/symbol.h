// ir/symbol.h - Interned node kinds ("prim::If", "aten::add"), compared as integers.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

namespace tsc::ir {

// The kinds the compiler itself names. Any other "ns::name" interns on demand.
// Order matters: the ids of these are their positions in this list.
#define TSC_FORALL_BUILTIN_SYMBOLS(_) \
  _(prim, Param)                      \
  _(prim, Return)                     \
  _(prim, Constant)                   \
  _(prim, If)                         \
  _(prim, Loop)                       \
  _(prim, Uninitialized)              \
  _(prim, ListConstruct)              \
  _(prim, ListUnpack)                 \
  _(prim, TupleConstruct)             \
  _(prim, TupleUnpack)                \
  _(prim, TupleIndex)                 \
  _(prim, TupleSlice)                 \
  _(prim, DictConstruct)              \
  _(prim, CreateObject)               \
  _(prim, GetAttr)                    \
  _(prim, SetAttr)                    \
  _(prim, CallFunction)               \
  _(prim, CallMethod)                 \
  _(prim, RaiseException)             \
  _(prim, Print)                      \
  _(prim, unchecked_cast)             \
  _(prim, isinstance)                 \
  _(prim, min)                        \
  _(prim, max)                        \
  _(aten, add)                        \
  _(aten, sub)                        \
  _(aten, mul)                        \
  _(aten, div)                        \
  _(aten, floordiv)                   \
  _(aten, remainder)                  \
  _(aten, pow)                        \
  _(aten, neg)                        \
  _(aten, matmul)                     \
  _(aten, eq)                         \
  _(aten, ne)                         \
  _(aten, lt)                         \
  _(aten, le)                         \
  _(aten, gt)                         \
  _(aten, ge)                         \
  _(aten, __is__)                     \
  _(aten, __isnot__)                  \
  _(aten, __not__)                    \
  _(aten, __and__)                    \
  _(aten, __or__)                     \
  _(aten, __xor__)                    \
  _(aten, __lshift__)                 \
  _(aten, __rshift__)                 \
  _(aten, __contains__)               \
  _(aten, __getitem__)                \
  _(aten, _set_item)                  \
  _(aten, __range_length)             \
  _(aten, __derive_index)             \
  _(aten, len)                        \
  _(aten, append)                     \
  _(aten, slice)                      \
  _(aten, format)                     \
  _(aten, Int)                        \
  _(aten, Float)                      \
  _(aten, Bool)                       \
  _(aten, str)

enum class BuiltinSymbol : uint32_t {
#define TSC_SYMBOL_ENUM(ns, name) ns##_##name,
  TSC_FORALL_BUILTIN_SYMBOLS(TSC_SYMBOL_ENUM)
#undef TSC_SYMBOL_ENUM
      NumBuiltins
};

/// An interned "namespace::name". Cheap to copy and compare; the interner is a
/// process-wide registry (thread-safe).
class Symbol {
 public:
  constexpr Symbol() : id_(UINT32_MAX) {}
  constexpr explicit Symbol(BuiltinSymbol b) : id_(static_cast<uint32_t>(b)) {}

  /// Interns a qualified name such as "aten::add". Precondition: contains "::".
  static Symbol from_qualified(std::string_view qualified);

  /// "aten::add"
  std::string_view qualified() const;
  /// "aten"
  std::string_view ns() const;
  /// "add"
  std::string_view name() const;

  constexpr uint32_t id() const { return id_; }
  constexpr bool is_valid() const { return id_ != UINT32_MAX; }
  constexpr bool operator==(const Symbol&) const = default;

 private:
  uint32_t id_;
};

namespace prim {
#define TSC_SYMBOL_CONST(ns, name) \
  inline constexpr Symbol name{BuiltinSymbol::ns##_##name};
#define TSC_PRIM_ONLY(ns, name) TSC_SYMBOL_CONST_##ns(name)
#define TSC_SYMBOL_CONST_prim(name) inline constexpr Symbol name{BuiltinSymbol::prim_##name};
#define TSC_SYMBOL_CONST_aten(name)
TSC_FORALL_BUILTIN_SYMBOLS(TSC_PRIM_ONLY)
#undef TSC_SYMBOL_CONST_prim
#undef TSC_SYMBOL_CONST_aten
}  // namespace prim

namespace aten {
#define TSC_SYMBOL_CONST_prim(name)
#define TSC_SYMBOL_CONST_aten(name) inline constexpr Symbol name{BuiltinSymbol::aten_##name};
TSC_FORALL_BUILTIN_SYMBOLS(TSC_PRIM_ONLY)
#undef TSC_SYMBOL_CONST_prim
#undef TSC_SYMBOL_CONST_aten
#undef TSC_PRIM_ONLY
#undef TSC_SYMBOL_CONST
}  // namespace aten

}  // namespace tsc::ir

template <>
struct std::hash<tsc::ir::Symbol> {
  size_t operator()(tsc::ir::Symbol s) const noexcept { return s.id(); }
};
