// codegen/llvm/subset.h - Which functions compile natively (and why not), and how their values are held.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ir/graph.h"
#include "ir/op_registry.h"
#include "runtime/interpreter.h"

namespace tsc::codegen::jit {

/// How native code holds a value of an IR type (See Note [Native ABI]).
enum class Repr { Int, Float, Bool, None, List, Str, Other };
Repr repr_of(ir::TypePtr t);

/// int, float, bool, None, and lists of int/float/bool/lists.
bool supported_type(ir::TypePtr t);

/// Ops emitted inline (See Note [Native lowering]), by schema.
enum class Inline {
  AddInt,
  SubInt,
  MulInt,
  FloorDivInt,
  ModInt,
  NegInt,
  AddFloat,
  SubFloat,
  MulFloat,
  DivFloat,
  NegFloat,
  EqInt,
  NeInt,
  LtInt,
  LeInt,
  GtInt,
  GeInt,
  EqFloat,
  NeFloat,
  LtFloat,
  LeFloat,
  GtFloat,
  GeFloat,
  EqBool,
  NeBool,
  AndInt,
  OrInt,
  XorInt,
  AndBool,
  OrBool,
  XorBool,
  InvertInt,
  Not,
  FloatOfInt,
  FloatOfBool,
  IntOfBool,
  BoolOfInt,
  BoolOfFloat,
  MinInt,
  MaxInt,
  Sqrt,
  RangeLength,
  DeriveIndex,
  Len,
  GetItem,
  SetItem,
  Append,
};

/// The node's schema, resolved as the bytecode compiler resolves it (null for
/// structural nodes).
const ir::OpSchema* schema_of(const ir::Node& n);
/// The inline form of the node's op, if it has one.
std::optional<Inline> inline_op(const ir::Node& n);
/// prim::Constant, If, Loop, Uninitialized, CallFunction, ListConstruct, unchecked_cast.
bool is_structural(ir::Symbol kind);

/// Per function of `program`: why it cannot be compiled natively ("str values
/// are not compiled natively", "calls 'g', which is not compiled natively"),
/// or empty when it can. A function compiles only when all its callees do.
std::vector<std::string> fallback_reasons(const runtime::Program& program);

} // namespace tsc::codegen::jit
