// codegen/llvm/abi.h - The ABI between JIT-compiled code and the runtime: call sites, helpers, list layout.
//
// Note [Native ABI]
// Each natively compiled IR function F becomes two LLVM functions:
//   fastcc {T, i1} @"tsc.fn.F"(i64 %depth, params...)   (plain i1 when F returns None)
//   i32 @"tsc.entry.F"(ptr %args, ptr %result, i64 %depth)
// The first is what native code calls: int is i64, float double, bool i1, a
// list a ListObject pointer (borrowed: the caller keeps it alive for the
// call), None parameters are not passed. The i1 is the error flag. The
// second unpacks runtime Values (16 bytes: payload at offset 0, Tag at 8)
// for NativeFunction::invoke, and stores the result Value (a returned list
// comes with the reference the caller now owns).
// An error is a pending ScriptError of the calling thread (set by the
// helpers below) plus the error flag: the raising frame records its own
// traceback entry with it, and every native caller adds its call site's
// entry before returning the flag itself, so the traceback equals the
// interpreter's. No C++ exception ever passes through JIT-compiled frames:
// each helper catches what the runtime throws and turns it into the pending
// error. Sites (the node to blame, the kernel to call, a list's IR type)
// are objects owned by the native module; the code refers to them as
// external globals "tsc.site.N", defined as absolute symbols at JIT time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <exception>
#include <iosfwd>
#include <string>

#include "ir/graph.h"
#include "runtime/bytecode.h"
#include "runtime/error.h"
#include "runtime/kernel_registry.h"
#include "runtime/value.h"

namespace tsc::codegen::abi {

/// Where an error is attributed: a node of a compiled function.
struct TraceSite {
  const runtime::CompiledFunction* fn = nullptr;
  const ir::Node* node = nullptr;
};

/// An error native code raises itself (overflow, index, zero division, ...).
struct RaiseSite {
  TraceSite where;
  std::string type;
  std::string message;
};

/// A generic op: the runtime's kernel, run on a Value buffer of
/// `num_inputs` inputs followed by `num_outputs` outputs.
struct KernelSite {
  TraceSite where;
  runtime::Kernel fn = nullptr;
  uint32_t num_inputs = 0;
  uint32_t num_outputs = 0;
};

/// A list literal (prim::ListConstruct) of IR type `type`.
struct ListSite {
  TraceSite where;
  ir::TypePtr type = nullptr;
};

/// Byte offsets of the list storage that native code reads and writes
/// directly: the std::vector inside a ListObject, and its begin and end
/// pointers. Probed at run time (probe_list_layout); `usable` is false when
/// the standard library lays vectors out differently, and lists are then
/// not compiled natively.
struct ListLayout {
  bool usable = false;
  uint32_t vector_offset = 0;
  uint32_t begin_offset = 0;
  uint32_t end_offset = 0;
};
const ListLayout& list_layout();

/// The stream prim::Print writes to while native code runs on this thread.
class OutputScope {
public:
  explicit OutputScope(std::ostream& out);
  ~OutputScope();
  OutputScope(const OutputScope&) = delete;
  OutputScope& operator=(const OutputScope&) = delete;

private:
  std::ostream* saved_;
};

/// Throws the error pending on this thread (after an error return), as the
/// interpreter would have thrown it. Precondition: one is pending.
[[noreturn]] void rethrow_pending();

/// A helper's name and address, for the JIT's symbol table.
struct HelperSymbol {
  const char* name;
  void* address;
};
/// Every extern "C" helper below.
const HelperSymbol* helper_symbols(size_t* count);

} // namespace tsc::codegen::abi

// The helpers JIT-compiled code calls. Those returning bool return true on
// an error, which is then pending (See Note [Native ABI]).
extern "C" {
/// Raises site->type(site->message) with the site's traceback entry.
void tsc_rt_raise(const tsc::codegen::abi::RaiseSite* site);
/// Adds the site's traceback entry (a caller's call site) to the pending error.
void tsc_rt_trace(const tsc::codegen::abi::TraceSite* site);
/// Runs the site's kernel on `values` (inputs, then outputs initialized to None).
bool tsc_rt_kernel(const tsc::codegen::abi::KernelSite* site, tsc::runtime::Value* values);
/// Null-safe reference counting of heap objects.
void tsc_rt_incref(tsc::runtime::HeapObject* object);
void tsc_rt_decref(tsc::runtime::HeapObject* object);
/// A new list of the site's type holding `n` values; null on an error.
tsc::runtime::ListObject* tsc_rt_list_construct(const tsc::codegen::abi::ListSite* site,
                                                const tsc::runtime::Value* items, int64_t n);
/// list.append(*value).
bool tsc_rt_list_append(const tsc::codegen::abi::TraceSite* site, tsc::runtime::ListObject* list,
                        const tsc::runtime::Value* value);
/// list * times for a list of int, float or bool (aten::mul.left_t's
/// semantics, MemoryError included); null on an error.
tsc::runtime::ListObject* tsc_rt_list_repeat(const tsc::codegen::abi::ListSite* site,
                                             const tsc::runtime::ListObject* list, int64_t times);
/// list[index] = *value for a list that stores Values; `index` is in range.
void tsc_rt_list_set(tsc::runtime::ListObject* list, int64_t index, const tsc::runtime::Value* value);
}
