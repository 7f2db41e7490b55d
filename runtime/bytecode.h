// runtime/bytecode.h - The register bytecode each IR function is compiled to once, at load time.
//
// Note [Register types]
// Every SSA value of a function gets its own register (constants with equal
// values share one). Registers live in a frame on the calling thread's
// register stack. A register whose IR type is int, float, bool or NoneType
// never holds a heap value, so the specialised scalar instructions write it
// without reference counting; the other ("heap") registers are listed in
// CompiledFunction::heap_regs and reset when the frame is popped. Between
// frames, free stack slots therefore hold no references.
//
// Note [Instruction encoding]
// `code` is a flat array of uint32 words: an opcode followed by its operands
// (register indices, jump targets as word offsets, or indices into the side
// tables below). Constants are pre-materialized: they are copied into their
// registers when a frame is entered, never built by an instruction.
// prim::If and prim::Loop become jumps, block parameters and outputs become
// moves; a prim::Loop's outputs share the registers of its carried block
// parameters, which hold the final values when the loop exits.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ir/diagnostic.h"
#include "ir/graph.h"
#include "ir/module.h"
#include "runtime/kernel_registry.h"
#include "runtime/value.h"

namespace tsc::runtime {

/// A register index that means "no register" (a call whose result is unused).
inline constexpr uint32_t kNoReg = UINT32_MAX;

// X(name, number of fixed operand words). Variable-length instructions list
// their fixed words here; the count of trailing words is one of those.
#define TSC_FORALL_OPCODES(X)                                                                                \
  /* control */                                                                                              \
  X(Jump, 1)        /* target */                                                                             \
  X(JumpIfFalse, 2) /* cond target */                                                                        \
  X(JumpIfTrue, 2)  /* cond target */                                                                        \
  X(Return, 1)      /* src */                                                                                \
  X(Move, 2)        /* dst src: reference counted */                                                         \
  X(MoveScalar, 2)  /* dst src: raw copy of a non-heap value */                                              \
  X(SetNone, 1)     /* dst */                                                                                \
  X(LoopEnter, 4)   /* index max cond exit: index = 0; leave unless cond && 0 < max */                       \
  X(LoopNext, 4)    /* index max cond top: ++index; repeat while cond && index < max */                      \
  X(LoopNextNot, 4) /* index max flag top: as LoopNext with cond = not flag */                               \
  /* specialised scalar and list ops: dst a [b] */                                                           \
  X(AddInt, 3)                                                                                               \
  X(SubInt, 3)                                                                                               \
  X(MulInt, 3)                                                                                               \
  X(FloorDivInt, 3)                                                                                          \
  X(ModInt, 3)                                                                                               \
  X(AddFloat, 3)                                                                                             \
  X(SubFloat, 3)                                                                                             \
  X(MulFloat, 3)                                                                                             \
  X(DivFloat, 3)                                                                                             \
  X(LtInt, 3)                                                                                                \
  X(LeInt, 3)                                                                                                \
  X(GtInt, 3)                                                                                                \
  X(GeInt, 3)                                                                                                \
  X(EqInt, 3)                                                                                                \
  X(NeInt, 3)                                                                                                \
  X(LtFloat, 3)                                                                                              \
  X(LeFloat, 3)                                                                                              \
  X(GtFloat, 3)                                                                                              \
  X(GeFloat, 3)                                                                                              \
  X(EqFloat, 3)                                                                                              \
  X(NeFloat, 3)                                                                                              \
  X(MinInt, 3)                                                                                               \
  X(MaxInt, 3)                                                                                               \
  X(Not, 2)                                                                                                  \
  X(NegInt, 2)                                                                                               \
  X(NegFloat, 2)                                                                                             \
  X(IntToFloat, 2)                                                                                           \
  X(ListLen, 2)    /* dst list */                                                                            \
  X(ListGet, 3)    /* dst list index */                                                                      \
  X(ListSet, 4)    /* dst|kNoReg list index value */                                                         \
  X(ListAppend, 3) /* dst|kNoReg list value */                                                               \
  X(StrAppend, 2)  /* s b: s = s + b, in place when s is the only reference */                               \
  /* compare and branch: a b target, jumps when the comparison is false */                                   \
  X(JumpIfNotLtInt, 3)                                                                                       \
  X(JumpIfNotLeInt, 3)                                                                                       \
  X(JumpIfNotGtInt, 3)                                                                                       \
  X(JumpIfNotGeInt, 3)                                                                                       \
  X(JumpIfNotEqInt, 3)                                                                                       \
  X(JumpIfNotNeInt, 3)                                                                                       \
  /* structure */                                                                                            \
  X(Call, 3)            /* function dst nargs, then nargs argument registers */                              \
  X(CallKernel, 3)      /* site ninputs noutputs, then input and output registers */                         \
  X(CreateObject, 2)    /* dst class */                                                                      \
  X(GetAttr, 3)         /* dst object slot */                                                                \
  X(SetAttr, 3)         /* object slot value */                                                              \
  X(ListConstruct, 3)   /* dst type n, then n registers */                                                   \
  X(DictConstruct, 3)   /* dst type n, then n key/value register pairs */                                    \
  X(TupleConstruct, 2)  /* dst n, then n registers */                                                        \
  X(TupleIndex, 3)      /* dst tuple index-register */                                                       \
  X(TupleIndexConst, 3) /* dst tuple k */                                                                    \
  X(TupleSlice, 4)      /* dst tuple begin end */                                                            \
  X(TupleUnpack, 2)     /* src n, then n destination registers */                                            \
  X(ListUnpack, 2)      /* src n, then n destination registers */                                            \
  X(IsInstance, 3)      /* dst src type */

enum class Opcode : uint32_t {
#define TSC_OPCODE_ENUM(name, words) name,
  TSC_FORALL_OPCODES(TSC_OPCODE_ENUM)
#undef TSC_OPCODE_ENUM
      NumOpcodes
};

/// "AddInt"
const char* opcode_name(Opcode op);
/// The number of words of the instruction at `pc` (opcode and operands).
size_t instruction_words(const uint32_t* pc);

class NativeFunction;

/// A generic op call: the kernel resolved from the node's schema, and the node.
struct KernelSite {
  Kernel fn;
  const ir::Node* node;
  const ir::OpSchema* schema;
};

/// One function in bytecode form. Immutable once compiled.
struct CompiledFunction {
  const ir::Function* ir = nullptr;
  /// The name a traceback shows: the method name for "Class.method".
  std::string display_name;
  uint32_t num_params = 0;
  uint32_t num_regs = 0;
  std::vector<uint32_t> code;
  /// Registers preloaded on entry with their constant values: all of them,
  /// and split by kind (scalars are copied without reference counting).
  std::vector<std::pair<uint32_t, Value>> constants;
  std::vector<std::pair<uint32_t, Value>> scalar_constants;
  std::vector<std::pair<uint32_t, Value>> heap_constants;
  /// Per parameter: its type is int, float, bool or NoneType.
  std::vector<uint8_t> scalar_params;
  /// Registers that may hold heap values; reset when the frame is popped.
  std::vector<uint32_t> heap_regs;
  std::vector<KernelSite> sites;
  std::vector<ir::TypePtr> types;
  std::vector<const ir::ClassType*> classes;
  /// (code offset of an instruction, the node it came from), by offset; for tracebacks.
  std::vector<std::pair<uint32_t, const ir::Node*>> locations;
  /// The function's native code, when a native backend compiled it (set by
  /// Program::load; See Note [Native functions] in runtime/native.h).
  const NativeFunction* native = nullptr;

  /// The node the instruction at `offset` was compiled from, or null.
  const ir::Node* node_at(uint32_t offset) const;
};

/// What the compiler needs to know about the whole program: function indices
/// by IR name (calls are resolved to indices at load time).
class FunctionTable {
public:
  virtual ~FunctionTable() = default;
  /// The index of the function with IR name `name` ("f", "Counter.bump"), or -1.
  virtual int64_t function_index(const std::string& name) const = 0;
};

/// Compiles `fn` to bytecode. Reports an error through `diag` (and returns
/// false) for nodes the runtime cannot run: an op without a kernel, a call to
/// an unknown function, an unsupported node kind.
bool compile_function(const ir::Function& fn, const FunctionTable& functions, CompiledFunction& out,
                      ir::DiagnosticEngine& diag);

/// A schema default or constant (None, int, float, bool, str) as a runtime value.
Value default_to_value(const ir::DefaultValue& d);

/// The name a traceback shows for the IR function `ir_name`: "bump" for the
/// method "Counter.bump", as Python names the frame.
std::string traceback_name(std::string_view ir_name);

/// A listing of the bytecode, one instruction per line (for --emit=bytecode).
std::string disassemble(const CompiledFunction& fn);

} // namespace tsc::runtime
